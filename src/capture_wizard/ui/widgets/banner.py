"""The instruction banner of the capture screens."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from capture_wizard.core.guidance import Verdict
from capture_wizard.ui.theme import VERDICT_COLOURS

MIN_HEIGHT = 72


class Banner(QLabel):
    """One plain instruction, coloured by the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.instruction")
        self.setProperty("role", "banner")  # its font: theme.py
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(MIN_HEIGHT)
        self.show_message(Verdict.MISSING, "")

    def show_message(self, verdict: Verdict, text: str) -> None:
        # Called for every analysed frame: restyle (a costly re-polish) only on a change.
        if self.property("verdict") != verdict.value:
            background, ink = VERDICT_COLOURS[verdict]
            self.setStyleSheet(
                f"background: {background}; color: {ink}; border-radius: 12px; padding: 10px 20px;"
            )
            self.setProperty("verdict", verdict.value)
        if text != self.text():
            self.setText(text)
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Never shorter than its wrapped text: with large text (`ui.text_size`) a long
        instruction takes two lines, which the page's layout alone would cut. Judged at the
        width it is shown at (hidden, its width is not yet the page's). It only grows, on
        purpose (Qt's heightForWidth never answers below the minimum height, unlike in
        WholeTextLabel, which resets it first): a banner that shrank back for a short
        instruction would move the live picture under it at each change of instruction."""
        if self.isVisible():
            self.setMinimumHeight(max(MIN_HEIGHT, self.heightForWidth(self.width())))
