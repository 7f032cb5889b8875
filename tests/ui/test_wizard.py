"""The whole flow, driven like a QA script: by objectName, with fake cameras."""

import numpy as np
import pytest
from drive import (
    answer_cancel,
    choose,
    click,
    drop_file,
    shoot_and_keep,
    submit_now,
    to_submit,
    view,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget, QWizard

from capture_wizard.camera import SourceProblem
from capture_wizard.camera.watchdog import FIRST_FRAME_SECONDS
from capture_wizard.core.guidance import Verdict
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.steps import Step
from capture_wizard.resources import resource
from capture_wizard.testing import FakeClock, FakeProvider, FakeSource, specimen_frame
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.theme import ACCENT, WHITE
from capture_wizard.ui.wizard import PageId


def test_passport_one_side_to_the_end(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "FRA", "passport")
    assert wizard.currentId() == PageId.FRONT
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.FACE  # no back side for a passport
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    capture = wizard.session.captures[Step.FRONT]
    assert capture.source is CaptureSource.WEBCAM and capture.image.shape == (720, 1280, 3)
    review = wizard.currentPage()
    assert review.findChild(QLabel, "review.status.front").text().startswith("✓")
    assert review.findChild(QLabel, "review.status.face").text().startswith("✓")
    assert review.findChild(QLabel, "review.status.back") is None
    click(qtbot, wizard, "wizard.next")
    assert wizard.currentId() == PageId.SUBMIT
    image = capture.image
    submit_now(qtbot, wizard)
    assert not wizard.session.has_captures and not image.any()  # wiped once packaged
    assert wizard.findChild(QLabel, "done.reference").text().startswith("CW-")
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard, "wizard.finish")
    assert all(source.stopped for source in good_camera.opened)


def test_an_id_card_and_face_need_no_click_with_a_good_camera(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    # No click: a steady good picture is taken after ~0.7 s, shown for a moment, then kept.
    front = wizard.currentPage()
    assert front.findChild(QLabel, "page.step").text() == "Step 3 of 7"
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    assert front.verdict.property("verdict") == Verdict.GOOD.value
    assert "moving on" in front.verdict.text() and front.retake.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.BACK, timeout=10_000)
    assert wizard.currentPage().findChild(QLabel, "page.step").text() == "Step 4 of 7"
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.FACE, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=20_000)
    review = wizard.currentPage()
    for side in ("front", "back", "face"):
        assert review.findChild(QLabel, f"review.thumbnail.{side}").pixmap() is not None
    assert wizard.session.complete


def test_retake_on_the_confirmation_stops_the_moving_on(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    page.auto.hold_seconds = 60  # the second look is by hand
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.LIVE and not wizard.session.has_captures
    qtbot.wait(int(page.advance_seconds * 1000) + 300)  # the undone countdown must not fire
    assert wizard.currentId() == PageId.FRONT and view(wizard) is View.LIVE


def test_the_back_step_asks_to_turn_the_card_until_the_back_is_seen(qtbot, make_wizard):
    showing = {"side": Step.FRONT}
    provider = FakeProvider(
        lambda side, fmt: FakeSource([specimen_frame(Defect.CLEAN, showing["side"], fmt)])
    )
    wizard = make_wizard(provider)
    choose(qtbot, wizard, "DEU", "id_card")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.BACK, timeout=20_000)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: "turn your document over" in page.banner.text(), timeout=10_000)
    assert view(wizard) is View.LIVE and page.auto.progress == 0  # the front is not taken
    showing["side"] = Step.BACK  # the person turns it over
    provider.opened[-1].frames = [specimen_frame(Defect.CLEAN, Step.BACK)]
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.FACE, timeout=20_000)
    assert Step.BACK in wizard.session.captures


def test_the_review_shows_each_photo_full_size(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    click(qtbot, wizard, "review.enlarge.front")
    dialog = wizard.findChild(QDialog, "review.full_view")
    assert dialog is not None and dialog.isVisible()
    photo = dialog.findChild(QWidget, "review.full_photo")
    assert photo.width() > 900  # far larger than the thumbnail
    qtbot.mouseClick(dialog.findChild(QPushButton, "review.full_close"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "review.full_view") is None)


def test_live_feedback_names_the_issue(qtbot, make_wizard):
    provider = FakeProvider(lambda side, fmt: FakeSource([specimen_frame(Defect.GLARE, side)]))
    wizard = make_wizard(provider)
    choose(qtbot, wizard, "DEU", "id_card")
    banner = wizard.currentPage().banner
    qtbot.waitUntil(lambda: "glare" in banner.text())
    assert banner.property("verdict") == Verdict.ADJUST.value
    chip = wizard.currentPage().findChild(QLabel, "capture.check.glare")
    assert chip.property("state") == "fail"
    # A rejected picture can still be taken by hand, and it says why.
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    assert "glare" in wizard.currentPage().verdict.text()
    click(qtbot, wizard, "capture.retake")
    assert view(wizard) is View.LIVE and not wizard.session.has_captures


def test_the_back_shown_for_the_front_is_caught_live(qtbot, make_wizard):
    provider = FakeProvider(
        lambda side, fmt: FakeSource([specimen_frame(Defect.CLEAN, Step.BACK, fmt)])
    )
    wizard = make_wizard(provider)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    page.auto.hold_seconds = 60
    qtbot.waitUntil(lambda: "looks like the back" in page.banner.text(), timeout=10_000)
    assert page.findChild(QLabel, "capture.check.document").property("state") == "fail"
    assert page.auto.progress == 0


def test_a_refused_type_shows_why_and_blocks_continue(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    click(qtbot, wizard, "wizard.next")
    page = wizard.currentPage()
    page.search.setText("united st")
    assert page.countries.currentItem().text() == "United States"
    page.select("USA", "residence_permit")
    reason = page.findChild(QLabel, "document.reason")
    assert reason.isVisible() and "residence permit" in reason.text().lower()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.select("USA", "id_card")  # not accepted for the USA: not even listed
    assert page.option.key == "residence_permit"
    page.select("USA", "driving_licence")
    assert not reason.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_retake_from_review_replaces_and_wipes_the_old_picture(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)  # the back
    shoot_and_keep(qtbot, wizard)  # face
    assert wizard.currentId() == PageId.REVIEW
    old = wizard.session.captures[Step.FRONT]
    click(qtbot, wizard, "review.retake.front")
    assert wizard.currentId() == PageId.FRONT and view(wizard) is View.LIVE
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW  # straight back, not through the back side
    assert wizard.session.captures[Step.FRONT] is not old and not old.image.any()


@pytest.mark.parametrize(
    "problem",
    [SourceProblem.DISCONNECTED, SourceProblem.BUSY, SourceProblem.PERMISSION_DENIED],
)
def test_camera_failure_says_what_to_do_and_recovers(qtbot, make_wizard, problem):
    frame = specimen_frame()
    provider = FakeProvider(lambda side, fmt: FakeSource([frame]))
    wizard = make_wizard(provider)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    provider.opened[-1].fail(problem)  # e.g. unplugged mid-capture
    assert view(wizard) is View.PROBLEM
    title = page.findChild(QLabel, "capture.problem")
    assert title.property("problem") == problem.value and title.text()
    assert page.findChild(QLabel, "capture.problem_advice").text()
    assert provider.opened[-1].stopped
    click(qtbot, wizard, "capture.try_again")
    assert len(provider.opened) == 2 and view(wizard) is View.LIVE
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.BACK


def test_a_camera_that_sends_nothing_is_reported(qtbot, make_wizard):
    clock = FakeClock()
    wizard = make_wizard(FakeProvider(lambda side, fmt: FakeSource([])), clock=clock)
    choose(qtbot, wizard, "DEU", "id_card")
    assert view(wizard) is View.LIVE  # a camera may take a while to start
    clock.advance(FIRST_FRAME_SECONDS + 1)
    qtbot.waitUntil(lambda: view(wizard) is View.PROBLEM, timeout=5_000)
    title = wizard.currentPage().findChild(QLabel, "capture.problem")
    assert title.property("problem") == SourceProblem.STALLED.value


def test_without_a_camera_a_customer_gets_phone_and_upload_never_the_demo(qtbot, make_wizard):
    wizard = make_wizard(FakeProvider(lambda side, fmt: FakeSource([]), cameras=[]))
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "id_card")
    click(qtbot, wizard, "wizard.next")
    page = wizard.currentPage()
    assert not page.camera.isEnabled() and not page.demo.isVisible()
    assert "phone or upload" in page.findChild(QLabel, "method.no_camera").text()
    assert page.upload.isEnabled() and page.phone.isEnabled()
    assert page.method is None  # nothing chosen for the person
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_demo_run_offers_the_demo_camera(qtbot, make_wizard):
    wizard = make_wizard(FakeProvider(lambda side, fmt: FakeSource([]), cameras=[]), demo=True)
    assert wizard.findChild(QLabel, "welcome.demo").isVisible()
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("FRA", "passport")
    click(qtbot, wizard, "wizard.next")
    page = wizard.currentPage()
    assert page.demo.isVisible() and page.demo.isChecked()
    click(qtbot, wizard, "wizard.next")
    capture = wizard.currentPage()
    qtbot.waitUntil(lambda: capture.shutter.isEnabled(), timeout=20_000)
    assert capture.source.kind is CaptureSource.DEMO  # its photos are marked demo


def test_upload_a_file_by_dialog_path_and_by_drop(qtbot, make_wizard, good_camera, tmp_path):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card", method="upload")
    page = wizard.currentPage()
    assert view(wizard) is View.UPLOAD and not good_camera.opened
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image at all")
    page.load_file(str(broken))
    error = page.findChild(QLabel, "capture.upload_error")
    qtbot.waitUntil(error.isVisible)
    assert "cannot be used" in error.text() and view(wizard) is View.UPLOAD
    page.load_file(str(resource("samples", "sample-id-card.jpg")))
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    click(qtbot, wizard, "capture.keep")
    assert wizard.session.captures[Step.FRONT].source is CaptureSource.FILE

    back = wizard.currentPage()
    assert view(wizard) is View.UPLOAD  # uploads skip the "turn it over" prompt
    drop_file(back, resource("samples", "sample-id-card-glare.jpg"))
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    assert "Glare hides part" in back.verdict.text()  # an uploaded file: choose another
    assert "Tilt" not in back.verdict.text()


def test_space_takes_the_picture(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    page.auto.hold_seconds = 60  # make sure it is the key, not auto-capture
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    qtbot.keyClick(page.shutter, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)


def test_space_anywhere_on_the_live_page_but_a_button_takes_the_picture(
    qtbot, make_wizard, good_camera
):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    page.auto.hold_seconds = 60
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    qtbot.keyClick(page.viewfinder, Qt.Key.Key_Space)  # not a button: the key reaches the page
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)


@pytest.mark.parametrize(("answer", "cancelled"), [("cancel.keep", False), ("cancel.delete", True)])
def test_the_cancel_dialog_asks_in_plain_words(qtbot, make_wizard, good_camera, answer, cancelled):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    shoot_and_keep(qtbot, wizard)
    image = wizard.session.captures[Step.FRONT].image
    question, detail, buttons = answer_cancel(qtbot, wizard, answer)
    assert question == "Cancel and delete your photos?" and "deleted" in detail
    assert buttons == ["Cancel and delete photos", "Keep going"]
    assert wizard.isVisible() is not cancelled
    assert wizard.session.has_captures is not cancelled and image.any() is not cancelled
    if cancelled:
        assert all(s.stopped for s in good_camera.opened)


def test_the_done_page_has_no_cancel(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    to_submit(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    submit_now(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_cancel_before_any_capture_does_not_ask(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    wizard.ask_discard = lambda: pytest.fail("nothing to discard, no question")
    click(qtbot, wizard, "wizard.cancel")
    assert not wizard.isVisible()


def test_kiosk_mode_starts_over_with_a_new_session(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera, kiosk=True)
    first_id = wizard.session.id
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)  # face
    click(qtbot, wizard, "wizard.next")
    submit_now(qtbot, wizard)
    click(qtbot, wizard, "wizard.finish")
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME
    assert wizard.session.id != first_id and not wizard.session.has_captures


def test_back_from_a_capture_page_stops_the_camera(qtbot, make_wizard, good_camera):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    qtbot.waitUntil(lambda: good_camera.opened and good_camera.opened[-1].started)
    click(qtbot, wizard, "wizard.back")
    assert wizard.currentId() == PageId.METHOD and good_camera.opened[-1].stopped
    assert np.all([s.stopped for s in good_camera.opened])


@pytest.mark.parametrize("name", ["wizard.back", "capture.upload_instead", "wizard.cancel"])
def test_space_on_a_focused_button_presses_that_button_not_the_shutter(
    qtbot, make_wizard, good_camera, name
):
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card")
    page = wizard.currentPage()
    page.auto.hold_seconds = 60  # only a key could take the picture
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    button = page.findChild(QPushButton, name)
    for _ in range(20):  # Tab to it, as a person does
        if wizard.focusWidget() is button:
            break
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is button
    pressed = []
    button.clicked.connect(lambda: pressed.append(name))
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.wait(300)  # a photo taken would be checked by now
    assert pressed == [name]
    assert "Checking the photo" not in page.banner.text() and not wizard.session.has_captures
    if name == "wizard.back":
        assert wizard.currentId() == PageId.METHOD
    elif name == "capture.upload_instead":
        assert view(wizard) is View.UPLOAD
    else:  # nothing taken yet: Cancel closes without asking
        assert not wizard.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_on_a_focused_method_card_chooses_it(qtbot, make_wizard, good_camera, key):
    wizard = make_wizard(good_camera)
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "id_card")
    click(qtbot, wizard, "wizard.next")
    card = wizard.currentPage().findChild(QPushButton, "method.upload")
    for _ in range(20):  # Tab to it, as a person does
        if wizard.focusWidget() is card:
            break
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is card
    qtbot.keyClick(card, key)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.FRONT)
    assert view(wizard) is View.UPLOAD


@pytest.mark.parametrize("page_id", [PageId.FRONT, PageId.WELCOME])
def test_a_focused_cancel_does_not_look_like_the_main_action(qtbot, make_wizard, page_id):
    wizard = make_wizard()
    if page_id == PageId.FRONT:  # a page with its own row of buttons
        choose(qtbot, wizard, "DEU", "id_card")
        wizard.currentPage().auto.hold_seconds = 60
        main = wizard.currentPage().shutter
        qtbot.waitUntil(main.isEnabled)
    else:
        main = wizard.findChild(QPushButton, "wizard.next")
    cancel = wizard.currentPage().findChild(QPushButton, "wizard.cancel") or wizard.findChild(
        QPushButton, "wizard.cancel"
    )
    for _ in range(20):  # Tab to Cancel, as a person does
        if wizard.focusWidget() is cancel:
            break
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is cancel

    def fill(button):  # the colour inside the button, beside its label
        image = button.grab().toImage()
        return image.pixelColor(12, image.height() // 2).name()

    assert fill(main) == ACCENT and fill(cancel) == WHITE
