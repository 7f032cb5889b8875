"""What went wrong and what to do next, with the buttons to do it: a camera that failed (the
capture pages) or a phone link that could not start (the phone page)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from capture_wizard.ui.widgets.wrapping_row import WrappingRow


class ProblemView(QWidget):
    """`<prefix>.problem` (the title; property `problem` says which problem),
    `<prefix>.problem_advice` and `<prefix>.try_again`; more buttons with `add_button`."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName(f"{prefix}.problem")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setProperty("role", "problem")  # large, in red (theme.py)
        layout.addWidget(self.title)
        self.advice = QLabel(self)
        self.advice.setObjectName(f"{prefix}.problem_advice")
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self._buttons = WrappingRow(stretch=False, parent=self)  # in rows with large text
        layout.addWidget(self._buttons)
        layout.addStretch(1)
        self.try_again = self.add_button("try_again", self.tr("Try again"), primary=True)

    def add_button(self, name: str, text: str, primary: bool = False) -> QPushButton:
        """A button `<prefix>.<name>` after the others."""
        button = QPushButton(text, self)
        button.setObjectName(f"{self._prefix}.{name}")
        if primary:
            button.setProperty("primary", True)
        self._buttons.add(button)
        return button

    def show_problem(self, key: str, title: str, advice: str) -> None:
        self.title.setText(title)
        self.title.setProperty("problem", key)
        self.advice.setText(advice)
