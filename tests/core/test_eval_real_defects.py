"""benchmarks/eval_real_defects.py draws each defect on a document it is given: each must be a
defect the checks can see, where the document is, or its recalls measure nothing."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from capture_wizard.core.geometry import order_corners
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.learned import quad_mask

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str, file: str):
    sys.path.insert(0, str(BENCHMARKS))  # it imports its neighbours
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


@pytest.fixture(scope="module")
def erd():
    return _load("eval_real_defects", "eval_real_defects.py")


@pytest.fixture(scope="module")
def card_frame(erd):
    """An own clean card (straight, cut out of a varied scene) on the lit table, as a camera
    frame, with the corners the checks find on it."""
    card = _load("eval_pasted", "eval_pasted_renders.py").cut_out(31_000_000)
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
