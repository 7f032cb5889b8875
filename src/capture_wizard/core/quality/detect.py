"""Find the document's quadrilateral in a working-resolution frame.

Edges (Canny, thresholds from the frame's own contrast) are closed into regions; the outline
of each large region is approximated by four sides, and each side is refitted to the edge
pixels along it, so a finger crossing one edge or a rounded corner does not pull the corners.
Corners come from intersecting the fitted sides and may lie outside the frame (cut off).
"""

from dataclasses import dataclass

import cv2
import numpy as np

from capture_wizard.core.geometry import order_corners, quad_area, side_lengths
from capture_wizard.core.quality import thresholds as T

_CLOSE_ITERATIONS = 2
_MIN_FITTED_SIDES = 2  # a region bounded mostly by the frame is no evidence of a document


@dataclass(frozen=True)
class Detection:
    corners: np.ndarray  # 4x2 float32, working pixels, clockwise from top-left
    coverage: float  # share of the quadrilateral filled by the found region
    occlusion: float  # largest object crossing the outline, as a share of the quad area


def _edges(bgr: np.ndarray) -> np.ndarray:
    """Edges in any colour channel: a dark card border on a dark table of another hue counts."""
    blurred = cv2.GaussianBlur(bgr, (5, 5), 0)
    gray = cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY)
    otsu, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    high = float(np.clip(otsu * 0.6, 12, 120))
    edges = cv2.Canny(blurred[:, :, 0], high * 0.5, high)
    for channel in (1, 2):
        edges |= cv2.Canny(blurred[:, :, channel], high * 0.5, high)
    return edges


def _four_corners(contour: np.ndarray) -> np.ndarray | None:
    """Approximate a region's convex hull with exactly four vertices, if it can be."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    lo, hi = 0.005, 0.2
    for _ in range(12):
        eps = (lo + hi) / 2
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float32)
        lo, hi = (eps, hi) if len(approx) > 4 else (lo, eps)
    return None


def _line_through(points: np.ndarray) -> np.ndarray:
    vx, vy, x0, y0 = cv2.fitLine(points, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([vx, vy, x0, y0], np.float32)


def _intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    da, db = a[:2], b[:2]
    denom = da[0] * db[1] - da[1] * db[0]
    if abs(denom) < 1e-6:
        return None
    diff = b[2:] - a[2:]
    t = (diff[0] * db[1] - diff[1] * db[0]) / denom
    return a[2:] + t * da


def _refine(corners: np.ndarray, outline: np.ndarray, band: float) -> tuple[np.ndarray, int]:
    """Refit each side to the outline points within `band` of it (away from its corners).

    Points along the frame's border are not the document's edge and are ignored; a side with
    too few points left (outside the frame) stays where it was.
    """
    lines = []
    fitted = 0
    for i in range(4):
        p, q = corners[i], corners[(i + 1) % 4]
        d = q - p
        length = float(np.linalg.norm(d))
        if length < 1:
            return corners, 0
        u = d / length
        rel = outline - p
        along = rel @ u
        across = np.abs(rel[:, 0] * u[1] - rel[:, 1] * u[0])
        near = (across < band * length) & (along > 0.08 * length) & (along < 0.92 * length)
        pts = outline[near]
        if len(pts) >= 0.2 * length:
            lines.append(_line_through(pts))
            fitted += 1
        else:  # side not visible (outside the frame): keep it where it was
            lines.append(np.array([u[0], u[1], p[0], p[1]], np.float32))
    out = []
    for i in range(4):
        pt = _intersect(lines[i - 1], lines[i])
        if pt is None:
            return corners, 0
        out.append(pt)
    return np.array(out, np.float32), fitted


def _plausible(
    corners: np.ndarray, frame_area: float, aspect_hint: float | None, check_aspect: bool
) -> bool:
    sides = side_lengths(corners)
    if sides.min() < 8 or quad_area(corners) < T.MIN_CANDIDATE_AREA * frame_area:
        return False
    if not cv2.isContourConvex(corners.reshape(-1, 1, 2)):
        return False
    for i in range(4):
        a, b = corners[i - 1] - corners[i], corners[(i + 1) % 4] - corners[i]
        cos = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
        if (
            not T.MIN_CORNER_ANGLE
            <= np.degrees(np.arccos(np.clip(cos, -1, 1)))
            <= (180 - T.MIN_CORNER_ANGLE)
        ):
            return False
    if not check_aspect:  # a side lies on the frame's border: its true length is unknown
        return True
    pair_a, pair_b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    aspect = max(pair_a, pair_b) / min(pair_a, pair_b)
    if aspect_hint is not None:
        return abs(aspect / aspect_hint - 1) <= T.ASPECT_TOLERANCE_WITH_SPEC
    return T.ASPECT_RANGE[0] <= aspect <= T.ASPECT_RANGE[1]


def _largest_share(mask: np.ndarray, min_width: int) -> int:
    """Area of the largest component of `mask` after removing parts thinner than min_width."""
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (min_width, min_width))
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    count, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
    return int(stats[1:, cv2.CC_STAT_AREA].max()) if count > 1 else 0


def _core_outline(region: np.ndarray, outline: np.ndarray) -> np.ndarray:
    """The region's outline without thin attachments (a finger, a strap), for a first guess.

    Opening with a square a third of the region's short side removes anything narrower.
    """
    (_, _), (a, b), _ = cv2.minAreaRect(outline)
    size = int(min(a, b) / 3)
    if size < 5:
        return outline
    core = cv2.morphologyEx(region, cv2.MORPH_OPEN, np.ones((size, size), np.uint8))
    outlines, _ = cv2.findContours(core, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return max(outlines, key=cv2.contourArea) if outlines else outline


def _evaluate(region: np.ndarray, aspect_hint: float | None) -> tuple[float, Detection] | None:
    """Fit a quadrilateral to a filled region and score it, or None if it is no document."""
    h, w = region.shape
    outlines, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not outlines:
        return None
    outline = max(outlines, key=len)
    corners = _four_corners(_core_outline(region, outline))
    if corners is None:
        return None
    corners = order_corners(corners)
    pts = outline.reshape(-1, 2).astype(np.float32)
    pts = pts[(pts.min(1) > 2) & (pts[:, 0] < w - 3) & (pts[:, 1] < h - 3)]
    for band in (0.04, 0.015):
        corners, fitted = _refine(corners, pts, band)
        corners = order_corners(corners)
    if fitted < _MIN_FITTED_SIDES:
        return None
    at_border = bool(
        (corners.min() < 3) or (corners[:, 0] > w - 4).any() or (corners[:, 1] > h - 4).any()
    )
    if not _plausible(corners, float(h * w), aspect_hint, check_aspect=not at_border):
        return None
    quad = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(quad, np.round(corners).astype(np.int32), 255)
    area = max(1.0, float(np.count_nonzero(quad)))
    coverage = np.count_nonzero(region & quad) / area
    if coverage < T.MIN_COVERAGE:
        return None
    min_width = max(3, round(0.03 * min(side_lengths(corners))))
    bite = _largest_share(cv2.bitwise_and(quad, cv2.bitwise_not(region)), min_width)
    bulge = _largest_share(cv2.bitwise_and(region, cv2.bitwise_not(quad)), min_width)
    return area * coverage, Detection(corners, float(coverage), max(bite, bulge) / area)


def _regions(closed: np.ndarray, background_sides: int) -> list[np.ndarray]:
    """Candidate document regions, largest first.

    The background is what lies outside every closed outline and reaches `background_sides`
    or more sides of the frame; everything else, split into connected parts, is a candidate.
    A document running out of the picture is thus a candidate too, enclosed by its edges and
    the frame.
    """
    h, w = closed.shape
    count, labels, _, _ = cv2.connectedComponentsWithStats(cv2.bitwise_not(closed), connectivity=4)
    touches = np.zeros(count, np.int32)
    for line in (labels[0], labels[h - 1], labels[:, 0], labels[:, w - 1]):
        touches[np.unique(line)] += 1
    background = touches >= background_sides
    background[0] = False  # label 0 is the edge pixels themselves
    foreground = np.where(background[labels], 0, 255).astype(np.uint8)
    # Give back what the closing dilation added.
    foreground = cv2.erode(foreground, np.ones((3, 3), np.uint8), iterations=_CLOSE_ITERATIONS)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(foreground, connectivity=8)
    min_area = T.MIN_CANDIDATE_AREA * h * w
    big = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= min_area]
    big.sort(key=lambda i: stats[i, cv2.CC_STAT_AREA], reverse=True)
    return [np.where(labels == i, 255, 0).astype(np.uint8) for i in big[:4]]


def detect_document(bgr: np.ndarray, aspect_hint: float | None = None) -> Detection | None:
    """The most plausible document in a working-resolution BGR frame, or None."""
    closed = cv2.dilate(_edges(bgr), np.ones((3, 3), np.uint8), iterations=_CLOSE_ITERATIONS)
    # Background reaching three sides is the usual case; when the document itself reaches
    # three sides (held close), the background may only reach two.
    for sides in (3, 2):
        scored = [
            r
            for r in (_evaluate(region, aspect_hint) for region in _regions(closed, sides))
            if r is not None
        ]
        if scored:
            return max(scored, key=lambda r: r[0])[1]
    return None
