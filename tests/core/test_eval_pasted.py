"""benchmarks/eval_pasted_renders.py compares the quadrilateral found with the one it pasted:
the corners it gives must be where the pasted document is."""

import importlib.util
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from capture_wizard.core.geometry import iou

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def ep():
    sys.path.insert(0, str(BENCHMARKS))  # it imports its neighbours
    try:
        spec = importlib.util.spec_from_file_location(
            "eval_pasted", BENCHMARKS / "eval_pasted_renders.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


@pytest.mark.parametrize("degrees", [-20.0, 0.0, 15.0])
def test_the_corners_given_are_where_the_document_was_pasted(ep, degrees):
    document = np.full((300, 476, 3), 255, np.uint8)
    picture, corners = ep.pasted(document, np.zeros((1200, 1600, 3), np.uint8), 0.35, degrees)
    assert picture.shape[:2] == (1200, 1600)
    white = cv2.findNonZero((picture[..., 0] > 127).astype(np.uint8))
    seen = cv2.boxPoints(cv2.minAreaRect(white))
    assert iou(corners, seen) > 0.98
    assert 0.02 < cv2.contourArea(corners) / (1200 * 1600) <= 0.35  # never enlarged
