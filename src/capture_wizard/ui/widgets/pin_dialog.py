"""Staff's way out of a kiosk: the admin PIN, checked against its salted hash."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PinDialog(QDialog):
    """Accepted when `check(pin)` says the PIN is right; a wrong one is said and cleared."""

    def __init__(self, check: Callable[[str], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.admin")
        self.setModal(True)
        self.setWindowTitle(self.tr("Staff exit"))
        self._check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        title = QLabel(self.tr("Staff only: enter the PIN to close the kiosk."))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("kiosk.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"[0-9]{0,12}", self.pin))
        self.pin.setAccessibleName(self.tr("PIN"))
        layout.addWidget(self.pin)
        self.error = QLabel(self.tr("Wrong PIN."))
        self.error.setObjectName("kiosk.pin_error")
        self.error.setProperty("role", "error")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        back = QPushButton(self.tr("Back to the kiosk"))
        back.setObjectName("kiosk.pin_cancel")
        back.clicked.connect(self.reject)
        ok = QPushButton(self.tr("Close the kiosk"))
        ok.setObjectName("kiosk.pin_ok")
        ok.setProperty("primary", True)
        ok.clicked.connect(self._try)
        ok.setDefault(True)  # Enter in the PIN field tries it; on a focused Back, goes back
        row.addWidget(back)
        row.addWidget(ok)
        layout.addLayout(row)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        if self._check(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        self.error.show()
