"""Large text (`ui.text_size`): headings, body text and buttons are larger, and at 1024x600
every page still fits: nothing cut off at the sides, the buttons in view, the live checks all
shown (in two rows)."""

import itertools
from dataclasses import replace
from datetime import date

from drive import choose, click, shoot_and_keep
from PySide6.QtCore import QPoint, QRect, QRegularExpression
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QWidget

from capture_wizard.core.settings import StatementSettings, UiSettings
from capture_wizard.core.specimens.statements import StatementDefect, render_statement
from capture_wizard.core.steps import Step
from capture_wizard.testing import good_frame
from capture_wizard.ui.widgets.document_details import FIELDS
from capture_wizard.ui.widgets.page_scroll import PageScroll
from capture_wizard.ui.wizard import PageId

SIZE = (1024, 600)
WORD = "Northwind Bank"


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


def _whole(widget: QWidget) -> bool:
    """Shown at its full height (not squeezed by a layout short of room) and not cut off by
    the widgets round it."""
    return (
        widget.isVisible()
        and widget.height() >= widget.minimumSizeHint().height()
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


def _scrolled_to(qtbot, wizard, widget: QWidget) -> bool:
    """Wholly in view once the page is scrolled to it, as a person scrolls (mouse wheel)."""
    page = wizard.currentPage()
    scrolls = [a for a in page.findChildren(PageScroll) if a.isAncestorOf(widget)]

    def seen() -> bool:
        for scroll in scrolls:  # none: the page does not scroll
            scroll.ensureWidgetVisible(widget, 0, 0)
        return _in_view(wizard, widget) and _whole(widget)

    try:
        qtbot.waitUntil(seen, timeout=2000)
    except qtbot.TimeoutError:
        return False
    return True


def _no_document_on_the_statement(side, fmt):
    """Good pictures, but the statement shows no document: no photo is taken by itself while
    its checks are looked at."""
    if side is Step.STATEMENT:
        return [render_statement(5, StatementDefect.NO_DOCUMENT, date.today(), WORD).image]
    return [good_frame(side, fmt)]


def test_larger_text_in_german_fits_its_longest_pages(
    qtbot, make_wizard, wizard_settings, camera_showing
):
    """German at 1024x600 with large text (1.25x, as "larger" on a 1024x600 screen): a
    refused type's explanation, the back's details, the statement's checks and the review's
    four cards are whole (on a page that scrolls, once scrolled to), the buttons in view."""
    settings = replace(
        wizard_settings,
        ui=UiSettings(text_size="large"),  # 1.25x, as "larger" is on a 1024x600 screen
        statement=StatementSettings(enabled=True, word=WORD),
    )
    wizard = make_wizard(camera_showing(_no_document_on_the_statement), settings=settings)
    wizard.resize(*SIZE)
    qtbot.waitUntil(lambda: wizard.size().toTuple() == SIZE)
    click(qtbot, wizard, "language.de")
    click(qtbot, wizard, "wizard.next")
    wizard.currentPage().select("DEU", "residence_permit")  # refused, with the reason why
    reason = wizard.currentPage().findChild(QLabel, "document.reason")
    assert _scrolled_to(qtbot, wizard, reason)
    assert reason.height() >= reason.heightForWidth(reason.width())  # its last line too

    wizard.currentPage().select("DEU", "id_card")
    click(qtbot, wizard, "wizard.next")
    click(qtbot, wizard, "method.camera")
    shoot_and_keep(qtbot, wizard)  # the front
    page = wizard.currentPage()
    page.advance_seconds = 3600  # a good photo moves on by itself; time to look at it
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    click(qtbot, wizard, "capture.shutter")
    details = page.findChild(QFrame, "capture.read")
    qtbot.waitUntil(details.isVisible, timeout=10_000)
    rows = [details.findChild(QLabel, f"capture.read.{key}") for key in FIELDS]
    for label in details.findChildren(QLabel):  # the title, the names and the values
        assert _scrolled_to(qtbot, wizard, label), label.text()
        assert label.width() >= label.sizeHint().width() or label.wordWrap(), label.text()
    for above, below in itertools.pairwise(rows):  # one under the other, not drawn over it
        bottom = above.mapTo(details, QPoint(0, above.height())).y()
        assert below.mapTo(details, QPoint(0, 0)).y() >= bottom, below.text()
    for name in ("wizard.back", "capture.retake", "capture.keep", "wizard.cancel"):
        assert _in_view(wizard, page.findChild(QPushButton, name)), name
    click(qtbot, wizard, "capture.keep")

    shoot_and_keep(qtbot, wizard)  # the face
    assert wizard.currentId() == PageId.STATEMENT
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.shutter.isEnabled())
    for name in ("wizard.back", "capture.upload_instead", "capture.shutter", "wizard.cancel"):
        assert _in_view(wizard, page.findChild(QPushButton, name)), name
    for chip in page.checks.chips.values():
        assert _scrolled_to(qtbot, wizard, chip), chip.text()
    click(qtbot, wizard, "capture.shutter")
    qtbot.waitUntil(lambda: page.keep.isVisible(), timeout=10_000)
    click(qtbot, wizard, "capture.keep")

    assert wizard.currentId() == PageId.REVIEW
    cards = wizard.currentPage().findChildren(QFrame, QRegularExpression(r"^review\.card\."))
    assert len(cards) == 4
    viewport = wizard.currentPage().findChild(PageScroll, "review.scroll").viewport()
    for card in cards:  # side by side as many as fit; the page scrolls down to the rest
        left = card.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + card.width() <= viewport.width(), card.objectName()
        assert card.width() >= card.minimumSizeHint().width(), card.objectName()
