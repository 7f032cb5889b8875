"""The wizard inside another application: a widget to place in the host's own window, and a
one-call modal helper.

    widget = CaptureWidget(settings=settings, camera=provider, submit_handler=send_to_backend)
    widget.completed.connect(on_done)       # (reference, delivery, captured steps)
    widget.cancelled.connect(on_cancel)
    widget.failed.connect(on_error)         # (a sentence for the host's log or staff)
    layout.addWidget(widget)

    result = capture_identity(parent=window, settings=settings)   # None when cancelled

The wizard's theme (fonts, colours, large controls) applies to the widget only, never to the
host application. The host may pass settings (else the usual files are read), the frame source
(a `SourceProvider`, a `--camera`-style string such as "demo" or "folder:/photos", or None for
the computer's cameras) and a submit handler, `handler(name, package_bytes)`, that receives the
encrypted package instead of the outbox (it runs on a worker thread; raising an exception tells
the person it failed, keeps the photos for another try and emits `failed`).
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from capture_wizard.camera import SourceProvider
from capture_wizard.camera.spec import parse_camera_spec
from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.package.store import Protection, protection
from capture_wizard.core.package.submit import SubmitHandler
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import Settings, load_settings
from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.theme import apply_theme
from capture_wizard.ui.wizard import CaptureWizard


@dataclass(frozen=True)
class CaptureResult:
    reference: str
    delivery: str
    """"handed" (to the submit handler), "sent", "queued", "kept" or "refused"."""
    steps: tuple[str, ...]
    """What was captured: "front", "back", "face", "statement"."""


class CaptureWidget(QWidget):
    completed = Signal(str, str, list)
    """(reference number, delivery state, captured steps) once the person presses Finish."""
    cancelled = Signal()
    """The person cancelled (their photos are wiped)."""
    failed = Signal(str)
    """The wizard cannot do its job: no way to package (no key, no handler), or the submit
    handler raised. The person sees their own message; this one is for the host."""

    def __init__(
        self,
        settings: Settings | None = None,
        camera: SourceProvider | str | None = None,
        submit_handler: SubmitHandler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capture_widget")
        settings = settings or load_settings(None)
        if not isinstance(camera, SourceProvider):
            camera = SourceProvider(parse_camera_spec(camera) if camera else None)
        self.result: CaptureResult | None = None
        context = WizardContext(
            CaptureSession(),
            Catalogue.load(),
            camera,
            settings,
            submit_handler=self._handing(submit_handler) if submit_handler else None,
        )
        self.wizard = CaptureWizard(context)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)  # a child, not a window of its own
        self.wizard.setMinimumSize(0, 0)
        self.wizard.accepted.connect(self._accepted)
        self.wizard.rejected.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wizard)
        apply_theme(self, settings.branding.accent, settings.ui.text_size)  # not the host's
        state, why = protection(settings.package)
        self.problem = why if state == Protection.REFUSED else None
        """Why no package can be made (say so to staff), or None; `failed` says it too, once
        the host's event loop runs (after it connected)."""
        if self.problem is not None:
            QTimer.singleShot(0, lambda: self.failed.emit(self.problem))

    def _handing(self, handler: SubmitHandler) -> SubmitHandler:
        def hand(name: str, data: bytes) -> None:
            try:
                handler(name, data)
            except Exception as exc:
                self.failed.emit(f"the submit handler failed: {exc}")  # queued to the GUI
                raise

        return hand

    def _accepted(self) -> None:
        submission = self.wizard.submission
        if submission is None:  # Finish without a package cannot happen; say so if it does
            self.failed.emit("the wizard finished without a package")
            return
        self.result = CaptureResult(
            submission.reference, submission.delivery.value, submission.steps
        )
        self.completed.emit(self.result.reference, self.result.delivery, list(self.result.steps))

    def closeEvent(self, event) -> None:
        """Closing the host's window ends the session: the photos are wiped."""
        page = self.wizard.currentPage()
        if page is not None:
            page.deactivate()
        self.wizard.session.wipe()
        super().closeEvent(event)


def capture_identity(
    parent: QWidget | None = None,
    settings: Settings | None = None,
    camera: SourceProvider | str | None = None,
    submit_handler: SubmitHandler | None = None,
) -> CaptureResult | None:
    """Run the wizard in a modal window over `parent` and return what was submitted, or None
    when the person cancelled or the wizard could not work."""
    dialog = QDialog(parent)
    dialog.setObjectName("capture_dialog")
    dialog.setWindowTitle(dialog.tr("Identity verification"))
    dialog.resize(1280, 860)
    widget = CaptureWidget(settings, camera, submit_handler, dialog)
    QVBoxLayout(dialog).addWidget(widget)
    dialog.layout().setContentsMargins(0, 0, 0, 0)
    widget.completed.connect(dialog.accept)
    widget.cancelled.connect(dialog.reject)
    dialog.exec()
    result = widget.result
    widget.close()
    dialog.deleteLater()
    return result
