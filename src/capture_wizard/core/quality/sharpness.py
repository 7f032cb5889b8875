"""Blur, as the Crété-Roffet "blur effect" score.

Blur the image again along a direction and see how much its fine variation drops: a sharp
picture loses a lot, a blurred one almost nothing. The score is 0 (sharp) .. 1 (flat),
normalised by the image's own variation, so it does not depend on how much print a document
carries. Taking the worst of four directions (rows, columns, both diagonals) catches motion
blur, which smears one way only.
"""

import cv2
import numpy as np

_KERNEL = 9
# (kernel for the re-blur, pixel offset of the neighbour a difference is taken with)
_DIRECTIONS = (
    (np.full((1, _KERNEL), 1 / _KERNEL, np.float32), (0, 1)),
    (np.full((_KERNEL, 1), 1 / _KERNEL, np.float32), (1, 0)),
    (np.eye(_KERNEL, dtype=np.float32) / _KERNEL, (1, 1)),
    (np.fliplr(np.eye(_KERNEL, dtype=np.float32)) / _KERNEL, (1, -1)),
)


def _neighbour_diff(img: np.ndarray, offset: tuple[int, int]) -> np.ndarray:
    """|img(p) - img(p + offset)| over the interior (one pixel border dropped)."""
    dy, dx = offset
    h, w = img.shape
    centre = img[1 : h - 1, 1 : w - 1]
    other = img[1 + dy : h - 1 + dy, 1 + dx : w - 1 + dx]
    return cv2.absdiff(centre, other)


def blur_score(gray: np.ndarray, valid: np.ndarray | None = None) -> float:
    """0 (sharp) .. 1 (no detail). `valid` (uint8 mask, same shape) limits it to part of it."""
    keep = None if valid is None else valid[1:-1, 1:-1]
    worst = 0.0
    for kernel, offset in _DIRECTIONS:
        if kernel.shape[0] == 1 or kernel.shape[1] == 1:  # box filters have a fast path
            reblurred = cv2.blur(gray, kernel.shape[::-1], borderType=cv2.BORDER_REPLICATE)
        else:
            reblurred = cv2.filter2D(gray, -1, kernel, borderType=cv2.BORDER_REPLICATE)
        d_orig = _neighbour_diff(gray, offset)
        lost = cv2.subtract(d_orig, _neighbour_diff(reblurred, offset))  # saturates at 0
        total = cv2.sumElems(d_orig if keep is None else cv2.bitwise_and(d_orig, keep))[0]
        if total <= 0:
            return 1.0
        lost_sum = cv2.sumElems(lost if keep is None else cv2.bitwise_and(lost, keep))[0]
        worst = max(worst, (total - lost_sum) / total)
    return float(worst)
