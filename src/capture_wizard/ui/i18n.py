"""Switching the wizard's language: Qt's own catalogue (qtbase_xx.qm: standard dialogs and
buttons) and the app's (resources/i18n/capture_wizard_xx.qm) are installed together, QLocale's
default follows (dates and numbers), and Arabic lays the window out right to left."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from capture_wizard.core.languages import LANGUAGES, RIGHT_TO_LEFT
from capture_wizard.resources import resources_dir

_installed: list[QTranslator] = []


def catalogue_dir() -> str:
    return str(resources_dir() / "i18n")


def use_language(code: str) -> None:
    """Make `code` (one of LANGUAGES) the application's language, replacing the previous one.
    Widgets built afterwards speak it; Qt sends every widget a LanguageChange event."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("capture_wizard", catalogue_dir()),
    ):
        translator = QTranslator(app)
        # English has only the app's plural forms; a missing qtbase_en is normal.
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QApplication):
        rtl = code in RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )


def system_language() -> str:
    return QLocale.system().name()
