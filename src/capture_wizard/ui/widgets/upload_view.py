"""A capture step's upload view: the drop zone with its file button, and why the last file
could not be used."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from capture_wizard.ui.widgets.drop_zone import DropZone


class UploadView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dropzone = DropZone()
        self.dropzone.choose.setText(self.tr("Choose a file…"))
        self.dropzone.hint.setText(self.tr("JPEG, PNG, WebP, HEIC, TIFF or BMP"))
        layout.addWidget(self.dropzone, 1)
        self.error = QLabel()
        self.error.setObjectName("capture.upload_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
