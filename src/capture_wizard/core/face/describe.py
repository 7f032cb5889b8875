"""A face's descriptor: dlib's ResNet face-recognition model (128 numbers; two photos of one
person lie close together), after its 5-point shape predictor has aligned the face.

Faces are found by our mediapipe detector (detector.py); dlib only aligns and describes. The
model files come from the `face-recognition-models` package (CC0), never from a download, and
dlib is imported on first use only, in a process of its own (it holds Python's GIL while it
works), so the app starts without it. The 68-point predictor that package also ships is not used
(its training data excludes commercial use).
"""

import importlib.util
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
"""(shape predictor, descriptor model) in the describing process."""
_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


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


def _describe_here(rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """Runs in the describing process: align (5 points) and describe the face in `box`."""
    global _models
    try:
        import dlib

        if _models is None:
            _models = (
                dlib.shape_predictor(str(model_path(SHAPE_MODEL))),
                dlib.face_recognition_model_v1(str(model_path(DESCRIPTOR_MODEL))),
            )
    except DescriptorModelError:
        raise
    except Exception as exc:
        raise DescriptorModelError(f"the face comparison could not be loaded ({exc})") from None
    predictor, model = _models
    shape = predictor(rgb, dlib.rectangle(*box))
    return np.asarray(model.compute_face_descriptor(rgb, shape), dtype=np.float32)


def _end_with_parent() -> None:
    """In the describing process: exit as soon as the app does, even when it crashed (a pool
    whose owner died abruptly would otherwise wait for work for ever)."""
    parent = multiprocessing.parent_process()

    def watch() -> None:
        if parent is not None:
            multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _executor() -> ProcessPoolExecutor:
    """The describing process, started on first use. dlib holds Python's GIL for the whole
    tenth of a second a description takes: in this process it would freeze the GUI thread."""
    global _pool
    with _pool_lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(1, context, initializer=_end_with_parent)
        return _pool


def _dlib_box(face: Face) -> tuple[float, float, float, float]:
    """The mediapipe box as the face box dlib's predictor was trained on (its HOG detector's):
    measured on 13 faces, that box is about 5 % smaller and a little to the left."""
    x, y, w, h = face.box
    cx, cy = x + w * (0.5 - T.DLIB_BOX_SHIFT), y + h / 2
    half = max(w, h) * T.DLIB_BOX_SCALE / 2
    return cx - half, cy - half, cx + half, cy + half


def _face_crop(image_bgr: np.ndarray, face: Face) -> tuple[np.ndarray, tuple[int, ...]]:
    """The face with a box's width of margin all round, at most DESCRIBE_FACE_PIXELS across the
    face, as RGB (dlib's order), and the dlib box in the crop's pixels: only this much goes to
    the describing process."""
    left, top, right, bottom = _dlib_box(face)
    size = right - left
    height, width = image_bgr.shape[:2]
    x0, y0 = max(0, int(left - size)), max(0, int(top - size))
    x1, y1 = min(width, int(right + size)), min(height, int(bottom + size))
    crop = image_bgr[y0:y1, x0:x1]
    scale = min(1.0, T.DESCRIBE_FACE_PIXELS / max(size, 1.0))
    if scale < 1.0:  # dlib aligns the face to 150 px: more pixels only cost time
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rgb = np.ascontiguousarray(cv2.cvtColor(crop, cv2.COLOR_BGR2RGB))
    box = tuple(round(v * scale) for v in (left - x0, top - y0, right - x0, bottom - y0))
    return rgb, box


def describe(image_bgr: np.ndarray, face: Face) -> np.ndarray:
    """The 128-number descriptor of `face` (found by our detector in `image_bgr`, BGR)."""
    rgb, box = _face_crop(image_bgr, face)
    try:
        return _executor().submit(_describe_here, rgb, box).result()
    except BrokenProcessPool as exc:
        global _pool
        with _pool_lock:
            _pool = None  # start a new one next time
        raise DescriptorModelError(f"the face comparison stopped ({exc})") from None


def distance(a: np.ndarray, b: np.ndarray) -> float:
    """Euclidean distance of two descriptors: dlib's model puts one person within about 0.6."""
    return float(np.linalg.norm(a - b))
