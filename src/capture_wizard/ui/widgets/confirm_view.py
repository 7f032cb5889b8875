"""A capture step's confirmation: the verdict over the photo taken, and beside it the details
read from the document's zone (when there is a valid one)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from capture_wizard.ui.widgets.banner import Banner
from capture_wizard.ui.widgets.document_details import DocumentDetails
from capture_wizard.ui.widgets.viewfinder import Viewfinder


class ConfirmView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.verdict = Banner()
        self.verdict.setObjectName("capture.verdict")
        layout.addWidget(self.verdict)
        self.photo = Viewfinder()
        self.photo.setObjectName("capture.photo")
        self.photo.setAccessibleName(self.tr("The photo just taken"))
        self.photo.setMinimumWidth(320)  # narrower than live: the details beside it stay whole
        self.details = DocumentDetails("capture.read")
        row = QHBoxLayout()
        row.addWidget(self.photo, 1)
        row.addWidget(self.details, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
