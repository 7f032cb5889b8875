"""A list to choose one item from by mouse or keyboard (the document page, the kiosk's photo
picker)."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QListWidget


class ChoiceList(QListWidget):
    """A list whose choice is its highlighted (selected) item. Tab into a list makes Qt put
    its first item current without showing it; here nothing is current until an arrow key
    moves, so the first Down highlights the first item, as a person expects."""

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.selectedItems():
            self.selectionModel().setCurrentIndex(
                QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def chosen(self):
        """The highlighted item (None: nothing chosen)."""
        items = self.selectedItems()
        return items[0] if items else None
