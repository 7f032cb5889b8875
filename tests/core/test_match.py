"""Same person: the selfie against the document's portrait (core/face/match.py, describe.py),
on rendered specimens (the astronaut) and a real specimen passport's holder."""

import json

import cv2
import numpy as np
import pytest

from capture_wizard.core.face import analyze_face
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.describe import (
    DESCRIPTOR_MODEL,
    SHAPE_MODEL,
    DescriptorModelError,
    model_path,
)
from capture_wizard.core.face.match import (
    LiveMatch,
    Portrait,
    compare,
    find_portrait,
    whole_picture,
    with_match,
)
from capture_wizard.core.face.report import FaceMatch
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.specimens.documents import Side, render_document, with_portrait
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.specimens.selfies import FaceDefect, render_selfie
from capture_wizard.resources import resource


@pytest.fixture(scope="module")
def astronaut_card() -> Portrait:
    scene = render_scene(64000, Defect.CLEAN, (1280, 720), Side.ID1_FRONT)
    return find_portrait(scene.image, scene.corners, Side.ID1_FRONT.format.aspect)


@pytest.fixture(scope="module")
def selfie():
    image = render_selfie(64001, FaceDefect.CLEAN, (1280, 720)).image
    return image, analyze_face(image, thorough=True)


def test_the_models_come_from_the_installed_package_not_a_download():
    for name in (SHAPE_MODEL, DESCRIPTOR_MODEL):
        assert model_path(name).stat().st_size > 1_000_000
    assert "68" not in SHAPE_MODEL  # the 68-point predictor's data excludes commercial use
    with pytest.raises(DescriptorModelError, match="missing"):
        model_path("no_such_model.dat")


def test_the_portrait_on_a_photographed_card_matches_the_selfie(astronaut_card, selfie):
    assert astronaut_card.descriptor is not None and astronaut_card.descriptor.shape == (128,)
    image, report = selfie
    assert report.ok
    compared = compare(astronaut_card, image, report)
    assert compared.match.same_person is True and compared.match.score >= T.MATCH_MIN_SCORE
    assert compared.ok and compared.as_dict()["match"]["same_person"] is True


def test_a_passport_page_upside_down_and_under_guilloche_still_matches(selfie):
    astronaut = cv2.imread(str(resource("specimens", "astronaut-portrait.jpg")))
    page = with_portrait(render_document(Side.ID3_PAGE, 5), astronaut, guilloche=0.3, seed=5)
    turned = cv2.rotate(page.image, cv2.ROTATE_180)
    portrait = find_portrait(turned, whole_picture(turned), Side.ID3_PAGE.format.aspect)
    image, report = selfie
    assert compare(portrait, image, report).match.same_person is True


def test_another_person_does_not_match(real_data, selfie):
    passport = cv2.imread(str(real_data / "passporteye" / "passport-td3.jpg"))
    portrait = find_portrait(
        passport, whole_picture(passport), passport.shape[1] / passport.shape[0]
    )
    assert portrait.descriptor is not None
    image, report = selfie
    compared = compare(portrait, image, report)
    assert compared.match.same_person is False and compared.match.score < T.MATCH_MIN_SCORE
    assert compared.issues == (IssueCode.FACE_MISMATCH,)
    assert compared.as_dict()["issues"] == ["face_mismatch"]


def test_documents_without_a_portrait_that_can_be_described(selfie):
    image, report = selfie
    back = render_document(Side.ID1_BACK, 2).image
    none = find_portrait(back, whole_picture(back), Side.ID1_BACK.format.aspect)
    assert none.descriptor is None and none.face_pixels == 0

    front = render_document(Side.ID1_FRONT, 2).image
    tiny = cv2.resize(front, (120, 76), interpolation=cv2.INTER_AREA)  # face about 20 px
    small = find_portrait(tiny, whole_picture(tiny), Side.ID1_FRONT.format.aspect)
    assert small.descriptor is None and 0 < small.face_pixels < T.MIN_PORTRAIT_FACE_PIXELS

    twice = front.copy()  # a second portrait as large as the first, at the other end
    twice[:, -front.shape[0] :] = front[:, : front.shape[0]]
    two = find_portrait(twice, whole_picture(twice), Side.ID1_FRONT.format.aspect)
    assert two.descriptor is None

    for portrait in (none, small, two):
        compared = compare(portrait, image, report)
        assert compared.match.score is None and compared.match.same_person is None
        assert compared.match.issue is IssueCode.NO_PORTRAIT
        assert compared.issues == report.issues  # not the face step's to fix


def test_a_selfie_without_a_face_is_not_compared(astronaut_card):
    image = render_selfie(64002, FaceDefect.NO_FACE, (1280, 720)).image
    report = analyze_face(image)
    assert compare(astronaut_card, image, report) is report


def test_live_frames_are_compared_once_the_face_holds_still(real_data, selfie):
    passport = cv2.imread(str(real_data / "passporteye" / "passport-td3.jpg"))
    portrait = find_portrait(
        passport, whole_picture(passport), passport.shape[1] / passport.shape[0]
    )
    image, report = selfie
    live = LiveMatch(portrait)
    assert live.check(image, report, 0.0) is not None
    assert live.comparisons == 0 and live.check(image, report, 0.1).match is None  # not yet
    held = live.check(image, report, T.MATCH_STEADY_SECONDS + 0.01)
    assert live.comparisons == 1 and IssueCode.FACE_MISMATCH in held.issues
    for now in (0.5, 0.7, 0.9):  # the result stands while the face stays put
        assert IssueCode.FACE_MISMATCH in live.check(image, report, now).issues
    assert live.comparisons == 1

    moved = analyze_face(np.ascontiguousarray(np.roll(image, 200, axis=1)))
    assert live.check(image, moved, 1.0).match is None  # a new hold starts
    live.check(image, report, 1.1)
    live.check(image, report, 1.1 + T.MATCH_STEADY_SECONDS + 0.01)
    assert live.comparisons == 2


def test_check_face_portrait_on_the_command_line(real_data, tmp_path, capsys):
    from capture_wizard.cli import main

    front = render_scene(64000, Defect.CLEAN, (1280, 720), Side.ID1_FRONT).image
    back = render_scene(64000, Defect.CLEAN, (1280, 720), Side.ID1_BACK).image
    for name, image in (("front.jpg", front), ("back.jpg", back)):
        cv2.imwrite(str(tmp_path / name), image)
    cv2.imwrite(str(tmp_path / "me.jpg"), render_selfie(64001, FaceDefect.CLEAN, (1280, 720)).image)
    other = str(real_data / "passporteye" / "passport-td3.jpg")  # a face, and not the astronaut
    selfies = [str(tmp_path / "me.jpg"), other, str(tmp_path / "missing.jpg")]
    args = ["check", "--json", "--face", "--portrait", str(tmp_path / "front.jpg")]
    assert main([*args, *selfies]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == selfies
    me, stranger, missing = lines
    assert me["ok"] and me["match"]["same_person"] is True and me["match"]["score"] > 0.5
    assert stranger["match"]["same_person"] is False and "face_mismatch" in stranger["issues"]
    assert missing["match"] is None and missing["error"]

    args[-1] = str(tmp_path / "back.jpg")
    assert main([*args, selfies[0]]) == 1
    line = json.loads(capsys.readouterr().out)
    assert line["issues"] == ["no_portrait"]
    assert line["match"] == {"score": None, "same_person": None}

    assert main(["check", "--face", "--portrait", str(tmp_path / "gone.jpg"), selfies[0]]) == 2
    assert "--portrait" in capsys.readouterr().err


def test_the_manifest_carries_the_match_and_a_new_front_drops_the_compared_face(selfie):
    from dataclasses import replace

    from capture_wizard.core.package.archive import build_archive
    from capture_wizard.core.package.manifest import schema_problems
    from capture_wizard.core.session import Capture
    from capture_wizard.core.specimens.session import specimen_session
    from capture_wizard.core.steps import Step

    session = specimen_session("passport", "FRA", face=True)
    face = session.captures[Step.FACE]
    compared = with_match(face.report, FaceMatch(0.31, False))
    session.store(replace(face, report=compared))
    manifest = build_archive(session, reference="CW-TEST-0001", consent_at=face.taken_at).manifest
    assert schema_problems(manifest) == []
    assert manifest["face"]["match"] == {"score": 0.31, "same_person": False}
    assert manifest["face"]["issues"] == ["face_mismatch"]
    assert manifest["images"][-1]["quality"]["match"] == {"score": 0.31, "same_person": False}

    front = session.captures[Step.FRONT]
    session.store(Capture(Step.FRONT, front.image.copy(), front.report, front.source))
    assert Step.FACE not in session.captures  # compared with the old front
