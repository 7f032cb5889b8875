"""A kiosk's "Are you still there?": a countdown before the session is wiped."""

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class IdleWarning(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.idle")
        self.setModal(True)
        self.setMinimumWidth(640)  # the countdown sentence in two or three lines, not cut
        self.setWindowTitle(self.tr("Are you still there?"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        heading = QLabel(self.tr("Are you still there?"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("kiosk.idle_countdown")
        self.countdown.setWordWrap(True)
        layout.addWidget(self.countdown)
        self.still_here = QPushButton(self.tr("Continue"))
        self.still_here.setObjectName("kiosk.still_here")
        self.still_here.setProperty("primary", True)
        self.still_here.clicked.connect(self.accept)
        layout.addWidget(self.still_here, 0, Qt.AlignmentFlag.AlignRight)
        self.still_here.setFocus()

    def show_left(self, seconds: float) -> None:
        self.countdown.setText(
            self.tr(
                "For your privacy, your photos will be deleted and this will start over in "
                "%n second(s).",
                "",
                math.ceil(seconds),
            )
        )
