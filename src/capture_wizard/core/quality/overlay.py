"""Guide lines another capture app drew over its picture, taken out before the picture is judged.

A frame recorded from another app's viewfinder (or a screenshot of it) can carry the app's guide:
a rectangle drawn in a pure colour, a few pixels wide, along the picture's rows and columns.
Left in, the outline search takes the guide for the document's edge, and the guide's sharp
strokes make a blurred document look sharp. The wizard's own camera frames never carry one (its
guide is drawn by the UI, not into the frame).

A drawn guide is told from a document's own coloured lines (a header rule, a coloured band, the
edge of a coloured block, a rim photographed askew) by all of: a saturated, bright colour;
strokes at most GUIDE_MAX_WIDTH pixels wide that differ from the picture on both sides; each
stroke straight along the picture's rows or columns, within GUIDE_MAX_WIDTH over its whole
length, and at least GUIDE_MIN_RUN of the short side long; strokes both ways meeting in a
figure twice that long both ways (a rectangle, or two sides of one). Corner marks alone are not
seen. A thin coloured frame printed on a document photographed square on is taken for a guide
and painted over: the document is then judged without it.
"""

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.learned import members


def _shifted(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """`image` moved by (dy, dx), zeros coming in."""
    out = np.zeros_like(image)
    h, w = image.shape[:2]
    out[max(0, dy) : h + min(0, dy), max(0, dx) : w + min(0, dx)] = image[
        max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)
    ]
    return out


def _unlike_both_sides(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """1 where a pixel's colour differs from both pixels (dy, dx) away on either side: a stroke
    at most that wide, not the edge of a band or a block."""
    unlike = np.ones(image.shape[:2], np.uint8)
    for sign in (1, -1):
        difference = cv2.absdiff(image, _shifted(image, sign * dy, sign * dx))
        difference = np.maximum(
            np.maximum(difference[..., 0], difference[..., 1]), difference[..., 2]
        )
        unlike &= (difference >= T.GUIDE_MIN_CONTRAST).view(np.uint8)
    return unlike


def _straight_runs(thin: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """The runs of `thin` at least as long as `kernel` (a row or a column of ones) that are also
    straight along it: a drawn line stays within GUIDE_MAX_WIDTH rows (or columns) over its
    whole length, where a printed rim or band photographed a little askew drifts across more."""
    runs = cv2.morphologyEx(thin, cv2.MORPH_OPEN, kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(runs)
    across = cv2.CC_STAT_HEIGHT if kernel.shape[0] == 1 else cv2.CC_STAT_WIDTH
    straight = [label for label in range(1, count) if stats[label, across] <= T.GUIDE_MAX_WIDTH]
    return members(labels, count, np.array(straight, np.intp)).view(np.uint8)


def drawn_guide_mask(small_bgr: np.ndarray) -> np.ndarray | None:
    """255 over the strokes of a guide drawn over the working copy, or None when there is none."""
    hsv = cv2.cvtColor(small_bgr, cv2.COLOR_BGR2HSV)
    colour = ((hsv[..., 1] >= T.GUIDE_MIN_SATURATION) & (hsv[..., 2] >= T.GUIDE_MIN_VALUE)).view(
        np.uint8
    )
    run = max(8, round(T.GUIDE_MIN_RUN * min(colour.shape)))
    if np.count_nonzero(colour) < 2 * run:
        return None
    horizontal, vertical = np.ones((1, run), np.uint8), np.ones((run, 1), np.uint8)
    if (
        not cv2.morphologyEx(colour, cv2.MORPH_OPEN, horizontal).any()
        or not cv2.morphologyEx(colour, cv2.MORPH_OPEN, vertical).any()
    ):
        return None  # no long run of such colour either way: most pictures stop here
    gap = T.GUIDE_MAX_WIDTH
    across_rows = colour & _unlike_both_sides(small_bgr, gap, 0)
    across_columns = colour & _unlike_both_sides(small_bgr, 0, gap)
    rows = _straight_runs(across_rows, horizontal)
    columns = _straight_runs(across_columns, vertical)
    if not rows.any() or not columns.any():
        return None
    joined = cv2.dilate(rows | columns, np.ones((2 * gap + 1, 2 * gap + 1), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
    guide = np.zeros_like(colour)
    for label in range(1, count):
        part = labels == label
        span = min(stats[label, cv2.CC_STAT_WIDTH], stats[label, cv2.CC_STAT_HEIGHT])
        if span >= 2 * run and rows[part].any() and columns[part].any():
            guide[part] = 1
    if not guide.any():
        return None
    return cv2.dilate(colour & guide, np.ones((3, 3), np.uint8)) * 255


def without_drawn_guides(
    small_bgr: np.ndarray, source_bgr: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The working copy and the rectification source with a drawn guide painted over from the
    pixels round it; both unchanged (the same arrays) when there is none."""
    mask = drawn_guide_mask(small_bgr)
    if mask is None:
        return small_bgr, source_bgr
    return _painted_over(small_bgr, mask), _painted_over(source_bgr, mask)


def _painted_over(image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    if (w, h) != (mask.shape[1], mask.shape[0]):
        grow = int(np.ceil(w / mask.shape[1]))
        mask = cv2.resize(mask, (w, h), interpolation=cv2.INTER_NEAREST)
        mask = cv2.dilate(mask, np.ones((grow, grow), np.uint8))
    return cv2.inpaint(image, mask, 3, cv2.INPAINT_TELEA)
