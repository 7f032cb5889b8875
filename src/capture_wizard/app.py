"""The GUI entry point: build the application, the theme, the services, and run the wizard."""

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from capture_wizard.camera.spec import CameraSpec

log = logging.getLogger(__name__)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run_gui(camera: "CameraSpec | None", kiosk: bool = False) -> int:
    if _no_display():
        print(
            "capture-wizard: no display found. Start it from a desktop session, or try it "
            "without a screen with `xvfb-run capture-wizard` (screenshots: "
            "scripts/screenshots.py).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from capture_wizard.camera import SourceProvider
    from capture_wizard.core.catalogue import Catalogue
    from capture_wizard.core.session import CaptureSession
    from capture_wizard.ui.theme import apply_theme
    from capture_wizard.ui.wizard import CaptureWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("capture-wizard")
    translator = QTranslator(app)
    if translator.load(
        QLocale.system(),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(translator)
    apply_theme(app)
    wizard = CaptureWizard(CaptureSession(), Catalogue.load(), SourceProvider(camera), kiosk=kiosk)
    if kiosk:
        wizard.showFullScreen()
    else:
        wizard.resize(1280, 860)
        wizard.show()
    code = app.exec()
    wizard.deleteLater()  # tear the widgets down before the interpreter does
    app.processEvents()
    return code
