"""A large check box with a label that wraps (the submit page's consent)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class WrappingCheckBox(QWidget):
    """A large check box whose long label wraps (QCheckBox's own text never does); clicking
    the text ticks the box too."""

    def __init__(self, name: str, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.box = QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "check-label")  # its font: theme.py
        self.label.mouseReleaseEvent = self._label_clicked
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def _label_clicked(self, event) -> None:
        if self.box.isEnabled():
            self.box.toggle()
