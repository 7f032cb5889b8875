"""The blur score's shortcut (no re-blurred image) equals the Crété-Roffet measure computed the
long way, with the re-blur in floating point."""

import cv2
import numpy as np
import pytest

from capture_wizard.core.quality.sharpness import blur_score

_LINES = {  # 9-pixel box along each direction, and the neighbour a difference is taken with
    (0, 1): np.full((1, 9), 1 / 9),
    (1, 0): np.full((9, 1), 1 / 9),
    (1, 1): np.eye(9) / 9,
    (1, -1): np.fliplr(np.eye(9)) / 9,
}


def _reference(gray: np.ndarray, valid: np.ndarray | None) -> float:
    img = gray.astype(np.float64)
    h, w = img.shape
    keep = np.ones((h - 2, w - 2), bool) if valid is None else valid[1:-1, 1:-1] > 0
    worst = 0.0
    for (dy, dx), kernel in _LINES.items():
        blurred = cv2.filter2D(img, -1, kernel, borderType=cv2.BORDER_REPLICATE)

        def diff(a, dy=dy, dx=dx):
            return np.abs(a[1 : h - 1, 1 : w - 1] - a[1 + dy : h - 1 + dy, 1 + dx : w - 1 + dx])

        d, r = diff(img)[keep], diff(blurred)[keep]
        worst = max(worst, 1 - np.maximum(0, d - r).sum() / d.sum())
    return worst


@pytest.mark.parametrize("sigma", [0, 1, 3])
@pytest.mark.parametrize("masked", [False, True])
def test_blur_score_equals_the_measure_computed_with_a_float_re_blur(sigma, masked):
    rng = np.random.default_rng(sigma)
    gray = rng.integers(0, 256, (90, 140), dtype=np.uint8)
    if sigma:
        gray = cv2.GaussianBlur(gray, (0, 0), sigma)
    cv2.putText(gray, "P<UTO", (5, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 2)
    valid = None
    if masked:
        valid = np.zeros_like(gray)
        valid[:, 30:] = 255
    assert blur_score(gray, valid) == pytest.approx(_reference(gray, valid), abs=1e-9)


def test_blur_score_orders_sharp_below_blurred_and_flat_is_one():
    rng = np.random.default_rng(7)
    sharp = rng.integers(0, 256, (80, 120), dtype=np.uint8)
    soft = cv2.GaussianBlur(sharp, (0, 0), 2)
    assert blur_score(sharp) < blur_score(soft) < 1.0
    assert blur_score(np.full((40, 40), 128, np.uint8)) == 1.0
