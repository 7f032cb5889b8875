"""A page's scroll area: the content of a page that scrolls on a small screen, and the
review's photos."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from capture_wizard.ui.theme import FOCUS_RING, restyle

RING = 4
"""The focus ring's width, as round every control (theme.py); the area keeps room for it."""

_KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class PageScroll(QScrollArea):
    """Frameless, on the page's own background, and a Tab stop: with the focus on it the
    arrow keys scroll a page of text. Tab to it draws the focus ring round it; a page that
    opens with the focus on it does not (a mouse user would see every page framed; the filled
    main button says what Enter does).

    `stop_only_when_scrolling`: a Tab stop only while there is something to scroll (a page
    whose content fits but for large text on a small screen: Page.scrolls_rarely)."""

    def __init__(
        self, name: str, parent: QWidget | None = None, stop_only_when_scrolling: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._stop_only_when_scrolling = stop_only_when_scrolling
        if stop_only_when_scrolling:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.verticalScrollBar().rangeChanged.connect(self._stop_if_scrolling)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setProperty("tabbed", False)
        self.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            f"QScrollArea {{ border: {RING}px solid transparent; border-radius: 12px; }}"
            f'QScrollArea[tabbed="true"] {{ border-color: {FOCUS_RING}; }}'
        )

    def _stop_if_scrolling(self, _least: int, most: int) -> None:
        """Judged on screen only: a page not yet shown is not yet laid out at its size."""
        scrolling = most > 0 and self.isVisible()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolling else Qt.FocusPolicy.NoFocus)
        if not scrolling and self.hasFocus():
            self.focusNextChild()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stop_only_when_scrolling:
            self._stop_if_scrolling(0, self.verticalScrollBar().maximum())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._show_ring(event.reason() in _KEYBOARD)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._show_ring(False)

    def _show_ring(self, shown: bool) -> None:
        if self.property("tabbed") != shown:
            self.setProperty("tabbed", shown)
            restyle(self)
