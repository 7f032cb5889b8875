"""The default source: a camera through QtMultimedia (QCamera -> QMediaCaptureSession ->
QVideoSink). Handles the permission request, a busy camera and a camera unplugged mid-capture."""

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QMediaDevices

from capture_wizard.camera.base import FrameSource, SourceProblem
from capture_wizard.camera.sink import SinkFrames

log = logging.getLogger(__name__)

MAX_PIXELS = 1920 * 1080
"""Larger modes add decoding cost for no gain: the checks work at a fixed lower resolution."""
MIN_FPS = 15


def choose_format(modes: list[tuple[int, int, float]]) -> int | None:
    """Index of the mode to use from (width, height, max fps): the largest up to 1080p that
    runs at 15 fps or more; None when the camera lists no modes (use its default)."""
    if not modes:
        return None

    def score(i: int) -> tuple:
        w, h, fps = modes[i]
        return (fps >= MIN_FPS, w * h <= MAX_PIXELS, min(w * h, MAX_PIXELS), fps)

    return max(range(len(modes)), key=score)


def _problem_from(text: str) -> SourceProblem:
    lowered = text.lower()
    if "busy" in lowered or "in use" in lowered:
        return SourceProblem.BUSY
    if "permission" in lowered or "denied" in lowered or "not authorized" in lowered:
        return SourceProblem.PERMISSION_DENIED
    return SourceProblem.DISCONNECTED


class QtCameraSource(FrameSource):
    def __init__(self, device: QCameraDevice, parent=None) -> None:
        super().__init__(device.description() or "camera", parent)
        self._device = device
        self._camera: QCamera | None = None
        self._capture = QMediaCaptureSession(self)
        self._frames = SinkFrames(self)
        self._capture.setVideoSink(self._frames.sink)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._inputs_changed)

    def start(self) -> None:
        app = QCoreApplication.instance()
        try:
            from PySide6.QtCore import QCameraPermission

            status = app.checkPermission(QCameraPermission())
        except (ImportError, AttributeError):  # Qt without the permission API
            status = Qt.PermissionStatus.Granted
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(QCameraPermission(), self, self._permission_answered)
            return
        if status == Qt.PermissionStatus.Denied:
            self.failed.emit(SourceProblem.PERMISSION_DENIED)
            return
        self._open()

    def _permission_answered(self, permission) -> None:
        if permission.status() == Qt.PermissionStatus.Granted:
            self._open()
        else:
            self.failed.emit(SourceProblem.PERMISSION_DENIED)

    def _present(self) -> bool:
        return any(d.id() == self._device.id() for d in QMediaDevices.videoInputs())

    def _open(self) -> None:
        if self._device.isNull() or not self._present():
            self.failed.emit(SourceProblem.NOT_FOUND)
            return
        camera = QCamera(self._device, self)
        formats = self._device.videoFormats()
        modes = [
            (f.resolution().width(), f.resolution().height(), f.maxFrameRate()) for f in formats
        ]
        chosen = choose_format(modes)
        if chosen is not None:
            camera.setCameraFormat(formats[chosen])
        camera.errorOccurred.connect(self._camera_error)
        self._capture.setCamera(camera)
        self._camera = camera
        self._frames.open()
        camera.start()

    def _camera_error(self, error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera error: %s", text)
        self.stop()
        self.failed.emit(_problem_from(text))

    def _inputs_changed(self) -> None:
        if self._camera is not None and not self._present():
            log.warning("camera disconnected")
            self.stop()
            self.failed.emit(SourceProblem.DISCONNECTED)

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._capture.setCamera(None)
            self._camera.deleteLater()
            self._camera = None
        self._frames.close()
