"""The face step compares the selfie with the portrait on the kept passport page: live once the
face holds still and on the taken picture; the review shows the outcome; `face.match_required`
decides whether a mismatch may be kept. The passport here carries a real specimen holder's
portrait (../shared/data/real, read at test time, never stored), the selfie the astronaut."""

import cv2
import numpy as np
import pytest
from drive import choose, click, shoot_and_keep, view
from PySide6.QtWidgets import QLabel, QPushButton

from capture_wizard.core.face.match import portrait_faces, whole_picture
from capture_wizard.core.face.printed_portrait import straighten
from capture_wizard.core.quality import analyze
from capture_wizard.core.settings import FaceSettings
from capture_wizard.core.specimens.documents import Side, render_document, with_portrait
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeProvider, FakeSource, good_frame
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId


@pytest.fixture
def strangers_passport(real_data) -> np.ndarray:
    """A passport page photographed on a table, printed with another person's portrait."""
    page = cv2.imread(str(real_data / "passporteye" / "passport-td3.jpg"))
    flat = straighten(page, whole_picture(page), page.shape[1] / page.shape[0], 640)
    x, y, w, h = (round(v) for v in portrait_faces(flat)[0].box)
    head = flat[max(0, y - h // 2) : y + 3 * h // 2, max(0, x - w // 3) : x + 4 * w // 3]
    document = with_portrait(render_document(Side.ID3_PAGE, 11), head)
    for seed in range(66000, 66010):
        image = render_scene(seed, Defect.CLEAN, (1280, 720), document=document).image
        if analyze(image, Side.ID3_PAGE.format).ok:
            return image
    raise AssertionError("no accepted scene")


def _camera(passport: np.ndarray | None) -> FakeProvider:
    def make(side, fmt):
        if side is Step.FRONT and passport is not None:
            return FakeSource([passport.copy()])
        return FakeSource([good_frame(side, fmt)])

    return FakeProvider(make)


def _to_face(qtbot, wizard) -> None:
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.FACE


def _review_match(wizard) -> str:
    return wizard.currentPage().findChild(QLabel, "review.match").text()


def test_the_holders_selfie_matches_and_the_review_says_so(qtbot, make_wizard):
    wizard = make_wizard(_camera(None))  # the astronaut on the passport and in the selfie
    _to_face(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    match = wizard.session.captures[Step.FACE].report.match
    assert match.same_person is True
    assert _review_match(wizard).startswith("Matches the photo on your document")


def test_another_persons_face_is_told_live_and_may_be_kept_with_a_warning(
    qtbot, make_wizard, strangers_passport
):
    wizard = make_wizard(_camera(strangers_passport))
    _to_face(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: "does not match" in page.banner.text(), timeout=20_000)
    assert page.findChild(QLabel, "capture.check.face").property("state") == "fail"
    assert page.auto.progress == 0  # never taken automatically
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)
    assert "does not match the photo on your document" in page.verdict.text()
    click(qtbot, wizard, "capture.keep")  # match_required is off: a warning, recorded
    assert wizard.currentId() == PageId.REVIEW
    report = wizard.session.captures[Step.FACE].report
    assert report.match.same_person is False and "face_mismatch" in report.as_dict()["issues"]
    assert _review_match(wizard).startswith("Does not match the photo on your document")


def test_with_match_required_a_mismatch_cannot_be_kept(
    qtbot, make_wizard, strangers_passport, backoffice_key, outbox_dir
):
    from dataclasses import replace

    from capture_wizard.core.settings import PackageSettings, Settings

    settings = Settings(
        package=PackageSettings(recipients=(backoffice_key.recipient,), outbox=str(outbox_dir)),
    )
    settings = replace(settings, face=FaceSettings(match_required=True))
    wizard = make_wizard(_camera(strangers_passport), settings=settings)
    _to_face(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)
    keep = page.findChild(QPushButton, "capture.keep")
    assert keep.isVisible() and not keep.isEnabled()
    assert "does not match" in page.verdict.text()
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.LIVE and Step.FACE not in wizard.session.captures
