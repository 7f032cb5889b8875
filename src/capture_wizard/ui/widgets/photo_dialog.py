"""The review's "Enlarge": one photo at the size of the window."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from capture_wizard.ui.widgets.viewfinder import Viewfinder


class PhotoDialog(QDialog):
    """One photo at the size of the window (the review's "View full size"); it shows the
    capture's own pixels, without a copy, and is deleted when closed."""

    def __init__(self, image: np.ndarray, title: str, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("review.full_view")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(window.size())
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("role", "section")
        layout.addWidget(heading)
        photo = Viewfinder(self)
        photo.setObjectName("review.full_photo")
        photo.setAccessibleName(title)
        photo.set_frame(image)
        layout.addWidget(photo, 1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("review.full_close")
        close.setProperty("primary", True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        close.setFocus()
