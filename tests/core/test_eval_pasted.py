"""benchmarks/eval_pasted_renders.py and eval_real_variants.py compare the quadrilateral found
with where they put the document: the corners they give must be where it is."""

import cv2
import numpy as np
import pytest
from benchmark_loader import load_benchmark

from capture_wizard.core.geometry import iou


@pytest.fixture(scope="module")
def ep():
    return load_benchmark("eval_pasted", "eval_pasted_renders.py")


@pytest.fixture(scope="module")
def ev():
    return load_benchmark("eval_real_variants", "eval_real_variants.py")


def _magenta(picture: np.ndarray) -> np.ndarray:
    """The pixels of the magenta document in the picture."""
    magenta = (picture[..., 0] > 200) & (picture[..., 1] < 60) & (picture[..., 2] > 200)
    return cv2.findNonZero(magenta.astype(np.uint8))


def _where(picture: np.ndarray) -> np.ndarray:
    """The corners of the magenta document in the picture."""
    return cv2.boxPoints(cv2.minAreaRect(_magenta(picture)))


MAGENTA = np.full((300, 476, 3), (255, 0, 255), np.uint8)


@pytest.mark.parametrize("degrees", [-20.0, 0.0, 15.0])
def test_the_corners_given_are_where_the_document_was_pasted(ep, degrees):
    picture, corners = ep.pasted(
        MAGENTA, np.zeros((1200, 1600, 3), np.uint8), 0.35, degrees, enlarge=False
    )
    assert picture.shape[:2] == (1200, 1600)
    assert iou(corners, _where(picture)) > 0.98
    assert cv2.contourArea(corners) == pytest.approx(300 * 476, rel=0.02)  # never enlarged


@pytest.mark.parametrize(
    "change", ["20 degrees on a table", "on a lit table", "on real photo 1", "on real photo 3"]
)
def test_a_changed_picture_put_down_somewhere_says_where(ev, change):
    scene = np.zeros((900, 1200, 3), np.uint8)
    picture, corners = ev.changes([scene, scene, scene])[change](MAGENTA)
    assert iou(corners, _where(picture)) > 0.97


def test_a_picture_photographed_at_a_slant_says_where(ev):
    picture, corners = ev.changes([])["tilted on a table"](MAGENTA)
    seen = cv2.convexHull(_magenta(picture))[:, 0].astype(np.float32)  # no rectangle at a slant
    assert iou(corners, seen) > 0.97
