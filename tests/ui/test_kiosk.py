"""A kiosk: customers cannot quit it, every start over is a fresh Welcome page, an idle
session is wiped after a warning, staff leave with a key chord and a PIN, and uploads come
from removable media only."""

import logging

import pytest
from drive import answer_cancel, choose, click, shoot_and_keep, submit_now, view
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
)

from capture_wizard.core.kiosk import hash_pin
from capture_wizard.core.settings import KioskSettings
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeClock
from capture_wizard.ui.kiosk import KioskWindow
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId

PIN = "482913"


def press(qtbot, dialog, name: str) -> None:
    """Click a button of a dialog open over the wizard, as a person does."""
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def kiosk_settings(wizard_settings):
    def make(**kiosk) -> object:
        from dataclasses import replace

        return replace(wizard_settings, kiosk=KioskSettings(enabled=True, **kiosk))

    return make


def _fresh_choices(qtbot, wizard) -> None:
    """The next person sees nothing of the last one's: no country, no document, no method."""
    assert wizard.currentId() == PageId.WELCOME and not wizard.session.has_captures
    assert wizard.session.country is None and wizard.context.method is None
    click(qtbot, wizard, "wizard.next")
    page = wizard.currentPage()
    assert page.country_code is None and page.option is None and page.search.text() == ""
    page.select("DEU", "id_card")
    click(qtbot, wizard, "wizard.next")
    assert wizard.currentPage().method == "camera"  # the default again, not the last choice


def test_escape_and_cancel_never_close_a_kiosk_they_start_over(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    choose(qtbot, wizard, "FRA", "passport")
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentId() == PageId.WELCOME
    _fresh_choices(qtbot, wizard)


def test_the_next_person_starts_in_the_kiosk_s_language(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    click(qtbot, wizard, "language.de")
    assert wizard.context.language == "de"
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("FRA", "passport")
    click(qtbot, wizard, "wizard.cancel")  # nothing taken yet: no question
    assert wizard.currentId() == PageId.WELCOME and wizard.context.language == "en"
    assert wizard.findChild(QPushButton, "wizard.next").text() == "Start"
    _fresh_choices(qtbot, wizard)


def test_cancel_with_photos_asks_then_starts_over_with_every_choice_reset(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    first = wizard.session.id
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    answer_cancel(qtbot, wizard, "cancel.keep")
    assert wizard.currentId() == PageId.FACE and wizard.session.has_captures
    qtbot.waitUntil(lambda: wizard.findChild(QMessageBox, "cancel.dialog") is None)  # deleted
    answer_cancel(qtbot, wizard, "cancel.delete")
    assert wizard.isVisible() and wizard.session.id != first
    _fresh_choices(qtbot, wizard)


def test_after_finish_the_next_person_gets_a_fresh_welcome(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    shoot_and_keep(qtbot, wizard)
    click(qtbot, wizard, "wizard.next")
    submit_now(qtbot, wizard)
    click(qtbot, wizard, "wizard.finish")
    assert wizard.context.submission is None
    _fresh_choices(qtbot, wizard)


def test_an_idle_session_is_warned_then_wiped(qtbot, make_wizard, kiosk_settings):
    clock = FakeClock()
    wizard = make_wizard(settings=kiosk_settings(idle_seconds=90), kiosk=True, clock=clock)
    clock.advance(300)  # nobody there: the Welcome page just waits
    _tick(qtbot, wizard)
    assert wizard.findChild(QDialog, "kiosk.idle") is None
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    clock.advance(89)
    _tick(qtbot, wizard)
    assert wizard.findChild(QDialog, "kiosk.idle") is None
    clock.advance(6)  # 95 s: the question, 15 s before the end
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.idle") is not None)
    warning = wizard.findChild(QDialog, "kiosk.idle")
    qtbot.waitUntil(warning.isVisible)
    assert "Are you still there?" in warning.findChild(QLabel, "heading").text()
    assert "in 15 second" in warning.findChild(QLabel, "kiosk.idle_countdown").text()
    press(qtbot, warning, "kiosk.still_here")
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert wizard.currentId() == PageId.FACE and wizard.session.has_captures
    clock.advance(95)
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.idle") is not None)
    image = wizard.session.captures[next(iter(wizard.session.captures))].image
    clock.advance(20)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME)
    assert not wizard.session.has_captures and not image.any()  # the pixels are zeroed
    assert all(not d.isVisible() for d in wizard.findChildren(QDialog))
    _fresh_choices(qtbot, wizard)


def test_choices_left_on_the_welcome_page_go_quietly_when_idle(qtbot, make_wizard):
    clock = FakeClock()
    wizard = make_wizard(kiosk=True, clock=clock)
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("FRA", "passport")
    click(qtbot, wizard, "wizard.back")  # back on the Welcome page, then walks away
    click(qtbot, wizard, "language.de")
    clock.advance(91)
    qtbot.waitUntil(lambda: wizard.context.language == "en")
    assert wizard.findChild(QDialog, "kiosk.idle") is None  # no question on the Welcome page
    _fresh_choices(qtbot, wizard)


def _tick(qtbot, wizard) -> None:
    """Until the kiosk has looked at the clock once more."""
    with qtbot.waitSignal(wizard.guard.timer.timeout):
        pass


def _chord(qtbot, widget) -> None:
    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(widget, Qt.Key.Key_Q, modifiers)


def test_staff_leave_with_the_chord_and_the_pin_only(qtbot, make_wizard, kiosk_settings):
    wizard = make_wizard(settings=kiosk_settings(admin_pin_hash=hash_pin(PIN)), kiosk=True)
    wizard.activateWindow()
    choose(qtbot, wizard, "FRA", "passport")
    shoot_and_keep(qtbot, wizard)
    _chord(qtbot, wizard.currentPage())
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.admin") is not None)
    dialog = wizard.findChild(QDialog, "kiosk.admin")
    qtbot.waitUntil(dialog.isVisible)
    pin = dialog.findChild(QLineEdit, "kiosk.pin")
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(pin, "111111")
    press(qtbot, dialog, "kiosk.pin_ok")
    assert dialog.findChild(QLabel, "kiosk.pin_error").isVisible() and pin.text() == ""
    assert wizard.session.has_captures
    qtbot.keyClicks(pin, PIN)
    with qtbot.waitSignal(wizard.guard.exitRequested):
        press(qtbot, dialog, "kiosk.pin_ok")
    assert not wizard.session.has_captures  # wiped before the app quits


def test_five_wrong_pins_lock_the_staff_exit_for_a_minute(qtbot, make_wizard, kiosk_settings):
    clock = FakeClock()
    settings = kiosk_settings(admin_pin_hash=hash_pin(PIN))
    wizard = make_wizard(settings=settings, kiosk=True, clock=clock)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # the chord works while the kiosk has the focus
    _chord(qtbot, wizard.currentPage())
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.admin") is not None)
    dialog = wizard.findChild(QDialog, "kiosk.admin")
    qtbot.waitUntil(dialog.isVisible)
    for _ in range(5):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "kiosk.pin"), "000000")
        press(qtbot, dialog, "kiosk.pin_ok")
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.admin") is None)  # closed
    wizard.activateWindow()  # back to the kiosk, as after any dialog
    qtbot.waitUntil(wizard.isActiveWindow)
    _chord(qtbot, wizard.currentPage())
    _tick(qtbot, wizard)
    assert wizard.findChild(QDialog, "kiosk.admin") is None  # locked
    clock.advance(61)
    _chord(qtbot, wizard.currentPage())
    qtbot.waitUntil(lambda: wizard.findChild(QDialog, "kiosk.admin") is not None)


def test_without_a_pin_hash_the_chord_opens_nothing(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    _chord(qtbot, wizard.currentPage())
    _tick(qtbot, wizard)
    assert wizard.findChild(QDialog, "kiosk.admin") is None


def test_the_kiosk_window_is_frameless_full_screen_and_refuses_to_close(qtbot, make_wizard, caplog):
    caplog.set_level(logging.INFO)
    wizard = make_wizard(kiosk=True)
    window = KioskWindow(wizard)
    qtbot.addWidget(window)
    window.show_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.waitUntil(lambda: "kiosk window on screen" in caplog.text)  # exposed, logged
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not wizard.isWindow() and wizard.isVisible()
    assert window.geometry() == QApplication.primaryScreen().geometry()
    assert not window.close() and window.isVisible()  # Alt+F4, a window manager's close
    window.may_close = True
    assert window.close()
    wizard.setParent(None)  # the fixture stops its cameras after the test


def test_a_kiosk_offers_no_upload_unless_allowed(qtbot, make_wizard):
    wizard = make_wizard(kiosk=True)
    choose(qtbot, wizard, "FRA", "passport", method="camera")
    page = wizard.currentPage()
    assert not page.findChild(QPushButton, "capture.upload_instead").isVisible()
    click(qtbot, wizard, "wizard.back")
    assert not wizard.currentPage().upload.isVisible()


def test_a_kiosk_upload_lists_only_pictures_on_removable_media(
    qtbot, make_wizard, kiosk_settings, tmp_path
):
    from capture_wizard.testing import good_frame, jpeg

    stick = tmp_path / "USB STICK"
    (stick / "DCIM").mkdir(parents=True)
    (stick / "DCIM" / "passport.jpg").write_bytes(jpeg(good_frame(Step.FRONT)))
    (stick / "notes.txt").write_text("not a picture")
    drives = []
    wizard = make_wizard(
        settings=kiosk_settings(allow_upload=True), kiosk=True, removable_drives=lambda: drives
    )
    choose(qtbot, wizard, "FRA", "passport", method="upload")
    seen = {}

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        seen["empty"] = picker.findChild(QLabel, "kiosk.picker_empty").text()
        drives.append(stick)  # the person plugs the stick in and looks again
        press(qtbot, picker, "kiosk.picker_refresh")
        files = picker.findChild(QListWidget, "kiosk.picker_files")
        seen["files"] = [files.item(i).text() for i in range(files.count())]
        files.setCurrentRow(0)
        press(qtbot, picker, "kiosk.picker_choose")

    QTimer.singleShot(200, pick)
    click(qtbot, wizard, "capture.choose_file")
    assert "Plug in a USB stick" in seen["empty"]
    assert seen["files"] == ["USB STICK  ›  DCIM/passport.jpg"]
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=20_000)
