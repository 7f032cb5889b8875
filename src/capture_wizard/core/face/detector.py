"""BlazeFace through mediapipe's Tasks FaceDetector, with the bundled models (never downloaded).

mediapipe is imported on first use only, so the app starts without it. Frames come in as BGR
(OpenCV order) and are converted to the RGB mediapipe expects here, at this one boundary.
One detector per model serves the whole process, one call at a time (a lock per model): the
calls take a few ms, and detectors made and dropped per worker thread would reload the model and
print LiteRT's teardown chatter each time.
"""

import contextlib
import os
import sys
import threading

import cv2
import numpy as np

from capture_wizard.core.face.report import Face
from capture_wizard.core.face.thresholds import (
    MIN_SCORE,
    SAME_FACE_IOU,
    TRUST_SHORT_RANGE_HEIGHT,
    TRUST_SHORT_RANGE_SCORE,
)
from capture_wizard.core.geometry import iou
from capture_wizard.resources import resource

SHORT_RANGE = "face_detection_short_range.tflite"
"""Faces within about 2 m: the person in front of the camera. Fast (about 3 ms)."""
FULL_RANGE = "face_detection_full_range_sparse.tflite"
"""Small and distant faces too (about 8 ms): finds a face that is too far away, and a second
person further back."""


class FaceModelError(Exception):
    """The face detector cannot be loaded (mediapipe missing or broken, model file missing)."""


_detectors: dict[str, object] = {}
_locks = {SHORT_RANGE: threading.Lock(), FULL_RANGE: threading.Lock()}


@contextlib.contextmanager
def _quiet_native_stderr():
    """LiteRT prints a page of INFO lines to the process's stderr while a model loads, with no
    switch to turn them off; hide them (and only them) from the terminal."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (a windowed app): nothing to hide
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _detector(model: str):
    """The model's detector, loaded on first use. Call with the model's lock held."""
    if model not in _detectors:
        try:
            from mediapipe.tasks.python import BaseOptions, vision

            options = vision.FaceDetectorOptions(
                base_options=BaseOptions(model_asset_buffer=resource("models", model).read_bytes()),
                min_detection_confidence=0.5,
            )
            import mediapipe as mp

            with _quiet_native_stderr():  # loading and the first run (warm-up) are chatty
                detector = vision.FaceDetector.create_from_options(options)
                blank = np.zeros((64, 64, 3), np.uint8)
                detector.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=blank))
            _detectors[model] = detector
        except Exception as exc:
            raise FaceModelError(f"the face detector could not be loaded ({exc})") from exc
    return _detectors[model]


def _corners(box: tuple) -> list[list[float]]:
    x, y, w, h = box
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def _same_face(a: Face, b: Face) -> bool:
    """Overlapping boxes, or one inside the other: the short-range model sometimes draws an
    oversized box around a small face that the full-range model boxes correctly."""
    if iou(_corners(a.box), _corners(b.box)) >= SAME_FACE_IOU:
        return True
    small, large = sorted((a, b), key=lambda f: f.box[2] * f.box[3])
    cx, cy = small.center
    x, y, w, h = large.box
    return x <= cx <= x + w and y <= cy <= y + h


def merge_faces(faces: list[Face], more: list[Face]) -> list[Face]:
    """One detection per face: the more confident one."""
    merged = list(faces)
    for face in more:
        twin = next((i for i, known in enumerate(merged) if _same_face(face, known)), None)
        if twin is None:
            merged.append(face)
        elif face.score > merged[twin].score:
            merged[twin] = face
    return merged


def _run(model: str, rgb) -> list[Face]:
    import mediapipe as mp

    height, width = rgb.shape[:2]
    with _locks[model]:
        result = _detector(model).detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb))
    faces = []
    for detection in result.detections:
        box = detection.bounding_box
        points = np.array(
            [[k.x * width, k.y * height] for k in detection.keypoints], dtype=np.float32
        )
        if len(points) != 6:
            continue
        score = float(detection.categories[0].score) if detection.categories else 0.0
        faces.append(Face((box.origin_x, box.origin_y, box.width, box.height), score, points))
    return faces


def _aligned_rgb(frame_bgr: np.ndarray) -> np.ndarray:
    """The RGB copy mediapipe wants, in 64-byte aligned memory (LiteRT would otherwise copy it
    again, and say so on stderr)."""
    buffer = np.empty(frame_bgr.nbytes + 64, np.uint8)
    offset = -buffer.ctypes.data % 64
    rgb = buffer[offset : offset + frame_bgr.nbytes].reshape(frame_bgr.shape)
    cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2RGB, dst=rgb)
    return rgb


def _zoomed(rgb: np.ndarray) -> list[Face]:
    """The full-range model on the middle of the frame, twice as large: a person standing far
    back is still found (and told to come closer) instead of being told there is no face."""
    height, width = rgb.shape[:2]
    x0, y0 = width // 4, height // 4
    middle = np.ascontiguousarray(rgb[y0 : y0 + height // 2, x0 : x0 + width // 2])
    faces = []
    for face in _run(FULL_RANGE, middle):
        x, y, w, h = face.box
        faces.append(
            Face((x + x0, y + y0, w, h), face.score, face.keypoints + np.float32([x0, y0]))
        )
    return faces


def _trusted(faces: list[Face], frame_height: int) -> bool:
    """The short-range model alone is enough for a confident, large face (the usual selfie)."""
    return bool(faces) and all(
        f.score >= TRUST_SHORT_RANGE_SCORE and f.height >= TRUST_SHORT_RANGE_HEIGHT * frame_height
        for f in faces
    )


def detect_near_faces(image_bgr: np.ndarray) -> list[Face]:
    """The short-range model alone: for pictures where any face of interest is large (a
    document portrait in a tile its own height)."""
    return _run(SHORT_RANGE, _aligned_rgb(image_bgr))


def detect_faces(frame_bgr: np.ndarray, thorough: bool = False) -> list[Face]:
    """Faces, largest first. The fast short-range model runs on every frame; the full-range
    model joins when that finds no confident, large face (a face too far away, or a false
    oversized box), and always when `thorough` (a picture that is kept: a second person
    further back must not slip through)."""
    rgb = _aligned_rgb(frame_bgr)
    faces = _run(SHORT_RANGE, rgb)
    if thorough or not _trusted(faces, rgb.shape[0]):
        faces = merge_faces(faces, _run(FULL_RANGE, rgb))
    if not [f for f in faces if f.score >= MIN_SCORE]:
        faces = merge_faces(faces, _zoomed(rgb))
    return sorted(faces, key=lambda f: f.box[2] * f.box[3], reverse=True)
