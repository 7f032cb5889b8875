"""What the wizard reads from the document's machine-readable zone, as a person sees it: on the
confirmation of a taken picture, on the review, and as an instruction when it says the
document cannot be used."""

from datetime import date

import cv2
from drive import choose, click, drop_file, view
from PySide6.QtWidgets import QFrame, QLabel

from capture_wizard.core.ocr.mrz_parse import parse
from capture_wizard.core.ocr.mrz_samples import on_table
from capture_wizard.core.settings import HandoffSettings, PackageSettings, Settings
from capture_wizard.core.specimens.documents import Side, render_document
from capture_wizard.testing import ScriptedPhone, jpeg
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId

SHOWN = ("surname", "given_names", "number", "nationality", "birth", "expiry")


def printed(side: Side, expired: bool = False):
    """The zone printed on the specimen the test cameras show (capture_wizard.testing)."""
    return parse(render_document(side, seed=1, expired=expired).mrz)


def details(wizard, name: str) -> dict[str, str]:
    """The details a person sees in the `name` card (empty when it is not on the screen)."""
    page = wizard.currentPage()
    card = page.findChild(QFrame, name)
    if card is None or not card.isVisible():
        return {}
    labels = {key: page.findChild(QLabel, f"{name}.{key}") for key in SHOWN}
    assert all(label.isVisible() for label in labels.values())
    return {key: label.text() for key, label in labels.items()}


def as_words(day: date, text: str) -> bool:
    """`text` shows `day` as "12 August 1974" (the month in the person's language)."""
    return text.startswith(f"{day.day} ") and text.endswith(str(day.year))


def take(qtbot, wizard) -> None:
    """Press the shutter once the camera shows a picture; wait for the checked photo."""
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: view(wizard) is View.LIVE and page.shutter.isEnabled())
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=60_000)


def test_the_confirmation_and_the_review_show_what_the_zone_says(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    take(qtbot, wizard)
    assert details(wizard, "capture.read") == {}  # a German card's front carries no zone
    click(qtbot, wizard, "capture.keep")
    take(qtbot, wizard)
    truth = printed(Side.ID1_BACK)
    seen = details(wizard, "capture.read")
    assert "✓" in wizard.currentPage().verdict.text()
    assert seen["surname"] == truth.fields["surname"]
    assert seen["given_names"] == truth.fields["given_names"]
    assert seen["number"] == truth.fields["number"]
    assert seen["nationality"] == "UTO"  # the specimens' Utopia has no country name
    assert as_words(truth.birth, seen["birth"]) and as_words(truth.expiry, seen["expiry"])
    click(qtbot, wizard, "capture.keep")
    back = wizard.page(PageId.BACK)  # the step left behind shows no one's details any more
    assert not back.findChild(QLabel, "capture.read.surname").text()
    take(qtbot, wizard)  # the face
    click(qtbot, wizard, "capture.keep")
    assert wizard.currentId() == PageId.REVIEW
    assert details(wizard, "review.read") == seen
    wizard.back()  # leaving the review takes the details off the screen
    assert not wizard.page(PageId.REVIEW).findChild(QLabel, "review.read.surname").text()


def expired_passport_photo():
    return on_table(render_document(Side.ID3_PAGE, seed=1, expired=True).image, seed=3)


def test_an_expired_document_is_told_to_use_a_valid_one(qtbot, make_wizard, good_camera, tmp_path):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "FRA", "passport", method="upload")
    photo = tmp_path / "passport.png"
    cv2.imwrite(str(photo), expired_passport_photo())
    page = wizard.currentPage()
    drop_file(page, photo)
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=60_000)
    assert "This document has expired — use a valid one" in page.verdict.text()
    retake = page.findChild(type(page.keep), "capture.retake")
    assert retake.property("primary") and not page.keep.property("primary")
    truth = printed(Side.ID3_PAGE, expired=True)
    seen = details(wizard, "capture.read")
    assert seen["expiry"].endswith("— expired") and as_words(truth.expiry, seen["expiry"][:-10])
    assert seen["surname"] == truth.fields["surname"]
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.UPLOAD and not wizard.session.has_captures


def test_a_phone_photo_is_read_and_judged_the_same_way(
    qtbot, make_wizard, good_camera, backoffice_key
):
    package = PackageSettings(recipients=(backoffice_key.recipient,))  # Start needs a key
    settings = Settings(package=package, handoff=HandoffSettings(address="127.0.0.1"))
    wizard = make_wizard(good_camera, settings=settings)
    choose(qtbot, wizard, "FRA", "passport", method="phone")
    phone = ScriptedPhone(wizard.currentPage().server)
    assert phone.open_page().status == 200
    answer = phone.upload("front", jpeg(expired_passport_photo())).json()
    assert answer["issues"] == ["expired"]
    assert answer["instruction"] == "This document has expired — use a valid one"
