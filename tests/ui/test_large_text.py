"""Large text (`ui.text_size`): headings, body text and buttons are larger, and at 1024x600
every page still fits: nothing cut off at the sides, the buttons in view, the live checks all
shown (in two rows)."""

from dataclasses import replace

from drive import choose, shoot_and_keep
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from capture_wizard.core.settings import UiSettings
from capture_wizard.ui.wizard import PageId

SIZE = (1024, 600)


def _in_view(wizard, widget: QWidget) -> bool:
    """Visible and wholly inside the wizard's window (not cut off at its edge)."""
    corner = widget.mapTo(wizard, QPoint(0, 0))
    return widget.isVisible() and wizard.rect().contains(QRect(corner, widget.size()))


def _fits(qtbot, wizard) -> None:
    """The page needs no more room than it has (a page that does not scroll would be
    squeezed, its widgets drawn over each other), and no scrolling page is wider than its
    window (once laid out)."""
    page = wizard.currentPage()
    areas = [a for a in page.findChildren(QScrollArea) if a.isVisible()]
    qtbot.waitUntil(lambda: all(a.horizontalScrollBar().maximum() == 0 for a in areas))
    if not areas:

        def room_enough() -> None:
            needed = page.layout().minimumSize()
            assert needed.width() <= page.width() and needed.height() <= page.height(), needed

        qtbot.waitUntil(room_enough)


def _pixels(wizard, name: str, kind=QLabel) -> int:
    widget = wizard.currentPage().findChild(kind, name) or wizard.findChild(kind, name)
    return widget.fontInfo().pixelSize()


def test_large_text_is_larger_and_every_page_still_fits(qtbot, make_wizard, wizard_settings):
    normal = make_wizard()
    large = make_wizard(settings=replace(wizard_settings, ui=UiSettings(text_size="large")))
    for wizard in (normal, large):
        wizard.resize(*SIZE)
        qtbot.waitUntil(lambda wizard=wizard: wizard.size().toTuple() == SIZE)
    grown = {  # large print (the heading) grows half as much as the rest
        ("heading", QLabel): 1.1,
        ("subheading", QLabel): 1.2,
        ("wizard.next", QPushButton): 1.2,
    }
    for (name, kind), factor in grown.items():
        assert _pixels(large, name, kind) >= factor * _pixels(normal, name, kind), name

    _fits(qtbot, large)
    for name in ("wizard.next", "wizard.cancel", "language.ar"):
        assert _in_view(large, large.findChild(QPushButton, name)), name

    choose(qtbot, large, "DEU", "id_card")  # the document page, the method, the front
    page = large.currentPage()
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    _fits(qtbot, large)
    for name in ("wizard.back", "capture.upload_instead", "capture.shutter", "wizard.cancel"):
        assert _in_view(large, page.findChild(QPushButton, name)), name
    chips = list(page.checks.chips.values())
    qtbot.waitUntil(lambda: len({chip.y() for chip in chips}) == 2)  # one row would cut them
    for chip in chips:
        assert _in_view(large, chip) and chip.width() >= chip.sizeHint().width(), chip.text()
    assert page.viewfinder.height() >= page.viewfinder.minimumHeight()

    shoot_and_keep(qtbot, large)  # the front
    shoot_and_keep(qtbot, large)  # the back
    assert large.currentId() == PageId.FACE
    _fits(qtbot, large)
    assert _in_view(large, large.currentPage().findChild(QPushButton, "capture.shutter"))
