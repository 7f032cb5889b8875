"""The capture wizard: page order, navigation (including jumps for retakes), and the end of a
session — finishing or cancelling always wipes the captures. It is handed a `WizardContext`
and passes it to every page; the pages tell it what happened through signals.

Start-up: this module loads only the Welcome page. The other pages, and the libraries they
use (OpenCV, numpy, Qt Multimedia, the phone hand-off), are loaded when they are built: in
`__init__`, or, with `later=True` (the app), after the window is shown (docs/performance.md).
"""

from __future__ import annotations

import importlib
import logging
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWizard

from capture_wizard.core.session import CaptureSession, CaptureSource
from capture_wizard.core.steps import Step
from capture_wizard.core.window import MINIMUM
from capture_wizard.ui.context import Method, WizardContext
from capture_wizard.ui.kiosk import KioskGuard
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.pages.welcome import WelcomePage
from capture_wizard.ui.tasks import Tasks
from capture_wizard.ui.theme import restyle

if TYPE_CHECKING:
    from capture_wizard.core.package.submit import Submission
    from capture_wizard.ui.pages.capture import CapturePage
    from capture_wizard.ui.pages.phone import PhonePage

log = logging.getLogger(__name__)

WARM_UP = (
    "numpy",
    "cv2",
    "capture_wizard.core.checks",
    "capture_wizard.core.imageio",
    "capture_wizard.core.package.submit",
    "capture_wizard.handoff.mail",
    "capture_wizard.handoff.qr",
    "capture_wizard.handoff.session",
)
"""What the other pages use that has no Qt in it (so a thread may load it): loaded off the GUI
thread while the Welcome page is on screen."""


class PageId(IntEnum):
    WELCOME = 0
    DOCUMENT = 1
    METHOD = 2
    FRONT = 3
    BACK = 4
    FACE = 5
    STATEMENT = 6
    REVIEW = 7
    SUBMIT = 8
    DONE = 9
    PHONE = 10
    """Instead of FRONT ... STATEMENT when the person continues on a phone."""


BUTTON_ROW = [
    QWizard.WizardButton.Stretch,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
]
"""The wizard's own row of buttons; capture pages hide it and show Back and Cancel in theirs."""

SIDE_PAGE = {
    Step.FRONT: PageId.FRONT,
    Step.BACK: PageId.BACK,
    Step.FACE: PageId.FACE,
    Step.STATEMENT: PageId.STATEMENT,
}


class CaptureWizard(QWizard):
    def __init__(
        self, context: WizardContext, kiosk: bool = False, parent=None, later: bool = False
    ) -> None:
        """`later`: build only the Welcome page now; `build_the_rest()` builds the others
        (pressing Start does too, if it comes first)."""
        super().__init__(parent)
        self.setObjectName("wizard")
        self.context = context
        self.kiosk = kiosk or context.kiosk
        context.kiosk = self.kiosk
        self._first_language = context.language
        """The language a kiosk's next person starts in."""
        self._jumping = False
        self._returning_to_review = False
        self._current: Page | None = None

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)  # done: nothing to cancel
        self.setMinimumSize(*MINIMUM)  # pages scroll on small screens; buttons stay in view
        self._name_buttons()
        for which, name in (
            (QWizard.WizardButton.NextButton, "wizard.next"),
            (QWizard.WizardButton.BackButton, "wizard.back"),
            (QWizard.WizardButton.CancelButton, "wizard.cancel"),
            (QWizard.WizardButton.FinishButton, "wizard.finish"),
        ):
            self.button(which).setObjectName(name)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            # Filled by this property, not by being the default: a focused Back or Cancel
            # becomes the dialog's default button, and must not look like the main action.
            self.button(which).setProperty("primary", True)
            restyle(self.button(which))  # polished already under the application's style

        if context.settings.statement.enabled:
            context.session.person_steps = (Step.FACE, Step.STATEMENT)
        self._add_pages(everything=not later)
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(self._page_changed)
        self.guard = KioskGuard(self, context) if self.kiosk else None
        """The kiosk's idle timeout and staff exit (None outside a kiosk)."""

    def _name_buttons(self) -> None:
        self.setWindowTitle(self.tr("Identity verification"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Continue"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))

    def _add_pages(self, everything: bool = True) -> None:
        welcome = WelcomePage(self.context)
        self.setPage(PageId.WELCOME, welcome)
        welcome.done.connect(self._page_done)
        welcome.languageChosen.connect(self.change_language)
        self._all_pages = False
        if everything:
            self._add_other_pages()

    def build_the_rest(self) -> None:
        """Load what the other pages need on a thread while the Welcome page is on screen, then
        build them on the GUI thread (the app calls this once its window is shown)."""

        def warm_up(_report) -> None:
            for name in WARM_UP:
                importlib.import_module(name)

        def failed(exc: Exception) -> None:  # Start builds them, and meets the error again
            log.error("loading the pages' libraries failed: %r", exc)

        Tasks(self).run(warm_up, lambda _: self._add_other_pages(), failed, name="warm-up")

    def validateCurrentPage(self) -> bool:
        self._add_other_pages()  # Start pressed before they were built: build them now
        return super().validateCurrentPage()

    def _add_other_pages(self) -> None:
        if self._all_pages:
            return
        self._all_pages = True
        from capture_wizard.ui.pages.capture import CapturePage
        from capture_wizard.ui.pages.document import DocumentPage
        from capture_wizard.ui.pages.done import DonePage
        from capture_wizard.ui.pages.face import FacePage
        from capture_wizard.ui.pages.method import MethodPage
        from capture_wizard.ui.pages.phone import PhonePage
        from capture_wizard.ui.pages.review import ReviewPage
        from capture_wizard.ui.pages.statement import StatementPage
        from capture_wizard.ui.pages.submit import SubmitPage

        context = self.context
        review, submit = ReviewPage(context), SubmitPage(context)
        for page_id, page in (
            (PageId.DOCUMENT, DocumentPage(context)),
            (PageId.METHOD, MethodPage(context)),
            (PageId.FRONT, CapturePage(Step.FRONT, context)),
            (PageId.BACK, CapturePage(Step.BACK, context)),
            (PageId.FACE, FacePage(context)),
            (PageId.STATEMENT, StatementPage(context)),
            (PageId.PHONE, PhonePage(context)),
            (PageId.REVIEW, review),
            (PageId.SUBMIT, submit),
            (PageId.DONE, DonePage(context)),
        ):
            self.setPage(page_id, page)
            page.done.connect(self._page_done)
        review.retakeRequested.connect(self.retake)
        submit.leavingAllowed.connect(self.set_leaving_allowed)
        submit.submitted.connect(self.submitted)

    def change_language(self, code: str) -> None:
        """The person chose a language on the Welcome page: every page is built again in it
        (nothing has been chosen or captured yet, so nothing is lost) and the wizard starts
        again on the Welcome page."""
        if code == self.context.language:
            return
        self.context.set_language(code)
        self._jumping = True  # no page is activated while the old ones go
        try:
            self._current = None
            for page_id in self.pageIds():
                page = self.page(page_id)
                self.removePage(page_id)
                page.deleteLater()
            self._add_pages()
            self._name_buttons()
        finally:
            self._jumping = False
        self.restart()
        self._page_changed(self.currentId())

    @property
    def session(self) -> CaptureSession:
        return self.context.session

    @property
    def submission(self) -> Submission | None:
        """The last package submitted; kept through accepted/finished for an embedding host."""
        return self.context.submission

    # --- navigation ---------------------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == PageId.METHOD:
            return PageId.PHONE if self.context.method == Method.PHONE else PageId.FRONT
        if current == PageId.PHONE:
            return PageId.REVIEW
        if current == PageId.FRONT:
            two_sided = self.session.document is not None and self.session.document.two_sided
            return PageId.BACK if two_sided else PageId.FACE
        if current == PageId.FACE:
            return PageId.STATEMENT if self.context.settings.statement.enabled else PageId.REVIEW
        if current in (PageId.DONE, -1):
            return -1
        return current + 1

    def steps(self) -> list[PageId]:
        """The pages a person goes through for the current choices, Welcome and Done aside
        (counted for "Step 3 of 7"; an ID card has a back, a phone replaces the captures)."""
        if self.context.method == Method.PHONE:
            captures = [PageId.PHONE]
        else:
            document = self.session.document
            captures = [PageId.FRONT]
            captures += [PageId.BACK] if document is not None and document.two_sided else []
            captures += [PageId.FACE]
            captures += [PageId.STATEMENT] if self.context.settings.statement.enabled else []
        return [PageId.DOCUMENT, PageId.METHOD, *captures, PageId.REVIEW, PageId.SUBMIT]

    def _page_changed(self, page_id: int) -> None:
        if self._jumping:
            return
        if self._current is not None:
            self._current.deactivate()
        self._current = self.page(page_id) if page_id >= 0 else None
        if self._current is not None:
            steps = self.steps()
            number = steps.index(page_id) + 1 if page_id in steps else 0
            self._current.show_step(number, len(steps))
            row = [] if self._current.own_buttons else BUTTON_ROW
            if page_id == PageId.SUBMIT:  # "Submit verification" moves on; no greyed Continue
                row = [b for b in row if b is not QWizard.WizardButton.NextButton]
            self.setButtonLayout(row)
        next_button = self.button(QWizard.WizardButton.NextButton)
        next_button.setText(self.tr("Start") if page_id == PageId.WELCOME else self.tr("Continue"))
        if self._current is not None:
            self._current.activate()

    def _jump(self, target: PageId, forward: bool) -> None:
        """Move to `target` through the history without waking the pages in between."""
        self._jumping = True
        try:
            while self.currentId() != target:
                before = self.currentId()
                self.next() if forward else self.back()
                if self.currentId() == before:  # blocked: stay where we are
                    break
        finally:
            self._jumping = False
        self._page_changed(self.currentId())

    def retake(self, side: Step) -> None:
        """From the review: take this side again (on the phone if it came from there), then
        come straight back."""
        capture = self.session.captures.get(side)
        self._returning_to_review = True
        if capture is not None and capture.source is CaptureSource.PHONE:
            phone: PhonePage = self.page(PageId.PHONE)
            phone.retake_side = side
            self._jump(PageId.PHONE, forward=False)
            return
        page: CapturePage = self.page(SIDE_PAGE[side])
        page.retake_requested = True
        self._jump(SIDE_PAGE[side], forward=False)

    def _page_done(self) -> None:
        """A step's photo is kept (or the phone sent them all): on, or back to the review."""
        if self._returning_to_review:
            self._returning_to_review = False
            self._jump(PageId.REVIEW, forward=True)
        else:
            self.next()

    def set_leaving_allowed(self, allowed: bool) -> None:
        """Back and Cancel are off while a page works on the captures (packaging)."""
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(allowed)

    def submitted(self, submission: Submission) -> None:
        """The package is safe in the outbox: the images in memory are no longer needed."""
        self.context.submission = submission
        self.session.wipe_captures()
        self.next()

    # --- the end of a session ------------------------------------------------------------------
    def ask_discard(self) -> None:
        """Ask before throwing captures away; the answer "delete" calls `discard()`. The
        question is in the dialog itself (a kiosk may show no title bar) and each button says
        what it does. Scripts that close without asking call `discard()` directly."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel"), "", parent=self)
        box.setObjectName("cancel.dialog")
        box.setText(self.tr("Cancel and delete your photos?"))
        box.setInformativeText(
            self.tr("Your photos will be deleted now. To verify later, you start again.")
        )
        delete = box.addButton(
            self.tr("Cancel and delete photos"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("cancel.delete")
        delete.clicked.connect(self.discard)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("cancel.keep")
        keep.setProperty("primary", True)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(box.deleteLater)
        box.open()

    def reject(self) -> None:
        """Cancel, Escape and closing the window all come here (QDialog routes them)."""
        if self._current is not None and not self._current.can_leave():
            return
        if self.session.has_captures:
            self.ask_discard()
            return
        self.discard()

    def discard(self) -> None:
        """Wipe the captures and close the wizard (Cancel, answered "delete"); a kiosk
        starts over instead: customers never close it."""
        if self.kiosk:
            self.start_over()
            return
        self._end_session()
        super().reject()

    def accept(self) -> None:
        if self.kiosk:
            self.start_over()  # ready for the next person
            return
        self._end_session()
        super().accept()  # `accepted` and `finished` fire with `submission` still set

    def start_over(self) -> None:
        """A fresh Welcome page for the next person: the photos wiped, a new session, and
        every choice (language, country, document, method, camera) forgotten, on every page."""
        self._end_session()
        self.context.method = self.context.camera = self.context.submission = None
        for page_id in self.pageIds():
            self.page(page_id).reset()
        self.restart()
        self.change_language(self._first_language)  # rebuilds the pages if it was changed

    def resting(self) -> bool:
        """Nothing a person did is on screen or in memory (the Welcome page, no photos)."""
        return self.currentId() in (PageId.WELCOME, -1) and not self.session.has_captures

    def _end_session(self) -> None:
        if self._current is not None:
            self._current.deactivate()
        self.session.wipe()
        self.session.renew()
