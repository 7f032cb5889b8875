"""Behaviour on real photos from ../shared/data/real (skipped when that folder is absent)."""

import pytest

from capture_wizard.core.imageio import load_image
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze, frame_blur
from capture_wizard.core.quality import thresholds as T

SCENES = ("106_NIKON-D3400-35MM", "176_HONOR-7X", "180_HONOR-10")


@pytest.mark.parametrize("scene", SCENES)
def test_whole_frame_blur_separates_sharp_from_defocused_and_motion(real_data, scene):
    folder = real_data / "blur_dataset"
    paths = {p.stem[-1]: p for p in folder.iterdir() if p.stem.startswith(scene)}
    scores = {k: frame_blur(load_image(p)) for k, p in paths.items()}
    assert scores["S"] < T.BLUR_FRAME < min(scores["F"], scores["M"])


def test_a_sharp_street_scene_is_no_document_and_not_blurred(real_data):
    report = analyze(load_image(real_data / "blur_dataset" / "106_NIKON-D3400-35MM_S.JPG"))
    assert report.issues == (IssueCode.NO_DOCUMENT,)


def test_passport_scan_filling_the_frame_is_reported_not_accepted(real_data):
    report = analyze(load_image(real_data / "passporteye" / "passport-td3.png"))
    assert report.corners is not None
    assert IssueCode.TOO_CLOSE in report.issues
