"""Where the document sits in the frame: cut off, too far, too close, wrong orientation."""

import numpy as np

from capture_wizard.core.geometry import quad_area, side_lengths
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import thresholds as T


def framing_issues(corners: np.ndarray, width: int, height: int) -> tuple[set[IssueCode], dict]:
    """Issues and metrics for a document quadrilateral in a width x height frame."""
    issues: set[IssueCode] = set()
    margin = T.EDGE_MARGIN * min(width, height)
    xs, ys = corners[:, 0], corners[:, 1]
    if (
        xs.min() < margin
        or ys.min() < margin
        or xs.max() > width - margin
        or (ys.max() > height - margin)
    ):
        issues.add(IssueCode.CUT_OFF)

    area = quad_area(corners) / (width * height)
    if area < T.TOO_FAR_AREA:
        issues.add(IssueCode.TOO_FAR)
    elif area > T.TOO_CLOSE_AREA:
        issues.add(IssueCode.TOO_CLOSE)

    sides = side_lengths(corners)
    horizontal, vertical = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    if width != height and (horizontal >= vertical) != (width > height):
        issues.add(IssueCode.WRONG_ORIENTATION)
    return issues, {"area_fraction": round(float(area), 4)}
