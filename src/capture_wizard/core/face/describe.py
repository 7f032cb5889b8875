"""A face's descriptor: dlib's ResNet face-recognition model (128 numbers; two photos of one
person lie close together), after its 5-point shape predictor has aligned the face.

Faces are found by our mediapipe detector (detector.py); dlib only aligns and describes. The
model files come from the `face-recognition-models` package (CC0), never from a download, and
dlib is imported on first use only, so the app starts without it. The 68-point predictor that
package also ships is not used (its training data excludes commercial use).
"""

import importlib.util
import threading
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.report import Face

SHAPE_MODEL = "shape_predictor_5_face_landmarks.dat"
DESCRIPTOR_MODEL = "dlib_face_recognition_resnet_model_v1.dat"


class DescriptorModelError(Exception):
    """dlib or its model files cannot be loaded."""


_models: tuple | None = None
_lock = threading.Lock()
"""One model pair for the process, one call at a time (dlib's objects are not thread-safe)."""


def model_path(name: str) -> Path:
    """Where face-recognition-models installed a model file. Found without importing the
    package, whose __init__ needs setuptools' pkg_resources just to say where its files are."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise DescriptorModelError("the face-recognition-models package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / name
    if not path.is_file():
        raise DescriptorModelError(f"the model file {name} is missing")
    return path


def _loaded() -> tuple:
    """(shape predictor, descriptor model), loaded on first use. Call with the lock held."""
    global _models
    if _models is None:
        try:
            import dlib

            _models = (
                dlib.shape_predictor(str(model_path(SHAPE_MODEL))),
                dlib.face_recognition_model_v1(str(model_path(DESCRIPTOR_MODEL))),
            )
        except DescriptorModelError:
            raise
        except Exception as exc:
            raise DescriptorModelError(f"the face comparison could not be loaded ({exc})") from exc
    return _models


def _dlib_box(face: Face):
    """The mediapipe box as the face box dlib's predictor was trained on (its HOG detector's):
    measured on 13 faces, that box is about 5 % smaller and a little to the left."""
    import dlib

    x, y, w, h = face.box
    cx, cy = x + w * (0.5 - T.DLIB_BOX_SHIFT), y + h / 2
    half = max(w, h) * T.DLIB_BOX_SCALE / 2
    return dlib.rectangle(round(cx - half), round(cy - half), round(cx + half), round(cy + half))


def describe(image_bgr: np.ndarray, face: Face) -> np.ndarray:
    """The 128-number descriptor of `face` (found by our detector in `image_bgr`, BGR)."""
    rgb = np.ascontiguousarray(cv2.cvtColor(image_bgr, cv2.COLOR_BGR2RGB))  # dlib wants RGB
    with _lock:
        predictor, model = _loaded()
        shape = predictor(rgb, _dlib_box(face))
        descriptor = model.compute_face_descriptor(rgb, shape)
    return np.asarray(descriptor, dtype=np.float32)


def distance(a: np.ndarray, b: np.ndarray) -> float:
    """Euclidean distance of two descriptors: dlib's model puts one person within about 0.6."""
    return float(np.linalg.norm(a - b))
