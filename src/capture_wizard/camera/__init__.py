"""Frame sources behind one interface (`FrameSource`): QtMultimedia camera, OpenCV camera,
video file, image folder and the demo camera. Frames leave a source as numpy BGR copies."""

from capture_wizard.camera.base import FrameSource, SourceProblem
from capture_wizard.camera.provider import CameraChoice, SourceProvider
from capture_wizard.camera.spec import CameraSpec, SpecError, parse_camera_spec

__all__ = [
    "CameraChoice",
    "CameraSpec",
    "FrameSource",
    "SourceProblem",
    "SourceProvider",
    "SpecError",
    "parse_camera_spec",
]
