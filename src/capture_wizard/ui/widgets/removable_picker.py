"""A kiosk's upload: the pictures on the USB sticks and SD cards plugged in, as one list.
No folders to browse, no other drive, no new folder: only what is on removable media."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from capture_wizard.core.kiosk import images_on
from capture_wizard.ui.widgets.choice_list import ChoiceList

PATH_ROLE = Qt.ItemDataRole.UserRole


class RemovablePicker(QDialog):
    def __init__(self, drives: Callable[[], list[Path]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.picker")
        self.setModal(True)
        self.setWindowTitle(self.tr("Choose a photo"))
        self._drives = drives
        self.resize(parent.size() * 0.8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        heading = QLabel(self.tr("Choose a photo from your USB stick or memory card"))
        heading.setProperty("role", "section")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.empty = QLabel(self)
        self.empty.setObjectName("kiosk.picker_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.files = ChoiceList(self)
        self.files.setObjectName("kiosk.picker_files")
        self.files.setAccessibleName(self.tr("Photos"))
        self.files.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        again = QPushButton(self.tr("Look again"))
        again.setObjectName("kiosk.picker_refresh")
        again.clicked.connect(self.refresh)
        row.addWidget(again)
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("kiosk.picker_cancel")
        cancel.clicked.connect(self.reject)
        self.choose = QPushButton(self.tr("Use this photo"))
        self.choose.setObjectName("kiosk.picker_choose")
        self.choose.setProperty("primary", True)
        self.choose.clicked.connect(self.accept)
        # Enter on the list uses the photo; on a focused Cancel or Look again, that button
        self.choose.setDefault(True)
        row.addWidget(cancel)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.files.itemSelectionChanged.connect(
            lambda: self.choose.setEnabled(self.files.chosen() is not None)
        )
        self.refresh()

    def refresh(self) -> None:
        self.files.clear()
        drives = self._drives()
        for drive in drives:
            for path in images_on(drive):
                item = QListWidgetItem(f"{drive.name}  ›  {path.relative_to(drive).as_posix()}")
                item.setData(PATH_ROLE, str(path))
                self.files.addItem(item)
        if not drives:
            self.empty.setText(
                self.tr("Plug in a USB stick or memory card, then press Look again.")
            )
        elif not self.files.count():
            self.empty.setText(self.tr("No photos were found on the USB stick or memory card."))
        self.empty.setVisible(not self.files.count())
        self.files.setVisible(bool(self.files.count()))
        self.choose.setEnabled(False)

    @property
    def path(self) -> str | None:
        item = self.files.chosen()
        return item.data(PATH_ROLE) if item is not None else None
