"""`capture-wizard check`: the JSON Lines contract, exit codes, bad files never stop the rest."""

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from capture_wizard.cli import main
from capture_wizard.core.specimens import Defect, Side, render_scene
from capture_wizard.resources import resource


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    folder = tmp_path_factory.mktemp("imgs")
    good = folder / "good.jpg"
    cv2.imwrite(str(good), render_scene(3_100_000, Defect.CLEAN, (1280, 720), Side.ID1_FRONT).image)
    blurred = folder / "blurred.png"
    cv2.imwrite(str(blurred), render_scene(3_100_001, Defect.BLUR_DEFOCUS, (1280, 720)).image)
    broken = folder / "broken.jpg"
    broken.write_text("not an image")
    return {
        "good": str(good),
        "blurred": str(blurred),
        "broken": str(broken),
        "missing": str(folder / "missing.jpg"),
    }


def _run(capsys, *args):
    code = main(["check", *args])
    out = capsys.readouterr().out
    return code, out


def _lines(out):
    return [json.loads(line) for line in out.splitlines()]


def test_json_lines_in_input_order_with_the_documented_fields(capsys, images):
    paths = [images["blurred"], images["good"], images["missing"], images["broken"]]
    code, out = _run(capsys, "--json", *paths)
    rows = _lines(out)
    assert [r["path"] for r in rows] == paths
    for r in rows:
        assert set(r) >= {"path", "ok", "issues", "document", "metrics", "error"}
        assert "corners" in r["document"]
    blurred, good, missing, broken = rows
    assert good["ok"] and good["issues"] == [] and good["error"] is None
    assert len(good["document"]["corners"]) == 4
    assert all(len(p) == 2 for p in good["document"]["corners"])
    assert not blurred["ok"] and "blur" in blurred["issues"]
    assert missing["error"] == "file not found" and missing["document"]["corners"] is None
    assert broken["error"] and not broken["ok"]
    assert code == 2


@pytest.mark.parametrize(
    ("keys", "expected"), [(["good"], 0), (["good", "blurred"], 1), (["blurred", "broken"], 2)]
)
def test_exit_status(capsys, images, keys, expected):
    code, _ = _run(capsys, "--json", *[images[k] for k in keys])
    assert code == expected


def test_readable_table_without_json(capsys, images):
    code, out = _run(capsys, images["good"], images["blurred"], images["missing"])
    lines = out.splitlines()
    assert lines[0].startswith("OK") and lines[1].startswith("REJECT") and "[blur]" in lines[1]
    assert lines[2].startswith("ERROR") and "file not found" in lines[2]
    assert code == 2


def test_document_type_option(capsys, images):
    code, out = _run(capsys, "--json", "--document", "id_card", images["good"])
    assert code == 0 and _lines(out)[0]["document"]["format"] == "ID-1"


def test_bundled_sample_is_accepted(capsys):
    code, _ = _run(capsys, str(resource("samples", "sample-id-card.jpg")))
    assert code == 0


def test_as_a_process_bad_input_never_shows_a_traceback(images, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "capture_wizard",
            "check",
            "--json",
            images["broken"],
            str(tmp_path),
            images["good"],
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr + done.stdout
    rows = _lines(done.stdout)
    assert [bool(r["error"]) for r in rows] == [True, True, False]
    assert done.returncode == 2


def test_gui_refuses_a_bad_camera_value_plainly(capsys):
    from capture_wizard.cli import main

    assert main(["--camera", "webcam"]) == 2
    err = capsys.readouterr().err
    assert "--camera" in err and "use demo" in err and "Traceback" not in err


def test_gui_without_a_display_explains_what_to_do(capsys, monkeypatch):
    from capture_wizard.cli import main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--camera", "demo"]) == 2
    assert "no display found" in capsys.readouterr().err


# --- file names that are not UTF-8 (issue 18, item 3) ------------------------------------------


@pytest.fixture
def oddly_named(tmp_path, images):
    """A good picture under a name with bytes that are not UTF-8, one under a name in UTF-8,
    then the good picture itself: (argument strings as Python sees them, what `path` says)."""
    data = Path(images["good"]).read_bytes()
    bad = os.path.join(tmp_path, os.fsdecode(b"scan-\xff\xfe.jpg"))
    Path(bad).write_bytes(data)  # a real file: the name's bytes are b"scan-\xff\xfe.jpg"
    assert os.fsencode(bad).endswith(b"/scan-\xff\xfe.jpg") and Path(bad).exists()
    accented = tmp_path / "carte-d'identité.jpg"
    accented.write_bytes(data)
    args = [bad, str(accented), images["good"]]
    shown = [bad.replace("\udcff\udcfe", "\ufffd\ufffd"), str(accented), images["good"]]
    return args, shown


def _check_process(args, encoding, *options):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "capture_wizard", "check", *options, *args],
        capture_output=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("encoding", ["utf-8:strict", "utf-8:surrogateescape", "ascii:strict"])
def test_a_file_name_that_is_not_utf8_does_not_stop_check(oddly_named, encoding):
    """Every line is valid UTF-8 and valid JSON whatever the output's encoding; the name's
    bad bytes are shown as U+FFFD, and the files after it are checked."""
    args, shown = oddly_named
    done = _check_process(args, encoding, "--json")
    assert b"Traceback" not in done.stderr and b"unexpected error" not in done.stderr
    rows = [json.loads(line.decode("utf-8")) for line in done.stdout.splitlines()]
    assert [r["path"] for r in rows] == shown
    assert all(r["error"] is None and r["ok"] for r in rows)  # the same good picture, 3 times
    assert done.returncode == 0


def test_a_file_name_that_is_not_utf8_in_the_readable_table(oddly_named):
    args, shown = oddly_named
    done = _check_process(args, "utf-8:strict")
    lines = done.stdout.decode("utf-8").splitlines()
    assert [line[8:].rsplit(": ", 1)[0] for line in lines] == shown
    assert all(line.startswith("OK") for line in lines) and done.returncode == 0


# --- large pictures are decoded reduced; coordinates stay the picture's (item 5) --------------


def test_a_picture_decoded_reduced_is_reported_in_its_own_pixels(capsys, images, monkeypatch):
    from capture_wizard.core import imageio

    code, out = _run(capsys, "--json", images["good"])
    full = _lines(out)[0]
    monkeypatch.setattr(imageio, "MAX_FRAME_PIXELS", 300_000)  # 1280x720 decoded at 640x360
    code, out = _run(capsys, "--json", images["good"])
    reduced = _lines(out)[0]
    assert code == 0 and reduced["ok"]
    assert (reduced["metrics"]["width"], reduced["metrics"]["height"]) == (1280, 720)
    difference = np.abs(
        np.array(reduced["document"]["corners"]) - np.array(full["document"]["corners"])
    )
    assert difference.max() < 6, difference  # a pixel of the half-size frame is two here


def test_face_boxes_of_a_reduced_picture_are_in_its_own_pixels(capsys, tmp_path, monkeypatch):
    from capture_wizard.core import imageio
    from capture_wizard.core.specimens.selfies import FaceDefect, render_selfie

    selfie = tmp_path / "selfie.png"
    cv2.imwrite(str(selfie), render_selfie(61_001, FaceDefect.CLEAN).image)
    h, w = cv2.imread(str(selfie)).shape[:2]
    _, out = _run(capsys, "--face", "--json", str(selfie))
    full = _lines(out)[0]
    monkeypatch.setattr(imageio, "MAX_FRAME_PIXELS", w * h // 4 - 1)  # decoded at a third
    _, out = _run(capsys, "--face", "--json", str(selfie))
    reduced = _lines(out)[0]
    assert (reduced["metrics"]["width"], reduced["metrics"]["height"]) == (w, h)
    assert len(reduced["faces"]) == len(full["faces"]) == 1
    box, full_box = np.array(reduced["faces"][0]["box"]), np.array(full["faces"][0]["box"])
    assert np.abs(box - full_box).max() < 0.05 * full_box[3]
    points = np.array(reduced["faces"][0]["keypoints"])
    assert np.abs(points - np.array(full["faces"][0]["keypoints"])).max() < 0.05 * full_box[3]
