"""Notices a camera that sends nothing: no first picture in time after starting, or no new
picture for a while (unplugged without a word, a driver that hangs). Sources do not always say
so themselves."""

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

FIRST_FRAME_SECONDS = 10.0
"""How long a starting camera may take to send its first picture (the demo renders first)."""
STALL_SECONDS = 3.0
"""No new picture for this long while live: the camera is treated as gone."""


class StallWatchdog(QObject):
    stalled = Signal()
    """Emitted once per `start()`, when the source has gone quiet."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        first_frame_seconds: float = FIRST_FRAME_SECONDS,
        stall_seconds: float = STALL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.first_frame_seconds = first_frame_seconds
        self.stall_seconds = stall_seconds
        self._started = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._look)

    def start(self) -> None:
        """The source was just started."""
        self._started, self._last = self._clock(), None
        self._timer.start()

    def frame_arrived(self) -> None:
        self._last = self._clock()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        now = self._clock()
        if self._last is None:
            quiet = now - self._started > self.first_frame_seconds
        else:
            quiet = now - self._last > self.stall_seconds
        if quiet:
            self._timer.stop()
            self.stalled.emit()
