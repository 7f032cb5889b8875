"""The frame-source interface and what can go wrong with a source."""

import logging
import threading
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

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


class ThreadedSource(FrameSource):
    """A source whose frames come from a plain Python thread (OpenCV, folder, demo)."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._guarded_run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)
        self._thread = None

    def _guarded_run(self) -> None:
        try:
            self._run(self._stop)
        except Exception:
            log.exception("frame source %s failed", self.name)
            self.failed.emit(SourceProblem.UNREADABLE)

    def _run(self, stop: threading.Event) -> None:
        raise NotImplementedError
