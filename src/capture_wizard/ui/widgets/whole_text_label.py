"""A word-wrapped label never shorter than its text: Qt's layouts count a wrapped label's
height at its widest, so a page short of room (large text, a small screen) squeezes it and
cuts its last lines instead of scrolling."""

from PySide6.QtWidgets import QLabel


class WholeTextLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Judged at the width it is shown at (hidden, its width is not yet the page's)."""
        if self.isVisible():
            self.setMinimumHeight(0)  # Qt's heightForWidth is never below the minimum height
            self.setMinimumHeight(self.heightForWidth(self.width()))
