"""benchmarks/eval_real_defects.py draws each defect on a document it is given: each must be a
defect the checks can see, where the document is, or its recalls measure nothing."""

import numpy as np
import pytest
from benchmark_loader import load_benchmark

from capture_wizard.core.geometry import order_corners
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.learned import quad_mask


@pytest.fixture(scope="module")
def erd():
    return load_benchmark("eval_real_defects", "eval_real_defects.py")


@pytest.fixture(scope="module")
def card_frame(erd):
    """An own clean card (straight, cut out of a varied scene) on the lit table, as a camera
    frame, with the corners the checks find on it."""
    card = load_benchmark("eval_pasted", "eval_pasted_renders.py").cut_out(31_000_000)
    frame = erd._camera_frame(card)
    report = analyze(frame)
    assert report.ok, report.issues
    return frame, order_corners(report.corners)


@pytest.mark.parametrize(
    "name", ["defocus", "motion blur", "too dark", "too bright", "glare", "finger"]
)
def test_each_defect_is_seen_with_the_camera_rules(erd, card_frame, name):
    frame, corners = card_frame
    defective = erd.with_defect(frame, corners, name, seed=3, mm_high=53.98)
    assert defective.shape == frame.shape and defective.dtype == np.uint8
    assert erd.EXPECTED[name] in analyze(defective).issues


def test_glare_lies_on_the_document_only(erd, card_frame):
    frame, corners = card_frame
    defective = erd.with_defect(frame, corners, "glare", seed=4, mm_high=53.98)
    outside = ~quad_mask(frame.shape[:2], corners)
    changed = np.abs(defective.astype(int) - frame).max(axis=2) > 1
    assert changed.any() and not (changed & outside).any()
