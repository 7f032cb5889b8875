"""A document's quadrilateral from long straight edges, where nothing else finds it well.

A card pasted or lying on a busy background (a mural, a street, framed pictures, gravel) shows
four straight, sharp sides, but the background's own edges join with them, so the outline
search finds no closed region, and the learned detector, which never saw such backgrounds, may
take the whole picture or a part of it for the document, or nothing. Straight edges do not
join: segments found along each side are merged into lines, and four lines whose sides are
seen along most of their length and enclose a document's shape make a candidate; the first of
the best few whose sides are a card's edges (across each the colour steps the same way all
along it, or one side of it keeps one colour; lines drawn through gravel, or a block of floor
tiles, are neither) and that carries print is the document. In a still, the same candidates
are looked for inside a region found, which may have merged the card with the mural or the framed
pictures round it: there the card must also hold nearly all the region's print. In any
picture, a region running off the frame may be a card merged with the sheet of paper under it:
the card is looked for inside it too (card_off_the_edge).
"""

from collections.abc import Callable, Iterator

import cv2
import numpy as np

from capture_wizard.core.geometry import iou, order_corners, quad_area, side_lengths
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection, channels, edge_map
from capture_wizard.core.quality.learned import map_share, quad_mask
from capture_wizard.core.quality.still import carries_print, holds_the_print, inner_rectangle

_MAX_LINES = 40  # the longest lines kept: enough for a card's four among a scene's many
# The longest segments merged into lines: a card's sides are among them; the hundreds more a
# texture gives (gravel, a woven mat) are short, and merging them all would cost 50-80 ms.
_MAX_SEGMENTS = 150
_SAME_ANGLE = np.radians(2.0)  # segments this close in angle and ...
_SAME_OFFSET = 3.0  # ... offset (working pixels) lie on one line
_PARALLEL = np.radians(20.0)  # opposite sides of a document seen at a slant stay this close
_CROSSING = np.radians(50.0)  # adjacent sides meet at least this steeply
_STEP = 3.0  # a side's step is read this far (working pixels) inside and outside it


_LSD = cv2.createLineSegmentDetector()


def edge_segments(bgr: np.ndarray) -> np.ndarray:
    """Straight segments (x1, y1, x2, y2) along the outline search's edges (edge_map): a
    probabilistic Hough transform. Exact on a large card; on foliage or gravel it also draws
    lines through the texture's dense edges, which can crowd out a small card's sides."""
    edges = edge_map(bgr)
    found = cv2.HoughLinesP(
        edges,
        1,
        np.pi / 360,
        threshold=30,
        minLineLength=round(T.LINE_MIN_SEGMENT * min(edges.shape)),
        maxLineGap=4,
    )
    return _longest_first(found, edges.shape)


def gradient_segments(bgr: np.ndarray) -> np.ndarray:
    """Straight segments where the gradient keeps one direction along them (the line segment
    detector, LSD), in brightness and either colour-opponent channel as edge_map: texture gives
    only short ones, so a small card's sides stand out among foliage."""
    found = [_LSD.detect(channel)[0] for channel in channels(cv2.GaussianBlur(bgr, (3, 3), 0))]
    found = [f.reshape(-1, 4) for f in found if f is not None]
    return _longest_first(np.concatenate(found) if found else None, bgr.shape[:2])


def _longest_first(found: np.ndarray | None, shape: tuple[int, ...]) -> np.ndarray:
    """Segments (x1, y1, x2, y2) of at least LINE_MIN_SEGMENT of the frame's short side,
    longest first."""
    if found is None:
        return np.zeros((0, 4), np.float32)
    segments = found.reshape(-1, 4).astype(np.float32)
    lengths = np.hypot(*(segments[:, 2:] - segments[:, :2]).T)
    keep = lengths >= T.LINE_MIN_SEGMENT * min(shape[:2])
    return segments[keep][np.argsort(-lengths[keep])][:_MAX_SEGMENTS]


def _lines(segments: np.ndarray) -> list[tuple[float, float, np.ndarray]]:
    """The segments merged into lines: (direction angle in [0, pi), offset along its normal,
    the intervals it is seen over along its direction), most seen first."""
    d = segments[:, 2:] - segments[:, :2]
    angles = np.arctan2(d[:, 1], d[:, 0]) % np.pi
    units = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    normals = np.stack([-units[:, 1], units[:, 0]], axis=1)
    offsets = (normals * segments[:, :2]).sum(axis=1)
    starts = (units * segments[:, :2]).sum(axis=1)
    ends = (units * segments[:, 2:]).sum(axis=1)
    merged: list[list] = []  # [angle, offset, intervals]
    for angle, offset, a, b in zip(angles, offsets, starts, ends, strict=True):
        for line in merged:
            turn = abs(line[0] - angle)
            # Angles either side of 0 / pi: the same line, its direction and normal flipped.
            flip = -1 if turn > np.pi / 2 else 1
            near = abs(flip * line[1] - offset) < _SAME_OFFSET
            if min(turn, np.pi - turn) < _SAME_ANGLE and near:
                line[2].append((min(flip * a, flip * b), max(flip * a, flip * b)))
                break
        else:
            merged.append([float(angle), float(offset), [(min(a, b), max(a, b))]])
    lines = []
    for angle, offset, intervals in merged:
        union: list[list[float]] = []
        for a, b in sorted(intervals):
            if union and a <= union[-1][1] + 3:
                union[-1][1] = max(union[-1][1], b)
            else:
                union.append([a, b])
        lines.append((angle, offset, np.array(union, np.float32)))
    lines.sort(key=lambda line: -float((line[2][:, 1] - line[2][:, 0]).sum()))
    return lines[:_MAX_LINES]


def _seen_up_to(intervals: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """How much of a line is seen before each position along it (its intervals, sorted)."""
    breaks = np.concatenate([[-1e9], intervals.ravel(), [1e9]])
    lengths = intervals[:, 1] - intervals[:, 0]
    before = np.concatenate([[0.0], np.cumsum(lengths)[:-1]])
    seen = np.stack([before, before + lengths], axis=1).ravel()
    return np.interp(positions, breaks, np.concatenate([[0.0], seen, [seen[-1]]]))


def line_quadrilaterals(
    small: np.ndarray,
    segments_of: Callable[[np.ndarray], np.ndarray] = edge_segments,
    count: int = T.LINE_CANDIDATES,
) -> list[tuple[float, np.ndarray]]:
    """(score, corners clockwise from top-left) of the `count` best distinct
    quadrilaterals of straight edges in a working-resolution frame that may be a whole
    document, best first: each side seen along LINE_MIN_SUPPORT of its length and all of them
    along LINE_MEAN_SUPPORT, the corners within the frame, a document's shape. The score is the
    share of the frame covered times the mean support squared: the outer boundary of a
    document before its inner rectangles, a well-seen one before a larger one that takes in a
    line of the background."""
    h, w = small.shape[:2]
    lines = _lines(segments_of(small))
    n = len(lines)
    if n < 4:
        return []
    angles = np.array([line[0] for line in lines])
    offsets = np.array([line[1] for line in lines])
    units = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    normals = np.stack([-units[:, 1], units[:, 0]], axis=1)
    # Where each two lines cross (n x n x 2), and how far along the first that is.
    det = normals[:, None, 0] * normals[None, :, 1] - normals[:, None, 1] * normals[None, :, 0]
    det = np.where(np.abs(det) > 1e-3, det, np.inf)
    cx = (offsets[:, None] * normals[None, :, 1] - offsets[None, :] * normals[:, None, 1]) / det
    cy = (normals[:, None, 0] * offsets[None, :] - normals[None, :, 0] * offsets[:, None]) / det
    cross = np.stack([cx, cy], axis=-1)
    along = (cross * units[:, None, :]).sum(axis=-1)
    seen = np.stack([_seen_up_to(line[2], along[i]) for i, line in enumerate(lines)])

    def support(line: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Share of `line` seen between where lines `a` and `b` cross it."""
        span = np.abs(along[line, a] - along[line, b])
        return np.abs(seen[line, a] - seen[line, b]) / np.maximum(span, 1.0)

    turn = np.abs(angles[:, None] - angles[None, :])
    facing = np.where(turn <= np.pi / 2, offsets[None, :], -offsets[None, :])  # as in _lines
    turn = np.minimum(turn, np.pi - turn)
    apart = np.abs(offsets[:, None] - facing) > T.LINE_MIN_APART * min(h, w)
    first, second = np.nonzero(np.triu((turn < _PARALLEL) & apart, 1))
    if len(first) < 2:
        return []
    p, q = np.triu_indices(len(first), 1)
    a, b, c, d = first[p], second[p], first[q], second[q]
    keep = (turn[a, c] > _CROSSING) & (a != c) & (a != d) & (b != c) & (b != d)
    a, b, c, d = a[keep], b[keep], c[keep], d[keep]
    corners = np.stack([cross[a, c], cross[c, b], cross[b, d], cross[d, a]], axis=1)
    sides = np.stack(
        [support(c, a, b), support(b, c, d), support(d, b, a), support(a, d, c)], axis=1
    )
    within = (corners.min(axis=1) >= -2).all(axis=1) & (corners[..., 0].max(axis=1) <= w + 2)
    within &= corners[..., 1].max(axis=1) <= h + 2
    good = (
        within
        & (sides.min(axis=1) >= T.LINE_MIN_SUPPORT)
        & (sides.mean(axis=1) >= T.LINE_MEAN_SUPPORT)
    )
    found = []
    for k in np.flatnonzero(good):
        quad = corners[k].astype(np.float32)
        if not cv2.isContourConvex(quad.reshape(-1, 1, 2)):
            continue
        quad = order_corners(quad)
        lengths = side_lengths(quad)
        pair_a, pair_b = (lengths[0] + lengths[2]) / 2, (lengths[1] + lengths[3]) / 2
        aspect = max(pair_a, pair_b) / max(min(pair_a, pair_b), 1.0)
        share = quad_area(quad) / (h * w)
        low, high = T.LINE_ASPECT_RANGE
        if low <= aspect <= high and share >= T.LINE_MIN_AREA:
            found.append((share * float(sides[k].mean()) ** 2, quad))
    found.sort(key=lambda item: -item[0])
    distinct: list[tuple[float, np.ndarray]] = []
    for score, quad in found:  # the same card seen along each edge of its rim counts once
        if all(iou(quad, kept) < T.LINE_SAME_QUAD for _, kept in distinct):
            distinct.append((score, quad))
            if len(distinct) == count:
                break
    return distinct


def line_document(
    small: np.ndarray,
    source: np.ndarray,
    source_scale: float,
    document: np.ndarray,
    box: np.ndarray | None = None,
) -> Detection | None:
    """The best quadrilateral of straight edges in a working-resolution frame that carries
    print (in `source`, `source_scale` of its pixels per working pixel), that the learned map
    (`document`) sees at least in part (LINE_MIN_MAP_SHARE) unless it is small enough to be
    too far (the map, looking at the whole frame, misses a small card), and that, inside a
    picture's content `box`, is no inner rectangle of it (a portrait, a band of a card
    cropped to its edges) unless it is small and holds nearly all the picture's print (a card
    lying small in a busy photograph), or None. Segments along edges are tried first, then
    the gradient's."""
    h, w = small.shape[:2]
    lab = None  # converted for the first candidate: most frames with no document have none
    for corners in _candidates(small, T.LINE_CANDIDATES, T.LINE_FURTHER_CANDIDATES):
        if lab is None:
            lab = cv2.cvtColor(small.astype(np.float32) / 255, cv2.COLOR_BGR2Lab)
        if not _steps_along_sides(lab, corners):
            continue
        area = quad_area(corners)
        if area >= T.TOO_FAR_AREA * h * w and map_share(document, corners) < T.LINE_MIN_MAP_SHARE:
            continue
        if box is not None and inner_rectangle(corners, box, w, h):
            small_in_box = area < T.STILL_INNER_SHARE * quad_area(box)
            if not small_in_box or not holds_the_print(
                source, corners * source_scale, box * source_scale
            ):
                continue
        if carries_print(source, corners * source_scale):
            return Detection(corners, 1.0, 0.0, 4)
    return None


def _steps_along_sides(lab: np.ndarray, corners: np.ndarray) -> bool:
    """Whether LINE_STEP_SIDES of the quadrilateral's sides (in the working frame, `lab` its
    float Lab copy) are edges between a document and what it lies on: the colour just inside
    differs from the colour just outside the same way all along the side (the mean difference
    is LINE_SIDE_STEP or more of the mean difference's size), or one of the two stays the same
    along it (its spread round its median is LINE_PLAIN_STRIP or less of that size: a card's
    border against a painting of many colours). Straight lines drawn through gravel or a woven
    mat are neither, nor the sides of a block of floor tiles, which run between cells of
    alternating colours on both sides."""
    edges = 0
    for inside, outside in _across_sides(lab, corners):
        step = inside - outside
        size = float(np.linalg.norm(step, axis=1).mean())
        if not size:
            continue
        steady = float(np.linalg.norm(step.mean(axis=0))) >= T.LINE_SIDE_STEP * size
        plain = min(_spread(inside), _spread(outside)) <= T.LINE_PLAIN_STRIP * size
        if steady or plain:
            edges += 1
    return edges >= T.LINE_STEP_SIDES


def _across_sides(lab: np.ndarray, corners: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """For each side of the quadrilateral, the colours (N x 3) just inside and just outside it
    (_STEP working pixels off it) along its middle 80 %."""
    h, w = lab.shape[:2]
    centre = corners.mean(axis=0)
    for a, b in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        length = max(float(np.hypot(*(b - a))), 1.0)
        along = (b - a) / length
        outward = np.array([along[1], -along[0]], np.float32)
        if np.dot(outward, (a + b) / 2 - centre) < 0:
            outward = -outward
        points = a + np.arange(0.1 * length, 0.9 * length)[:, None] * along
        inside, outside = (
            _sample(lab, points + offset * outward, w, h) for offset in (-_STEP, _STEP)
        )
        yield inside, outside


def _spread(colours: np.ndarray) -> float:
    """Mean distance of colours (N x 3) from their median."""
    return float(np.linalg.norm(colours - np.median(colours, axis=0), axis=1).mean())


def _sample(image: np.ndarray, points: np.ndarray, w: int, h: int) -> np.ndarray:
    """`image`'s values at `points` (x, y), bilinear, clamped to the frame."""
    x = np.clip(points[:, 0], 0, w - 1).astype(np.float32).reshape(1, -1)
    y = np.clip(points[:, 1], 0, h - 1).astype(np.float32).reshape(1, -1)
    return cv2.remap(image, x, y, cv2.INTER_LINEAR).reshape(len(points), -1)


def line_document_inside(
    small: np.ndarray,
    source: np.ndarray,
    source_scale: float,
    region: np.ndarray,
    document: np.ndarray,
) -> Detection | None:
    """The card inside the `region` found in a still when that region merged it with its
    surroundings (a busy mural, a wall of framed pictures, a keyboard or a sheet beside it),
    or None: the best quadrilateral of straight edges, clear of the frame's edge, with its
    centre in the region and none of its sides along the region's unless it is small in it,
    that the learned map (`document`) sees as document and that carries print and holds nearly
    all of the region's (still.holds_the_print). A part of a document found whole (its
    portrait, its text block) holds only part of its print."""
    tolerance = T.LINE_SHARED_SIDE * min(small.shape[:2])
    outline = region.reshape(-1, 1, 2).astype(np.float32)
    region_area = quad_area(region)
    for corners in _candidates_inside(small):
        centre = tuple(float(v) for v in corners.mean(axis=0))
        if cv2.pointPolygonTest(outline, centre, False) < 0:
            continue
        area = quad_area(corners)
        if area >= T.LINE_INSIDE_SMALL * region_area and _shares_a_side(corners, region, tolerance):
            continue
        if area > T.LINE_INSIDE_MAX_SHARE * region_area:
            continue  # a rim of the card found, just inside its edge
        if map_share(document, corners) < T.LINE_INSIDE_MAP_SHARE:
            continue
        in_source, region_in_source = corners * source_scale, region * source_scale
        if carries_print(source, in_source) and holds_the_print(
            source, in_source, region_in_source
        ):
            return Detection(corners, 1.0, 0.0, 4)
    return None


def _candidates_inside(small: np.ndarray) -> Iterator[np.ndarray]:
    """The best LINE_INSIDE_CANDIDATES quadrilaterals of straight edges (_candidates) that
    keep clear of the frame's edge (LINE_INSIDE_MARGIN): the card looked for inside a region
    found; one bounded by the frame's edge is a part of something, not a whole card."""
    h, w = small.shape[:2]
    margin = T.LINE_INSIDE_MARGIN * min(h, w)
    for corners in _candidates(small, T.LINE_INSIDE_CANDIDATES):
        if corners.min() >= margin and (corners.max(axis=0) <= (w - margin, h - margin)).all():
            yield corners


def _candidates(small: np.ndarray, count: int, further: int = 0) -> Iterator[np.ndarray]:
    """Corners of the `count` best quadrilaterals of straight edges along the outline search's
    edges, then of the gradient's segments (LSD), which find a small card among texture
    where the first fail; the second are only computed if no earlier candidate was taken.
    Then, if none was, the next ones of each, up to `further` in all."""
    found = []
    for segments_of in (edge_segments, gradient_segments):
        quadrilaterals = line_quadrilaterals(small, segments_of, max(count, further))
        found.append(quadrilaterals)
        for _, corners in quadrilaterals[:count]:
            yield corners
    for quadrilaterals in found:
        for _, corners in quadrilaterals[count:further]:
            yield corners


def _shares_a_side(corners: np.ndarray, region: np.ndarray, tolerance: float) -> bool:
    """Whether both ends of a side of `corners` lie within `tolerance` of the line through a
    side of `region`."""
    return bool(_sides_on_region(corners, region, tolerance).any())


def _sides_on_region(corners: np.ndarray, region: np.ndarray, tolerance: float) -> np.ndarray:
    """For each side of `corners`, whether both its ends lie within `tolerance` of the line
    through a side of `region`."""
    ends = np.stack([corners, np.roll(corners, -1, axis=0)], axis=1)  # 4 sides x 2 ends x 2
    on = np.zeros(4, bool)
    for a, b in zip(region, np.roll(region, -1, axis=0), strict=True):
        direction = (b - a) / max(float(np.hypot(*(b - a))), 1e-6)
        offset = ends - a
        distance = np.abs(offset[..., 0] * direction[1] - offset[..., 1] * direction[0])
        on |= distance.max(axis=1) <= tolerance
    return on


def card_off_the_edge(
    small: np.ndarray,
    source: np.ndarray,
    source_scale: float,
    region: np.ndarray,
    document: np.ndarray,
) -> Detection | None:
    """The card inside a `region` found running off the frame's edge when that region merged
    it with the sheet of paper or the table under it, which does run off (the outline search
    and the learned map both take white paper round a card for more card), or None. What runs
    off must be plain: the region along the frame's border (CARD_OFF_EDGE_BORDER) carries
    few edges (CARD_OFF_EDGE_STRIP_EDGES), where a document running off or held too close
    shows its print or design (this also spares the search, 20-150 ms, on such frames). The
    card is a quadrilateral of straight edges clear of the frame's edge, covering
    CARD_OFF_EDGE_MIN_SHARE of the region and sharing CARD_OFF_EDGE_SIDES of its sides (the
    card's own), whose other sides are its edges against the sheet (_sheet_beyond), that the
    learned map sees as document and that holds nearly all the region's print."""
    h, w = small.shape[:2]
    edges = edge_map(small) > 0
    band = max(1, round(T.CARD_OFF_EDGE_BORDER * min(h, w)))
    at_border = np.ones((h, w), bool)
    at_border[band:-band, band:-band] = False
    if _edge_share(edges, quad_mask((h, w), region) & at_border) > T.CARD_OFF_EDGE_STRIP_EDGES:
        return None
    tolerance = T.LINE_SHARED_SIDE * min(h, w)
    region_area = quad_area(region)
    lab = None
    for corners in _candidates_inside(small):
        if quad_area(corners) < T.CARD_OFF_EDGE_MIN_SHARE * region_area:
            continue
        shared = _sides_on_region(corners, region, tolerance)
        if np.count_nonzero(shared) < T.CARD_OFF_EDGE_SIDES:
            continue
        if map_share(document, corners) < T.LINE_INSIDE_MAP_SHARE:
            continue
        if lab is None:
            lab = cv2.cvtColor(small.astype(np.float32) / 255, cv2.COLOR_BGR2Lab)
        if not _sheet_beyond(lab, edges, corners, region, ~shared):
            continue
        in_source, region_in_source = corners * source_scale, region * source_scale
        if holds_the_print(source, in_source, region_in_source):
            return Detection(corners, 1.0, 0.0, 4)
    return None


def _sheet_beyond(
    lab: np.ndarray, edges: np.ndarray, corners: np.ndarray, region: np.ndarray, new: np.ndarray
) -> bool:
    """Whether the `new` sides of a card found inside a `region` are its edges against the
    sheet the region took in: the colour steps across each (CARD_OFF_EDGE_STEP: not a line
    ruled or printed on the document, its paper on both sides), and the region beyond the card
    is plain (CARD_OFF_EDGE_STRIP_EDGES: not the rest of a card, its header, its portrait).
    `lab`: the frame in Lab; `edges`: edge_map's."""
    if not new.any():
        return False  # the region's own four sides
    steps = [
        float(np.linalg.norm(inside.mean(axis=0) - outside.mean(axis=0)))
        for inside, outside in _across_sides(lab, corners)
    ]
    if min(np.array(steps)[new]) < T.CARD_OFF_EDGE_STEP:
        return False
    ring = np.ones((5, 5), np.uint8)  # a few pixels clear of both outlines
    inside_region = cv2.erode(quad_mask(edges.shape, region).astype(np.uint8), ring)
    inside_card = cv2.dilate(quad_mask(edges.shape, corners).astype(np.uint8), ring)
    beyond = (inside_region > 0) & (inside_card == 0)
    return _edge_share(edges, beyond) <= T.CARD_OFF_EDGE_STRIP_EDGES


def _edge_share(edges: np.ndarray, where: np.ndarray) -> float:
    """Share of `where` (a boolean mask) that lies on the outline search's `edges`."""
    return np.count_nonzero(edges & where) / max(np.count_nonzero(where), 1)
