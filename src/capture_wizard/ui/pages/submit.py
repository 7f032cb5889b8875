"""Submit: a summary, consent, then the package is made and sent on a worker thread.

Nothing here decides anything: `core.package.submit` does the work and says what happened.
While it runs the person cannot leave the page (the images are being read).
"""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton

from capture_wizard.core.package.archive import PackageError
from capture_wizard.core.package.outbox import OutboxError
from capture_wizard.core.package.store import PackageRefused, Protection, Stage, protection
from capture_wizard.core.package.submit import Delivery, Submission
from capture_wizard.ui import texts
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.tasks import Tasks
from capture_wizard.ui.widgets.info_card import info_card
from capture_wizard.ui.widgets.wrapping_check_box import WrappingCheckBox

log = logging.getLogger(__name__)

_STAGES = {  # (progress %, words)
    Stage.PACKAGING: (15, QT_TRANSLATE_NOOP("SubmitPage", "Preparing your photos…")),
    Stage.ENCRYPTING: (45, QT_TRANSLATE_NOOP("SubmitPage", "Encrypting…")),
    Stage.SAVING: (65, QT_TRANSLATE_NOOP("SubmitPage", "Saving securely…")),
    Stage.SENDING: (80, QT_TRANSLATE_NOOP("SubmitPage", "Sending…")),
}


class SubmitPage(Page):
    scrolls = True

    submitted = Signal(object)
    """The package is safe (Submission): the captures may be wiped."""
    leavingAllowed = Signal(bool)
    """False while the package is being made: Back and Cancel must not interrupt it."""

    def __init__(self, context, parent=None) -> None:
        super().__init__("submit", context, parent)
        self.set_texts(
            self.tr("Send your verification"),
            self.tr("Check the summary, confirm, and send."),
        )
        self.summary_slot = QHBoxLayout()
        self.body.addLayout(self.summary_slot)
        self._summary = None

        self.no_key = self._notice(
            "submit.no_key",
            "error",
            self.tr(
                "This computer cannot send your verification. Please ask a member of staff for "
                "help; your photos stay here until you cancel."
            ),
        )
        self.unencrypted = self._notice(
            "submit.unencrypted",
            "warning",
            self.tr(
                "Development mode: the package will be saved WITHOUT encryption "
                "(package.allow_unencrypted). Never use this with real documents."
            ),
        )

        consent = WrappingCheckBox(
            "submit.consent",
            self.tr(
                "I confirm that this is my own identity document and I agree that these "
                "photos are sent to verify my identity."
            ),
        )
        self.consent = consent.box
        self.consent.toggled.connect(self._update)
        self.body.addWidget(consent)

        row = QHBoxLayout()
        self.send = QPushButton(self.tr("Submit verification"))
        self.send.setObjectName("submit.send")
        self.send.setProperty("primary", True)
        self.send.clicked.connect(self.start)
        row.addWidget(self.send)
        self.progress = QProgressBar()
        self.progress.setObjectName("submit.progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        row.addWidget(self.progress, 1)
        self.status = QLabel()
        self.status.setObjectName("submit.status")
        row.addWidget(self.status)
        self.body.addLayout(row)

        self.error = QLabel()
        self.error.setObjectName("submit.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

        self.busy = False
        self.submission: Submission | None = None
        self.tasks = Tasks(self)

    # --- showing the page ------------------------------------------------------------------
    def activate(self) -> None:
        self.submission = None
        self.consent.setChecked(False)
        self.error.hide()
        self.progress.hide()
        self.status.clear()
        self._show_summary()
        state, _ = protection(self.context.settings.package)
        self.no_key.setVisible(state == Protection.REFUSED)
        self.unencrypted.setVisible(state == Protection.UNENCRYPTED)
        self._update()

    def _notice(self, name: str, role: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setProperty("role", role)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def _show_summary(self) -> None:
        session = self.context.session
        if self._summary is not None:
            self.summary_slot.removeWidget(self._summary)
            self._summary.hide()
            self._summary.deleteLater()
        country = self.context.catalogue.country(session.country).name if session.country else "—"
        document = texts.catalogue_text(session.document.label) if session.document else "—"
        photos = []
        for side in session.required_sides:
            capture = session.captures.get(side)
            state = (
                self.tr("✓ from {source}").format(source=texts.source_label(capture.source))
                if capture
                else self.tr("missing")
            )
            photos.append(f"{texts.side_label(side)}: {state}")
        self._summary = info_card(
            self.tr("What will be sent"),
            [
                self.tr("Country: {name}").format(name=country),
                self.tr("Document: {name}").format(name=document),
                self.tr("Photos: {list}").format(list=", ".join(photos)),
            ],
        )
        self._summary.setObjectName("submit.summary")
        self.summary_slot.addWidget(self._summary)

    def _update(self) -> None:
        allowed = protection(self.context.settings.package)[0] != Protection.REFUSED
        ready = self.context.session.complete and self.submission is None
        self.consent.setEnabled(allowed and ready and not self.busy)
        self.send.setEnabled(allowed and ready and self.consent.isChecked() and not self.busy)
        self.completeChanged.emit()
        # Enter presses the main button, as on every page: here Submit, not the wizard's hidden
        # Continue, which the wizard made the default again on completeChanged
        self.send.setDefault(self.send.isEnabled())

    def isComplete(self) -> bool:
        return self.submission is not None

    def can_leave(self) -> bool:
        return not self.busy

    # --- submitting --------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy or not self.send.isEnabled():
            return
        self.busy = True
        self.error.hide()
        self.progress.show()
        self._show_stage(Stage.PACKAGING)
        self._update()
        self.leavingAllowed.emit(False)
        context = self.context
        session, package = context.session, context.settings.package
        courier = context.courier.courier if context.courier else None
        demo_run, handler, submit = context.demo, context.submit_handler, context.submit

        def work(progress) -> Submission:
            return submit(
                session, package, courier, progress=progress, demo_run=demo_run, handler=handler
            )

        self.tasks.run(work, self._finished, self._failed, self._show_stage, name="submit")

    def _show_stage(self, stage: Stage) -> None:
        percent, words = _STAGES[stage]
        self.progress.setValue(percent)
        self.status.setText(self.tr(words))

    def _finished(self, submission: Submission) -> None:
        self.busy = False
        self.submission = submission
        self.progress.setValue(100)
        self.leavingAllowed.emit(True)
        courier = self.context.courier
        if courier is not None and submission.delivery != Delivery.SENT:
            courier.wake()  # retries begin now, with backoff
        self.submitted.emit(submission)

    def _failed(self, exc: Exception) -> None:
        message = self._failure_text(exc)
        self.busy = False
        self.progress.hide()
        self.status.clear()
        self.error.setText(
            message + " " + self.tr("Your photos are still here: press Submit to try again.")
        )
        self.error.show()
        self.leavingAllowed.emit(True)
        self._update()

    def _failure_text(self, exc: Exception) -> str:
        if isinstance(exc, PackageRefused):  # staff are told at start; the log says why
            log.error("package refused: %s", exc)
            return self.tr(
                "This computer cannot send your verification. Please ask a member of staff."
            )
        if isinstance(exc, OutboxError):
            return self.tr("Your photos could not be saved: {why}.").format(why=exc)
        if isinstance(exc, PackageError):
            return self.tr("Your photos could not be packaged: {why}.").format(why=exc)
        log.error("submitting failed", exc_info=exc)
        return self.tr("Something went wrong while saving (details are in the log file).")
