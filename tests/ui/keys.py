"""Driving the wizard by keyboard alone: keys go to the widget that has the focus, as they do
for a person; the Tab stops of a page and the order a person reads them in."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Keyboard:
    """Presses keys on the focused widget and counts every key pressed."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window
        self.count = 0

    @property
    def focus(self) -> QWidget:
        return focused(self.qtbot, self.window)

    def press(self, key, times: int = 1) -> None:
        """`key`: a Qt.Key, or (Qt.Key, modifiers) for a chord."""
        key, modifiers = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifiers)
            self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)
        self.count += len(text)

    def tab_to(self, name: str, limit: int = 30) -> None:
        """Tab until the widget called `name` has the focus."""
        for _ in range(limit):
            if self.focus.objectName() == name:
                return
            self.press(Qt.Key.Key_Tab)
        assert self.focus.objectName() == name, f"Tab never reaches {name}"


def focused(qtbot, window: QWidget) -> QWidget:
    """The widget with the keyboard focus, in `window` or a dialog of it (waiting for a
    window just shown to get it)."""

    def inside() -> bool:
        widget = QApplication.focusWidget()
        while widget is not None and widget is not window:
            widget = widget.parentWidget()
        return widget is window

    qtbot.waitUntil(inside, timeout=2000)
    return QApplication.focusWidget()


def tab_ring(qtbot, window: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from the focused one until it comes back round to it."""
    start = focused(qtbot, window)
    ring = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        ring.append(QApplication.focusWidget())
        if ring[-1] is start:
            return ring
    raise AssertionError(f"Tab does not come back round: {names(ring)}")


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control a person should reach with Tab: visible, enabled, and taking the focus
    from Tab or a click (what a mouse can reach, a keyboard must reach too). A label whose
    text can be selected with the mouse (the link, the details read) is read, not operated."""
    takes_focus = Qt.FocusPolicy.TabFocus | Qt.FocusPolicy.ClickFocus
    return [
        widget
        for widget in window.findChildren(QWidget)
        if not isinstance(widget, QLabel)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & takes_focus
        and widget.focusProxy() is None
    ]


def reading_order(
    widgets: list[QWidget], right_to_left: bool = False, within: QWidget | None = None
) -> list[QWidget]:
    """`widgets` in the order a person reads them: top to bottom, then along the line (left to
    right, or right to left); a control that holds others (a scroll area) comes just before
    them, and a card's controls are read together. Rows and columns are found by recursive
    XY-cut: a page in two columns is read one column after the other."""
    blocks = []  # the outermost focusable containers, cards and controls
    for widget in widgets:
        block = _block(widget, widgets, within)
        if block not in blocks:
            blocks.append(block)
    ordered = []
    for block in _cut([(*_box(b), b) for b in blocks], right_to_left):
        inside = [w for w in widgets if w is not block and block.isAncestorOf(w)]
        ordered += [block] if block in widgets else []
        ordered += reading_order(inside, right_to_left, within=block)
    return ordered


def _block(widget: QWidget, widgets: list[QWidget], within: QWidget | None) -> QWidget:
    """What `widget` is read as part of: its outermost ancestor below `within` that is a
    focusable control among `widgets` or a card, else itself."""
    block, parent = widget, widget.parentWidget()
    while parent is not None and parent is not within:
        if parent in widgets or parent.property("role") == "card":
            block = parent
        parent = parent.parentWidget()
    return block


def _box(widget: QWidget) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) in the window's coordinates."""
    corner = widget.mapTo(widget.window(), QPoint(0, 0))
    return corner.x(), corner.y(), corner.x() + widget.width(), corner.y() + widget.height()


def _cut(boxes: list, right_to_left: bool) -> list[QWidget]:
    if len(boxes) <= 1:
        return [box[-1] for box in boxes]
    for axis, mirrored in ((1, False), (0, right_to_left)):  # rows first, then columns
        groups = _split(boxes, axis, mirrored)
        if len(groups) > 1:
            return [widget for group in groups for widget in _cut(group, right_to_left)]
    # overlapping both ways (cannot be cut): by top, then along the line
    return [b[-1] for b in sorted(boxes, key=lambda b: (b[1], -b[2] if right_to_left else b[0]))]


def _split(boxes: list, axis: int, mirrored: bool) -> list[list]:
    """The boxes in groups with a gap between them along one axis (1: rows, 0: columns),
    in reading order (columns from the right when `mirrored`)."""

    def span(box) -> tuple[int, int]:
        low, high = box[axis], box[axis + 2]
        return (-high, -low) if mirrored else (low, high)

    groups, reach = [], 0
    for box in sorted(boxes, key=lambda b: span(b)[0]):
        low, high = span(box)
        if not groups or low >= reach:
            groups.append([])
        groups[-1].append(box)
        reach = high if len(groups[-1]) == 1 else max(reach, high)
    return groups


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() or type(w).__name__ for w in widgets]
