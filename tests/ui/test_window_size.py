"""The window fits the screen: sized from it, and on a small one the buttons stay in view."""

import pytest
from drive import choose, click, to_submit
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QScrollArea

from capture_wizard.ui.screen import show_sized
from capture_wizard.ui.wizard import PageId


def _in_view(wizard, widget) -> bool:
    """Visible and wholly inside the wizard's window (not cut off at its edge)."""
    corner = widget.mapTo(wizard, QPoint(0, 0))
    return widget.isVisible() and wizard.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1024, 560)])  # 560: less a panel
def test_on_a_small_screen_every_page_keeps_its_buttons_in_view(qtbot, make_wizard, size):
    wizard = make_wizard()
    wizard.resize(*size)
    qtbot.waitUntil(lambda: wizard.size().toTuple() == size)
    assert _in_view(wizard, wizard.findChild(QPushButton, "wizard.next"))
    assert _in_view(wizard, wizard.findChild(QPushButton, "wizard.cancel"))
    choose(qtbot, wizard, "FRA", "passport")
    page = wizard.currentPage()
    for name in ("wizard.back", "capture.shutter", "wizard.cancel"):
        assert _in_view(wizard, page.findChild(QPushButton, name)), name
    click(qtbot, wizard, "wizard.back")
    click(qtbot, wizard, "wizard.back")
    click(qtbot, wizard, "wizard.back")
    to_submit(qtbot, wizard)
    for name in ("wizard.back", "wizard.cancel"):
        assert _in_view(wizard, wizard.findChild(QPushButton, name)), name
    consent = wizard.currentPage().findChild(QCheckBox, "submit.consent")
    consent.setChecked(True)
    send = wizard.currentPage().findChild(QPushButton, "submit.send")
    if not _in_view(wizard, send):  # below the fold: scroll down to it, as a person does
        wizard.findChild(QScrollArea, "page.submit.scroll").ensureWidgetVisible(send)
        assert _in_view(wizard, send)
    click(qtbot, wizard, "submit.send")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    assert _in_view(wizard, wizard.findChild(QPushButton, "wizard.finish"))


def test_the_window_is_sized_from_the_screen_it_is_on(qtbot, make_wizard):
    wizard = make_wizard()
    show_sized(wizard)
    free = QGuiApplication.primaryScreen().availableGeometry()
    qtbot.waitUntil(lambda: free.contains(wizard.geometry()))
    assert wizard.width() >= min(free.width(), 1280) * 0.9
