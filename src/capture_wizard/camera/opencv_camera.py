"""Fallback camera through OpenCV's VideoCapture, for systems where QtMultimedia sees none."""

import threading

import cv2

from capture_wizard.camera.base import SourceProblem, ThreadedSource

MAX_FAILED_READS = 30
"""Consecutive failed reads (about a second) before the camera counts as unplugged."""


_locks: dict[int, threading.Lock] = {}
_locks_lock = threading.Lock()


def _device_lock(index: int) -> threading.Lock:
    with _locks_lock:
        return _locks.setdefault(index, threading.Lock())


class OpenCvCameraSource(ThreadedSource):
    def __init__(self, index: int, parent=None) -> None:
        super().__init__(f"camera {index} (OpenCV)", parent)
        self._index = index

    def _run(self, stop: threading.Event) -> None:
        with _device_lock(self._index):  # a stopped source may still be closing this camera
            if not stop.is_set():
                self._capture(stop)

    def _capture(self, stop: threading.Event) -> None:
        capture = cv2.VideoCapture(self._index)
        try:
            if not capture.isOpened():
                self._send_failure(stop, SourceProblem.NOT_FOUND)
                return
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1920)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 1080)
            failures = 0
            while not stop.is_set():
                ok, frame = capture.read()
                if ok and frame is not None and frame.ndim == 3:
                    failures = 0
                    self._send_frame(stop, frame)
                    continue
                failures += 1
                if failures >= MAX_FAILED_READS:
                    self._send_failure(stop, SourceProblem.DISCONNECTED)
                    return
                stop.wait(0.033)
        finally:
            capture.release()
