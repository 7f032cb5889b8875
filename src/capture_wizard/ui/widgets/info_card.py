"""A card of plain lines under a bold title (the welcome and submit pages)."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def info_card(title: str, lines: list[str]) -> QFrame:
    """A grey card with a bold title over plain lines of text."""
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    heading = QLabel(title)
    heading.setProperty("role", "section")
    layout.addWidget(heading)
    for line in lines:
        label = QLabel(line)
        label.setWordWrap(True)
        layout.addWidget(label)
    return card
