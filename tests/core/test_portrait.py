"""Which side is shown: the front's portrait (no_portrait) and the front shown for the back
(front_not_back), on rendered specimens and the real PassportEye pages."""

import json

import cv2
import numpy as np
import pytest

from capture_wizard.cli import main
from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.portrait import check_side, portrait_height, side_issue
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens.documents import Side, render_document
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.steps import Step

SEEDS = range(63000, 63006)


def _good_scene(seed: int, side: Side):
    """A rendered scene the document checks accept (the portrait check runs only then)."""
    for attempt in range(10):
        scene = render_scene(seed + 1000 * attempt, Defect.CLEAN, (1280, 720), side)
        report = analyze(scene.image, side.format)
        if report.ok:
            return scene.image, report
    raise AssertionError("no accepted scene")


def _whole(image: np.ndarray) -> np.ndarray:
    """Corners of a scan that is the document edge to edge."""
    h, w = image.shape[:2]
    return np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])


def test_side_rules():
    assert side_issue(Step.FRONT, 0.0) is IssueCode.NO_PORTRAIT
    assert side_issue(Step.FRONT, 0.2) is None
    assert side_issue(Step.BACK, 0.0) is None
    assert side_issue(Step.BACK, 0.2) is IssueCode.FRONT_NOT_BACK
    assert side_issue(Step.BACK, T.MIN_PORTRAIT_HEIGHT * 0.9) is None  # a ghost image


@pytest.mark.parametrize("seed", SEEDS)
def test_each_side_is_told_apart(seed):
    front, front_report = _good_scene(seed, Side.ID1_FRONT)
    back, back_report = _good_scene(seed, Side.ID1_BACK)
    page, page_report = _good_scene(seed, Side.ID3_PAGE)
    assert check_side(front, front_report, Step.FRONT, ID1).ok
    assert check_side(back, back_report, Step.BACK, ID1).ok
    assert check_side(page, page_report, Step.FRONT, ID3).ok
    shown_back = check_side(back, back_report, Step.FRONT, ID1)
    assert shown_back.issues == (IssueCode.NO_PORTRAIT,)
    assert shown_back.metrics["portrait_height"] == 0
    shown_front = check_side(front, front_report, Step.BACK, ID1)
    assert shown_front.issues == (IssueCode.FRONT_NOT_BACK,)


def test_an_upside_down_card_still_shows_its_portrait():
    front, _ = _good_scene(SEEDS[0], Side.ID1_FRONT)
    turned = cv2.rotate(front, cv2.ROTATE_180)
    report = analyze(turned, ID1)
    assert report.corners is not None
    assert portrait_height(turned, report.corners, ID1.aspect) >= T.MIN_PORTRAIT_HEIGHT


def test_a_small_ghost_image_on_the_back_does_not_make_it_the_front():
    back = render_document(Side.ID1_BACK, seed=3).image.copy()
    front = render_document(Side.ID1_FRONT, seed=3).image
    portrait = front[120:440, 40:290]  # the front's portrait (mm x 10), shrunk to a ghost
    ghost = cv2.cvtColor(cv2.resize(portrait, (75, 96)), cv2.COLOR_BGR2GRAY)
    back[300:396, 720:795] = cv2.cvtColor(ghost, cv2.COLOR_GRAY2BGR)
    height = portrait_height(back, _whole(back), ID1.aspect)
    assert height < T.MIN_PORTRAIT_HEIGHT
    assert side_issue(Step.BACK, height) is None


def test_a_document_with_other_issues_is_not_judged_for_its_portrait():
    image = render_scene(SEEDS[1], Defect.GLARE, (1280, 720), Side.ID1_BACK).image
    report = analyze(image, ID1)
    assert not report.ok
    checked = check_side(image, report, Step.FRONT, ID1)
    assert checked is report and "portrait_height" not in checked.metrics


def test_the_real_passport_pages_show_their_portrait(real_data):
    for name in ("passport-td2.jpg", "passport-td3.jpg"):
        image = cv2.imread(str(real_data / "passporteye" / name))
        height = portrait_height(image, _whole(image), image.shape[1] / image.shape[0])
        assert height >= T.MIN_PORTRAIT_HEIGHT, name


def test_check_side_on_the_command_line(tmp_path, capsys):
    front, _ = _good_scene(SEEDS[2], Side.ID1_FRONT)
    path = tmp_path / "front.png"
    cv2.imwrite(str(path), front)
    assert main(["check", "--document", "id_card", "--side", "front", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--json", "--document", "id_card", "--side", "back", str(path)]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["issues"] == ["front_not_back"] and result["metrics"]["portrait_height"] > 0.12
