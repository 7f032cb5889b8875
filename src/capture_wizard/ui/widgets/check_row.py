"""The row of check indicators under the live picture."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from capture_wizard.core.guidance import CheckGroup, CheckState, FaceCheckGroup, StatementCheckGroup
from capture_wizard.ui import texts
from capture_wizard.ui.theme import CHECK_COLOURS
from capture_wizard.ui.widgets.wrapping_row import WrappingRow

MARKS = {CheckState.PASS: "✓", CheckState.FAIL: "✗", CheckState.UNKNOWN: "–"}


class CheckRow(WrappingRow):
    """One indicator per group of checks: ✓ passed, ✗ failing, – not judged yet. In one row,
    or more when their text is too large for one (`ui.text_size`, a narrow window)."""

    def __init__(
        self,
        groups: type[CheckGroup] | type[FaceCheckGroup] | type[StatementCheckGroup] = CheckGroup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.chips: dict = {}
        for group in groups:
            chip = QLabel(self)
            chip.setObjectName(f"capture.check.{group.value}")
            chip.setProperty("role", "chip")  # its font: theme.py
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumHeight(46)
            self.add(chip)
            self.chips[group] = chip
        self.show_states({})

    def show_states(self, states: dict) -> None:
        for group, chip in self.chips.items():
            state = states.get(group, CheckState.UNKNOWN)
            if chip.property("state") == state.value:
                continue  # unchanged: skip the restyle (this runs for every analysed frame)
            background, ink = CHECK_COLOURS[state]
            mark = MARKS[state]
            chip.setText(f"{mark}  {texts.check_label(group)}")
            chip.setProperty("state", state.value)
            chip.setStyleSheet(
                f"background: {background}; color: {ink}; border-radius: 10px; padding: 4px 8px;"
            )
