"""Selfie scenes with known face defects, for the face checks' tests, evaluation and benchmark.

The face is the public-domain astronaut portrait the specimen documents carry
(resources/specimens/PROVENANCE.md), pasted with a soft oval edge on a rendered background,
then moved, scaled, rotated, doubled, darkened or blurred. Turning the head sideways (yaw)
cannot be made from one frontal photo, so "turned" scenes tilt the head (roll) instead.
"""

import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import cv2
import numpy as np

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.specimens.scenes import background
from capture_wizard.resources import resource


class FaceDefect(StrEnum):
    CLEAN = "clean"
    NO_FACE = "no_face"
    TWO_FACES = "two_faces"
    FAR = "far"
    CLOSE = "close"
    DARK = "dark"
    OFF_CENTER = "off_center"
    TURNED = "turned"
    BLUR = "blur"


FACE_DEFECT_ISSUE: dict[FaceDefect, IssueCode | None] = {
    FaceDefect.CLEAN: None,
    FaceDefect.NO_FACE: IssueCode.NO_FACE,
    FaceDefect.TWO_FACES: IssueCode.MULTIPLE_FACES,
    FaceDefect.FAR: IssueCode.FACE_TOO_FAR,
    FaceDefect.CLOSE: IssueCode.FACE_TOO_CLOSE,
    FaceDefect.DARK: IssueCode.FACE_TOO_DARK,
    FaceDefect.OFF_CENTER: IssueCode.FACE_OFF_CENTER,
    FaceDefect.TURNED: IssueCode.FACE_TURNED,
    FaceDefect.BLUR: IssueCode.FACE_BLUR,
}

SELFIE_SIZES = ((1280, 720), (1920, 1080), (640, 480))

# Where the face is in the portrait crop (measured with the detector): centre and height, px.
_FACE_CENTER = (98.0, 121.0)
_FACE_HEIGHT = 101.0


@dataclass(frozen=True)
class SelfieScene:
    image: np.ndarray
    """HxWx3 uint8 BGR."""
    defect: FaceDefect


@cache
def _portrait() -> tuple[np.ndarray, np.ndarray]:
    image = cv2.imread(str(resource("specimens", "astronaut-portrait.jpg"))).astype(np.float32)
    h, w = image.shape[:2]
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(mask, (w // 2, int(h * 0.56)), (int(w * 0.48), int(h * 0.5)), 0, 0, 360, 1.0, -1)
    return image, cv2.GaussianBlur(mask, (0, 0), 6)


def paste_face(
    canvas: np.ndarray, height_fraction: float, center: tuple[float, float], roll: float, flip: bool
) -> None:
    """Put the portrait so that its face has this height and centre (frame fractions)."""
    portrait, mask = _portrait()
    if flip:
        portrait, mask = portrait[:, ::-1], mask[:, ::-1]
    fh, fw = canvas.shape[:2]
    scale = height_fraction * fh / _FACE_HEIGHT
    fx, fy = _FACE_CENTER
    if flip:
        fx = portrait.shape[1] - fx
    matrix = cv2.getRotationMatrix2D((fx, fy), roll, scale)
    matrix[:, 2] += (center[0] * fw - fx, center[1] * fh - fy)
    warped = cv2.warpAffine(portrait, matrix, (fw, fh), flags=cv2.INTER_CUBIC)
    alpha = cv2.warpAffine(mask, matrix, (fw, fh), flags=cv2.INTER_LINEAR)[..., None]
    canvas *= 1 - alpha
    canvas += warped * alpha


def render_selfie(
    seed: int, defect: FaceDefect, frame: tuple[int, int] | None = None
) -> SelfieScene:
    rng = np.random.default_rng(seed)
    fw, fh = frame or SELFIE_SIZES[int(rng.integers(len(SELFIE_SIZES)))]
    canvas = background(rng, fw, fh) + rng.uniform(20, 70)
    size = rng.uniform(0.26, 0.45)
    center = [0.5 + rng.uniform(-0.05, 0.05), 0.5 + rng.uniform(-0.05, 0.05)]
    roll = rng.uniform(-5, 5)
    if defect == FaceDefect.FAR:
        size = rng.uniform(0.09, 0.16)
    elif defect == FaceDefect.CLOSE:
        size = rng.uniform(0.68, 0.9)
    elif defect == FaceDefect.OFF_CENTER:
        size = rng.uniform(0.24, 0.36)
        axis = int(rng.integers(2))
        reach = 0.26 if axis == 0 else 0.24
        center[axis] = 0.5 + rng.choice([-1, 1]) * rng.uniform(0.22, reach + 0.06)
    elif defect == FaceDefect.TURNED:
        roll = rng.choice([-1, 1]) * rng.uniform(25, 40)
    if defect == FaceDefect.TWO_FACES:
        size = rng.uniform(0.24, 0.34)
        side = rng.choice([-1, 1])
        other = size * rng.uniform(0.55, 1.0)
        paste_face(
            canvas,
            other,
            (0.5 + side * rng.uniform(0.3, 0.36), rng.uniform(0.4, 0.6)),
            rng.uniform(-8, 8),
            flip=True,
        )
    if defect != FaceDefect.NO_FACE:
        paste_face(canvas, size, tuple(center), roll, flip=bool(rng.integers(2)))
    canvas = canvas * rng.uniform(0.85, 1.15)  # exposure
    if defect == FaceDefect.DARK:
        canvas = canvas * rng.uniform(0.12, 0.28)
    canvas += rng.normal(0, 2.5, canvas.shape).astype(np.float32)  # sensor noise
    image = np.clip(canvas, 0, 255).astype(np.uint8)
    if defect == FaceDefect.BLUR:
        if rng.integers(2):
            sigma = rng.uniform(3.0, 6.0) * fh / 720
            image = cv2.GaussianBlur(image, (0, 0), sigma)
        else:
            length = int(rng.uniform(18, 34) * fh / 720) | 1
            kernel = np.zeros((length, length), np.float32)
            kernel[length // 2, :] = 1.0 / length
            angle = math.degrees(rng.uniform(0, math.pi))
            rotation = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1)
            kernel = cv2.warpAffine(kernel, rotation, (length, length))
            image = cv2.filter2D(image, -1, kernel / max(kernel.sum(), 1e-6))
    return SelfieScene(image, defect)
