"""Glare: a specular reflection that washes out the print beneath it.

A reflection clips the sensor, is solid (a disc fits inside it) and hides the print under it,
so the area inside its outline is almost free of darker print. Bright paper is not glare: a
white MRZ band or a white zone carries characters (holes in the bright area) and is rarely
clipped on a camera's picture; blank paper running from one side of the document to the other
(above the lines of a white MRZ zone), or along its edge beside the lines, is part of such a
zone; a document whose paper is itself clipped (a white card, a flatbed scan) gives no way to
tell paper from glare, and is not judged. A portrait photographed on white leaves a clipped
background that wraps round the face printed in it: not glare either.

What tells a reflection from a white zone round it is its halo, which washes out the print
round its edge, where beside a white zone of the design the print stays dark
(_halo_lift). That tells it when a clipped reflection runs into a white MRZ band and
becomes one area with the band's characters, and when a reflection falls just short of
clipping (a soft lamp on a laminate, its core broken into specks by the sensor's noise):
where no clipped area is glare, the nearly white areas of the smoothed document are looked
at too (_soft_reflection).
"""

from collections.abc import Callable

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.exposure import percentile

_NONE = {"glare_radius": 0.0, "glare_share": 0.0, "glare_spot_share": 0.0}


def glare_metrics(
    gray: np.ndarray,
    cumulative: np.ndarray,
    portraits: Callable[[np.ndarray], list[tuple[float, float]]] | None = None,
) -> dict:
    """`gray` is the rectified document, `cumulative` its histogram (see exposure).
    `portraits` gives the centres of the faces printed on it (`gray`'s pixels); it is asked
    only when a clipped area is mostly hollow within its convex hull (T.GLARE_HOLLOW_SHARE):
    such an area round a face is the portrait's plain background round the head and
    shoulders, not a reflection, which is a disc or a streak, nearly its own hull.

    glare_radius: the radius (share of the document's width) of the largest disc inside a
    clipped (or nearly white, see _soft_reflection) area that hides the print under it;
    glare_share: the share of the document clipped; glare_spot_share: the share under such
    areas (reflections, halo included)."""
    if percentile(cumulative, 0.5) >= T.GLARE_PAPER_CLIPPED:
        return dict(_NONE)
    share = 1.0 - float(cumulative[T.GLARE_LEVEL - 1])
    min_depth = T.GLARE_MIN_RADIUS * gray.shape[1]
    found = _Spots(gray, portraits)
    ink = percentile(cumulative, 0.01)
    if share * gray.size >= 4:
        _, mask = cv2.threshold(gray, T.GLARE_LEVEL - 1, 255, cv2.THRESH_BINARY)
        for spot, deepest, offset in _solid_spots(mask, min_depth):
            if _hole_share(spot) <= T.GLARE_MAX_HOLES:
                found.add(spot, deepest, offset)
                continue
            # A reflection that runs into a white zone's print (a white MRZ band) merges
            # with it: its solid part is glare if its halo has washed out the print round it.
            solid = _solid_part(spot, min_depth)
            halo = _halo_lift(gray, ink, 255.0, _filled(solid, gray.shape, offset))
            if halo >= T.GLARE_HALO_LIFT:
                found.add(solid, deepest, offset)
    if not found.radius:
        # A reflection just short of clipping: nearly white once the noise is smoothed away.
        smooth = cv2.GaussianBlur(gray, (5, 5), 0)
        _, mask = cv2.threshold(smooth, T.GLARE_SOFT_LEVEL - 1, 255, cv2.THRESH_BINARY)
        for spot, deepest, offset in _solid_spots(mask, min_depth):
            if _soft_reflection(gray, smooth, ink, spot, offset):
                found.add(spot, deepest, offset)
    return {
        "glare_radius": round(found.radius / gray.shape[1], 4),
        "glare_share": round(share, 4),
        "glare_spot_share": round(found.area / gray.size, 4),
    }


class _Spots:
    """The reflections found so far: the deepest one's depth and their area. A spot that is
    mostly hollow within its hull and holds a printed face is a portrait's background, and
    is left out (the faces are looked for once, and only then)."""

    def __init__(self, gray: np.ndarray, portraits) -> None:
        self.gray, self.portraits, self.centres = gray, portraits, None
        self.radius, self.area = 0.0, 0

    def add(self, spot: np.ndarray, deepest: float, offset: tuple[int, int]) -> None:
        hull = None if self.portraits is None else _hollow_hull(spot)
        if hull is not None:
            if self.centres is None:
                self.centres = self.portraits(self.gray)
            if _holds_a_point(hull, offset, self.centres):
                return
        self.radius = max(self.radius, deepest)
        self.area += cv2.countNonZero(spot)


def _solid_spots(mask: np.ndarray, min_depth: float):
    """The bright areas of `mask` (white zones of the design cleared, in place) that a disc
    of `min_depth` fits inside: (the area's own mask over its bounding box, the depth of the
    deepest point, the box's top-left corner in `mask`)."""
    _clear_white_zones(mask)
    if not cv2.countNonZero(mask):
        return
    # Only the box round the bright pixels matters (and a pixel beyond it: the document's
    # edge is not the edge of a spot).
    x, y, w, h = cv2.boundingRect(mask)
    box = cv2.copyMakeBorder(mask[y : y + h, x : x + w], 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=0)
    depth = cv2.distanceTransform(box, cv2.DIST_L2, 3)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    for label in range(1, count):
        if stats[label, cv2.CC_STAT_AREA] < np.pi * min_depth**2:
            continue
        lx, ly, lw, lh = stats[label, :4]
        spot = (labels[ly : ly + lh, lx : lx + lw] == label).astype(np.uint8)
        deepest = float(depth[ly : ly + lh, lx : lx + lw][spot > 0].max())
        if deepest >= min_depth:
            yield spot, deepest, (x + lx - 1, y + ly - 1)


def _soft_reflection(
    gray: np.ndarray, smooth: np.ndarray, ink: int, spot: np.ndarray, offset: tuple[int, int]
) -> bool:
    """Whether a nearly white area (`spot` at `offset`, found on `smooth`) is a reflection
    that falls short of clipping. Inside its outline, as for any glare, print is gone
    (GLARE_MAX_HOLES); a blank white zone of the design looks the same there. What sets a
    reflection apart is round it: it lies within the document, clear of its rim (light
    falling across it from one side, a shadow's edge, a lamp beside it, is brightest at an
    edge, like a halo); it is brighter than the document's own white paper (the 90th
    percentile of the rest of it) by T.GLARE_SOFT_RISE; and its halo has washed out the print
    round it (_halo_lift). Where the card's white paper is nearly as light as a reflection,
    a halo that lifts the print GLARE_HALO_STRONG of the way and glows (_glow) will do with
    any rise over the paper."""
    h, w = gray.shape
    x, y = offset
    rim = _rim_width(w) + 1  # the rim itself was cleared (_clear_white_zones)
    if min(x, y) <= rim or x + spot.shape[1] >= w - rim or y + spot.shape[0] >= h - rim:
        return False
    inside = _filled(spot, gray.shape, offset)
    if np.count_nonzero(gray[inside] < T.GLARE_SOFT_PRINT) > (
        T.GLARE_MAX_HOLES * np.count_nonzero(inside)
    ):
        return False
    light = float(np.median(smooth[inside]))
    rise = light - float(np.percentile(smooth[~inside], 90))
    if rise <= 0:
        return False
    lift = _halo_lift(gray, ink, light, inside)
    if rise >= T.GLARE_SOFT_RISE and lift >= T.GLARE_HALO_LIFT:
        return True
    # Barely over the paper: only a halo that glows will do. Blank paper round a blank white
    # panel has no print to lift, so its "lift" is as high as a reflection's, but it is flat.
    return lift >= T.GLARE_HALO_STRONG and _glow(smooth, inside) >= T.GLARE_HALO_GLOW


def _glow(smooth: np.ndarray, inside: np.ndarray) -> float:
    """How much lighter the paper is just round the bright area `inside` (from
    T.GLARE_GLOW_FROM to 1 times T.GLARE_HALO_AT from its edge, past the pixels a sharp edge is
    blurred over) than a little further out (2 to 5 times T.GLARE_HALO_AT): the light of a
    reflection falls off through its halo, a white panel's edge is sharp. The paper is the
    lighter quarter of each ring, above the print in it."""
    reach = T.GLARE_HALO_AT * smooth.shape[1]
    around = _distances_round(inside, 5 * reach)
    if around is None:
        return 0.0
    window, away = around
    near = smooth[window][(away > T.GLARE_GLOW_FROM * reach) & (away <= reach)]
    far = smooth[window][(away > 2 * reach) & (away <= 5 * reach)]
    if not len(near) or not len(far):
        return 0.0
    return float(np.percentile(near, 75) - np.percentile(far, 75))


def _halo_lift(gray: np.ndarray, ink: int, light: float, inside: np.ndarray) -> float:
    """How far a reflection's halo has washed out the print round the bright area `inside`
    (a mask of `gray`'s shape), of grey level `light`: within T.GLARE_HALO_AT of its edge,
    how far even the darkest print (5th percentile) has been lifted from the document's `ink`
    towards that light (0 where it stays as dark, 1 where it reaches the light). Beside a
    white zone of the design (a data panel, a white MRZ band's margin, a portrait's
    background) print stays as dark as anywhere."""
    reach = T.GLARE_HALO_AT * gray.shape[1]
    around = _distances_round(inside, reach)
    if around is None:
        return 0.0
    window, away = around
    halo = (away > 0) & (away <= reach)
    if not halo.any():
        return 0.0
    ring = gray[window][halo]
    return (float(np.percentile(ring, 5)) - ink) / max(1.0, light - ink)


def _distances_round(
    inside: np.ndarray, reach: float
) -> tuple[tuple[slice, slice], np.ndarray] | None:
    """The window round the bright area `inside` (its bounding box grown by `reach` and two
    pixels) and each of the window's pixels' distance from the area, or None for no area.
    Only that window matters to a ring within `reach`: several times faster than the whole
    document."""
    points = cv2.findNonZero(inside.view(np.uint8))
    if points is None:
        return None
    x, y, w, h = cv2.boundingRect(points)
    pad = int(reach) + 2
    window = (slice(max(0, y - pad), y + h + pad), slice(max(0, x - pad), x + w + pad))
    return window, cv2.distanceTransform((~inside[window]).astype(np.uint8), cv2.DIST_L2, 3)


def _filled(spot: np.ndarray, shape: tuple[int, ...], offset: tuple[int, int]) -> np.ndarray:
    """The area inside `spot`'s outline (its holes filled), placed at `offset` in a mask of
    `shape`."""
    outlines, _ = cv2.findContours(spot, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros(shape[:2], np.uint8)
    cv2.drawContours(filled, outlines, -1, 1, cv2.FILLED, offset=offset)
    return filled > 0


def _solid_part(spot: np.ndarray, min_depth: float) -> np.ndarray:
    """The part of `spot` that discs of radius `min_depth` inside it cover (its opening):
    without the thin paper between a white band's characters it has run into."""
    r = int(min_depth)
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
    padded = cv2.copyMakeBorder(spot, r, r, r, r, cv2.BORDER_CONSTANT, value=0)
    return cv2.morphologyEx(padded, cv2.MORPH_OPEN, disc)[r:-r, r:-r]


def _clear_white_zones(mask: np.ndarray) -> None:
    """Clears (in place) what white zones of the document's design leave clipped: the rows and
    columns clipped from one side of the document to the other (blank paper above the lines of
    a white MRZ zone), and the document's rim (T.GLARE_RIM), where a white zone's blank margin
    beside its lines meets the card's edge and the quadrilateral may take in a little of a
    scan's white beyond it. A reflection is a spot or a short streak, judged on what is left of
    it (own renders: no glare verdict changed live; two over-exposed scenes of 240 did as
    stills, docs/quality.md)."""
    full = T.GLARE_BAND_SHARE * 255
    mask[mask.mean(axis=1) >= full] = 0
    mask[:, mask.mean(axis=0) >= full] = 0
    rim = _rim_width(mask.shape[1])
    mask[:rim] = 0
    mask[-rim:] = 0
    mask[:, :rim] = 0
    mask[:, -rim:] = 0


def _rim_width(width: int) -> int:
    """The document's rim (T.GLARE_RIM) in pixels of a rectified document `width` wide."""
    return max(1, round(T.GLARE_RIM * width))


def _hole_share(spot: np.ndarray) -> float:
    """Share of the area inside a bright spot's outline that is not bright (print)."""
    inside = np.count_nonzero(_filled(spot, spot.shape, (0, 0)))
    return 1.0 - cv2.countNonZero(spot) / max(1, inside)


def _hollow_hull(spot: np.ndarray) -> np.ndarray | None:
    """A bright spot's convex hull, if the spot fills at most 1 - T.GLARE_HOLLOW_SHARE of it
    (it wraps round something), else None."""
    hull = cv2.convexHull(cv2.findNonZero(spot))
    filled = np.zeros_like(spot)
    cv2.fillConvexPoly(filled, hull, 1)
    hollow = 1.0 - cv2.countNonZero(spot) / max(1, cv2.countNonZero(filled))
    return hull if hollow > T.GLARE_HOLLOW_SHARE else None


def _holds_a_point(
    hull: np.ndarray, offset: tuple[int, int], points: list[tuple[float, float]]
) -> bool:
    """Whether any of `points` lies in `hull`, whose coordinates are `offset` from theirs."""
    ox, oy = offset
    return any(cv2.pointPolygonTest(hull, (x - ox, y - oy), False) >= 0 for x, y in points)


def has_glare(metrics: dict) -> bool:
    return metrics["glare_radius"] >= T.GLARE_MIN_RADIUS
