"""The phone link's QR code."""

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from capture_wizard.handoff.qr import QUIET_ZONE, qr_matrix
from capture_wizard.ui.theme import BLACK, WHITE


class QrCode(QWidget):
    """A QR code drawn crisp at any size: whole pixels per module, black on white, with its
    quiet zone (phones scan it from a screen at arm's length)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone.qr")
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix) + 2 * QUIET_ZONE
        module = max(1, side // modules)
        size = module * modules
        left = (self.width() - size) // 2
        top = 0  # level with the text beside it
        painter.fillRect(left, top, size, size, QColor(WHITE))
        black = QColor(BLACK)
        for row, line in enumerate(self._matrix):
            for col, dark in enumerate(line):
                if dark:
                    x = left + (col + QUIET_ZONE) * module
                    y = top + (row + QUIET_ZONE) * module
                    painter.fillRect(x, y, module, module, black)
        painter.end()
