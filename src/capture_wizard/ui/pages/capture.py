"""A capture step: live view with guidance and auto-capture, or an upload; then a confirmation
(keep / retake). `CapturePage` serves the document's front and back; the face page
(pages/face.py) is the same page with the face checks and an oval guide.

The page moves between its views and decides what each shows; the views themselves are
widgets (ui/widgets/), the camera with its checks and stall watchdog is a `LiveFeed`
(ui/live_feed.py), and the checks run on the `AnalysisWorker` (ui/analysis.py)."""

from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QStackedWidget

from capture_wizard.camera import FrameSource, SourceProblem
from capture_wizard.core.autocapture import CONFIRM_SECONDS, AutoCapture
from capture_wizard.core.checks import StepCheck
from capture_wizard.core.guidance import CheckGroup, Guidance, Verdict, back_is_shown, guide
from capture_wizard.core.session import Capture, CaptureSource
from capture_wizard.core.steps import Step
from capture_wizard.ui import texts
from capture_wizard.ui.analysis import Analysis, AnalysisWorker, Job
from capture_wizard.ui.context import Method
from capture_wizard.ui.live_feed import LiveFeed
from capture_wizard.ui.pages.base import PAGE_MARGINS, Page
from capture_wizard.ui.theme import restyle
from capture_wizard.ui.widgets.confirm_view import ConfirmView
from capture_wizard.ui.widgets.live_view import LiveView
from capture_wizard.ui.widgets.problem_view import ProblemView
from capture_wizard.ui.widgets.removable_picker import RemovablePicker
from capture_wizard.ui.widgets.upload_view import UploadView
from capture_wizard.ui.widgets.viewfinder import Guide

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif)"


class View(IntEnum):
    LIVE = 0
    """The viewfinder; on the back, it first asks to turn the document over."""
    UPLOAD = 1
    CONFIRM = 2
    PROBLEM = 3


def _button(name: str, text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    return button


class CapturePage(Page):
    own_buttons = True
    """Back and Cancel share the page's one row of buttons (the wizard hides its own row)."""
    scrolls = scrolls_rarely = True
    """The live picture takes the room left; the row of buttons stays below the scroll area."""
    feedbackShown = Signal(float)
    """Seconds from a live frame's arrival to its feedback on screen (for the UI benchmark)."""
    check_groups = CheckGroup

    def __init__(self, side: Step, context, parent=None) -> None:
        super().__init__(side.value, context, parent)
        self.side = side
        self._check = StepCheck(side)
        """This step's checks for the chosen document (set on every activation, before
        `_prepare`); every frame handed to the worker carries it."""
        self.worker = AnalysisWorker(context.clock, parent=self)
        self.worker.analyzed.connect(self._analyzed)
        self.auto = AutoCapture()
        self.pending: Analysis | None = None
        """The taken picture awaiting keep/retake."""
        self.retake_requested = False
        self._analysed_once = False
        self._turning = False
        """On the back: the front is still shown; the live view asks to turn it over."""
        self.advance_seconds = CONFIRM_SECONDS
        """How long a good new photo is shown, with Retake, before the wizard moves on."""
        self._advance = QTimer(self)
        self._advance.setSingleShot(True)
        self._advance.timeout.connect(self.keep_picture)
        self._taken_from = CaptureSource.WEBCAM
        self.feed = LiveFeed(context.sources, self.worker, context.clock, parent=self)
        self.feed.frameArrived.connect(self._frame)
        self.feed.failed.connect(self._problem)

        self.views = QStackedWidget(self)
        self.views.setObjectName("capture.views")
        self.body.addWidget(self.views, 1)
        self._build_live()
        self._build_upload()
        self._build_confirm()
        self._build_problem()
        self._build_buttons()

    def keyPressEvent(self, event) -> None:
        """Space takes the photo wherever the focus is on the page, except on a button: a
        button takes its own Space (Back goes back, the shutter shoots) and the key never
        reaches the page. Not a shortcut: a shortcut would steal the key from the button."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- building --------------------------------------------------------------------------
    def _build_live(self) -> None:
        live = LiveView(self.check_groups)
        self.banner, self.viewfinder, self.checks = live.banner, live.viewfinder, live.checks
        self.views.addWidget(live)

    def _build_upload(self) -> None:
        upload = UploadView()
        self.dropzone, self.upload_error = upload.dropzone, upload.error
        self.dropzone.choose.clicked.connect(self._choose_file)
        self.dropzone.fileChosen.connect(self.load_file)
        self.views.addWidget(upload)

    def _build_confirm(self) -> None:
        confirm = ConfirmView()
        self.verdict, self.photo, self.details = confirm.verdict, confirm.photo, confirm.details
        self.views.addWidget(confirm)

    def _build_buttons(self) -> None:
        """One row: Back, the view's own actions, Cancel (named as the wizard's, which are
        hidden on capture pages)."""
        row = QHBoxLayout()
        side, _, bottom = PAGE_MARGINS  # the page's, below its scroll area
        row.setContentsMargins(side, 4, side, bottom)
        row.setSpacing(16)
        back = _button("wizard.back", self.tr("Back"))
        back.clicked.connect(lambda: self.wizard().back())
        self.live_upload = _button("capture.upload_instead", self.tr("Upload a file instead"))
        self.live_upload.clicked.connect(self._switch_to_upload)
        self.retake = _button("capture.retake", self.tr("Retake"))
        self.retake.clicked.connect(self.retake_picture)
        self.shutter = _button("capture.shutter", self.tr("Take photo  (Space)"), primary=True)
        self.shutter.clicked.connect(self.take_picture)
        self.keep = _button("capture.keep", self.tr("Keep this photo"), primary=True)
        self.keep.clicked.connect(self.keep_picture)
        cancel = _button("wizard.cancel", self.tr("Cancel"))
        cancel.clicked.connect(lambda: self.wizard().reject())
        for button in (back, self.live_upload, self.retake):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.shutter, self.keep, cancel):
            row.addWidget(button)
        self.layout().addLayout(row)
        self._view_buttons = {
            View.LIVE: (self.live_upload, self.shutter),
            View.CONFIRM: (self.retake, self.keep),
        }

    def _show_view(self, view: View) -> None:
        self.views.setCurrentIndex(view)
        shown = self._view_buttons.get(view, ())
        if not self.context.upload_allowed:
            shown = tuple(b for b in shown if b is not self.live_upload)
        for button in (self.live_upload, self.retake, self.shutter, self.keep):
            button.setVisible(button in shown)
        self._announce_view(view)

    def _announce_view(self, view: View) -> None:
        """Tell a screen reader what the view just shown says (once it is on screen; the live
        view's later instructions are told as they change, in `_show_live`)."""
        announcer = self.context.announcer
        if view is View.LIVE:
            announcer.reset()
            announcer.at_once(self.banner, self.banner.text())
        elif view is View.CONFIRM:
            announcer.at_once(self.verdict, self.verdict.text())
        elif view is View.PROBLEM:
            said = f"{self.problem.title.text()} {self.problem.advice.text()}"
            announcer.at_once(self.problem.title, said)
        elif self.upload_error.isVisibleTo(self):
            announcer.at_once(self.upload_error, self.upload_error.text())

    def _build_problem(self) -> None:
        self.problem = ProblemView("capture")
        self.problem.try_again.clicked.connect(self._start_live)
        self.use_demo = self.problem.add_button("use_demo", self.tr("Use the demo camera"))
        self.use_demo.clicked.connect(self._use_demo)
        self.problem_upload = self.problem.add_button(
            "problem_upload", self.tr("Upload a file instead")
        )
        self.problem_upload.clicked.connect(self._switch_to_upload)
        self.views.addWidget(self.problem)

    # --- what differs between the steps (the face and statement pages override these) --------
    def _guide(self, report) -> Guidance:
        return guide(report)

    def _outline(self, report):
        """The detected shape to draw over the picture (None: nothing)."""
        return report.corners

    def _prepare(self) -> None:
        """Headings and guide for this step, on every activation."""
        self._document_texts()
        if self._check.fmt is not None:
            self.viewfinder.set_guide(Guide.DOCUMENT, self._check.fmt.aspect)
        else:
            self.viewfinder.set_guide(Guide.NONE)

    def _upload_texts(self) -> tuple[str, str]:
        """(subheading, drop zone label) when uploading a file instead."""
        return (
            self.tr("Upload a sharp photo of the whole document, taken straight on."),
            texts.drop_here(self.side),
        )

    def _starts_turned_over(self) -> bool:
        """True when the step begins by asking the person to turn the document over."""
        return self.side is Step.BACK

    # --- page life ---------------------------------------------------------------------------
    def _document_texts(self) -> None:
        option = self.context.session.document
        self.set_texts(
            texts.step_heading(option.key if option else None, self.side),
            self.tr("Hold it inside the frame, flat and steady. The photo is taken for you."),
        )

    def activate(self) -> None:
        self._check = self.context.check_for(self.side)
        self.problem_upload.setVisible(self.context.upload_allowed)
        self._prepare()
        existing = self.context.session.captures.get(self.side)
        if existing is not None and not self.retake_requested:
            uploaded = existing.source is CaptureSource.FILE
            self._show_capture(existing.image, existing.report, kept=True, uploaded=uploaded)
        elif self.context.method == Method.UPLOAD:
            self._switch_to_upload()
        else:
            self._turning = self._starts_turned_over() and existing is None
            self._start_live()
        self.retake_requested = False

    def deactivate(self) -> None:
        self._advance.stop()
        self._stop_live()
        self.worker.stop()
        self.details.show_result(None, self.context.catalogue)  # personal data: not on screen

    def isComplete(self) -> bool:
        return self.side in self.context.session.captures

    # --- live --------------------------------------------------------------------------------
    @property
    def source(self) -> FrameSource | None:
        """The camera while the live view runs (None otherwise)."""
        return self.feed.source

    def _start_live(self) -> None:
        self._stop_live()
        self._prepare()
        choice = self.context.camera
        if choice is None:
            self._switch_to_upload()
            return
        self.auto.reset()
        self._analysed_once = False
        self.viewfinder.clear()
        self.viewfinder.set_placeholder(self.tr("Starting the camera…"))
        self.banner.show_message(Verdict.MISSING, self.tr("Starting the camera…"))
        self._show_view(View.LIVE)
        self.shutter.setEnabled(False)  # on with the first frame: nothing to take before it
        self.feed.start(choice, self.side, self._check.fmt, self._check)

    def _stop_live(self) -> None:
        self.feed.stop()

    def _frame(self, frame) -> None:
        if not self.shutter.isEnabled():
            self.shutter.setEnabled(True)
            self.shutter.setFocus()
        if not self._analysed_once:  # until the first verdict, the picture alone
            self.viewfinder.set_frame(frame)

    def _analyzed(self, result: Analysis) -> None:
        if result.job is Job.LIVE:
            if self.views.currentIndex() != View.LIVE or self.source is None:
                return
            if result.report is None:
                self._checks_failed()
            else:
                self._show_live(result)
        elif result.error is not None and result.job is Job.STILL:
            self._checks_failed()
        elif result.error is not None:
            self.upload_error.setText(
                self.tr("This file cannot be used: {error}. Choose another photo.").format(
                    error=result.error
                )
            )
            self.upload_error.show()
            self._show_view(View.UPLOAD)
        else:
            self.pending = result
            uploaded = result.job is Job.FILE
            self._show_capture(result.frame, result.report, kept=False, uploaded=uploaded)

    def _show_live(self, result: Analysis) -> None:
        """The analysed frame is drawn with its own outline, instruction and indicators (never
        a newer frame under an older verdict); the viewfinder runs at the analysis rate."""
        now = self.context.clock()
        self._analysed_once = True
        report = result.report
        guidance = self._guide(report)
        if self._turning and back_is_shown(report):
            self._turning = False
        if self._turning:
            self.auto.reset()
            message = self.tr("⟲  Now turn your document over")
        elif guidance.issue is not None:
            message = texts.instruction(guidance.issue)
        else:
            message = self.tr("Hold still…")
        fire = not self._turning and self.auto.update(report, now)
        self.banner.show_message(guidance.verdict, message)
        self.context.announcer.live(self.banner, message)
        self.checks.show_states(guidance.checks)
        self.viewfinder.show_analysed(
            result.frame, self._outline(report), guidance.verdict, self.auto.progress
        )
        self.feedbackShown.emit(now - result.submitted_at)
        if fire:
            self.take_picture()

    def _space(self) -> None:
        if self.views.currentIndex() == View.LIVE:
            self.take_picture()

    def take_picture(self) -> None:
        """Take the newest full-resolution frame and check it again before showing it."""
        frame = self.feed.latest
        if frame is None or self.source is None:
            return
        self._taken_from = self.source.kind
        self._stop_live()
        self.banner.show_message(Verdict.ADJUST, self.tr("Checking the photo…"))
        self.context.announcer.at_once(self.banner, self.banner.text())
        self.worker.submit_still(frame, self._check)

    def _problem(self, problem: SourceProblem) -> None:
        title, advice = texts.problem_text(problem)
        context = self.context
        offer_demo = context.demo and context.camera != context.sources.demo()
        self._show_problem(problem.value, title, advice, offer_demo)

    def _checks_failed(self) -> None:
        """The checks themselves broke (e.g. the face model cannot load): the log has why."""
        advice = self.tr(
            "Press Try again. If this keeps happening, ask a member of staff for help; "
            "the details are in the log file."
        )
        self._show_problem(
            "checks_failed", self.tr("The photo check is not working"), advice, offer_demo=False
        )

    def _show_problem(self, key: str, title: str, advice: str, offer_demo: bool) -> None:
        self._stop_live()
        self.problem.show_problem(key, title, advice)
        self.use_demo.setVisible(offer_demo)
        self._show_view(View.PROBLEM)

    def _use_demo(self) -> None:
        self.context.camera = self.context.sources.demo()
        self._start_live()

    # --- upload ------------------------------------------------------------------------------
    def _switch_to_upload(self) -> None:
        self._stop_live()
        subheading, label = self._upload_texts()
        self.subheading.setText(subheading)
        self.dropzone.label.setText(label)
        self.upload_error.hide()
        self._show_view(View.UPLOAD)

    def _choose_file(self) -> None:
        if self.context.kiosk:  # removable media only: no browsing the kiosk's files
            picker = RemovablePicker(self.context.removable_drives, self.window())
            path = picker.path if picker.exec() == QDialog.DialogCode.Accepted else None
            picker.deleteLater()
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a photo"), "", self.tr(IMAGE_FILTER)
            )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Check a photo file like a taken picture (also used by drag-and-drop and tests)."""
        self.upload_error.hide()
        self.worker.start()
        self.worker.submit_file(path, self._check)

    # --- confirm -----------------------------------------------------------------------------
    def _show_capture(self, image, report, kept: bool, uploaded: bool) -> None:
        guidance = self._guide(report)
        self.subheading.setText(
            self.tr("Check that the photo is sharp and that every detail can be read.")
        )
        moving_on = report.ok and not kept
        if moving_on:
            self.verdict.show_message(Verdict.GOOD, self.tr("✓ This photo looks good — moving on…"))
        elif report.ok:
            self.verdict.show_message(Verdict.GOOD, self.tr("✓ This photo looks good"))
        else:
            self.verdict.show_message(
                Verdict.ADJUST,
                self.tr("This photo may be rejected: {instruction}").format(
                    instruction=texts.instruction(guidance.issue, uploaded)
                ),
            )
        self.photo.set_frame(image)
        self.photo.set_overlay(self._outline(report), guidance.verdict)
        self.details.show_result(getattr(report, "mrz", None), self.context.catalogue)
        self.keep.setText(self.tr("Continue") if report.ok or kept else self.tr("Keep this photo"))
        self.keep.setProperty("primary", report.ok or kept)
        self.retake.setProperty("primary", not (report.ok or kept))
        restyle(self.keep, self.retake)
        self._show_view(View.CONFIRM)
        (self.keep if report.ok or kept else self.retake).setFocus()
        if moving_on:  # a good photo needs no click; Retake undoes it in time
            self._advance.start(int(self.advance_seconds * 1000))

    def keep_picture(self) -> None:
        self._advance.stop()
        if self.pending is not None:
            result, self.pending = self.pending, None
            source = CaptureSource.FILE if result.job is Job.FILE else self._taken_from
            self.context.session.store(Capture(self.side, result.frame, result.report, source))
            self.completeChanged.emit()
        if self.isComplete():
            self.done.emit()

    def retake_picture(self) -> None:
        self._advance.stop()
        if self.pending is not None and self.pending.frame is not None:
            self.pending.frame.fill(0)  # a rejected picture is not kept anywhere
        self.pending = None
        if self.context.method == Method.UPLOAD:
            self._switch_to_upload()
        else:
            self._start_live()
