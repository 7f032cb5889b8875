"""The GUI entry point: build the application, the theme, the services, and run the wizard."""

import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from capture_wizard.camera.spec import CameraSpec
    from capture_wizard.core.package.courier import BackgroundCourier
    from capture_wizard.core.settings import Settings

log = logging.getLogger(__name__)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def start_courier(settings: "Settings") -> "BackgroundCourier | None":
    """Send what waits in the outbox now and every upload.interval seconds, when an upload
    endpoint is configured. A wrong upload setting is logged; the packages stay queued."""
    from capture_wizard.core.package.outbox import Outbox

    outbox = Outbox(settings.package.outbox_dir())  # opening it removes killed writers' parts
    if not settings.upload.endpoint:
        return None
    from capture_wizard.core.package.courier import BackgroundCourier, Courier
    from capture_wizard.core.package.delivery import SettingsProblem
    from capture_wizard.core.settings import SettingsError

    try:
        courier = Courier.from_settings(outbox, settings.upload)
    except (SettingsProblem, SettingsError) as exc:
        log.error("uploads are off: %s", exc)
        return None

    def report(result) -> None:
        log.info(
            "outbox round: %d sent, %d waiting, %d refused%s",
            len(result.sent),
            len(result.waiting),
            len(result.refused),
            f"; {result.problem}" if result.problem else "",
        )

    background = BackgroundCourier(courier, settings.upload.interval, report)
    background.start()
    return background


def quit_on_signals(app, session) -> Callable[[], bool]:
    """SIGTERM (a kiosk's service manager stopping it) and SIGINT (Ctrl+C) end the run as a
    confirmed Cancel would: the captures are wiped and the app exits with status 0. Python runs
    signal handlers only between bytecodes, so a timer hands it control while Qt waits."""
    from PySide6.QtCore import QTimer

    requested: list[int] = []

    def stop(signum, _frame) -> None:
        log.info("stopping on signal %d", signum)
        session.wipe()
        requested.append(signum)
        app.exit(0)  # not quit(): that asks every window first, and a kiosk's refuses
        # exit() before the event loop runs is lost: this ends the loop once it starts.
        QTimer.singleShot(0, lambda: app.exit(0))

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(200)
    return lambda: bool(requested)


def warn_if_cannot_submit(settings: "Settings") -> None:
    """Staff starting the app learn at once that packages cannot be written (the Welcome page
    says it too and does not let anyone start)."""
    from capture_wizard.core.package.store import Protection, protection

    state, why = protection(settings.package)
    if state == Protection.REFUSED:
        log.error("verifications cannot be submitted: %s", why)
        print(
            f"capture-wizard: verifications cannot be submitted: {why}. Set package.recipients "
            "(see docs/configuration.md).",
            file=sys.stderr,
        )


def run_gui(
    camera: "CameraSpec | None",
    settings: "Settings",
    kiosk: bool = False,
    demo: bool = False,
    language: str | None = None,
) -> int:
    """`demo`: a demo run (also implied by `--camera demo`): the demo camera is offered and
    packages of its sample photos may be written. `language`: `--lang`, before ui.language and
    the system's."""
    if _no_display():
        print(
            "capture-wizard: no display found. Start it from a desktop session, or try it "
            "without a screen with `xvfb-run capture-wizard` (screenshots: "
            "scripts/screenshots.py).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from capture_wizard.camera import SourceProvider
    from capture_wizard.core.catalogue import Catalogue
    from capture_wizard.core.languages import settle
    from capture_wizard.core.session import CaptureSession
    from capture_wizard.ui.context import WizardContext
    from capture_wizard.ui.i18n import system_language
    from capture_wizard.ui.kiosk import KioskWindow
    from capture_wizard.ui.screen import pick_screen, show_sized
    from capture_wizard.ui.theme import apply_theme
    from capture_wizard.ui.wizard import CaptureWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("capture-wizard")
    apply_theme(app, settings.branding.accent, settings.ui.text_size)
    warn_if_cannot_submit(settings)
    courier = start_courier(settings)
    session = CaptureSession()
    stop_requested = quit_on_signals(app, session)
    context = WizardContext(
        session,
        Catalogue.load(),
        SourceProvider(camera),
        settings,
        demo=demo or (camera is not None and camera.kind == "demo"),
        courier=courier,
    )
    context.set_language(settle(language, settings.ui.language, system_language()))
    wizard = CaptureWizard(context, kiosk=kiosk or settings.kiosk.enabled, later=True)
    if wizard.kiosk:
        window = KioskWindow(wizard)

        def staff_exit() -> None:
            window.may_close = True
            app.exit(0)

        wizard.guard.exitRequested.connect(staff_exit)
        window.show_on(pick_screen(settings.kiosk.screen))
    else:
        show_sized(wizard)
    app.processEvents()  # the window manager's (or the platform's) answer to show()
    log.info(
        "wizard shown (%s camera) at %dx%d",
        camera.kind if camera else "system",
        wizard.window().width(),
        wizard.window().height(),
    )
    wizard.build_the_rest()  # the other pages, while the person reads the Welcome page
    code = 0 if stop_requested() else app.exec()  # a stop while starting up ends the run
    wizard.deleteLater()  # tear the widgets down before the interpreter does
    app.processEvents()
    if courier is not None:
        courier.stop(timeout=5)  # a request under way finishes; the outbox keeps the rest
    return code
