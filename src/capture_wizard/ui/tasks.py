"""Work off the GUI thread, results back on it (as MusicBrainz Picard's `run_task`).

A page owns a `Tasks(page)`. `tasks.on_gui(function)` makes a function any thread may call:
the call runs on the GUI thread, and is dropped once the page is gone. `tasks.run(work, done,
failed)` runs `work` on a thread of its own and hands its result (or its exception) back the
same way. A job takes its parameters with it (a closure over values, never over a widget's
fields), and a page that stops waits for nothing: it cancels the task, the work runs to its
end and its result is dropped.
"""

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Task:
    """A running job. `cancel()` drops its result and progress; it never waits."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class Tasks(QObject):
    """A page's helper for work off the GUI thread. It lives on the GUI thread: a call made on
    another thread through `on_gui` is queued to it, and dropped once the page (its parent) is
    gone."""

    _call = Signal(object, object)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._call.connect(self._run)

    def _run(self, function: Callable, args: tuple) -> None:
        function(*args)

    def on_gui(self, function: Callable[..., Any]) -> Callable[..., None]:
        """`function`, callable from any thread: it runs on the GUI thread, in order."""

        def call(*args) -> None:
            with contextlib.suppress(RuntimeError):  # the page, and this helper, are gone
                self._call.emit(function, args)

        return call

    def run(
        self,
        work: Callable[[Callable[[Any], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        progress: Callable[[Any], None] | None = None,
        name: str = "task",
    ) -> Task:
        """Run `work(report)` on a new thread; `report(value)` passes progress on to
        `progress`. The result goes to `done`, an exception to `failed` (which logs it as it
        sees fit), each on the GUI thread, unless the task was cancelled by then."""
        task = Task()

        def unless_cancelled(function: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value) -> None:
                if not task.cancelled:
                    function(value)

            return self.on_gui(deliver)

        to_done, to_failed = unless_cancelled(done), unless_cancelled(failed)
        to_progress = unless_cancelled(progress) if progress else (lambda value: None)

        def run() -> None:
            try:
                result = work(to_progress)
            except Exception as exc:
                to_failed(exc)
            else:
                to_done(result)

        threading.Thread(target=run, name=name, daemon=True).start()
        return task
