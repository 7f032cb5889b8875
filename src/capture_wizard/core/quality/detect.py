"""Find the document's quadrilateral in a working-resolution frame.

Edges (Canny, thresholds from the frame's own contrast) are closed into outlines; whatever
reaches three sides of the frame is background, every other region is a candidate (a document
filling the frame, with only one side in view, is accepted only as too close). A
candidate's outline is approximated by four sides, and each side is refitted to the outline
points along it, so a finger crossing one edge or a rounded corner does not pull the corners.
Corners come from intersecting the fitted sides and may lie outside the frame (cut off).
"""

import itertools
from dataclasses import dataclass, replace

import cv2
import numpy as np

from capture_wizard.core.geometry import order_corners, quad_area, side_lengths
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.framing import NO_REACH, EdgeReach

_CLOSE_KERNEL = np.ones((5, 5), np.uint8)  # closes gaps of up to 4 px in an outline
_NEXT = [1, 2, 3, 0]  # index of each corner's clockwise neighbour
_MAX_HULL_VERTICES = 12  # enough for four rounded corners; 495 quadrilaterals to compare
# A finger is a fifth of a card's height or more; background texture or a shadow that sticks
# to the outline is much thinner and is opened away.
_OCCLUDER_MIN_WIDTH = 0.08


@dataclass(frozen=True)
class Detection:
    corners: np.ndarray  # 4x2 float32, working pixels, clockwise from top-left
    coverage: float  # share of the quadrilateral filled by the found region
    # The outline search on a smoothed copy: share of the outline hidden by an object crossing
    # it (not measured otherwise: 0). From locate_document: share of the document the learned
    # detector sees something over.
    occlusion: float
    sides_in_view: int  # sides fitted to the outline; the others lie along or beyond the frame
    whole_picture: bool = False  # a still's content box, taken as the document (a crop, a scan)
    # From locate_document: how far the learned detector sees this document reach each frame
    # side (it goes on beyond the picture there).
    edge_reach: EdgeReach = NO_REACH
    # From locate_document: whether the learned detector sees a document anywhere along the
    # frame's edge.
    map_at_edge: bool = True
    # From locate_document: the learned detector's map of what lies over the document (working
    # pixels), for a second look at what `occlusion` counted.
    occluder: np.ndarray | None = None


def channels(bgr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Brightness and the two colour-opponent channels (red/blue, green/magenta), 8-bit."""
    b, g, r = cv2.split(bgr)
    return (
        cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY),
        cv2.addWeighted(r, 0.5, b, -0.5, 128),
        cv2.addWeighted(cv2.addWeighted(r, 0.25, b, 0.25, 0), 1.0, g, -0.5, 128),
    )


def edge_map(bgr: np.ndarray) -> np.ndarray:
    """Edges in brightness or in either colour-opponent channel: a card's coloured border on a
    table of similar brightness but another hue still counts."""
    gray, hue, magenta = channels(cv2.GaussianBlur(bgr, (5, 5), 0))
    otsu, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    high = min(max(otsu * 0.6, 12.0), 120.0)
    return (
        cv2.Canny(gray, high * 0.5, high)
        | cv2.Canny(hue, high * 0.5, high)
        | cv2.Canny(magenta, high * 0.5, high)
    )


_QUADS_OF = {}  # n -> the index quadruples of n points, in order (for _largest_quad)


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


def _largest_quad(contour: np.ndarray) -> np.ndarray | None:
    """The largest quadrilateral with its corners among the vertices of a region's simplified
    convex hull. A document is the largest quadrilateral inside its own outline, so this finds
    its corners even where a bent corner or a shadow adds a short extra side to the hull
    (simplifying the hull down to four vertices then drops a true corner instead)."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    vertices = cv2.approxPolyDP(hull, 0.01 * perimeter, True)
    eps = 0.01
    while len(vertices) > _MAX_HULL_VERTICES:
        eps *= 1.5
        vertices = cv2.approxPolyDP(hull, eps * perimeter, True)
    points = vertices.reshape(-1, 2).astype(np.float32)
    n = len(points)
    if n < 4:
        return None
    if n not in _QUADS_OF:
        _QUADS_OF[n] = np.array(list(itertools.combinations(range(n), 4)), np.intp)
    quads = points[_QUADS_OF[n]]  # Q x 4 x 2, each in hull order
    x, y = quads[..., 0], quads[..., 1]
    areas = np.abs((x * np.roll(y, -1, axis=1) - np.roll(x, -1, axis=1) * y).sum(axis=1))
    return quads[int(np.argmax(areas))]


def _line_through(points: np.ndarray, robust: bool) -> np.ndarray:
    """Least-squares line (vx, vy, x0, y0); `robust` refits without the points far from the
    first fit (a finger's outline, a rounded corner). Much faster than cv2's M-estimators."""
    line = cv2.fitLine(points, cv2.DIST_L2, 0, 0.01, 0.01).ravel()
    if robust and len(points) > 8:
        rel = points - line[2:]
        residual = np.abs(rel[:, 0] * line[1] - rel[:, 1] * line[0])
        inliers = points[residual <= max(1.0, 2.0 * float(residual.sum()) / len(residual))]
        if len(inliers) >= 0.5 * len(points):
            line = cv2.fitLine(inliers, cv2.DIST_L2, 0, 0.01, 0.01).ravel()
    return line.astype(np.float32)


def _intersect(a: list[float], b: list[float]) -> tuple[float, float] | None:
    """Where two lines (vx, vy, x0, y0) cross; plain floats, as numpy is slow on scalars."""
    ax, ay, ax0, ay0 = a
    bx, by, bx0, by0 = b
    denom = ax * by - ay * bx
    if abs(denom) < 1e-6:
        return None
    t = ((bx0 - ax0) * by - (by0 - ay0) * bx) / denom
    return ax0 + t * ax, ay0 + t * ay


def _refine(corners: np.ndarray, outline: np.ndarray, band: float) -> tuple[np.ndarray, np.ndarray]:
    """Refit each side to the outline points within `band` of it (away from its corners).

    Returns the new corners and which sides had points to fit (4 booleans). Points along the
    frame's border are not the document's edge and are left out by the caller; a side with too
    few points left (outside the frame) stays where it was.
    """
    starts = corners
    vectors = corners[_NEXT] - starts
    lengths = np.sqrt((vectors * vectors).sum(axis=1))
    if lengths.min() < 1:
        return corners, np.zeros(4, bool)
    units = vectors / lengths[:, None]
    normals = units[:, ::-1] * (1, -1)
    # Projections of every point on each side's direction and normal (N x 8), by one matrix
    # product: far cheaper than broadcasting N x 4 x 2 differences.
    axes = np.concatenate((units, normals))
    projected = outline @ axes.T - (np.concatenate((starts, starts)) * axes).sum(axis=1)
    along, across = projected[:, :4], np.abs(projected[:, 4:])
    near = (across < band * lengths) & (np.abs(along - 0.5 * lengths) < 0.42 * lengths)
    lines, fitted = [], np.zeros(4, bool)
    for i in range(4):
        pts = outline[near[:, i]]
        if len(pts) >= 0.2 * lengths[i]:
            lines.append(_line_through(pts, robust=band > 0.02).tolist())
            fitted[i] = True
        else:  # side not visible (outside the frame): keep it where it was
            lines.append([*units[i].tolist(), *starts[i].tolist()])
    out = []
    for i in range(4):
        pt = _intersect(lines[i - 1], lines[i])
        if pt is None:
            return corners, np.zeros(4, bool)
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
    # Inner angles: between the vectors to the previous and the next corner.
    to_next = corners[_NEXT] - corners
    to_prev = -to_next[[3, 0, 1, 2]]
    cos = (to_next * to_prev).sum(axis=1) / (sides * sides[[3, 0, 1, 2]])
    limit = np.cos(np.radians(T.MIN_CORNER_ANGLE))  # |cos| of the extreme angles
    if np.abs(cos).max() > limit:
        return False
    if not check_aspect:  # a side lies on the frame's border: its true length is unknown
        return True
    pair_a, pair_b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    aspect = max(pair_a, pair_b) / min(pair_a, pair_b)
    if aspect_hint is not None:
        return abs(aspect / aspect_hint - 1) <= T.ASPECT_TOLERANCE_WITH_SPEC
    return T.ASPECT_RANGE[0] <= aspect <= T.ASPECT_RANGE[1]


def _covered_edge_share(
    region: np.ndarray, quad: np.ndarray, edges: np.ndarray, corners: np.ndarray, seen: np.ndarray
) -> float:
    """Share of the document's outline hidden by something that crosses it (a finger).

    Where an object lies over the edge, the region bulges out of the quadrilateral (or has a
    bite taken out of it) and the card's own edge is not seen. Texture or a shadow that sticks
    to the outline is thinner and opened away; where it merely touches, the edge still shows.
    Only the sides `seen` are judged: one along or beyond the frame's border has no edge to see.
    """
    min_width = max(3, round(_OCCLUDER_MIN_WIDTH * float(side_lengths(corners).min())))
    crossing = cv2.morphologyEx(
        cv2.bitwise_xor(region, quad), cv2.MORPH_OPEN, np.ones((min_width, min_width), np.uint8)
    )
    if not cv2.countNonZero(crossing):
        return 0.0
    near_object = cv2.dilate(crossing, np.ones((5, 5), np.uint8))
    near_edge = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    h, w = region.shape
    covered = total = 0
    for i in range(4):
        a, b = corners[i], corners[_NEXT[i]]
        n = max(2, int(np.hypot(*(b - a))))
        total += n
        if not seen[i]:
            continue
        t = np.linspace(0.05, 0.95, n)[:, None]
        pts = np.round(a + (b - a) * t).astype(int)
        pts = pts[(pts[:, 0] >= 0) & (pts[:, 0] < w) & (pts[:, 1] >= 0) & (pts[:, 1] < h)]
        if len(pts):
            xs, ys = pts[:, 0], pts[:, 1]
            covered += int(np.count_nonzero((near_object[ys, xs] > 0) & (near_edge[ys, xs] == 0)))
    return covered / max(1, total)


def _core_outline(outline: np.ndarray) -> np.ndarray:
    """The region's outline without thin attachments (a finger, a strap), for a first guess.

    Opening with a square a third of the region's short side removes anything narrower. A
    region that fills 95 % of its minimum-area rectangle has nothing sticking out: kept as is.
    So is one the opening tears apart, keeping under CORE_MIN_SHARE of it: that was no
    attachment but the document's own body, seen weakly across its middle (a dark portrait on
    a dark card in the learned map), and its largest piece is an inner part of it.
    """
    (_, _), (a, b), _ = cv2.minAreaRect(outline)
    size = int(min(a, b) / 3)
    if size < 5 or cv2.contourArea(outline) >= 0.95 * a * b:
        return outline
    x, y, bw, bh = cv2.boundingRect(outline)
    region = np.zeros((bh, bw), np.uint8)
    cv2.drawContours(region, [outline], -1, 255, cv2.FILLED, offset=(-x, -y))
    core = cv2.morphologyEx(region, cv2.MORPH_OPEN, np.ones((size, size), np.uint8))
    outlines, _ = cv2.findContours(core, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE, offset=(x, y))
    if not outlines:
        return outline
    largest = max(outlines, key=cv2.contourArea)
    if cv2.contourArea(largest) < T.CORE_MIN_SHARE * cv2.contourArea(outline):
        return outline
    return largest


def _fitted_quad(outline: np.ndarray, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Corners fitted to a region's outline, and which sides had outline points to fit.

    The first guess comes from the outline without thin attachments (a finger). Opening also
    rounds off the sharp corners of a card seen at an angle, and a side refitted from a guess
    that lost its corner stays askew; so when the opening changed the outline, the whole
    outline gives a second guess, taken when the region fills it (a finger sticking out would
    leave empty wedges beside it) as well as the first, or nearly as well while the two overlap
    far better: an upright square's opening rounds off all four corners of a card turned by
    20-45°, and four corners of what is left can make an inner quadrilateral that the region
    fills wholly."""
    core = _core_outline(outline)
    fits = []
    guesses = [(_four_corners, core)] + ([] if core is outline else [(_largest_quad, outline)])
    for corners_of, guess in guesses:
        corners = corners_of(guess)
        if corners is None:
            continue
        corners = order_corners(corners)
        for band in (0.04, 0.015):  # the sides keep their order: re-order once, at the end
            corners, fitted = _refine(corners, pts, band)
        fits.append((corners, fitted))
    if len(fits) == 2:
        (core_fill, core_overlap), (whole_fill, whole_overlap) = (
            _fill_and_overlap(outline, corners) for corners, _ in fits
        )
        if whole_fill >= T.MIN_WHOLE_FILL and (
            whole_fill >= core_fill - 0.001
            or whole_overlap >= core_overlap + T.WHOLE_FIT_EXPLAINS_BETTER
        ):
            return fits[1]
    return fits[0] if fits else None


def _fill_and_overlap(outline: np.ndarray, corners: np.ndarray) -> tuple[float, float]:
    """Share of a quadrilateral that a region (its outline) fills, and their IoU."""
    box = cv2.boundingRect(np.concatenate((outline.reshape(-1, 2), corners.astype(np.int32))))
    x, y, bw, bh = box
    region = np.zeros((bh + 2, bw + 2), np.uint8)
    cv2.drawContours(region, [outline], -1, 255, cv2.FILLED, offset=(1 - x, 1 - y))
    quad = np.zeros_like(region)
    cv2.fillConvexPoly(quad, np.round(corners - (x - 1, y - 1)).astype(np.int32), 255)
    both = cv2.countNonZero(region & quad)
    return both / max(1, cv2.countNonZero(quad)), both / max(1, cv2.countNonZero(region | quad))


def _evaluate(
    outline: np.ndarray,
    edges: np.ndarray,
    aspect_hint: float | None,
    min_sides: int = 2,
    judge_occlusion: bool = False,
) -> tuple[float, Detection] | None:
    """Fit a quadrilateral to one region's outline and score it, or None if it is no document.
    With `judge_occlusion`, also how much of its outline is hidden (only a smoothed copy's
    search needs it: elsewhere the learned detector measures occlusion).

    Masks are drawn only over the box holding region and quadrilateral, which keeps it fast.
    """
    h, w = edges.shape
    pts = outline.reshape(-1, 2).astype(np.float32)
    pts = pts[(pts.min(1) > 2) & (pts[:, 0] < w - 3) & (pts[:, 1] < h - 3)]
    found = _fitted_quad(outline, pts)
    if found is None:
        return None
    corners, fitted = found
    if fitted.sum() < min_sides:
        return None
    ordered = order_corners(corners)  # a rotation of the clockwise corners
    fitted = np.roll(fitted, -corners.tolist().index(ordered[0].tolist()))
    corners = ordered
    corner_at_border = (corners.min(axis=1) < 3) | (corners[:, 0] > w - 4) | (corners[:, 1] > h - 4)
    at_border = bool(corner_at_border.any())
    # A side that was not fitted and ends at the frame's border runs along or beyond it.
    seen = fitted | ~(corner_at_border | corner_at_border[_NEXT])
    if not _plausible(corners, float(h * w), aspect_hint, check_aspect=not at_border):
        return None

    x, y, bw, bh = cv2.boundingRect(outline)
    x0 = max(0, min(x, int(corners[:, 0].min()) - 1))
    y0 = max(0, min(y, int(corners[:, 1].min()) - 1))
    x1 = min(w, max(x + bw, int(corners[:, 0].max()) + 2))
    y1 = min(h, max(y + bh, int(corners[:, 1].max()) + 2))
    region = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.drawContours(region, [outline], -1, 255, cv2.FILLED, offset=(-x0, -y0))
    quad = np.zeros_like(region)
    cv2.fillConvexPoly(quad, np.round(corners - (x0, y0)).astype(np.int32), 255)
    area = max(1.0, float(cv2.countNonZero(quad)))
    coverage = cv2.countNonZero(region & quad) / area
    if coverage < T.MIN_COVERAGE:
        return None
    occlusion = 0.0
    if judge_occlusion:
        occlusion = _covered_edge_share(region, quad, edges[y0:y1, x0:x1], corners - (x0, y0), seen)
    return area * coverage, Detection(corners, float(coverage), occlusion, int(fitted.sum()))


def _regions(closed: np.ndarray, background_sides: int) -> list[tuple[float, np.ndarray]]:
    """(area, outline) of the candidate document regions, largest first.

    The background is what lies outside every closed outline and reaches `background_sides`
    or more sides of the frame; everything else, split into connected parts, is a candidate.
    A document running out of the picture is thus a candidate too, enclosed by its edges and
    the frame.
    """
    h, w = closed.shape
    # Labelling without statistics is several times faster; the sides a part touches are
    # read off the frame's four border lines instead.
    count, labels = cv2.connectedComponents(cv2.bitwise_not(closed), connectivity=8)
    on_side = np.zeros((4, count), bool)
    for i, line in enumerate((labels[0], labels[-1], labels[:, 0], labels[:, -1])):
        on_side[i, line] = True
    is_background = on_side.sum(axis=0) >= background_sides
    is_background[0] = False  # label 0 is the edge pixels themselves
    # There are one to four background labels as a rule (seven at most in 320 test frames):
    # comparing with each is much faster than a lookup over all labels.
    foreground = np.full((h, w), 255, np.uint8)
    for label in np.flatnonzero(is_background).tolist():
        foreground &= cv2.compare(labels, label, cv2.CMP_NE)
    # Give back what the closing dilation added.
    foreground = cv2.erode(foreground, _CLOSE_KERNEL)
    outlines, _ = cv2.findContours(foreground, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    min_area = T.MIN_CANDIDATE_AREA * h * w
    areas = [(cv2.contourArea(c), c) for c in outlines]
    big = sorted((ac for ac in areas if ac[0] >= min_area), key=lambda ac: ac[0], reverse=True)
    return big[:4]


def _best(
    regions: list[tuple[float, np.ndarray]],
    edges: np.ndarray,
    aspect_hint: float | None,
    filling: bool = False,
    judge_occlusion: bool = False,
) -> Detection | None:
    """The highest-scoring document among the candidate regions (largest first), or None.

    With `filling`, the largest region may also be a document held so close that it fills the
    frame, with only one side in view. One straight side is little evidence of a document, so
    it is taken only when no other is found and it is too large to be told anything but "move
    back".
    """
    best: tuple[float, Detection] | None = None
    one_sided: Detection | None = None
    for i, (area, outline) in enumerate(regions):
        if best is not None and best[0] >= area * 1.25:
            break  # smaller regions cannot score higher (score <= quad area ~ region area)
        min_sides = 1 if filling and i == 0 else 2
        result = _evaluate(outline, edges, aspect_hint, min_sides, judge_occlusion)
        if result is None:
            continue
        if result[1].sides_in_view < 2:
            one_sided = result[1]
        elif best is None or result[0] > best[0]:
            best = result
    if best is not None:
        return best[1]
    if one_sided is not None and quad_area(one_sided.corners) >= T.TOO_CLOSE_AREA * edges.size:
        return one_sided
    return None


def fit_region(
    bgr: np.ndarray, outline: np.ndarray, snapped_only: bool = False
) -> Detection | None:
    """A document's quadrilateral fitted to a region found another way (the learned
    detector's mask), as outlines are, then its sides moved onto the strongest edges along
    them: the mask is coarse, the card's edge in the picture is sharp. Only when every side has
    edge points near it and no corner moves far; otherwise the mask's quadrilateral stays (a
    side cut off or under a hand has no edge of its own), or, with `snapped_only`, there is no
    document. None if no plausible document."""
    edges = edge_map(bgr)
    result = _evaluate(outline, edges, None, min_sides=1)
    if result is None:
        return None
    found = result[1]
    points = np.argwhere(edges)[:, ::-1].astype(np.float32)
    corners, fitted = _refine(found.corners, points, T.MASK_EDGE_BAND)
    shift = float(np.abs(corners - found.corners).max())
    if fitted.all() and shift <= T.MASK_EDGE_MAX_SHIFT * float(side_lengths(corners).min()):
        return replace(found, corners=order_corners(corners))
    return None if snapped_only else found


def detect_document(bgr: np.ndarray, aspect_hint: float | None = None) -> Detection | None:
    """The most plausible document outline in a working-resolution BGR frame, or None.

    On a textured table (gravel, granite, a woven mat) the table's own edges break the
    background into pieces that reach no side of the frame, so nothing stands out as a
    document; the search is then repeated on a copy whose texture is smoothed away (median,
    then an edge-preserving filter), where the document's outline survives."""
    found = _detect(bgr, aspect_hint)
    if found is None:
        smooth = cv2.bilateralFilter(cv2.medianBlur(bgr, 5), 9, 40, 9)
        found = _detect(smooth, aspect_hint, judge_occlusion=True)
        # Smoothing also merges shapes of a scene into card-like regions: on this second look
        # a document must show most of its outline (a street scene's "card" had two sides
        # and 41 % of its outline hidden).
        if found is not None and (
            found.sides_in_view < 3 or found.occlusion > T.SMOOTHED_MAX_OCCLUSION
        ):
            found = None
    return found


def _detect(
    bgr: np.ndarray, aspect_hint: float | None, judge_occlusion: bool = False
) -> Detection | None:
    edges = edge_map(bgr)
    closed = cv2.dilate(edges, _CLOSE_KERNEL)
    regions = _regions(closed, background_sides=3)
    found = _best(regions, edges, aspect_hint, True, judge_occlusion)
    if found is None:
        # Background reaching three sides is the usual case; when the document itself
        # reaches three sides (held close), the background may only reach two.
        regions = _regions(closed, background_sides=2)
        found = _best(regions, edges, aspect_hint, False, judge_occlusion)
    return found
