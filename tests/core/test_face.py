"""Face checks: every code on its composition, clean selfies pass, the models are the bundled
ones, mediapipe loads only when needed, `check --face`."""

import hashlib
import json
import subprocess
import sys

import cv2
import numpy as np
import pytest

from capture_wizard.cli import main
from capture_wizard.core.face import FaceModelError, analyze_face
from capture_wizard.core.face.analyze import pose
from capture_wizard.core.face.report import Face
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.specimens.selfies import FACE_DEFECT_ISSUE, FaceDefect, render_selfie
from capture_wizard.resources import resource

# Seeds disjoint from benchmarks/eval_face.py (which starts at 500_000).
SEEDS = range(61_000, 61_004)

MODELS = {
    "face_detection_short_range.tflite": (
        229714,
        "bbff11cebd1eb27a1e004cae0b0e63ec8c551cbf34a4451148b4908b8db3eca8",
    ),
    "face_detection_full_range_sparse.tflite": (
        676746,
        "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1",
    ),
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_bundled_models_are_the_documented_files(name):
    data = resource("models", name).read_bytes()
    assert (len(data), hashlib.sha256(data).hexdigest()) == MODELS[name]
    assert "Apache License" in resource("models", "LICENSE-mediapipe.txt").read_text()


@pytest.mark.parametrize("defect", list(FaceDefect))
def test_each_defect_is_reported_first(defect):
    expected = FACE_DEFECT_ISSUE[defect]
    for seed in SEEDS:
        report = analyze_face(render_selfie(seed, defect).image, thorough=True)
        if expected is None:
            assert report.ok, (seed, report.issues, report.metrics)
        else:
            assert report.issues and report.issues[0] == expected, (seed, report.issues)


def test_a_dark_room_without_a_visible_face_is_told_to_find_light():
    black = np.full((720, 1280, 3), 8, np.uint8)
    assert analyze_face(black).issues == (IssueCode.FACE_TOO_DARK,)


def test_the_report_carries_boxes_keypoints_and_the_json_shape():
    report = analyze_face(render_selfie(SEEDS[0], FaceDefect.CLEAN, (1280, 720)).image)
    face = report.faces[0]
    assert len(face.keypoints) == 6 and 0.2 < face.height / 720 < 0.5
    data = report.as_dict()
    assert data["ok"] and data["metrics"]["width"] == 1280 and len(data["faces"]) == 1
    json.dumps(data)


def test_pose_separates_turning_from_tilting():
    points = np.array([[40, 50], [80, 50], [60, 70], [60, 85], [25, 55], [95, 55]], np.float32)
    face = Face((20, 20, 80, 80), 0.9, points)
    assert pose(face) == pytest.approx((0.0, 0.0), abs=1e-3)
    turned = points.copy()
    turned[2, 0] += 16  # nose tip 0.4 eye distances to the side
    assert pose(Face(face.box, 0.9, turned))[0] == pytest.approx(0.4, abs=1e-3)
    rotation = cv2.getRotationMatrix2D((60, 60), -30, 1)
    tilted = cv2.transform(points[None], rotation)[0]
    yaw, roll = pose(Face(face.box, 0.9, tilted))
    assert abs(yaw) < 1e-3 and roll == pytest.approx(30, abs=0.1)


def test_mediapipe_is_not_loaded_until_a_face_is_checked():
    code = (
        "import sys; import capture_wizard.cli, capture_wizard.core.face, capture_wizard.app; "
        "print('mediapipe' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_headless_opencv_is_the_one_imported():
    """mediapipe asks for the GUI build, whose Qt plugins would break PySide6's."""
    assert "QT:" not in cv2.getBuildInformation().split("Video I/O")[0]


def test_a_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    from capture_wizard.core.face import detector

    monkeypatch.setattr(detector, "_detectors", {})
    monkeypatch.setattr(detector, "resource", lambda *parts: tmp_path / "no-such-model.tflite")
    with pytest.raises(FaceModelError, match="could not be loaded"):
        analyze_face(np.zeros((480, 640, 3), np.uint8))


def test_check_face_follows_the_json_contract(tmp_path, capsys):
    good, two = tmp_path / "good.jpg", tmp_path / "two.jpg"
    cv2.imwrite(str(good), render_selfie(SEEDS[1], FaceDefect.CLEAN).image)
    cv2.imwrite(str(two), render_selfie(SEEDS[1], FaceDefect.TWO_FACES).image)
    assert main(["check", "--face", "--json", str(good), str(two)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["ok"] for line in lines] == [True, False]
    assert lines[1]["issues"][0] == "multiple_faces" and len(lines[1]["faces"]) == 2
    assert main(["check", "--face", str(tmp_path / "missing.jpg")]) == 2


def test_real_faces_on_passports_are_found(real_data):
    for name in ("passport-td2.jpg", "passport-td3.jpg"):
        image = cv2.imread(str(real_data / "passporteye" / name))
        report = analyze_face(image, thorough=True)
        assert report.faces, name  # the holder's portrait (small in the frame: too far)
