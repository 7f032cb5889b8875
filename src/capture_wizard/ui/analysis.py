"""The analysis worker: runs a page's checks (document or face) off the GUI thread.

Live frames: latest frame wins — a new frame replaces one still waiting, so the queue never
grows and the feedback is never older than one analysis. Stills (a taken picture) and files
are never dropped and go first. The delivery comes back on the GUI thread as a queued signal.
"""

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from capture_wizard.core.imageio import ImageLoadError, load_image

log = logging.getLogger(__name__)


class Job(Enum):
    LIVE = "live"
    """A viewfinder frame: camera rules, quick checks."""
    STILL = "still"
    """A picture taken from the camera to keep: camera rules, thorough checks."""
    FILE = "file"
    """A file the person gave: judged as a still picture (a crop or a scan is fine)."""


Check = Callable[..., object]
"""What a job runs: `check(frame BGR, thorough=..., still=..., now=...)` -> a report with `ok`,
`issues` and `anchor` (core.checks.StepCheck). A job carries its check, fixed when it was handed
in: the worker thread never reads what the GUI thread may change meanwhile. A picture that is
kept (STILL, FILE) is checked thoroughly, which may take longer than a live frame."""


@dataclass(frozen=True)
class Analysis:
    job: Job
    frame: np.ndarray | None
    report: object | None
    """The check's report (QualityReport, FaceReport...)."""
    submitted_at: float
    """The worker's clock when the frame was handed in (latency = now - submitted_at)."""
    error: str | None = None
    """Why a file could not be read (FILE jobs), in plain words."""


@dataclass(frozen=True)
class _Work:
    job: Job
    payload: object
    """The frame, or a file's path."""
    check: Check
    submitted_at: float


_workers: "weakref.WeakSet[AnalysisWorker]" = weakref.WeakSet()
_threads: "weakref.WeakSet[threading.Thread]" = weakref.WeakSet()
"""Every worker and its threads, for the end of the process (`finish_running_checks`)."""


EXIT_WAIT_SECONDS = 5.0


def finish_running_checks(timeout: float = EXIT_WAIT_SECONDS) -> None:
    """When the application quits (also an embedding host's): stop every worker and let checks
    still under way end (a native library torn down under a running check can abort the
    process). Connected to `aboutToQuit` with the first worker."""
    for worker in list(_workers):
        worker.stop()
    deadline = time.monotonic() + timeout
    for thread in list(_threads):
        thread.join(max(0.0, deadline - time.monotonic()))


class AnalysisWorker(QObject):
    """`stop()` never waits: a check under way runs to its end on its thread, and its result is
    dropped (a new `start()` gets a thread of its own)."""

    analyzed = Signal(object)  # Analysis, delivered on the receiver's (GUI) thread
    _done = Signal(object, int)  # (Analysis, run): from the worker thread, queued to this one

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self._clock = clock
        self._wake = threading.Condition()
        self._live: _Work | None = None
        self._urgent: list[_Work] = []
        self._running = False
        self._run = 0
        """Counts starts and stops: a thread serves one run; results of an older run are
        dropped."""
        self.dropped = 0
        """Live frames replaced before they were analysed (for the benchmark)."""
        self._done.connect(self._deliver)
        _workers.add(self)
        app = QCoreApplication.instance()
        if app is not None and not app.property("capture_wizard.checks_end_at_exit"):
            app.aboutToQuit.connect(finish_running_checks)
            app.setProperty("capture_wizard.checks_end_at_exit", True)

    def start(self) -> None:
        with self._wake:
            if self._running:
                return
            self._running = True
            self._run += 1
            run = self._run
        thread = threading.Thread(target=self._loop, args=(run,), name="analysis", daemon=True)
        _threads.add(thread)
        thread.start()

    def stop(self) -> None:
        with self._wake:
            self._running = False
            self._run += 1
            self._live = None
            self._urgent.clear()
            self._wake.notify_all()

    def submit_live(self, frame: np.ndarray, check: Check) -> None:
        with self._wake:
            if self._live is not None:
                self.dropped += 1
            self._live = _Work(Job.LIVE, frame, check, self._clock())
            self._wake.notify_all()

    def submit_still(self, frame: np.ndarray, check: Check) -> None:
        self._submit_urgent(_Work(Job.STILL, frame, check, self._clock()))

    def submit_file(self, path: str | Path, check: Check) -> None:
        self._submit_urgent(_Work(Job.FILE, Path(path), check, self._clock()))

    def clear_live(self) -> None:
        with self._wake:
            self._live = None

    def _submit_urgent(self, work: _Work) -> None:
        with self._wake:
            self._urgent.append(work)
            self._wake.notify_all()

    def _next_job(self, run: int) -> _Work | None:
        with self._wake:
            while self._run == run and not self._urgent and self._live is None:
                self._wake.wait()
            if self._run != run:
                return None
            if self._urgent:
                return self._urgent.pop(0)
            work, self._live = self._live, None
            return work

    def _loop(self, run: int) -> None:
        while (work := self._next_job(run)) is not None:
            try:
                result = self._analyse(work)
            except Exception:
                log.exception("analysis failed")
                result = Analysis(
                    work.job, None, None, work.submitted_at, error="the photo could not be checked"
                )
            with contextlib.suppress(RuntimeError):  # the page, and this worker, are gone
                self._done.emit(result, run)

    def _deliver(self, result: Analysis, run: int) -> None:
        if run == self._run:  # else stopped since: nobody waits for it
            self.analyzed.emit(result)

    @staticmethod
    def _analyse(work: _Work) -> Analysis:
        if work.job is Job.FILE:
            try:
                frame = load_image(work.payload)
            except ImageLoadError as exc:
                return Analysis(work.job, None, None, work.submitted_at, error=str(exc))
        else:
            frame = work.payload
        report = work.check(
            frame,
            thorough=work.job is not Job.LIVE,
            still=work.job is Job.FILE,
            now=work.submitted_at,
        )
        return Analysis(work.job, frame, report, work.submitted_at)
