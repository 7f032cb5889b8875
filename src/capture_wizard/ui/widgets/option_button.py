"""A large checkable choice (the method page's options)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout


class OptionButton(QPushButton):
    """A large checkable choice: a bold title over a plain explanation."""

    def __init__(self, name: str, title: str, text: str) -> None:
        super().__init__()
        self.setObjectName(f"method.{name}")
        self.setProperty("role", "option")
        self.setCheckable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setProperty("role", "option-title")  # its font: theme.py
        self.title.setStyleSheet("background: transparent;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-weight: 400; background: transparent;")
        for label in (self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.set_texts(title, text)

    def set_texts(self, title: str, text: str) -> None:
        """The labels inside are not the button's own text: a screen reader gets them as the
        button's name and description."""
        self.title.setText(title)
        self.detail.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return f"{self.title.text()}\n{self.detail.text()}"
