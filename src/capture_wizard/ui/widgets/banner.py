"""The instruction banner of the capture screens."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from capture_wizard.core.guidance import Verdict
from capture_wizard.ui.theme import VERDICT_COLOURS


class Banner(QLabel):
    """One plain instruction, coloured by the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.instruction")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(72)
        self.show_message(Verdict.MISSING, "")

    def show_message(self, verdict: Verdict, text: str) -> None:
        # Called for every analysed frame: restyle (a costly re-polish) only on a change.
        if self.property("verdict") != verdict.value:
            background, ink = VERDICT_COLOURS[verdict]
            self.setStyleSheet(
                f"background: {background}; color: {ink}; font-size: 30px; font-weight: 700;"
                "border-radius: 12px; padding: 10px 20px;"
            )
            self.setProperty("verdict", verdict.value)
        self.setText(text)
