"""BlazeFace through mediapipe's Tasks FaceDetector, with the bundled models (never downloaded).

mediapipe is imported on first use only, so the app starts without it. Frames come in as BGR
(OpenCV order) and are converted to the RGB mediapipe expects here, at this one boundary.
A detector is not shared between threads: each thread gets its own.
"""

import contextlib
import os
import sys
import threading

import cv2
import numpy as np

from capture_wizard.core.face.report import Face
from capture_wizard.core.face.thresholds import MIN_SCORE, SAME_FACE_IOU
from capture_wizard.resources import resource

SHORT_RANGE = "face_detection_short_range.tflite"
"""Faces within about 2 m: the person in front of the camera. Fast (about 3 ms)."""
FULL_RANGE = "face_detection_full_range_sparse.tflite"
"""Small and distant faces too (about 8 ms): finds a face that is too far away, and a second
person further back."""


class FaceModelError(Exception):
    """The face detector cannot be loaded (mediapipe missing or broken, model file missing)."""


_local = threading.local()


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
    cache = getattr(_local, "detectors", None)
    if cache is None:
        cache = _local.detectors = {}
    if model not in cache:
        try:
            from mediapipe.tasks.python import BaseOptions, vision

            options = vision.FaceDetectorOptions(
                base_options=BaseOptions(model_asset_buffer=resource("models", model).read_bytes()),
                min_detection_confidence=MIN_SCORE,
            )
            import mediapipe as mp

            with _quiet_native_stderr():  # loading and the first run (warm-up) are chatty
                detector = vision.FaceDetector.create_from_options(options)
                blank = np.zeros((64, 64, 3), np.uint8)
                detector.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=blank))
            cache[model] = detector
        except Exception as exc:
            raise FaceModelError(f"the face detector could not be loaded ({exc})") from exc
    return cache[model]


def _iou(a: tuple, b: tuple) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    h = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = w * h
    return inter / (aw * ah + bw * bh - inter + 1e-9)


def _run(model: str, rgb) -> list[Face]:
    import mediapipe as mp

    height, width = rgb.shape[:2]
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


def detect_faces(frame_bgr: np.ndarray, thorough: bool = False) -> list[Face]:
    """Faces, largest first. The short-range model runs on every frame; the full-range model
    runs when it finds nothing (a face too far away?) and always when `thorough` (a picture
    that is kept: a second person further back must not slip through)."""
    rgb = np.ascontiguousarray(cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2RGB))
    faces = _run(SHORT_RANGE, rgb)
    if thorough or not faces:
        for face in _run(FULL_RANGE, rgb):
            if all(_iou(face.box, known.box) < SAME_FACE_IOU for known in faces):
                faces.append(face)
    return sorted(faces, key=lambda f: f.box[2] * f.box[3], reverse=True)
