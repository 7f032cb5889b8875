"""The demo camera: the scripted specimen scenes of `core.specimens.demo`, played like a live
camera (steady frame rate, a slight hand tremor) on its own thread."""

import math
import threading
import time

import cv2
import numpy as np

from capture_wizard.camera.base import ThreadedSource
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.specimens.demo import demo_steps
from capture_wizard.core.steps import Step

TREMOR_PX = 1.5


class DemoSource(ThreadedSource):
    kind = CaptureSource.DEMO

    def __init__(
        self,
        side: Step = Step.FRONT,
        fmt: DocumentFormat | None = None,
        fps: float = 24,
        parent=None,
    ) -> None:
        super().__init__("demo camera", parent)
        self._side, self._fmt, self._fps = side, fmt, fps

    def _run(self, stop: threading.Event) -> None:
        period = 1 / self._fps
        frame_no = 0
        for step in demo_steps(self._side, self._fmt):
            now = time.monotonic()
            until = now + step.seconds if step.seconds > 0 else math.inf
            due = now
            while not stop.is_set() and due < until:
                self._send_frame(stop, _tremble(step.image, frame_no))
                frame_no += 1
                due = max(due + period, time.monotonic() - period)  # steady rate, no bursts
                stop.wait(max(0.0, due - time.monotonic()))
            if stop.is_set():
                return


def _tremble(image: np.ndarray, frame_no: int) -> np.ndarray:
    """A copy shifted by a sub-pixel tremor, so the demo looks (and is analysed) like video."""
    dx = TREMOR_PX * math.sin(frame_no * 0.37)
    dy = TREMOR_PX * math.cos(frame_no * 0.23)
    shift = np.float32([[1, 0, dx], [0, 1, dy]])
    h, w = image.shape[:2]
    return cv2.warpAffine(image, shift, (w, h), borderMode=cv2.BORDER_REPLICATE)
