"""Showing the wizard's window on a screen, sized from that screen (core.window decides)."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from capture_wizard.core.window import Rect, choose_screen, place_window


def pick_screen(wanted: str) -> QScreen:
    """The screen named or numbered by `wanted` ("" = the primary screen)."""
    screens = QGuiApplication.screens()
    primary = screens.index(QGuiApplication.primaryScreen())
    return screens[choose_screen([s.name() for s in screens], primary, wanted)]


def show_sized(window: QWidget, screen: QScreen | None = None) -> None:
    """Show `window` as large as suits the screen's free area, centred, or maximised when
    the screen is too small for that (the buttons stay on screen)."""
    screen = screen or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    placement = place_window(Rect(free.x(), free.y(), free.width(), free.height()))
    r = placement.rect
    window.setGeometry(QRect(r.x, r.y, r.width, r.height))
    if placement.maximised:
        window.showMaximized()
    else:
        window.show()
