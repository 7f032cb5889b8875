"""A capture step's live view: the instruction banner over the viewfinder, and the row of check
indicators under it."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from capture_wizard.ui.widgets.banner import Banner
from capture_wizard.ui.widgets.check_row import CheckRow
from capture_wizard.ui.widgets.viewfinder import Viewfinder


class LiveView(QWidget):
    def __init__(self, check_groups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.viewfinder = Viewfinder()
        self.viewfinder.setObjectName("capture.viewfinder")
        self.viewfinder.setAccessibleName(self.tr("Live camera picture"))
        layout.addWidget(self.viewfinder, 1)
        self.checks = CheckRow(check_groups)
        layout.addWidget(self.checks)
