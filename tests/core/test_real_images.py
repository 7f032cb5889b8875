"""Behaviour on real photos from ../shared/data/real (skipped when that folder is absent)."""

import json

import cv2
import numpy as np
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


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("turned", [False, True])
def test_a_sharp_photo_without_a_document_is_not_taken_for_one_as_a_still(real_data, scene, turned):
    """A street, a wall of posters, a mural: as stills, upright or standing on a side. The mural
    was accepted once the learned detector looked four ways up (until a found document had to
    carry print), the street standing on its side was taken whole for a crop (its windows
    passed for print, until the map had to see a document over the picture)."""
    image = load_image(next((real_data / "blur_dataset").glob(f"{scene}_S.*")))
    if turned:
        image = np.ascontiguousarray(np.rot90(image, -1))
    report = analyze(image, still=True)
    assert report.issues, "accepted as a document"


def _acceptable_pictures(real_data):
    """(file name, picture) of each real picture labelled acceptable."""
    folder = real_data / "capture"
    for line in (folder / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        if label["acceptable"]:
            yield label["file"], load_image(folder / label["file"])


def test_an_acceptable_real_picture_is_judged_alike_whichever_way_up_as_a_still(real_data):
    """A still may come turned (phones and scanners leave pictures on their side): each
    acceptable real picture gets the same verdict turned by a quarter either way or upside down
    as upright (6 of the 14 were refused turned either way before stills were read any way up).
    No accuracy is asserted: the upright verdict is the reference."""
    differ = []
    for name, image in _acceptable_pictures(real_data):
        upright = analyze(image, still=True).issues == ()
        for k in (1, 2, 3):
            turned = analyze(np.ascontiguousarray(np.rot90(image, k)), still=True)
            if (turned.issues == ()) != upright:
                differ.append((name, 90 * k, [str(i) for i in turned.issues]))
    assert not differ


def test_an_acceptable_real_picture_is_judged_alike_under_a_shadow_as_a_still(real_data):
    """Light falling off across the picture (a hand or a lamp's shadow, to 55 % on one side):
    each acceptable real picture gets the verdict it gets without. A portrait 3 % from a tight
    crop's edge, darkened, was once taken for a thumb over the card. No accuracy is asserted:
    the verdict without the shadow is the reference."""
    differ = []
    for name, image in _acceptable_pictures(real_data):
        falloff = np.linspace(1.0, 0.55, image.shape[1], dtype=np.float32)[None, :, None]
        shaded = analyze((image * falloff).astype(np.uint8), still=True)
        if (shaded.issues == ()) != (analyze(image, still=True).issues == ()):
            differ.append((name, [str(i) for i in shaded.issues]))
    assert not differ


def test_the_white_zone_of_a_scanned_id_back_is_not_glare(real_data):
    """An Austrian ID back scanned (its top cut away): the blank paper above its MRZ lines runs
    from side to side, and its blank margin beside them meets the card's edge, with a little
    of the scan's white beyond. Neither is a reflection, on the picture as it is or with its
    upper rows repeated above it (the card as a whole card would be, near enough)."""
    scan = load_image(real_data / "capture" / "mrzdet_id_fail.png")
    for picture in (scan, np.vstack([scan[8:70], scan])):
        report = analyze(picture, still=True)
        assert IssueCode.GLARE not in report.issues, report.metrics


@pytest.mark.parametrize("margin", [(128, 128, 128), (20, 20, 20)])
def test_a_real_form_on_a_plain_table_is_found_as_a_still(real_data, margin):
    """A tax form scanned, with a grey or black margin round it (a page photographed on a
    table): its print is too small to count at a card's scale, and it was `no_document`."""
    form = load_image(real_data / "capture" / "docscan_tax.jpeg")
    pad = int(0.08 * max(form.shape[:2]))
    photo = cv2.copyMakeBorder(form, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=margin)
    assert analyze(photo, still=True).issues == ()
