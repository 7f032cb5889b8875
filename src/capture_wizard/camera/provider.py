"""Which sources exist and how to open one. The wizard receives a provider, so tests and QA
scripts hand in fakes and the demo camera is just another choice. Qt Multimedia is loaded
when cameras are first listed, not before the wizard's first window."""

from dataclasses import dataclass
from pathlib import Path

from capture_wizard.camera.base import FrameSource
from capture_wizard.camera.spec import CameraSpec
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.steps import Step


@dataclass(frozen=True)
class CameraChoice:
    key: str
    """Stable identifier: "demo", "qt:<device id>", "opencv:N", "file:PATH", "folder:PATH"."""
    name: str
    """What the person sees in the camera picker."""


DEMO = CameraChoice("demo", "Demo camera (sample document)")


class SourceProvider:
    """Real cameras through QtMultimedia, or the one source pinned with `--camera`."""

    def __init__(self, pinned: CameraSpec | None = None) -> None:
        self._pinned = pinned

    def cameras(self) -> list[CameraChoice]:
        """The cameras to offer, best first; empty when the computer has none."""
        if self._pinned is not None:
            return [self._choice_for(self._pinned)]
        from PySide6.QtMultimedia import QMediaDevices

        return [
            CameraChoice(f"qt:{bytes(d.id()).hex()}", d.description() or "Camera")
            for d in QMediaDevices.videoInputs()
        ]

    def demo(self) -> CameraChoice:
        return DEMO

    def _choice_for(self, spec: CameraSpec) -> CameraChoice:
        if spec.kind == "demo":
            return DEMO
        if spec.kind == "camera":
            from PySide6.QtMultimedia import QMediaDevices

            inputs = QMediaDevices.videoInputs()
            if spec.index < len(inputs):
                device = inputs[spec.index]
                return CameraChoice(f"qt:{bytes(device.id()).hex()}", device.description())
            return CameraChoice(f"opencv:{spec.index}", f"Camera {spec.index}")
        if spec.kind == "opencv":
            return CameraChoice(f"opencv:{spec.index}", f"Camera {spec.index} (OpenCV)")
        return CameraChoice(str(spec), f"{spec.path.name} ({spec.kind})")

    def open(self, choice: CameraChoice, side: Step, fmt: DocumentFormat | None) -> FrameSource:
        """A new, not yet started source. `side` and `fmt` only matter to the demo camera."""
        kind, _, rest = choice.key.partition(":")
        # The other sources are imported when chosen: the demo renders with the specimen code,
        # and none of them should slow the start of a kiosk that uses its camera.
        if kind == "demo":
            from capture_wizard.camera.demo import DemoSource

            return DemoSource(side, fmt)
        if kind == "qt":
            from PySide6.QtMultimedia import QCameraDevice, QMediaDevices

            from capture_wizard.camera.qt_camera import QtCameraSource

            for device in QMediaDevices.videoInputs():
                if bytes(device.id()).hex() == rest:
                    return QtCameraSource(device)
            return QtCameraSource(QCameraDevice())  # reports NOT_FOUND when started
        if kind == "opencv":
            from capture_wizard.camera.opencv_camera import OpenCvCameraSource

            return OpenCvCameraSource(int(rest))
        if kind == "file":
            from capture_wizard.camera.video_file import VideoFileSource

            return VideoFileSource(Path(rest))
        if kind == "folder":
            from capture_wizard.camera.folder import FolderSource

            return FolderSource(Path(rest))
        raise ValueError(f"unknown camera choice {choice.key!r}")
