"""A card of plain lines under a bold title (the welcome and submit pages)."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def info_card(title: str, lines: list[str]) -> QFrame:
    """A grey card with a bold title over plain lines of text."""
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 20, 16, 20)
    layout.setSpacing(10)
    heading = QLabel(title)
    heading.setProperty("role", "section")
    labels = [heading] + [QLabel(line) for line in lines]
    for label in labels:
        label.setWordWrap(label is not heading)
        # Inside each label, not round them: Arabic lines were wrapped a few pixels wider
        # than the label at 1024x600 and cut off; with these margins they wrap within it.
        label.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(label)
    return card
