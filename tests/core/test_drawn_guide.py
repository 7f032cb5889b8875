"""A guide another capture app drew over its picture (quality/overlay.py): found and painted
over, so the document, not the guide, is judged; a document's own lines are left alone.

Scenes come from test_quality's base seeds (clean scenes TEST_SEEDS + k), taken in order from
k = 0, not picked to pass.
"""

import cv2
import numpy as np
import pytest

from capture_wizard.core.geometry import iou
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.overlay import drawn_guide_mask, without_drawn_guides
from capture_wizard.core.specimens import Defect, render_scene

TEST_SEEDS = 3_000_000  # test_quality's base
GREEN, RED = (0, 255, 0), (0, 0, 255)


def _scene(k: int, frame=(1280, 720)):
    return render_scene(TEST_SEEDS + k, Defect.CLEAN, frame=frame)


def _with_guide(image: np.ndarray, box: tuple[int, int, int, int], colour, width: int):
    out = image.copy()
    x0, y0, x1, y1 = box
    cv2.rectangle(out, (x0, y0), (x1, y1), colour, width)
    return out


def _guide_round(image: np.ndarray, corners: np.ndarray, colour=GREEN, width=3, margin=0.12):
    """A guide drawn round the document with a margin, as a capture app frames it."""
    (x0, y0), (x1, y1) = corners.min(0), corners.max(0)
    mx, my = margin * (x1 - x0), margin * (y1 - y0)
    box = (int(x0 - mx), int(y0 - my), int(x1 + mx), int(y1 + my))
    return _with_guide(image, box, colour, width)


def _working_copy(image: np.ndarray) -> np.ndarray:
    """The picture at the checks' working size, where guides are looked for."""
    h, w = image.shape[:2]
    scale = T.WORK_LONG_SIDE / max(h, w)
    return cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)


@pytest.mark.parametrize("k", range(4))
def test_a_card_with_a_guide_drawn_round_it_is_judged_as_without_it(k):
    scene = _scene(k)
    plain = analyze(scene.image)
    guided = analyze(_guide_round(scene.image, scene.corners))
    assert guided.issues == plain.issues
    assert iou(guided.corners, plain.corners) > 0.97, guided.corners


@pytest.mark.parametrize("frame, width", [((640, 480), 2), ((1280, 720), 3), ((1920, 1080), 5)])
@pytest.mark.parametrize("colour", [GREEN, RED])
def test_a_guide_is_found_at_common_frame_sizes(frame, width, colour):
    """Its strokes about 0.8 px wide or more at the working size (GUIDE_MIN_RUN's note)."""
    scene = _scene(0, frame)
    w, h = frame
    image = _with_guide(scene.image, (w // 5, h // 5, 4 * w // 5, 4 * h // 5), colour, width)
    mask = drawn_guide_mask(_working_copy(image))
    assert mask is not None
    small_h, small_w = mask.shape
    top_row = mask[round(small_h / 5) - 2 : round(small_h / 5) + 3, small_w // 3 : small_w // 2]
    assert top_row.any(axis=0).mean() > 0.9  # the guide's top side is covered along its length


def _page_with_own_lines(turn_degrees: float, frame: bool) -> np.ndarray:
    """A white page on a grey table with a thin red rule and a blue band printed on it, and a
    thin green frame if `frame`, the page turned by `turn_degrees`."""
    image = np.full((480, 640, 3), 110, np.uint8)
    page = np.full((300, 420, 3), 245, np.uint8)
    cv2.line(page, (20, 60), (400, 60), RED, 2)
    cv2.rectangle(page, (0, 0), (419, 40), (200, 90, 20), -1)
    if frame:
        cv2.rectangle(page, (20, 80), (400, 280), GREEN, 2)
    turn = cv2.getRotationMatrix2D((210, 150), turn_degrees, 1.0)
    turn[:, 2] += (110, 90)
    return cv2.warpAffine(page, turn, (640, 480), dst=image, borderMode=cv2.BORDER_TRANSPARENT)


def test_a_documents_own_frame_photographed_askew_is_not_a_guide():
    assert drawn_guide_mask(_page_with_own_lines(3.0, frame=True)) is None


def test_a_documents_own_band_and_rule_are_not_a_guide():
    assert drawn_guide_mask(_page_with_own_lines(0.0, frame=False)) is None


@pytest.mark.parametrize("k", range(6))
def test_pictures_without_a_guide_are_passed_on_untouched(k):
    image = _scene(k).image
    small = _working_copy(image)
    cleaned_small, cleaned_source = without_drawn_guides(small, image)
    assert cleaned_small is small and cleaned_source is image
