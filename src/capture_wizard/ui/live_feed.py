"""The camera of a capture step: it opens the chosen source, hands every new frame to the
checks (the newest wins), keeps the newest for the shutter, and notices a camera that goes
quiet (camera.watchdog)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from capture_wizard.camera import CameraChoice, FrameSource, SourceProblem, SourceProvider
from capture_wizard.camera.watchdog import StallWatchdog
from capture_wizard.core.checks import StepCheck
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.steps import Step
from capture_wizard.ui.analysis import AnalysisWorker


class LiveFeed(QObject):
    frameArrived = Signal(object)
    """A new frame (BGR), after it went to the checks."""
    failed = Signal(object)
    """SourceProblem: the camera failed or went quiet (the feed has stopped)."""

    def __init__(
        self,
        sources: SourceProvider,
        worker: AnalysisWorker,
        clock: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources = sources
        self._worker = worker
        self.source: FrameSource | None = None
        self.latest = None
        """The newest frame (None before the first): what the shutter takes."""
        self._check: StepCheck | None = None
        self._watchdog = StallWatchdog(clock, parent=self)
        self._watchdog.stalled.connect(lambda: self._failed(SourceProblem.STALLED))

    def start(
        self,
        choice: CameraChoice,
        side: Step,
        fmt: DocumentFormat | None,
        check: StepCheck,
    ) -> None:
        """Open and start the camera; every frame is checked with `check`."""
        self.stop()
        self._check, self.latest = check, None
        self.source = self._sources.open(choice, side, fmt)
        self.source.frameReady.connect(self._frame)
        self.source.failed.connect(self._failed)
        self._worker.start()
        self.source.start()
        self._watchdog.start()

    def stop(self) -> None:
        self._watchdog.stop()
        if self.source is not None:
            self.source.frameReady.disconnect(self._frame)
            self.source.failed.disconnect(self._failed)
            self.source.stop()
            self.source.deleteLater()
            self.source = None
        self._worker.clear_live()

    def _frame(self, frame) -> None:
        self.latest = frame
        self._watchdog.frame_arrived()
        self._worker.submit_live(frame, self._check)
        self.frameArrived.emit(frame)

    def _failed(self, problem: SourceProblem) -> None:
        self.stop()
        self.failed.emit(problem)
