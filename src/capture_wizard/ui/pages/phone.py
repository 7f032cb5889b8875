"""Continue on a phone: a QR code of a one-time link to the app's own web page, where the phone
takes the photos. The page follows along live ("phone connected", "front received ✓"), puts
accepted photos into the session like webcam captures, and moves on to the review when the
phone is done. The server runs only while this page is shown."""

import logging
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from capture_wizard.core.face.match import front_match, recorded_only
from capture_wizard.core.guidance import Verdict
from capture_wizard.core.steps import Step
from capture_wizard.handoff.addresses import Candidate, reachable_from_network
from capture_wizard.handoff.mail import MailError, valid_address
from capture_wizard.handoff.session import (
    Accepted,
    Checking,
    Finished,
    HandoffSession,
    PhoneConnected,
    Rejected,
    StepState,
)
from capture_wizard.handoff.steps import phone_steps
from capture_wizard.ui import texts
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.tasks import Task, Tasks
from capture_wizard.ui.theme import DANGER, GOOD, INK, MUTED, restyle
from capture_wizard.ui.widgets.banner import Banner
from capture_wizard.ui.widgets.problem_view import ProblemView
from capture_wizard.ui.widgets.qr_code import QrCode

if TYPE_CHECKING:
    from capture_wizard.handoff.server import HandoffServer

log = logging.getLogger(__name__)

DONE_PAUSE_MS = 1500
"""How long "All photos received" stays before the review opens."""


class View(IntEnum):
    LINK = 0
    PROBLEM = 1


class PhonePage(Page):
    scrolls = True

    def __init__(self, context, parent=None) -> None:
        super().__init__("phone", context, parent)
        self.retake_side: Step | None = None
        """Set by the review: hand off just this photo again."""
        self.server: HandoffServer | None = None
        self._sides: tuple[Step, ...] = ()
        self.tasks = Tasks(self)
        self._mailing: Task | None = None
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self.views = QStackedWidget(self)
        self.body.addWidget(self.views, 1)
        self._build_link()
        self._build_problem()

    # --- building --------------------------------------------------------------------------
    def _build_link(self) -> None:
        view = QWidget()
        row = QHBoxLayout(view)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(40)

        self.qr = QrCode(view)
        self.qr.setAccessibleName(self.tr("QR code: scan it with your phone's camera"))
        row.addWidget(self.qr, 5)

        right = QVBoxLayout()
        right.setSpacing(12)
        self.status = Banner(view)
        self.status.setObjectName("phone.status")
        right.addWidget(self.status)
        self.no_network = QLabel(view)
        self.no_network.setObjectName("phone.no_network")
        self.no_network.setProperty("role", "warning")
        self.no_network.setWordWrap(True)
        self.no_network.setText(
            self.tr(
                "This computer is not on a network, so a phone cannot reach it. Connect it to "
                "Wi-Fi, or go Back and use the camera or upload photos."
            )
        )
        right.addWidget(self.no_network)
        self.steps_box = QFrame(view)
        self.steps_box.setProperty("role", "card")
        self.steps_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(22, 12, 22, 12)
        self.steps_layout.setSpacing(6)
        self.step_labels: dict[Step, QLabel] = {}
        right.addWidget(self.steps_box)

        typed = QLabel(self.tr("Or type this address in the phone's browser:"), view)
        self.link = QLabel(view)
        self.link.setObjectName("phone.link")
        self.link.setWordWrap(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The link carries the photos' key (about 95 characters): small enough to show whole,
        # and never squeezed below the height its lines need.
        self.link.setProperty("role", "link")  # monospace, bold, 16 design px (theme.py)
        self.link.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        right.addWidget(typed)
        right.addWidget(self.link)

        self.mail_box = QWidget(view)
        mail = QVBoxLayout(self.mail_box)
        mail.setContentsMargins(0, 0, 0, 0)
        mail.setSpacing(8)
        mail_label = QLabel(self.tr("Or send the link to your e-mail:"), self.mail_box)
        mail_row = QHBoxLayout()
        self.mail_address = QLineEdit(self.mail_box)
        self.mail_address.setObjectName("phone.mail_address")
        self.mail_address.setPlaceholderText(self.tr("name@example.com"))
        self.mail_address.setAccessibleName(self.tr("Your e-mail address"))
        self.mail_send = QPushButton(self.tr("Send link"), self.mail_box)
        self.mail_send.setObjectName("phone.mail_send")
        self.mail_send.clicked.connect(self.send_mail)
        self.mail_address.returnPressed.connect(self.send_mail)
        mail_row.addWidget(self.mail_address, 1)
        mail_row.addWidget(self.mail_send)
        self.mail_result = QLabel(self.mail_box)
        self.mail_result.setObjectName("phone.mail_result")
        self.mail_result.setWordWrap(True)
        mail.addWidget(mail_label)
        mail.addLayout(mail_row)
        mail.addWidget(self.mail_result)
        right.addWidget(self.mail_box)

        network = QHBoxLayout()
        self.network_label = QLabel(self.tr("Network:"), view)
        self.network = QComboBox(view)
        self.network.setObjectName("phone.network")
        self.network.setAccessibleName(self.network_label.text())
        self.network.activated.connect(lambda _: self._start(self._sides))
        network.addWidget(self.network_label)
        network.addWidget(self.network, 1)
        right.addLayout(network)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.expiry = QLabel(view)
        self.expiry.setObjectName("phone.expiry")
        self.expiry.setProperty("role", "muted")
        self.expiry.setWordWrap(True)
        self.new_link = QPushButton(self.tr("New link"), view)
        self.new_link.setObjectName("phone.new_link")
        self.new_link.clicked.connect(lambda: self._start(self._sides))
        bottom.addWidget(self.expiry, 1)
        bottom.addWidget(self.new_link)
        right.addLayout(bottom)
        right.addStretch(1)
        row.addLayout(right, 6)
        self.views.addWidget(view)

    def _build_problem(self) -> None:
        self.problem = ProblemView("phone")
        self.problem.try_again.clicked.connect(lambda: self._start(self._sides))
        self.views.addWidget(self.problem)

    # --- page life ---------------------------------------------------------------------------
    def activate(self) -> None:
        self.set_texts(
            self.tr("Continue on your phone"),
            self.tr(
                "Scan the code with your phone's camera. Your phone must be on the same Wi-Fi as "
                "this computer."
            ),
        )
        session = self.context.session
        sides = (self.retake_side,) if self.retake_side else session.required_sides
        self.retake_side = None
        self.mail_box.setVisible(bool(self.context.settings.smtp.host))
        self.mail_address.clear()
        self.mail_result.clear()
        self._start(sides)

    def deactivate(self) -> None:
        self._stop()
        if self._mailing is not None:  # a slow mail server: its answer is no longer shown
            self._mailing.cancel()
            self._mailing = None
            self.mail_send.setEnabled(True)

    def isComplete(self) -> bool:
        return bool(self._sides) and all(s in self.context.session.captures for s in self._sides)

    # --- the hand-off --------------------------------------------------------------------------
    def _start(self, sides: tuple[Step, ...]) -> None:
        """A new link (new token) for `sides` on the chosen address."""
        self._stop()
        self._sides = sides
        context = self.context
        settings, session = context.settings, context.session
        address = self._choose_address()
        translate = QCoreApplication.translate  # thread-safe: the server's threads use it too
        steps = phone_steps(
            sides, session.document, settings.statement.word, context.today(), translate
        )
        on_event = self.tasks.on_gui(self._on_event)
        handoff = HandoffSession(
            steps,
            settings.handoff.lifetime_minutes * 60,
            listener=lambda event: on_event(handoff, event),
            translate=translate,
            language=context.language,
        )
        checks = {side: context.check_for(side) for side in sides}
        match_required = settings.face.match_required

        def checker(side, frame):
            """On the server's threads. The face is compared with the front kept by the time
            it arrives (the phone may have sent the front a moment ago)."""
            check = checks[side]
            if side is Step.FACE:
                check = replace(check, match=front_match(session))
            report = check(frame, thorough=True, still=True)
            if side is Step.FACE and not match_required:  # the phone refuses any issue
                report = recorded_only(report)
            return report

        self.server = context.handoff_server(
            handoff, checker, address.address, settings.handoff.port
        )
        try:
            self.server.start()
        except OSError as exc:
            self.server = None
            self._show_problem(
                self.tr("The phone link could not be started"),
                self.tr(
                    "This computer could not open a connection for the phone on {address} "
                    "({reason}). Press Try again, or go Back and use the camera or upload photos."
                ).format(address=address.address, reason=exc.strerror or exc),
            )
            return
        self.no_network.setVisible(not reachable_from_network(address))
        self.qr.set_text(self.server.url)
        # The link carries the photos' key after "#": on a line of its own, so that the whole
        # link fits (a label breaks lines only at spaces, and a link has none).
        self.link.setText(self.server.url.replace("#", "\n#", 1))
        self.status.show_message(Verdict.ADJUST, self.tr("Waiting for your phone…"))
        self._build_steps(steps)
        self.new_link.setProperty("primary", False)
        restyle(self.new_link)
        self._tick()
        self._clock.start()
        self.views.setCurrentIndex(View.LINK)
        self.completeChanged.emit()

    def _choose_address(self) -> Candidate:
        """The configured address, else the picked one, else the best ranked."""
        pinned = self.context.settings.handoff.address
        picked = self.network.currentData()
        if pinned:
            candidates = [Candidate(pinned, self.tr("configured"))]
        else:
            candidates = self.context.networks() or [Candidate("127.0.0.1", "loopback")]
        self.network.blockSignals(True)
        self.network.clear()
        for candidate in candidates:
            self.network.addItem(candidate.label, candidate.address)
        index = max(0, self.network.findData(picked)) if picked else 0
        self.network.setCurrentIndex(index)
        self.network.blockSignals(False)
        several = len(candidates) > 1
        self.network.setVisible(several)
        self.network_label.setVisible(several)
        return candidates[index]

    def _stop(self) -> None:
        self._clock.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def _build_steps(self, steps) -> None:
        for label in self.step_labels.values():
            label.setParent(None)  # gone from the page at once (QA scripts find the new ones)
            label.deleteLater()
        self.step_labels = {}
        for step in steps:
            label = QLabel(self.steps_box)
            label.setObjectName(f"phone.step.{step.side.value}")
            label.setProperty("role", "phone-step")  # its font: theme.py
            label.setWordWrap(True)
            self.steps_layout.addWidget(label)
            self.step_labels[step.side] = label
            self._show_step(step.side, step.state)

    def _show_step(self, side: Step, state: StepState, issues=()) -> None:
        name = texts.side_label(side)
        if state is StepState.ACCEPTED:
            text, colour = self.tr("✓  {side} received").format(side=name), GOOD
        elif state is StepState.CHECKING:
            text, colour = self.tr("…  {side}: checking the photo").format(side=name), INK
        elif state is StepState.REJECTED:
            reason = (
                texts.instruction(issues[0]) if issues else self.tr("the photo could not be used")
            )
            text = self.tr("✗  {side} not accepted: {reason}. Retake it on the phone.").format(
                side=name, reason=reason
            )
            colour = DANGER
        else:
            text, colour = self.tr("○  {side}").format(side=name), MUTED
        label = self.step_labels[side]
        label.setText(text)
        label.setProperty("state", state.value)
        label.setStyleSheet(f"color: {colour};")

    # --- events from the phone -----------------------------------------------------------------
    def _on_event(self, handoff: HandoffSession, event) -> None:
        current = self.server is not None and self.server.session is handoff
        if isinstance(event, Accepted):
            if not current:  # a late answer of a link that was replaced: not kept
                event.capture.image.fill(0)
                return
            self.context.session.store(event.capture)
            self._show_step(event.capture.side, StepState.ACCEPTED)
            self.completeChanged.emit()
        elif not current:
            return
        elif isinstance(event, PhoneConnected):
            self.status.show_message(
                Verdict.GOOD, self.tr("Phone connected — follow the steps on your phone")
            )
        elif isinstance(event, Checking):
            self._show_step(event.side, StepState.CHECKING)
        elif isinstance(event, Rejected):
            self._show_step(event.side, StepState.REJECTED, event.issues)
        elif isinstance(event, Finished):
            self.status.show_message(Verdict.GOOD, self.tr("✓ All photos received"))
            self._stop()
            self.expiry.clear()
            QTimer.singleShot(DONE_PAUSE_MS, self._finished)

    def _finished(self) -> None:
        if self.wizard().currentPage() is self and self.isComplete():
            self.done.emit()

    def _tick(self) -> None:
        if self.server is None:
            return
        handoff = self.server.session
        if handoff.expired:
            self._stop()
            self.status.show_message(
                Verdict.MISSING, self.tr("The link has expired — press New link")
            )
            self.expiry.setText(self.tr("For your security, a link works for a limited time."))
            self.new_link.setProperty("primary", True)
            restyle(self.new_link)
            return
        self.expiry.setText(
            self.tr("The link works for %n more minute(s), on one phone.", "", handoff.minutes_left)
        )

    def _show_problem(self, title: str, advice: str) -> None:
        self.problem.show_problem("server", title, advice)
        self.views.setCurrentIndex(View.PROBLEM)

    # --- e-mail ----------------------------------------------------------------------------------
    def send_mail(self) -> None:
        """Send the link on a thread (a slow mail server must not freeze the page)."""
        address = self.mail_address.text().strip()
        if self.server is None:
            return
        if not valid_address(address):
            self._mailed(self.tr("This does not look like an e-mail address."), False)
            return
        self.mail_send.setEnabled(False)
        self.mail_result.setText(self.tr("Sending…"))
        send_mail, smtp = self.context.send_mail, self.context.settings.smtp
        url, minutes = self.server.url, self.server.session.minutes_left
        self._mailing = self.tasks.run(
            lambda _progress: send_mail(smtp, address, url, minutes, QCoreApplication.translate),
            lambda _: self._mailed(self.tr("Sent. Open the e-mail on your phone."), True),
            self._mail_failed,
            name="mail-link",
        )

    def _mail_failed(self, exc: Exception) -> None:
        if isinstance(exc, MailError):
            self._mailed(str(exc), False)
            return
        log.error("sending the link failed", exc_info=exc)
        self._mailed(self.tr("The e-mail could not be sent (details are in the log file)."), False)

    def _mailed(self, message: str, ok: bool) -> None:
        self._mailing = None
        self.mail_send.setEnabled(True)
        self.mail_result.setText(message)
        self.mail_result.setProperty("sent", ok)
        self.mail_result.setStyleSheet(f"color: {GOOD if ok else DANGER};")
