"""ui.tasks: work runs off the GUI thread and its result comes back on it; a cancelled task's
result is dropped; a page that is gone is not called."""

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread

from capture_wizard.ui.tasks import Tasks


def _settled(qtbot, tasks: Tasks) -> None:
    """Until every call queued so far has run (calls arrive in order)."""
    marker = []
    tasks.on_gui(marker.append)(True)
    qtbot.waitUntil(lambda: bool(marker))


def test_the_result_and_progress_come_back_on_the_gui_thread(qtbot):
    page = QObject()
    tasks = Tasks(page)
    gui = QThread.currentThread()
    seen = []

    def work(progress):
        progress("half")
        return threading.current_thread().name

    tasks.run(
        work,
        lambda result: seen.append(("done", result, QThread.currentThread() is gui)),
        lambda exc: seen.append(("failed", exc)),
        progress=lambda value: seen.append(("progress", value, QThread.currentThread() is gui)),
        name="worker-test",
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [("progress", "half", True), ("done", "worker-test", True)]


def test_an_exception_goes_to_failed(qtbot):
    page = QObject()
    tasks = Tasks(page)
    failures = []
    tasks.run(lambda _: 1 / 0, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError)


def test_a_cancelled_task_is_never_answered_and_cancel_does_not_wait(qtbot):
    page = QObject()
    tasks = Tasks(page)
    release = threading.Event()
    answers = []

    def slow(_):
        release.wait(10)
        return "late"

    task = tasks.run(slow, answers.append, answers.append, name="slow-task")
    task.cancel()  # returns at once, the work still runs
    worker = next(t for t in threading.enumerate() if t.name == "slow-task")
    assert worker.is_alive()
    release.set()
    worker.join(5)
    _settled(qtbot, tasks)  # its answer, had it been sent, has arrived by now
    assert answers == []


def test_a_call_for_a_page_that_is_gone_is_dropped(qtbot):
    owner = QObject()
    called = []
    call = Tasks(owner).on_gui(called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    errors = []

    def from_a_thread() -> None:
        try:
            call("too late")
        except Exception as exc:  # would be lost on the thread: kept for the assertion
            errors.append(exc)

    thread = threading.Thread(target=from_a_thread)
    thread.start()
    thread.join(5)
    assert errors == []
    QCoreApplication.processEvents()
    assert called == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
