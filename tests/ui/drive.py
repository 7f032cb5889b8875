"""Driving the wizard like a QA script: by objectName, waiting on conditions."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton

from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import PageId


def click(qtbot, wizard, name: str) -> None:
    button = wizard.currentPage().findChild(QPushButton, name) or wizard.findChild(
        QPushButton, name
    )
    assert button is not None, name
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, wizard, country: str, document: str, method: str = "camera") -> None:
    assert wizard.currentId() == PageId.WELCOME
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select(country, document)
    click(qtbot, wizard, "wizard.next")
    assert wizard.currentId() == PageId.METHOD
    click(qtbot, wizard, f"method.{method}")  # a click on a choice moves on


def drop_file(page, path) -> None:
    """Drop the file at `path` on the page's drop zone, as a person drags it there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    page.dropzone.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def view(wizard) -> View:
    return View(wizard.currentPage().views.currentIndex())


def shoot_and_keep(qtbot, wizard) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: view(wizard) is View.LIVE and page.shutter.isEnabled())
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    click(qtbot, wizard, "capture.keep")


def to_submit(qtbot, wizard, country: str = "FRA") -> None:
    """A passport photographed with a good camera, up to the Submit page."""
    choose(qtbot, wizard, country, "passport")
    shoot_and_keep(qtbot, wizard)  # the passport page
    shoot_and_keep(qtbot, wizard)  # the face
    click(qtbot, wizard, "wizard.next")  # review
    assert wizard.currentId() == PageId.SUBMIT


def submit_now(qtbot, wizard) -> None:
    """Consent, Submit, and wait for the Done page."""
    consent = wizard.currentPage().findChild(QCheckBox, "submit.consent")
    consent.setChecked(True)
    click(qtbot, wizard, "submit.send")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)


def answer_cancel(qtbot, wizard, button: str) -> tuple[str, str, list[str]]:
    """Click Cancel, then in the question that opens the button named `button`, as a person
    does; returns what the question showed: (text, detail, button texts)."""
    click(qtbot, wizard, "wizard.cancel")
    box = wizard.findChild(QMessageBox, "cancel.dialog")
    assert box is not None and box.isVisible()
    seen = (box.text(), box.informativeText(), sorted(b.text() for b in box.buttons()))
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    return seen
