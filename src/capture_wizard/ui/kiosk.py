"""A kiosk: one frameless full-screen window that customers cannot close, an idle timeout
that wipes a walked-away person's photos, and a staff exit (a key chord, then a PIN).

The guard works on the wizard it is given (`resting()`, `start_over()`, `currentPage()`),
so it needs no import of the wizard; its clock is the context's (FakeClock in tests)."""

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from capture_wizard.core.kiosk import Idle, IdleWatch, PinError, verify_pin
from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.widgets.idle_warning import IdleWarning
from capture_wizard.ui.widgets.pin_dialog import PinDialog

log = logging.getLogger(__name__)

ADMIN_CHORD = "Ctrl+Alt+Shift+Q"
"""Staff press this, then the PIN, to close the kiosk."""
POLL_MS = 250
MAX_TRIES = 5
"""Wrong PINs in a row before the staff exit is locked for LOCKOUT_SECONDS."""
LOCKOUT_SECONDS = 60.0
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class KioskGuard(QObject):
    exitRequested = Signal()
    """Staff gave the right PIN: the session is wiped; the application may quit."""

    def __init__(self, wizard: QWidget, context: WizardContext) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._context = context
        kiosk = context.settings.kiosk
        self.idle = IdleWatch(kiosk.idle_seconds, kiosk.warning_seconds, context.clock())
        self.warning: IdleWarning | None = None
        self._failures = 0
        self._locked_until = 0.0
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(POLL_MS)
        chord = QShortcut(QKeySequence(ADMIN_CHORD), wizard)
        chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
        chord.activated.connect(self.ask_pin)
        if not kiosk.admin_pin_hash:
            log.warning(
                "kiosk.admin_pin_hash is not set: there is no staff exit (make one with "
                "`capture-wizard kiosk-pin`); stop the service to close the kiosk"
            )

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT:
            self.idle.touch(self._context.clock())
        return False

    # --- idle --------------------------------------------------------------------------------
    def _tick(self) -> None:
        now = self._context.clock()
        page = self._wizard.currentPage()
        if page is not None and not page.can_leave():
            self.idle.touch(now)  # a package being written: it ends on the Done page
        state, left = self.idle.state(now)
        if self._wizard.resting():  # the Welcome page, no photos: nothing to warn about,
            if state is not Idle.ACTIVE:  # but a language or a choice left behind goes
                self._wizard.start_over()
                self.idle.touch(now)
            return
        if state is Idle.ACTIVE:
            self._close_warning()
        elif state is Idle.WARNING:
            if self.warning is None:
                self.warning = IdleWarning(self._wizard)
                self.warning.finished.connect(self._still_here)
                self.warning.show_left(left)  # laid out with its text, then shown
                self.warning.open()
            self.warning.show_left(left)
        else:
            log.info("kiosk: idle for %.0f s; the session is wiped", self.idle.idle_seconds)
            self._close_dialogs()
            self._wizard.start_over()
            self.idle.touch(now)

    def _still_here(self) -> None:
        self.idle.touch(self._context.clock())
        self._close_warning()

    def _close_warning(self) -> None:
        if self.warning is not None:
            warning, self.warning = self.warning, None
            warning.finished.disconnect(self._still_here)
            warning.close()
            warning.deleteLater()

    def _close_dialogs(self) -> None:
        """Every question or photo open over the wizard goes with the session."""
        self._close_warning()
        for dialog in self._wizard.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    # --- staff exit ----------------------------------------------------------------------------
    def ask_pin(self) -> None:
        stored = self._context.settings.kiosk.admin_pin_hash
        if not stored or self._wizard.findChild(PinDialog) is not None:
            return
        if self._context.clock() < self._locked_until:
            log.warning("kiosk: staff exit locked after %d wrong PINs", MAX_TRIES)
            return
        dialog = PinDialog(lambda pin: self._check(pin, stored), self._wizard)
        dialog.accepted.connect(self._exit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _check(self, pin: str, stored: str) -> bool:
        try:
            right = verify_pin(pin, stored)
        except PinError:
            right = False
        if right:
            return True
        self._failures += 1
        log.warning("kiosk: wrong staff PIN (%d in a row)", self._failures)  # never the PIN
        if self._failures >= MAX_TRIES:
            self._failures = 0
            self._locked_until = self._context.clock() + LOCKOUT_SECONDS
            QTimer.singleShot(0, self._close_dialogs)
        return False

    def _exit(self) -> None:
        log.info("kiosk: closed by staff")
        self._close_dialogs()
        self._wizard.start_over()  # the photos are wiped before anything else
        self.timer.stop()
        self.exitRequested.emit()


class KioskWindow(QWidget):
    """The kiosk's only window: frameless, full screen, holding the wizard; a window
    manager's close (Alt+F4) is refused until staff closed the kiosk."""

    def __init__(self, wizard: QWidget) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kiosk.window")
        self.setWindowTitle(wizard.windowTitle())
        self.may_close = False
        wizard.setParent(self)
        wizard.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wizard)
        wizard.show()

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.windowHandle().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Says once in the log when the compositor really shows the window (service checks
        and the cage test wait for this line)."""
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            log.info(
                "kiosk window on screen %s, %dx%d",
                watched.screen().name(),
                self.width(),
                self.height(),
            )
        return False

    def closeEvent(self, event) -> None:
        if self.may_close:
            super().closeEvent(event)
        else:
            event.ignore()
