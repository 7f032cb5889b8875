"""The face step, driven like a QA script: live guidance, the oval, retake, upload, a broken
model."""

import cv2
import pytest
from drive import choose, click, shoot_and_keep, view
from PySide6.QtWidgets import QLabel

from capture_wizard.core.guidance import Verdict
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.specimens.selfies import FaceDefect
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeProvider, FakeSource, good_frame, selfie_frame
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId


def _camera(face_defect: FaceDefect) -> FakeProvider:
    """Good document pictures; the face step sees a selfie with `face_defect`."""

    def make(side, fmt):
        if side is Step.FACE:
            return FakeSource([selfie_frame(face_defect)])
        return FakeSource([good_frame(side, fmt)])

    return FakeProvider(make)


def _to_face(qtbot, wizard, method: str = "camera") -> None:
    choose(qtbot, wizard, "FRA", "passport", method)
    if method == "camera":
        shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.FACE


@pytest.mark.parametrize(
    ("defect", "words", "chip"),
    [
        (FaceDefect.TWO_FACES, "Only you", "face"),
        (FaceDefect.FAR, "Come closer", "position"),
        (FaceDefect.DARK, "Light your face", "light"),
    ],
)
def test_live_guidance_names_the_face_issue(qtbot, make_wizard, defect, words, chip):
    wizard = make_wizard(_camera(defect))
    _to_face(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: words in page.banner.text(), timeout=10_000)
    assert page.findChild(QLabel, f"capture.check.{chip}").property("state") == "fail"
    assert page.viewfinder._verdict in (Verdict.ADJUST, Verdict.MISSING)  # the oval is not green
    assert page.auto.progress == 0  # never taken automatically
    # Taken by hand anyway, the confirmation says why it may be rejected.
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    assert words in page.verdict.text()
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.LIVE and Step.FACE not in wizard.session.captures


def test_a_good_face_turns_the_oval_green_and_is_kept(qtbot, make_wizard):
    wizard = make_wizard(_camera(FaceDefect.CLEAN))
    _to_face(qtbot, wizard)
    page = wizard.currentPage()
    page.auto.hold_seconds = 60  # look at the live state before auto-capture
    qtbot.waitUntil(lambda: page.viewfinder._verdict is Verdict.GOOD, timeout=10_000)
    assert all(
        page.findChild(QLabel, f"capture.check.{name}").property("state") == "pass"
        for name in ("face", "position", "pose", "light", "focus")
    )
    shoot_and_keep(qtbot, wizard)
    face = wizard.session.captures[Step.FACE]
    assert face.report.ok and len(face.report.faces) == 1
    assert face.source is CaptureSource.WEBCAM
    assert wizard.currentId() == PageId.REVIEW


def test_retaking_the_face_from_the_review_wipes_the_old_one(qtbot, make_wizard):
    wizard = make_wizard(_camera(FaceDefect.CLEAN))
    _to_face(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)
    old = wizard.session.captures[Step.FACE]
    click(qtbot, wizard, "review.retake.face")
    assert wizard.currentId() == PageId.FACE and view(wizard) is View.LIVE
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.session.captures[Step.FACE] is not old and not old.image.any()


def test_a_selfie_can_be_uploaded(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(_camera(FaceDefect.CLEAN))
    choose(qtbot, wizard, "FRA", "passport", "upload")
    page = wizard.currentPage()
    front = tmp_path / "front.png"
    cv2.imwrite(str(front), good_frame(Step.FRONT))
    page.load_file(str(front))
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    click(qtbot, wizard, "capture.keep")
    assert wizard.currentId() == PageId.FACE and view(wizard) is View.UPLOAD
    assert "face" in wizard.currentPage().dropzone.label.text()
    selfie = tmp_path / "selfie.jpg"
    cv2.imwrite(str(selfie), selfie_frame(FaceDefect.OFF_CENTER))
    wizard.currentPage().load_file(str(selfie))
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    assert "not in the middle" in wizard.currentPage().verdict.text()  # a file: no oval
    click(qtbot, wizard, "capture.keep")  # kept with its warning: the review shows it
    face = wizard.session.captures[Step.FACE]
    assert face.source is CaptureSource.FILE and not face.accepted
    status = wizard.currentPage().findChild(QLabel, "review.status.face").text()
    assert status.startswith("⚠") and "not in the middle" in status


def test_a_broken_face_model_is_explained_not_a_traceback(
    qtbot, make_wizard, monkeypatch, tmp_path
):
    from capture_wizard.core.face import detector

    wizard = make_wizard(_camera(FaceDefect.CLEAN))
    _to_face(qtbot, wizard)
    monkeypatch.setattr(detector, "_detectors", {})
    monkeypatch.setattr(detector, "resource", lambda *parts: tmp_path / "no-such-model.tflite")
    click(qtbot, wizard, "wizard.back")
    click(qtbot, wizard, "capture.keep")  # the kept front: Continue
    qtbot.waitUntil(lambda: view(wizard) is View.PROBLEM, timeout=10_000)
    title = wizard.currentPage().findChild(QLabel, "capture.problem")
    assert title.text() == "The photo check is not working"
    assert not wizard.currentPage().use_demo.isVisible()
