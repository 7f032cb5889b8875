"""A row of widgets that becomes two or more rows when they no longer fit side by side (large
text, a narrow window): the check indicators, a problem's buttons."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from capture_wizard.core.text_size import rows_that_fit


class WrappingRow(QWidget):
    """`stretch`: the widgets share out each row's spare width; else each keeps its own width
    and the rows are centred."""

    def __init__(
        self, spacing: int = 10, stretch: bool = True, row_spacing: int = 4, parent=None
    ) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._stretch = stretch
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(row_spacing)
        self._items: list[QWidget] = []
        self._arranged: list[int] = []
        # as narrow as the window needs: then the widgets go into more rows
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def add(self, widget: QWidget) -> None:
        self._items.append(widget)
        self._arrange([len(self._items)])

    def event(self, event) -> bool:
        """Arranged again when resized, shown, or a widget's size hint changed (new text, its
        font from the style sheet)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self._rearrange()
        return super().event(event)

    def _rearrange(self) -> None:
        widths = [0 if w.isHidden() else w.sizeHint().width() for w in self._items]
        if widths:
            self._arrange(rows_that_fit(widths, self._spacing, self.width()))

    def _arrange(self, rows: list[int]) -> None:
        if rows == self._arranged:
            return
        while (item := self._rows.takeAt(0)) is not None:
            row = item.layout()
            while row.takeAt(0) is not None:  # the widgets go into the new rows
                pass
            row.deleteLater()
        items = iter(self._items)
        for count in rows:
            row = QHBoxLayout()
            row.setSpacing(self._spacing)
            if not self._stretch:
                row.addStretch(1)
            for _ in range(count):
                row.addWidget(next(items), 1 if self._stretch else 0)
            if not self._stretch:
                row.addStretch(1)
            self._rows.addLayout(row)
        self._arranged = rows
