"""Every control a person can reach with Tab, and every picture, has a name a screen reader
reads out: walked page by page through the whole flow (camera, upload and phone)."""

from drive import choose, click, shoot_and_keep, submit_now, view
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from capture_wizard.core.settings import HandoffSettings
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.widgets.qr_code import QrCode
from capture_wizard.ui.widgets.viewfinder import Viewfinder
from capture_wizard.ui.wizard import PageId

PICTURES = (Viewfinder, QrCode)


def is_picture(widget: QWidget) -> bool:
    if isinstance(widget, PICTURES):
        return True
    return isinstance(widget, QLabel) and not widget.pixmap().isNull()


def is_focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader reads: the accessible name, or a button's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return QAbstractButton.text(widget)  # the text Qt itself shows, not a Python override
    return ""


def unnamed(wizard) -> list[str]:
    """Visible focusable controls and pictures without a name, as 'Class objectName'."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in wizard.findChildren(QWidget)
        if widget.isVisible()
        and (is_focusable(widget) or is_picture(widget))
        and not spoken_name(widget).strip()
    ]


def test_every_control_and_picture_of_the_camera_flow_has_a_name(qtbot, make_wizard):
    wizard = make_wizard()
    seen = {}

    def look() -> None:
        seen[PageId(wizard.currentId()).name + "/" + str(len(seen))] = unnamed(wizard)

    look()  # welcome
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "id_card")
    look()  # document, with a country and a document type chosen
    click(qtbot, wizard, "wizard.next")
    look()  # method
    click(qtbot, wizard, "method.camera")
    page = wizard.currentPage()
    page.auto.hold_seconds = 60  # the shutter by hand, to see both views
    qtbot.waitUntil(lambda: view(wizard) is View.LIVE and page.shutter.isEnabled())
    look()  # live picture
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    look()  # the photo to keep or retake
    click(qtbot, wizard, "capture.keep")
    while wizard.currentId() in (PageId.BACK, PageId.FACE):
        shoot_and_keep(qtbot, wizard)
    if wizard.currentId() == PageId.STATEMENT:
        look()
        click(qtbot, wizard, "wizard.next")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.REVIEW, timeout=20_000)
    look()  # review: thumbnails, Retake buttons
    click(qtbot, wizard, "wizard.next")
    look()  # submit
    submit_now(qtbot, wizard)
    look()  # done
    missing = {page: names for page, names in seen.items() if names}
    assert not missing, "\n".join(f"{page}: {names}" for page, names in missing.items())


def test_upload_and_phone_pages_have_names(qtbot, make_wizard, wizard_settings, tmp_path):
    wizard = make_wizard()
    choose(qtbot, wizard, "DEU", "id_card", method="upload")
    assert view(wizard) is View.UPLOAD
    assert unnamed(wizard) == []
    phone_settings = wizard_settings.__class__(
        **{**vars(wizard_settings), "handoff": HandoffSettings(address="127.0.0.1")}
    )
    phone = make_wizard(settings=phone_settings)
    choose(qtbot, phone, "DEU", "id_card", method="phone")
    assert phone.currentId() == PageId.PHONE
    assert unnamed(phone) == []


def test_the_review_names_each_retake_button_by_its_photo(qtbot, make_wizard):
    wizard = make_wizard()
    choose(qtbot, wizard, "DEU", "id_card")
    while wizard.currentId() != PageId.REVIEW:
        shoot_and_keep(qtbot, wizard)
    names = sorted(
        b.accessibleName()
        for b in wizard.currentPage().findChildren(QAbstractButton)
        if b.objectName().startswith("review.retake")
    )
    assert names == ["Retake back", "Retake face", "Retake front"]
    # What Qt's accessibility layer (AT-SPI on Linux) hands a screen reader.
    front = wizard.currentPage().findChild(QAbstractButton, "review.retake.front")
    face = QAccessible.queryAccessibleInterface(front)
    assert face.text(QAccessible.Text.Name) == "Retake front"
