"""The viewfinder's guide: drawn where the document is asked to stand, and judged there."""

import cv2
import numpy as np
import pytest

from capture_wizard.core.checks import check_step
from capture_wizard.core.documents import ID1
from capture_wizard.core.guide import MAX_OUTSIDE_GUIDE, document_guide, outside_guide
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.steps import Step
from capture_wizard.testing import good_frame


def test_the_guide_is_centred_in_the_pictures_orientation():
    left, top, width, height = document_guide(1280, 720, ID1.aspect)
    assert (left + width / 2, top + height / 2) == pytest.approx((640, 360))
    assert width / height == pytest.approx(ID1.aspect) and width == pytest.approx(0.66 * 1280)
    _, _, width, height = document_guide(720, 1280, ID1.aspect)  # upright in a portrait frame
    assert height / width == pytest.approx(ID1.aspect)


def test_a_card_half_outside_the_guide_is_outside_it():
    left, top, width, height = document_guide(1280, 960, ID1.aspect)
    inside = np.float32(
        [[left, top], [left + width, top], [left + width, top + height], [left, top + height]]
    )
    assert outside_guide(inside, 1280, 960, ID1.aspect) == pytest.approx(0.0, abs=1e-6)
    up = inside - [0, height / 2]
    assert outside_guide(up, 1280, 960, ID1.aspect) == pytest.approx(0.45, abs=0.01)


def _card_near_the_top(frame_height: int) -> np.ndarray:
    """The good specimen card, smaller, near the top of a 1280 x `frame_height` picture."""
    frame = good_frame(Step.FRONT)
    card = cv2.resize(frame[90:600, 350:1085], None, fx=0.85, fy=0.85, interpolation=cv2.INTER_AREA)
    canvas = cv2.resize(frame[0:80, 0:140], (1280, frame_height), interpolation=cv2.INTER_LINEAR)
    left = (1280 - card.shape[1]) // 2
    canvas[20 : 20 + card.shape[0], left : left + card.shape[1]] = card
    return canvas


def test_a_camera_step_asks_for_the_card_in_the_guide_files_do_not():
    """In a 4:3 frame the card can stand wholly in the picture with a margin, at a good
    distance, and still mostly above the guide: the checks alone say nothing is wrong."""
    picture = _card_near_the_top(960)
    report = analyze(picture, ID1)
    assert report.issues == ()
    assert outside_guide(report.corners, 1280, 960, ID1.aspect) > MAX_OUTSIDE_GUIDE
    assert IssueCode.CUT_OFF in check_step(picture, Step.FRONT, ID1, thorough=False).issues
    still = check_step(picture, Step.FRONT, ID1, thorough=False, still=True)
    assert IssueCode.CUT_OFF not in still.issues
    centred = good_frame(Step.FRONT)
    assert IssueCode.CUT_OFF not in check_step(centred, Step.FRONT, ID1, thorough=False).issues
