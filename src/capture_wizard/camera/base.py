"""The frame-source interface and what can go wrong with a source."""

import contextlib
import logging
import threading
import time
import weakref
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal

from capture_wizard.core.session import CaptureSource

log = logging.getLogger(__name__)


class SourceProblem(StrEnum):
    """Why a source gives no pictures; the UI turns each into an instruction."""

    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    BUSY = "busy"
    DISCONNECTED = "disconnected"
    STALLED = "stalled"
    """Started but no pictures arrive (detected by the page's watchdog)."""
    UNREADABLE = "unreadable"
    """A video file or image folder that cannot be decoded."""


class FrameSource(QObject):
    """Emits `frameReady(ndarray)` — HxWx3 uint8 BGR, a copy the receiver may keep — and
    `failed(SourceProblem)`. `frameReady` may be emitted from any thread; connect normally
    (Qt queues it to the receiver's thread)."""

    frameReady = Signal(object)
    failed = Signal(object)

    kind: CaptureSource = CaptureSource.WEBCAM

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


EXIT_WAIT_SECONDS = 3.0
_started: "weakref.WeakSet[ThreadedSource]" = weakref.WeakSet()


def end_source_threads(timeout: float = EXIT_WAIT_SECONDS) -> None:
    """When the application quits: stop every threaded source and let a frame being made
    (a render, a camera read) end before the interpreter does. Connected to `aboutToQuit`."""
    sources = list(_started)
    for source in sources:
        source._stop.set()
    deadline = time.monotonic() + timeout
    for source in sources:
        if source._thread is not None:
            source._thread.join(max(0.0, deadline - time.monotonic()))


class ThreadedSource(FrameSource):
    """A source whose frames come from a plain Python thread (OpenCV, folder, demo). `stop()`
    never waits (the GUI calls it): the thread ends after the frame it is making (the demo
    renders a scene for about 0.4 s) and sends nothing more, so a stopped source may be deleted
    at once. Subclasses send through `_send_frame` and `_send_failure`."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive() and not self._stop.is_set():
            return
        self._stop = threading.Event()  # a thread of its own: an old one may still be ending
        self._thread = threading.Thread(
            target=self._guarded_run, args=(self._stop,), name=self.name, daemon=True
        )
        self._thread.start()
        _started.add(self)
        app = QCoreApplication.instance()
        if app is not None and not app.property("capture_wizard.sources_end_at_exit"):
            app.aboutToQuit.connect(end_source_threads)
            app.setProperty("capture_wizard.sources_end_at_exit", True)

    def stop(self) -> None:
        self._stop.set()

    def _send_frame(self, stop: threading.Event, frame) -> None:
        if not stop.is_set():
            with contextlib.suppress(RuntimeError):  # deleted meanwhile: nobody to tell
                self.frameReady.emit(frame)

    def _send_failure(self, stop: threading.Event, problem: SourceProblem) -> None:
        if not stop.is_set():
            with contextlib.suppress(RuntimeError):
                self.failed.emit(problem)

    def _guarded_run(self, stop: threading.Event) -> None:
        try:
            self._run(stop)
        except Exception:
            log.exception("frame source %s failed", self.name)
            self._send_failure(stop, SourceProblem.UNREADABLE)

    def _run(self, stop: threading.Event) -> None:
        raise NotImplementedError
