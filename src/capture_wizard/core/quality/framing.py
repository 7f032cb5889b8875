"""Where the document sits in the frame: cut off, too far, too close, wrong orientation."""

import numpy as np

from capture_wizard.core.documents import PAPER_FORMATS, DocumentFormat
from capture_wizard.core.geometry import aspect_of, quad_area, side_lengths, width_over_height
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import thresholds as T

EdgeReach = tuple[float, float, float, float]
"""The share of each frame side (top, right, bottom, left) a document reaches, as the learned
detector sees it (learned.edge_reach)."""
NO_REACH: EdgeReach = (0.0, 0.0, 0.0, 0.0)


def framing_issues(
    corners: np.ndarray,
    width: int,
    height: int,
    edge_reach: EdgeReach = NO_REACH,
    map_at_edge: bool = True,
) -> tuple[set[IssueCode], dict]:
    """Issues and metrics for a document quadrilateral in a width x height frame; `edge_reach`
    is the share of each frame side the learned detector sees the document reach.

    A corner within the margin is `cut_off` only if the learned detector's map sees a document
    somewhere along the frame's edge (`map_at_edge`): where it sees the whole card well inside
    the frame, the outline ran into the fingers holding it or a shadow beyond it (own renders:
    13 clean scenes in 840 refused so, 3 cut-off ones in 840 found only so)."""
    issues: set[IssueCode] = set()
    margin = T.EDGE_MARGIN * min(width, height)
    xs, ys = corners[:, 0], corners[:, 1]
    corner_at_edge = (
        xs.min() < margin
        or ys.min() < margin
        or xs.max() > width - margin
        or ys.max() > height - margin
    )
    if max(edge_reach) >= T.CUT_OFF_EDGE_REACH or (corner_at_edge and map_at_edge):
        issues.add(IssueCode.CUT_OFF)

    area = quad_area(corners) / (width * height)
    if area < T.TOO_FAR_AREA:
        issues.add(IssueCode.TOO_FAR)
    elif area > T.TOO_CLOSE_AREA:
        issues.add(IssueCode.TOO_CLOSE)

    if width != height and (width_over_height(corners) >= 1) != (width > height):
        issues.add(IssueCode.WRONG_ORIENTATION)
    return issues, {"area_fraction": round(float(area), 4)}


def edge_margins(corners: np.ndarray, width: int, height: int, middle: bool = False) -> np.ndarray:
    """Gaps between each side's two corners and the frame edge beyond it (top, right, bottom,
    left), as shares of the frame's height or width; negative when a corner lies beyond it.
    The larger of the two corners' gaps (a side runs along the edge when both are small), or
    with `middle` the gap at the side's middle (the room left beside a side seen at a slant)."""
    xs, ys = corners[:, 0], corners[:, 1]
    gaps = np.array(
        [
            ys[[0, 1]] / height,
            (width - xs[[1, 2]]) / width,
            (height - ys[[2, 3]]) / height,
            xs[[3, 0]] / width,
        ]
    )
    return gaps.mean(axis=1) if middle else gaps.max(axis=1)


def still_cut_off(
    corners: np.ndarray,
    width: int,
    height: int,
    whole_picture: bool,
    edge_reach: EdgeReach = NO_REACH,
    formats: tuple[DocumentFormat, ...] = PAPER_FORMATS,
) -> bool:
    """Whether part of the document in a still is missing.

    A corner well beyond the picture is. A side running along the picture's edge is not by
    itself (a scan or a crop with a thin margin), but it is when the opposite side runs along
    the other edge too (the picture is not a whole document's shape, or the crop would have
    been taken whole), or when the other sides leave a wide margin (at each side's middle: a
    card seen at a slant leaves more room at its far corners): nobody crops one side to the
    edge and leaves room round the rest; the document goes on beyond the picture. With a
    thin margin round the rest (a document photographed close, or a scan laid against the
    glass's edge), the part in view must have a document's shape (has_paper_shape): a card or a
    page running off the picture by a tenth or more has not. A side also runs along the edge
    when the learned detector sees the document reach that edge (`edge_reach`, per side) though
    the outline found stops short of it at a line of print, if the document is small in the
    picture or the outline has no document's shape: one filling most of it with a whole
    document's shape and reaching its edges is a crop, whose outline found may be an inner
    part of it. `formats` are the shapes the whole document may have in that last test: those
    of the document type the person chose, when known (documents.whole_shapes: a card cut
    across its width by a sixth has a letter page's shape), else PAPER_FORMATS. Whether the
    map's reach counts asks for any document's shape: an outline found with one is a whole
    document or an inner part of a crop, whichever type was expected.

    A still taken whole as its content box (`whole_picture`: the picture less its plain
    margins) is a crop or a scan, unless the box reaches just one side of the picture and
    plain margins of STILL_CONTENT_MARGIN to STILL_TIGHT_MARGIN lie round the rest (a document
    photographed close on a plain table): then it too must have a document's shape. With wider
    margins it is left whole: the box is not narrowed to an open booklet's data page, and a
    booklet whose facing page runs off the picture has its data page whole (own renders).
    """
    tolerance = T.STILL_EDGE_TOLERANCE * min(width, height)
    xs, ys = corners[:, 0], corners[:, 1]
    if (
        xs.min() < -tolerance
        or ys.min() < -tolerance
        or xs.max() > width + tolerance
        or ys.max() > height + tolerance
    ):
        return True
    margins = edge_margins(corners, width, height)
    at_edge = margins < T.STILL_AT_EDGE
    if whole_picture:
        rest = margins[~at_edge]
        close = (rest >= T.STILL_CONTENT_MARGIN).all() and (rest <= T.STILL_TIGHT_MARGIN).all()
        return bool(at_edge.sum() == 1 and close) and not has_paper_shape(corners, formats)
    if quad_area(corners) < T.STILL_WHOLE_SHARE * width * height or not has_paper_shape(corners):
        at_edge |= np.array(edge_reach) >= T.CUT_OFF_EDGE_REACH
    if not at_edge.any():
        return False
    if (at_edge[0] and at_edge[2]) or (at_edge[1] and at_edge[3]):
        return True
    room = edge_margins(corners, width, height, middle=True)
    return bool((room[~at_edge] > T.STILL_TIGHT_MARGIN).any()) or not has_paper_shape(
        corners, formats
    )


def has_paper_shape(
    corners: np.ndarray, formats: tuple[DocumentFormat, ...] = PAPER_FORMATS
) -> bool:
    """Whether a quadrilateral's long over short side is a whole document's (one of
    `formats`), within STILL_FORMAT_TOLERANCE, more when it is seen at a slant
    (STILL_FORMAT_KEYSTONE_SLACK)."""
    top, right, bottom, left = side_lengths(corners)
    keystone = 1 - min(
        min(top, bottom) / max(top, bottom, 1e-6), min(left, right) / max(left, right, 1e-6)
    )
    tolerance = T.STILL_FORMAT_TOLERANCE + T.STILL_FORMAT_KEYSTONE_SLACK * keystone
    ratio = aspect_of(corners)
    return any(abs(ratio / f.aspect - 1) <= tolerance for f in formats)


def still_framing_issues(
    corners: np.ndarray,
    width: int,
    height: int,
    scale: float,
    whole_picture: bool = False,
    edge_reach: EdgeReach = NO_REACH,
    formats: tuple[DocumentFormat, ...] = PAPER_FORMATS,
) -> tuple[set[IssueCode], dict]:
    """Framing of a still picture: only what makes the document unusable. A crop to its edges
    is fine, so `cut_off` only when part of it is really missing (see still_cut_off, also for
    `formats`); `too_far` only when it is also too few pixels (`scale`: input pixels per
    working pixel) to read; the person's distance (`too_close`) and the picture's orientation
    do not matter once it is taken."""
    issues: set[IssueCode] = set()
    if still_cut_off(corners, width, height, whole_picture, edge_reach, formats):
        issues.add(IssueCode.CUT_OFF)
    area = quad_area(corners) / (width * height)
    long_side = float(side_lengths(corners).max()) * scale
    if area < T.TOO_FAR_AREA and long_side < T.STILL_TOO_FAR_LONG_SIDE:
        issues.add(IssueCode.TOO_FAR)
    return issues, {"area_fraction": round(float(area), 4)}
