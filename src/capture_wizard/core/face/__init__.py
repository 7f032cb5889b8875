"""Face checks: `analyze_face(frame_bgr) -> FaceReport` (mediapipe BlazeFace + measurements).

Importing this package does not load mediapipe; the first analysis does.
"""

from capture_wizard.core.face.analyze import FACE_PRIORITY, analyze_face
from capture_wizard.core.face.detector import FaceModelError
from capture_wizard.core.face.report import Face, FaceReport

__all__ = ["FACE_PRIORITY", "Face", "FaceModelError", "FaceReport", "analyze_face"]
