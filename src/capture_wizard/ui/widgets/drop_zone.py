"""Where a photo file is dropped, or chosen with the file dialog."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from capture_wizard.ui.theme import ACCENT, BORDER, DROP_SURFACE


class DropZone(QFrame):
    """Drop a photo here, or choose one with the file dialog."""

    fileChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.dropzone")
        self.setAcceptDrops(True)
        self._idle_style = self._style(BORDER)
        self.setStyleSheet(self._idle_style)
        layout = QVBoxLayout(self)
        layout.setSpacing(20)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "drop")  # its font: theme.py
        self.label.setStyleSheet("background: transparent;")
        layout.addWidget(self.label)
        self.choose = QPushButton(self)
        self.choose.setObjectName("capture.choose_file")
        self.choose.setProperty("primary", True)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("background: transparent;")
        layout.addWidget(self.hint)
        layout.addStretch(1)

    @staticmethod
    def _style(border: str) -> str:
        return (
            f"QFrame#capture\\.dropzone {{ border: 3px dashed {border}; border-radius: 16px;"
            f"background: {DROP_SURFACE}; }}"
        )

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.setStyleSheet(self._style(ACCENT))

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet(self._idle_style)

    def dropEvent(self, event) -> None:
        self.setStyleSheet(self._idle_style)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.fileChosen.emit(files[0])
