"""Compose camera scenes: a specimen document on a background, with one known defect or none.

Each scene carries its ground truth (document corners in frame pixels, the defect), so tests
and the evaluation can score the checks. Defect strengths are chosen so that a person would
agree the picture must be retaken; clean scenes stay within what a good capture looks like.
"""

from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np

from capture_wizard.core.geometry import order_corners
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.specimens.documents import Side, SpecimenDocument, render_document

FRAME_SIZES: tuple[tuple[int, int], ...] = (
    (1280, 720),
    (1920, 1080),
    (1280, 960),
    (720, 1280),
    (1080, 1920),
)


class Defect(StrEnum):
    CLEAN = "clean"
    BLUR_DEFOCUS = "blur_defocus"
    BLUR_MOTION = "blur_motion"
    DARK = "dark"
    BRIGHT = "bright"
    GLARE = "glare"
    CUT_OFF = "cut_off"
    FAR = "far"
    CLOSE = "close"
    TURNED = "turned"
    PORTRAIT_FRAME = "portrait_frame"
    FINGER = "finger"


DEFECT_ISSUE: dict[Defect, IssueCode | None] = {
    Defect.CLEAN: None,
    Defect.BLUR_DEFOCUS: IssueCode.BLUR,
    Defect.BLUR_MOTION: IssueCode.BLUR,
    Defect.DARK: IssueCode.TOO_DARK,
    Defect.BRIGHT: IssueCode.TOO_BRIGHT,
    Defect.GLARE: IssueCode.GLARE,
    Defect.CUT_OFF: IssueCode.CUT_OFF,
    Defect.FAR: IssueCode.TOO_FAR,
    Defect.CLOSE: IssueCode.TOO_CLOSE,
    Defect.TURNED: IssueCode.WRONG_ORIENTATION,
    Defect.PORTRAIT_FRAME: IssueCode.WRONG_ORIENTATION,
    Defect.FINGER: IssueCode.OCCLUDED,
}


@dataclass(frozen=True)
class Scene:
    image: np.ndarray  # HxWx3 uint8 BGR
    corners: np.ndarray  # 4x2 float32, clockwise from top-left, frame pixels (may lie outside)
    defect: Defect
    side: Side
    seed: int


_DOC_CACHE: dict[tuple[Side, int], object] = {}


def _document(side: Side, variant: int):
    key = (side, variant)
    if key not in _DOC_CACHE:
        _DOC_CACHE[key] = render_document(side, seed=variant)
    return _DOC_CACHE[key]


def background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A table, desk or cloth: smooth at low resolution, upscaled, with fine noise."""
    sw, sh = max(8, w // 8), max(8, h // 8)
    base = np.array(rng.uniform(15, 165, 3), np.float32)
    kind = rng.integers(4)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == 0:  # plain surface with a light falloff
        field = 1.0 - 0.25 * ((xx / sw - 0.5) ** 2 + (yy / sh - 0.5) ** 2)
        small = base * field[..., None]
    elif kind == 1:  # linear gradient between two colours
        other = np.array(rng.uniform(15, 165, 3), np.float32)
        t = (xx / sw * rng.uniform(0.3, 1) + yy / sh * rng.uniform(0, 0.7))[..., None]
        small = base * (1 - t / 1.7) + other * (t / 1.7)
    elif kind == 2:  # wood grain
        angle = rng.uniform(-0.3, 0.3)
        u = yy * np.cos(angle) + xx * np.sin(angle)
        grain = np.sin(u * rng.uniform(0.4, 1.2) + 2 * np.sin(xx / rng.uniform(6, 14)))
        small = base * (1 + 0.12 * grain[..., None])
    else:  # mottled stone / cloth
        noise = cv2.GaussianBlur(rng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 2.5)
        small = base * (1 + 0.35 * noise[..., None])
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    big += rng.normal(0, 3, (h, w, 1)).astype(np.float32)
    return big


def _place(rng, defect: Defect, fw: int, fh: int, aspect: float) -> np.ndarray:
    """Document corners before perspective jitter."""
    landscape = fw >= fh
    base = 0.0 if landscape else 90.0
    if defect is Defect.TURNED:
        base = 90.0
    elif defect is Defect.PORTRAIT_FRAME:
        base = 0.0
    angle = base + rng.uniform(-7, 7) + (180.0 if rng.random() < 0.15 else 0.0)
    area = {Defect.FAR: rng.uniform(0.025, 0.09), Defect.CLOSE: rng.uniform(0.76, 0.95)}.get(
        defect, rng.uniform(0.22, 0.5)
    )
    long_side = np.sqrt(area * fw * fh * aspect)
    rad = np.deg2rad(angle)
    half = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32) * [
        long_side / 2,
        long_side / aspect / 2,
    ]
    rot = np.array([[np.cos(rad), -np.sin(rad)], [np.sin(rad), np.cos(rad)]], np.float32)
    pts = half @ rot.T
    span = pts.max(0) - pts.min(0)
    if defect is not Defect.CLOSE:  # fit inside the frame with a margin
        fit = min(1.0, 0.88 * fw / span[0], 0.88 * fh / span[1])
        pts *= fit
        span *= fit
    free = np.array([fw, fh]) - span
    if defect is Defect.CLOSE:
        centre = np.array([fw, fh]) / 2 + rng.uniform(-0.05, 0.05, 2) * [fw, fh]
    elif defect is Defect.CUT_OFF:
        centre = np.array([fw, fh]) / 2
        axis = rng.integers(2)
        shift = free[axis] / 2 + span[axis] * rng.uniform(0.1, 0.3)
        centre[axis] += shift * (1 if rng.random() < 0.5 else -1)
        other = 1 - axis
        centre[other] += rng.uniform(-0.3, 0.3) * max(0.0, free[other] - 0.06 * [fw, fh][other])
    else:
        margin = 0.04 * np.array([fw, fh])
        room = np.maximum(0, free / 2 - margin)
        centre = np.array([fw, fh]) / 2 + rng.uniform(-1, 1, 2) * room
    return (pts + centre).astype(np.float32)


def _keep_inside(corners: np.ndarray, fw: int, fh: int, margin: float) -> np.ndarray:
    """Shrink the quadrilateral about its centre until every corner is `margin` inside."""
    centre = corners.mean(0)
    limits = np.array([[margin, margin], [fw - margin, fh - margin]], np.float32)
    scale = 1.0
    for corner in corners - centre:
        for axis in (0, 1):
            if corner[axis] < 0:
                scale = min(scale, (limits[0, axis] - centre[axis]) / corner[axis])
            elif corner[axis] > 0:
                scale = min(scale, (limits[1, axis] - centre[axis]) / corner[axis])
    return (centre + (corners - centre) * max(scale, 0.1)).astype(np.float32)


def _finger(img: np.ndarray, rng, corners: np.ndarray) -> None:
    """A thumb reaching over one edge of the document, nail towards the centre."""
    side = rng.integers(4)
    a, b = corners[side], corners[(side + 1) % 4]
    centre = corners.mean(0)
    edge_pt = a + (b - a) * rng.uniform(0.2, 0.8)
    inward = centre - edge_pt
    short = min(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[1]))
    inward /= np.linalg.norm(inward)
    tip = edge_pt + inward * short * rng.uniform(0.15, 0.3)
    root = edge_pt - inward * short * rng.uniform(0.25, 0.5)
    width = int(short * rng.uniform(0.2, 0.3))
    skin = np.array([rng.uniform(60, 150), rng.uniform(110, 185), rng.uniform(170, 235)])
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.line(mask, tuple(map(int, root)), tuple(map(int, tip)), 255, width, cv2.LINE_AA)
    soft = (
        cv2.GaussianBlur(mask, (0, 0), max(1.0, width * 0.04)).astype(np.float32)[..., None] / 255
    )
    dist = cv2.distanceTransform((mask > 0).astype(np.uint8), cv2.DIST_L2, 3)
    shade = (0.75 + 0.25 * np.clip(dist / (width / 2 + 1e-6), 0, 1))[..., None]
    img[:] = img * (1 - soft) + skin * shade * soft
    nail = tip - inward * width * 0.35
    angle = float(np.degrees(np.arctan2(inward[1], inward[0])))
    cv2.ellipse(
        img,
        (int(nail[0]), int(nail[1])),
        (int(width * 0.38), int(width * 0.3)),
        angle,
        0,
        360,
        (skin * 1.12).tolist(),
        -1,
        cv2.LINE_AA,
    )


def _glare(img: np.ndarray, rng, corners: np.ndarray) -> None:
    """One or two specular highlights on the document, saturating the sensor."""
    h, w = img.shape[:2]
    doc_w = np.linalg.norm(corners[1] - corners[0])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.integers(1, 3)):
        t = rng.uniform(0.15, 0.85, 2)
        top = corners[0] + (corners[1] - corners[0]) * t[0]
        bottom = corners[3] + (corners[2] - corners[3]) * t[0]
        c = top + (bottom - top) * t[1]
        r = doc_w * rng.uniform(0.05, 0.11)
        sx, sy = r * rng.uniform(0.7, 1.6), r * rng.uniform(0.7, 1.6)
        spot = np.exp(-(((xx - c[0]) / sx) ** 2 + ((yy - c[1]) / sy) ** 2))
        img += (spot * rng.uniform(260, 380))[..., None]


def _choose_frame(rng: np.random.Generator, defect: Defect) -> tuple[int, int]:
    """A frame size drawn from `FRAME_SIZES`: a landscape one for `Defect.TURNED`, a portrait
    one for `Defect.PORTRAIT_FRAME`, any otherwise. Draws one integer from `rng`."""
    options = (
        [f for f in FRAME_SIZES if f[0] >= f[1]]
        if defect is Defect.TURNED
        else [f for f in FRAME_SIZES if f[0] < f[1]]
        if defect is Defect.PORTRAIT_FRAME
        else FRAME_SIZES
    )
    return options[rng.integers(len(options))]


def blur_defect(img: np.ndarray, rng, defect: Defect, scale: float) -> np.ndarray | None:
    """`img` defocused or motion-blurred for the blur defects (None for the others); `scale`
    is the frame's long side over 1280."""
    if defect is Defect.BLUR_DEFOCUS:
        radius = max(2, round(rng.uniform(3.5, 9) * scale))
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
        return cv2.filter2D(img, -1, kernel.astype(np.float32) / kernel.sum())
    if defect is Defect.BLUR_MOTION:
        length = max(5, round(rng.uniform(12, 30) * scale))
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1
        rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, rot, (length, length))
        return cv2.filter2D(img, -1, kernel / kernel.sum())
    return None


def render_scene(
    seed: int,
    defect: Defect = Defect.CLEAN,
    frame: tuple[int, int] | None = None,
    side: Side | None = None,
    jpeg: bool = True,
    variant: int | None = None,
    document: SpecimenDocument | None = None,
) -> Scene:
    """A reproducible camera frame; `seed` picks everything that `frame`, `side` and the
    document's look (`variant`, 0-5) leave open. `document` photographs that document
    instead of a rendered one (its side is then the document's)."""
    rng = np.random.default_rng(seed)
    if frame is None:
        frame = _choose_frame(rng, defect)
    if side is None:
        side = list(Side)[rng.integers(len(Side))]
    fw, fh = frame
    drawn = int(rng.integers(6))  # always drawn, so a seed gives the same scene either way
    doc = document or _document(side, drawn if variant is None else variant % 6)
    side = doc.side
    dh, dw = doc.image.shape[:2]

    corners = _place(rng, defect, fw, fh, dw / dh)
    short = min(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[3] - corners[0]))
    corners = corners + rng.uniform(-0.05, 0.05, (4, 2)).astype(np.float32) * short  # tilt
    if defect not in (Defect.CUT_OFF, Defect.CLOSE):
        corners = _keep_inside(corners, fw, fh, margin=0.03 * min(fw, fh))
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    homography = cv2.getPerspectiveTransform(src, corners)

    img = background(rng, fw, fh)
    alpha = cv2.warpPerspective(doc.alpha, homography, (fw, fh), flags=cv2.INTER_LINEAR)
    alpha = alpha.astype(np.float32)[..., None] / 255
    shadow = cv2.GaussianBlur(alpha, (0, 0), short * 0.02)
    offset = np.float32([[1, 0, short * 0.015], [0, 1, short * 0.02]])
    shadow = cv2.warpAffine(shadow, offset, (fw, fh))[..., None]
    img *= 1 - 0.35 * shadow
    warped = cv2.warpPerspective(doc.image, homography, (fw, fh), flags=cv2.INTER_LINEAR)
    img = img * (1 - alpha) + warped.astype(np.float32) * alpha

    if defect is Defect.FINGER:
        _finger(img, rng, corners)

    yy, xx = np.mgrid[0:fh:8, 0:fw:8].astype(np.float32)
    light = 0.8 + 0.14 * np.cos((xx / fw - rng.uniform()) * rng.uniform(1, 3)) * np.cos(
        (yy / fh - rng.uniform()) * rng.uniform(1, 3)
    )
    light = cv2.resize(light, (fw, fh))[..., None]
    if defect is Defect.DARK:
        light *= rng.uniform(0.1, 0.28)
    elif defect is Defect.BRIGHT:
        light *= rng.uniform(1.7, 2.6)
    img *= light
    if defect is Defect.GLARE:
        _glare(img, rng, corners)

    scale = max(fw, fh) / 1280
    blurred = blur_defect(img, rng, defect, scale)
    # Every lens softens a little.
    img = blurred if blurred is not None else cv2.GaussianBlur(img, (0, 0), 0.6 * scale)

    noise = rng.uniform(1.5, 3.5) * (2.0 if defect is Defect.DARK else 1.0)
    img += rng.normal(0, noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if jpeg:
        quality = int(rng.integers(80, 96))
        out = cv2.imdecode(cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])[1], 1)
    return Scene(out, order_corners(corners), defect, side, seed)
