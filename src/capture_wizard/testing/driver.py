"""`WizardDriver`: drives the wizard as a person does, for QA scripts (pytest-qt).

Every step clicks or types into a visible, enabled widget found by its objectName, and waits
on what the screen shows (a page, a view, a verdict) — never on a fixed time, never through a
private attribute. Dialogs the wizard opens (Cancel's question, the file chooser) are answered
by clicking or typing in them. The names are listed in docs/testing.md.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from capture_wizard.testing import ScriptedPhone
from capture_wizard.ui.pages.capture import View
from capture_wizard.ui.wizard import CaptureWizard, PageId

WAIT_MS = 20_000
"""How long a step may take before the driver gives up (the checks run on a busy CI machine)."""


@dataclass(frozen=True)
class LiveVerdict:
    """What the capture screen says about the live picture."""

    verdict: str
    """The banner's colour: "good", "adjust" or "missing"."""
    instruction: str
    """The sentence on the banner."""
    checks: dict[str, str]
    """Each indicator's state ("pass", "fail", "unknown") by name (`document`, `focus` ...)."""


class WizardDriver:
    def __init__(self, qtbot, wizard: CaptureWizard) -> None:
        self.qtbot = qtbot
        self.wizard = wizard

    # --- what is on the screen ---------------------------------------------------------------
    @property
    def step(self) -> PageId:
        """The page on the screen."""
        return PageId(self.wizard.currentId())

    def find(self, cls, name: str):
        """The widget `name` on the current page, else anywhere in the wizard (or None)."""
        page = self.wizard.currentPage()
        found = page.findChild(cls, name) if page is not None else None
        return found or self.wizard.findChild(cls, name)

    def text(self, name: str) -> str:
        """The text of the label `name` on the current page."""
        label = self.find(QLabel, name)
        assert label is not None, f"no label {name!r} on this page"
        return label.text()

    def view(self) -> View:
        """Which view a capture page shows (live, upload, confirm, problem, turn over)."""
        views = self.find(QStackedWidget, "capture.views")
        assert views is not None, f"{self.step.name} is not a capture page"
        return View(views.currentIndex())

    # --- acting ------------------------------------------------------------------------------
    def click(self, name: str) -> None:
        """Click the button `name` once it is visible and enabled."""
        self.qtbot.waitUntil(lambda: self._clickable(name), timeout=WAIT_MS)
        self.qtbot.mouseClick(self.find(QPushButton, name), Qt.MouseButton.LeftButton)

    def _clickable(self, name: str) -> bool:
        button = self.find(QPushButton, name)
        return button is not None and button.isVisible() and button.isEnabled()

    def wait_for_step(self, step: PageId, timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: self.wizard.currentId() == step, timeout=timeout)

    def next(self) -> None:
        """Press Continue (Start on the welcome page)."""
        self.click("wizard.next")

    def start(self) -> None:
        """From the welcome page to the choice of country and document."""
        assert self.step is PageId.WELCOME, self.step
        self.next()
        self.wait_for_step(PageId.DOCUMENT)

    def choose_document(self, country: str, document: str) -> None:
        """Type the country (ISO alpha-3 code or name) into the search, click it in the list,
        click the document type (`passport`, `id_card`, `driving_licence`), and Continue if
        the click alone does not move on."""
        if self.step is PageId.WELCOME:
            self.start()
        search = self.find(QLineEdit, "country.search")
        search.clear()
        self.qtbot.keyClicks(search, country)
        code = self._country_code(country)
        shown = [c.code for c in self.wizard.context.catalogue.search(country)]  # the list's order
        self._click_row(self.find(QListWidget, "country.list"), shown.index(code))
        options = self.wizard.context.catalogue.options(code)
        keys = [option.key for option in options]
        assert document in keys, f"{country} offers {keys}"
        self._click_row(self.find(QListWidget, "document.list"), keys.index(document))
        if self.step is PageId.DOCUMENT:  # the click alone may move on
            self.next()
        self.qtbot.waitUntil(lambda: self.step is not PageId.DOCUMENT, timeout=WAIT_MS)

    def _country_code(self, country: str) -> str:
        found = self.wizard.context.catalogue.search(country)
        exact = [c for c in found if country.casefold() in (c.code.casefold(), c.name.casefold())]
        assert exact or len(found) == 1, f"{country!r} matches {[c.name for c in found[:5]]}"
        return (exact or found)[0].code

    def _click_row(self, view: QListWidget, row: int) -> None:
        item = view.item(row)
        view.scrollToItem(item)
        rect = view.visualItemRect(item)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def choose_method(self, method: str = "camera") -> None:
        """Click `camera`, `demo`, `upload` or `phone` (and Continue, if the click alone does
        not move on)."""
        assert self.step is PageId.METHOD, self.step
        self.click(f"method.{method}")
        if self.step is PageId.METHOD:
            self.next()
        self.qtbot.waitUntil(lambda: self.step is not PageId.METHOD, timeout=WAIT_MS)

    # --- the capture steps -------------------------------------------------------------------
    def wait_for_camera(self) -> None:
        """Until the first picture is in: the shutter is off before it."""
        self.qtbot.waitUntil(lambda: self._clickable("capture.shutter"), timeout=WAIT_MS)

    def wait_for_verdict(self, verdict: str | None = None, timeout: int = WAIT_MS) -> LiveVerdict:
        """What the screen says about the live picture once the checks have judged one (and,
        with `verdict`, once they say that: "good", "adjust", "missing")."""
        page = self.wizard.currentPage()
        with self.qtbot.waitSignal(page.feedbackShown, timeout=timeout):
            pass
        if verdict is not None:
            self.qtbot.waitUntil(lambda: self.live().verdict == verdict, timeout=timeout)
        return self.live()

    def live(self) -> LiveVerdict:
        banner = self.find(QLabel, "capture.instruction")
        prefix = "capture.check."
        checks = {
            w.objectName().removeprefix(prefix): str(w.property("state"))
            for w in self.wizard.currentPage().findChildren(QWidget)
            if w.objectName().startswith(prefix) and w.isVisible()
        }
        return LiveVerdict(str(banner.property("verdict")), banner.text(), checks)

    def take(self) -> str:
        """Press "Take photo now" once there is a picture; returns what the confirmation says
        ("✓ This photo looks good" or why it may be rejected)."""
        self.wait_for_camera()
        self.click("capture.shutter")
        self.qtbot.waitUntil(lambda: self.view() is View.CONFIRM, timeout=WAIT_MS)
        return self.text("capture.verdict")

    def keep(self) -> None:
        """Keep the photo on the confirmation (unless the wizard already moved on with it)."""
        before = self.step
        self.qtbot.waitUntil(
            lambda: self.step is not before or self._clickable("capture.keep"), timeout=WAIT_MS
        )
        if self.step is before:
            self.click("capture.keep")
        self.qtbot.waitUntil(lambda: self.step is not before, timeout=WAIT_MS)

    def retake(self) -> None:
        self.click("capture.retake")
        self.qtbot.waitUntil(lambda: self.view() is not View.CONFIRM, timeout=WAIT_MS)

    def take_and_keep(self) -> str:
        said = self.take()
        self.keep()
        return said

    def turn_over(self) -> None:
        """On the back's step: wait until the live view has seen the back (it asks to turn the
        card over while the camera still shows the front; nothing to click)."""
        self.wait_for_verdict()
        self.qtbot.waitUntil(
            lambda: "turn your document over" not in self.live().instruction, timeout=WAIT_MS
        )

    def upload(self, path: str | Path) -> str:
        """Upload a photo file as a person does: "Choose a file…", type its path into the file
        chooser and press Enter. Returns what the confirmation says."""
        if self.view() is not View.UPLOAD:
            self.click("capture.upload_instead")
        with self.answer_file_dialog(Path(path)):
            self.click("capture.choose_file")
        self.qtbot.waitUntil(lambda: self.view() is View.CONFIRM, timeout=WAIT_MS)
        return self.text("capture.verdict")

    # --- the phone ---------------------------------------------------------------------------
    def hand_off_to_phone(self) -> ScriptedPhone:
        """Choose "Continue on your phone" and return a phone that opens the link (its
        `upload(side, jpeg_bytes)` sends photos as the phone's page does). Needs the hand-off on
        loopback: `HandoffSettings(address="127.0.0.1")` (the plugin's settings have it)."""
        self.choose_method("phone")
        assert self.step is PageId.PHONE, self.step
        page = self.wizard.currentPage()
        self.qtbot.waitUntil(lambda: page.server is not None, timeout=WAIT_MS)
        phone = ScriptedPhone(page.server)
        phone.open_page()
        return phone

    # --- the end -----------------------------------------------------------------------------
    def to_review(self) -> None:
        """Continue from the last capture step to the review."""
        if self.step is not PageId.REVIEW:
            self.next()
        self.wait_for_step(PageId.REVIEW)

    def submit(self) -> str:
        """From the review: Continue, tick the consent box, "Submit verification", and wait for
        the Done page. Returns the reference number shown."""
        if self.step is PageId.REVIEW:
            self.next()
        self.wait_for_step(PageId.SUBMIT)
        consent = self.find(QCheckBox, "submit.consent")
        if not consent.isChecked():
            self.qtbot.mouseClick(consent, Qt.MouseButton.LeftButton, pos=consent.rect().center())
        self.click("submit.send")
        self.wait_for_step(PageId.DONE, timeout=60_000)
        return self.text("done.reference")

    def cancel(self, delete: bool = True) -> list[str]:
        """Press Cancel; when the wizard asks whether to delete the photos, answer as a person
        would ("Cancel and delete photos" or "Keep going"). Returns the question's text ([] when
        there was nothing to ask)."""
        seen: list[str] = []
        with self.answer_dialog("cancel.delete" if delete else "cancel.keep", seen):
            self.click("wizard.cancel")
        return seen

    # --- dialogs -----------------------------------------------------------------------------
    @contextmanager
    def answer_dialog(self, button: str, seen: list[str] | None = None):
        """Answer the modal dialog that the block opens (it blocks the click that opens it):
        note its text in `seen` and click its button named `button`."""

        def answer(box: QDialog) -> None:
            if seen is not None:
                seen.extend(label.text() for label in box.findChildren(QLabel) if label.text())
            self.qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

        def has_button(dialog) -> bool:
            return isinstance(dialog, QDialog) and dialog.findChild(QPushButton, button) is not None

        with self._on_modal(has_button, answer):
            yield

    @contextmanager
    def answer_file_dialog(self, path: Path):
        """Type `path` into the file chooser that the block opens and press Enter."""

        def answer(dialog: QFileDialog) -> None:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.selectAll()  # typing replaces what is there
            self.qtbot.keyClicks(name, str(path.resolve()))
            self.qtbot.keyClick(name, Qt.Key.Key_Return)

        with self._on_modal(lambda dialog: isinstance(dialog, QFileDialog), answer):
            yield

    @contextmanager
    def _on_modal(self, wanted, act):
        """Call `act(dialog)` once a modal dialog that is `wanted(dialog)` is on the screen: one
        that blocks the block (exec) or one the block leaves open (open). A dialog still open
        after that (a file chooser not yet ready for Enter) is answered again, as a person
        would."""
        timer = QTimer(singleShot=True, interval=50)
        answered = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if wanted(dialog) and dialog.isVisible():
                answered.append(dialog)
                act(dialog)
            if not answered or (shiboken6.isValid(answered[-1]) and answered[-1].isVisible()):
                timer.start()

        timer.timeout.connect(look)
        timer.start()
        try:
            yield
            if not answered and wanted(QApplication.activeModalWidget()):
                self.qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        finally:
            timer.stop()
