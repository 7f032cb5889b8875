"""Fallback camera through OpenCV's VideoCapture, for systems where QtMultimedia sees none."""

import threading

import cv2

from capture_wizard.camera.base import SourceProblem, ThreadedSource

MAX_FAILED_READS = 30
"""Consecutive failed reads (about a second) before the camera counts as unplugged."""


class OpenCvCameraSource(ThreadedSource):
    def __init__(self, index: int, parent=None) -> None:
        super().__init__(f"camera {index} (OpenCV)", parent)
        self._index = index

    def _run(self, stop: threading.Event) -> None:
        capture = cv2.VideoCapture(self._index)
        try:
            if not capture.isOpened():
                self.failed.emit(SourceProblem.NOT_FOUND)
                return
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1920)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 1080)
            failures = 0
            while not stop.is_set():
                ok, frame = capture.read()
                if ok and frame is not None and frame.ndim == 3:
                    failures = 0
                    self.frameReady.emit(frame)
                    continue
                failures += 1
                if failures >= MAX_FAILED_READS:
                    self.failed.emit(SourceProblem.DISCONNECTED)
                    return
                stop.wait(0.033)
        finally:
            capture.release()
