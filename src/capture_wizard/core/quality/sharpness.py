"""Blur, as the Crété-Roffet "blur effect" score.

Blur the image again along a direction and see how much its fine variation drops: a sharp
picture loses a lot, a blurred one almost nothing. The score is 0 (sharp) .. 1 (flat),
normalised by the image's own variation, so it does not depend on how much print a document
carries. Taking the worst of four directions (rows, columns, both diagonals) catches motion
blur, which smears one way only.
"""

import cv2
import numpy as np

_KERNEL = 9  # length of the re-blurring box filter, along the direction
_REACH = _KERNEL // 2 + 1  # farthest pixel a difference uses
# Neighbour offsets (dy, dx) of the four directions: rows, columns, both diagonals.
_DIRECTIONS = ((0, 1), (1, 0), (1, 1), (1, -1))


def blur_score(gray: np.ndarray, valid: np.ndarray | None = None) -> float:
    """0 (sharp) .. 1 (no detail). `valid` (uint8 mask, same shape) limits it to part of it.

    Per direction, with d = |p - neighbour| and r the same on the re-blurred image, the
    variation lost is the sum of max(0, d - r) over the interior (one pixel border dropped).
    The re-blurred image is never computed: two neighbouring 9-pixel windows share 8 pixels,
    so r = f / 9, f being the difference of the two pixels they do not share. In integers,
    d > f / 9 exactly when d > floor(f / 9), which keeps the sum exact in 8-bit operations.
    """
    h, w = gray.shape
    padded = cv2.copyMakeBorder(gray, *[_REACH] * 4, cv2.BORDER_REPLICATE)

    def shifted(dy: int, dx: int) -> np.ndarray:
        y, x = _REACH + 1 + dy, _REACH + 1 + dx
        return padded[y : y + h - 2, x : x + w - 2]

    keep = None if valid is None else valid[1:-1, 1:-1]
    ahead, behind = _REACH, _REACH - _KERNEL
    worst = 0.0
    for dy, dx in _DIRECTIONS:
        d = cv2.absdiff(shifted(0, 0), shifted(dy, dx))
        if keep is not None:
            d = cv2.bitwise_and(d, keep)
        total = cv2.sumElems(d)[0]
        if total <= 0:
            return 1.0
        f = cv2.absdiff(shifted(ahead * dy, ahead * dx), shifted(behind * dy, behind * dx))
        # floor(f / 9) is round((f - 4) / 9) exactly (never a tie); faster than a lookup.
        ninths = cv2.convertScaleAbs(f, alpha=1 / _KERNEL, beta=-(_KERNEL // 2) / _KERNEL)
        losing = cv2.compare(d, ninths, cv2.CMP_GT)
        lost = cv2.sumElems(cv2.bitwise_and(d, losing))[0]
        lost -= cv2.sumElems(cv2.bitwise_and(f, losing))[0] / _KERNEL
        worst = max(worst, (total - lost) / total)
    return float(worst)
