"""Blur, as the Crété-Roffet "blur effect" score.

Blur the image again along each axis and see how much its fine variation drops: a sharp
picture loses a lot, a blurred one almost nothing. The score is 0 (sharp) .. 1 (flat),
normalised by the image's own variation, so it does not depend on how much print a document
carries. Taking the worst of four directions (rows, columns, both diagonals) catches motion
blur, which smears one way only.
"""

import cv2
import numpy as np

_KERNEL = 9
_DIRECTIONS = {
    "row": np.full((1, _KERNEL), 1 / _KERNEL, np.float32),
    "column": np.full((_KERNEL, 1), 1 / _KERNEL, np.float32),
    "diagonal": np.eye(_KERNEL, dtype=np.float32) / _KERNEL,
    "antidiagonal": np.fliplr(np.eye(_KERNEL, dtype=np.float32)) / _KERNEL,
}


def _neighbour_diff(img: np.ndarray, direction: str) -> np.ndarray:
    if direction == "row":
        return np.abs(img[:, 1:] - img[:, :-1])
    if direction == "column":
        return np.abs(img[1:, :] - img[:-1, :])
    if direction == "diagonal":
        return np.abs(img[1:, 1:] - img[:-1, :-1])
    return np.abs(img[1:, :-1] - img[:-1, 1:])


def blur_score(gray: np.ndarray, valid: np.ndarray | None = None) -> float:
    """0 (sharp) .. 1 (no detail). `valid` (bool, same shape) limits it to part of the image."""
    f = gray.astype(np.float32)
    keep = None if valid is None else valid[1:-1, 1:-1]
    worst = 0.0
    for direction, kernel in _DIRECTIONS.items():
        reblurred = cv2.filter2D(f, -1, kernel, borderType=cv2.BORDER_REPLICATE)
        d_orig = _neighbour_diff(f, direction)
        d_blur = _neighbour_diff(reblurred, direction)
        h, w = f.shape[0] - 2, f.shape[1] - 2
        d_orig, d_blur = d_orig[:h, :w], d_blur[:h, :w]
        if keep is not None:
            d_orig, d_blur = d_orig[keep], d_blur[keep]
        total = float(d_orig.sum())
        if total <= 1e-6:
            return 1.0
        lost = float(np.maximum(0, d_orig - d_blur).sum())
        worst = max(worst, (total - lost) / total)
    return worst
