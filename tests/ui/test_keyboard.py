"""The wizard by keyboard alone: the whole flow with keys pressed on the focused widget (no
mouse, no call on a page), Tab visiting every control in reading order on every page, and
Enter or Space doing on each kind of control what a person expects. The flow's key count is
reported in docs/accessibility.md."""

from dataclasses import replace

import pytest
from drive import choose, click, shoot_and_keep, to_submit, view
from keys import Keyboard, names, reading_order, tab_ring, tab_stops
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
)

from capture_wizard.core.kiosk import hash_pin
from capture_wizard.core.settings import HandoffSettings, KioskSettings
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeClock, good_frame, jpeg
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.theme import FOCUS_RING
from capture_wizard.ui.wizard import PageId

CAPTURE_PAGES = (PageId.FRONT, PageId.BACK, PageId.FACE)

Key = Qt.Key
PIN = "482913"
STAFF_CHORD = (
    Key.Key_Q,
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier,
)


def by_hand(wizard) -> None:
    """Auto-capture off on every capture step: only a key takes a photo, and a good photo
    waits for one to be kept (test set-up, as the other UI tests do)."""
    for page_id in CAPTURE_PAGES:
        page = wizard.page(page_id)
        page.auto.hold_seconds = page.advance_seconds = 600


@pytest.mark.parametrize("shutter", ["keys", "auto"])
def test_the_whole_flow_by_keyboard_alone(qtbot, make_wizard, shutter):
    """An ID card (front and back) and a face, from Start to Finish."""
    wizard = make_wizard()
    if shutter == "keys":
        by_hand(wizard)
    keys = Keyboard(qtbot, wizard)
    keys.press(Key.Key_Return)  # Start: the main button is the default
    assert wizard.currentId() == PageId.DOCUMENT
    assert keys.focus.objectName() == "country.search"  # typing goes straight in
    keys.type("germ")  # the first match is chosen
    keys.tab_to("document.list")  # past the list of countries
    keys.press(Key.Key_Down, 2)  # the passport, then the ID card
    document = wizard.currentPage()
    assert [item.text() for item in document.types.selectedItems()] == [
        "National identity card\n    front and back"
    ]
    keys.press(Key.Key_Return)
    assert wizard.currentId() == PageId.METHOD
    assert wizard.currentPage().camera.isChecked()  # this computer's camera, suggested
    keys.press(Key.Key_Return)
    for page_id in CAPTURE_PAGES:
        qtbot.waitUntil(lambda page_id=page_id: wizard.currentId() == page_id, timeout=20_000)
        if shutter == "auto":
            continue  # a steady good picture is taken and kept without a key
        page = wizard.currentPage()
        qtbot.waitUntil(lambda page=page: keys.focus is page.shutter)
        keys.press(Key.Key_Space)  # take the photo
        qtbot.waitUntil(lambda page=page: keys.focus is page.keep, timeout=10_000)
        assert page.keep.text() == "Continue"
        keys.press(Key.Key_Return)  # keep it
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=30_000)
    keys.press(Key.Key_Return)  # Continue
    assert wizard.currentId() == PageId.SUBMIT
    keys.tab_to("submit.consent")
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Return)  # Submit, the main button, once the box is ticked
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    with qtbot.waitSignal(wizard.finished):
        keys.press(Key.Key_Return)  # Finish
    print(f"\nkeys from Start to Finish ({shutter}): {keys.count}")
    assert keys.count <= {"keys": 22, "auto": 16}[shutter]


class TabOrder:
    """Checks, page after page, that Tab visits every control in reading order."""

    def __init__(self, qtbot, wizard, right_to_left: bool = False) -> None:
        self.qtbot, self.wizard, self.right_to_left = qtbot, wizard, right_to_left
        self.wrong: dict[str, str] = {}

    def check(self, where: str, window=None) -> None:
        """The wizard's page, or `window` (a dialog over it)."""
        window = window or self.wizard
        ring = tab_ring(self.qtbot, window)
        expected = reading_order(tab_stops(window), self.right_to_left)
        start = expected.index(ring[0]) if ring[0] in expected else 0
        expected = expected[start:] + expected[:start]  # Tab goes round: start anywhere
        if ring != expected:
            self.wrong[where] = f"Tab visits {names(ring)}, reading order {names(expected)}"
        for widget in ring:  # Enter presses any button it reaches (Space always does)
            if isinstance(widget, QPushButton) and not widget.autoDefault():
                self.wrong[where + "/" + widget.objectName()] = "Enter does not press it"

    def assert_right(self) -> None:
        assert not self.wrong, "\n".join(f"{where}: {what}" for where, what in self.wrong.items())


def test_tab_follows_reading_order_on_every_page(qtbot, make_wizard):
    wizard = make_wizard()
    by_hand(wizard)
    tabs = TabOrder(qtbot, wizard)
    tabs.check("welcome")
    click(qtbot, wizard, "wizard.next")
    tabs.check("document")
    wizard.currentPage().select("DEU", "id_card")
    tabs.check("document, chosen")
    click(qtbot, wizard, "wizard.next")
    tabs.check("method")
    click(qtbot, wizard, "method.camera")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    tabs.check("front, live")
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    tabs.check("front, photo taken")
    click(qtbot, wizard, "capture.keep")
    click(qtbot, wizard, "capture.upload_instead")
    tabs.check("back, upload")
    click(qtbot, wizard, "wizard.back")  # the front again, then the back live
    click(qtbot, wizard, "capture.keep")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)  # the face
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=20_000)
    tabs.check("review")
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().findChild(QCheckBox, "submit.consent").click()
    tabs.check("submit, consent given")
    click(qtbot, wizard, "submit.send")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    tabs.check("done")
    tabs.assert_right()


def test_tab_follows_reading_order_on_the_phone_page(qtbot, make_wizard, wizard_settings):
    settings = wizard_settings.__class__(
        **{**vars(wizard_settings), "handoff": HandoffSettings(address="127.0.0.1")}
    )
    wizard = make_wizard(settings=settings)
    choose(qtbot, wizard, "DEU", "id_card", method="phone")
    assert wizard.currentId() == PageId.PHONE
    tabs = TabOrder(qtbot, wizard)
    tabs.check("phone")
    tabs.assert_right()


def test_tab_follows_reading_order_right_to_left_in_arabic(qtbot, make_wizard):
    wizard = make_wizard()
    click(qtbot, wizard, "language.ar")
    tabs = TabOrder(qtbot, wizard, right_to_left=True)
    tabs.check("welcome")
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "id_card")
    tabs.check("document, chosen")
    click(qtbot, wizard, "wizard.next")
    tabs.check("method")
    tabs.assert_right()


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Space])
def test_enter_or_space_on_a_language_changes_it_and_keeps_the_focus_there(qtbot, make_wizard, key):
    wizard = make_wizard()
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("language.de")
    keys.press(key)
    qtbot.waitUntil(lambda: wizard.context.language == "de")
    assert wizard.findChild(QPushButton, "wizard.next").text() != "Start"  # in German
    assert keys.focus.objectName() == "language.de" and keys.focus.isChecked()


def test_arrows_on_a_method_card_move_the_focus_and_choose_nothing(qtbot, make_wizard):
    wizard = make_wizard()
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "id_card")
    click(qtbot, wizard, "wizard.next")
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("method.camera")
    keys.press(Key.Key_Down)
    assert wizard.currentId() == PageId.METHOD and keys.focus.objectName() == "method.phone"
    keys.press(Key.Key_Up)
    assert wizard.currentId() == PageId.METHOD and keys.focus.objectName() == "method.camera"
    page = wizard.currentPage()
    assert page.camera.isChecked()  # still the suggested choice
    page.phone.setChecked(True)  # as a QA script may: still one chosen at a time
    assert page.method == "phone" and not page.camera.isChecked()


def test_the_document_list_by_keys(qtbot, make_wizard):
    """Tab into the list chooses nothing by itself; the first Down highlights the first
    type, and the highlighted type is the choice; Enter moves on with an accepted type and not
    with a refused one."""
    wizard = make_wizard()
    click(qtbot, wizard, "wizard.next")
    keys = Keyboard(qtbot, wizard)
    keys.type("germ")
    keys.tab_to("document.list")
    page = wizard.currentPage()
    assert page.types.selectedItems() == [] and not page.isComplete()
    keys.press(Key.Key_Return)  # nothing chosen: nothing happens
    assert wizard.currentId() == PageId.DOCUMENT
    keys.press(Key.Key_Down)
    assert page.option.key == "passport"
    keys.press(Key.Key_Down, 3)  # a residence permit: refused, and why
    assert page.option.key == "residence_permit" and page.reason.isVisible()
    keys.press(Key.Key_Return)
    assert wizard.currentId() == PageId.DOCUMENT
    keys.press(Key.Key_Up, 2)
    keys.press(Key.Key_Enter)
    assert wizard.currentId() == PageId.METHOD
    assert wizard.session.document.key == "id_card"


def test_enter_and_space_on_the_capture_and_review_buttons(qtbot, make_wizard):
    wizard = make_wizard()
    by_hand(wizard)
    choose(qtbot, wizard, "FRA", "passport")
    page = wizard.currentPage()
    keys = Keyboard(qtbot, wizard)
    qtbot.waitUntil(lambda: keys.focus is page.shutter)
    keys.press(Key.Key_Return)  # the shutter
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    keys.tab_to("capture.retake")
    keys.press(Key.Key_Space)
    assert view(wizard) is View.LIVE and not wizard.session.has_captures
    qtbot.waitUntil(lambda: keys.focus is page.shutter)
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: keys.focus is page.keep, timeout=10_000)
    keys.press(Key.Key_Space)  # keep
    assert wizard.currentId() == PageId.FACE
    shoot_and_keep(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    keys.tab_to("review.enlarge.front")
    keys.press(Key.Key_Return)
    dialog = wizard.findChild(QDialog, "review.full_view")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: keys.focus.objectName() == "review.full_close")
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "review.full_view") is None)
    wizard.activateWindow()  # what a window manager does when a dialog closes (offscreen: none)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "review.enlarge.front")
    keys.tab_to("review.retake.face")
    keys.press(Key.Key_Return)
    assert wizard.currentId() == PageId.FACE and view(wizard) is View.LIVE


def test_enter_on_the_submit_page_submits_only_with_consent(qtbot, make_wizard):
    wizard = make_wizard()
    to_submit(qtbot, wizard)
    keys = Keyboard(qtbot, wizard)
    keys.tab_to("submit.consent")
    keys.press(Key.Key_Return)  # not ticked: nothing is sent
    assert wizard.currentId() == PageId.SUBMIT and not keys.focus.isChecked()
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Enter)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)


def test_tab_to_a_page_draws_the_focus_ring_round_it(qtbot, make_wizard):
    """A page's scroll area is a Tab stop (arrows scroll it): reached by Tab it is framed by
    the focus ring; a page opening with the focus on it is not framed."""
    wizard = make_wizard()
    scroll = wizard.findChild(QScrollArea, "page.welcome.scroll")
    keys = Keyboard(qtbot, wizard)
    assert keys.focus is scroll

    def edge() -> str:
        image = scroll.grab().toImage()
        return image.pixelColor(1, image.height() // 2).name()

    assert edge() != FOCUS_RING
    keys.press(Key.Key_Tab)
    keys.tab_to(scroll.objectName())
    assert edge() == FOCUS_RING
    keys.press(Key.Key_Tab)
    assert edge() != FOCUS_RING


def test_the_cancel_question_by_keys(qtbot, make_wizard):
    wizard = make_wizard()
    by_hand(wizard)
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)  # a photo to lose: Cancel asks
    keys = Keyboard(qtbot, wizard)
    tabs = TabOrder(qtbot, wizard)
    for answer, closes in (("cancel.keep", False), ("cancel.delete", True)):
        keys.tab_to("wizard.cancel")
        keys.press(Key.Key_Return)
        box = wizard.findChild(QMessageBox, "cancel.dialog")
        qtbot.waitUntil(lambda box=box: keys.focus.window() is box)
        assert keys.focus.objectName() == "cancel.keep"  # the safe answer first
        tabs.check("cancel question", box)
        keys.tab_to(answer)
        keys.press(Key.Key_Return)
        qtbot.waitUntil(lambda box=box: not box.isVisible())
        assert wizard.isVisible() is not closes
        wizard.activateWindow()  # what a window manager does when a dialog closes
    tabs.assert_right()


def test_the_kiosk_dialogs_by_keys(qtbot, make_wizard, wizard_settings, tmp_path):
    """The idle question, the staff PIN and the removable-media picker: Tab in reading
    order, Enter and Space on what has the focus."""
    stick = tmp_path / "STICK"
    stick.mkdir()
    for name in ("a.jpg", "b.jpg"):
        (stick / name).write_bytes(jpeg(good_frame(Step.FRONT)))
    clock = FakeClock()
    kiosk = KioskSettings(enabled=True, admin_pin_hash=hash_pin(PIN), allow_upload=True)
    settings = replace(wizard_settings, kiosk=kiosk)
    wizard = make_wizard(
        settings=settings, kiosk=True, clock=clock, removable_drives=lambda: [stick]
    )
    keys = Keyboard(qtbot, wizard)
    tabs = TabOrder(qtbot, wizard)
    choose(qtbot, wizard, "FRA", "passport", method="upload")
    picked = {}

    def pick(tries: int = 100) -> None:  # inside the picker's own event loop, once focused
        picker = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if picker is None or focus is None or focus.window() is not picker:
            if tries:
                QTimer.singleShot(50, lambda: pick(tries - 1))
            elif picker is not None:
                picker.reject()  # never focused: the assertions below say so
            return
        try:
            tabs.check("picker", picker)
            keys.tab_to("kiosk.picker_files")
            use = picker.findChild(QPushButton, "kiosk.picker_choose")
            picked["chosen before a key"] = use.isEnabled()
            keys.press(Key.Key_Down, 2)  # the second photo
            picked["highlighted"] = picker.path
            keys.press(Key.Key_Return)
        finally:
            if picker.isVisible():  # a failed step must not leave the test waiting
                picker.reject()

    keys.tab_to("capture.choose_file")
    QTimer.singleShot(50, pick)
    keys.press(Key.Key_Space)
    assert picked == {"chosen before a key": False, "highlighted": str(stick / "b.jpg")}
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)
    wizard.activateWindow()
    keys.tab_to("capture.keep")
    keys.press(Key.Key_Return)
    assert wizard.currentId() == PageId.FACE

    clock.advance(95)  # "Are you still there?"
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.idle") is not None)
    warning = wizard.findChild(QDialog, "kiosk.idle")
    qtbot.waitUntil(lambda: keys.focus.objectName() == "kiosk.still_here")
    tabs.check("idle question", warning)
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert wizard.session.has_captures
    wizard.activateWindow()

    keys.press(STAFF_CHORD)  # staff
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.admin") is not None)
    admin = wizard.findChild(QDialog, "kiosk.admin")
    qtbot.waitUntil(lambda: keys.focus.objectName() == "kiosk.pin")
    tabs.check("staff PIN", admin)
    keys.type(PIN)
    keys.tab_to("kiosk.pin_cancel")
    keys.press(Key.Key_Return)  # back to the kiosk, PIN typed or not
    qtbot.waitUntil(lambda: not admin.isVisible())
    assert wizard.session.has_captures
    wizard.activateWindow()
    keys.press(STAFF_CHORD)
    qtbot.waitUntil(lambda: keys.focus.objectName() == "kiosk.pin")
    keys.type(PIN)
    with qtbot.waitSignal(wizard.guard.exitRequested):
        keys.press(Key.Key_Return)  # in the PIN field: tries it
    tabs.assert_right()
