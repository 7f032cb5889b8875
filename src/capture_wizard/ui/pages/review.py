"""Review: a thumbnail of every capture with its result, and a Retake button for each."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from capture_wizard.camera.qt_frames import bgr_to_qimage
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.steps import Step
from capture_wizard.core.text_size import rows_that_fit
from capture_wizard.ui import texts
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.theme import DANGER_INK, GOOD_INK, PHOTO_BACKGROUND
from capture_wizard.ui.widgets.document_details import DocumentDetails
from capture_wizard.ui.widgets.page_scroll import RING, PageScroll
from capture_wizard.ui.widgets.photo_dialog import PhotoDialog

MAX_THUMB_WIDTH = 400
CARD_PADDING = 40
"""The card's left and right margins together (see _card)."""
COLUMN_GAP = 24

# Whole names per photo, for a screen reader: three "Retake" buttons alone are not told apart.
_THUMBNAIL_NAMES = {
    Step.FRONT: QT_TRANSLATE_NOOP("ReviewPage", "Photo of the front"),
    Step.BACK: QT_TRANSLATE_NOOP("ReviewPage", "Photo of the back"),
    Step.FACE: QT_TRANSLATE_NOOP("ReviewPage", "Photo of your face"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("ReviewPage", "Photo of the statement"),
}
_RETAKE_NAMES = {
    Step.FRONT: QT_TRANSLATE_NOOP("ReviewPage", "Retake front"),
    Step.BACK: QT_TRANSLATE_NOOP("ReviewPage", "Retake back"),
    Step.FACE: QT_TRANSLATE_NOOP("ReviewPage", "Retake face"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("ReviewPage", "Retake statement"),
}
_ENLARGE_NAMES = {
    Step.FRONT: QT_TRANSLATE_NOOP("ReviewPage", "Enlarge front"),
    Step.BACK: QT_TRANSLATE_NOOP("ReviewPage", "Enlarge back"),
    Step.FACE: QT_TRANSLATE_NOOP("ReviewPage", "Enlarge face"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("ReviewPage", "Enlarge statement"),
}


class ReviewPage(Page):
    retakeRequested = Signal(object)
    """A step's Retake was clicked (Step)."""

    def __init__(self, context, parent=None) -> None:
        super().__init__("review", context, parent)
        self.set_texts(
            self.tr("Check your photos"),
            self.tr("Make sure every detail is readable. Retake any photo you are not happy with."),
        )
        content = QWidget()  # scrolls when the window is small (a 1024x600 kiosk)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(COLUMN_GAP)
        column.addLayout(self.grid)
        self.details = DocumentDetails("review.read", columns=3)
        column.addWidget(self.details)
        column.addStretch(1)
        self.scroll = PageScroll("review.scroll")
        self.scroll.setAccessibleName(self.heading.text())
        self.scroll.setWidget(content)
        self.body.addWidget(self.scroll, 1)
        self._cards: list[QFrame] = []

    def activate(self) -> None:
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        session = self.context.session
        self.details.show_result(session.document_mrz, self.context.catalogue)
        sides = session.required_sides
        for number, side in enumerate(sides):  # on the page first: its fonts, its widths
            card = self._card(side)
            self.grid.addWidget(card, 0, number, Qt.AlignmentFlag.AlignTop)
            card.ensurePolished()
            self._cards.append(card)
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        room -= self.scroll.verticalScrollBar().sizeHint().width() + 2 * RING
        least = max(card.minimumSizeHint().width() for card in self._cards)  # the words' widths
        columns = rows_that_fit([least] * len(sides), COLUMN_GAP, room)[0]  # or in two rows
        width = min(MAX_THUMB_WIDTH, (room - COLUMN_GAP * (columns - 1)) // columns)
        thumb = (max(1, width - CARD_PADDING), max(1, (width - CARD_PADDING) * 9 // 16))
        for number, (side, card) in enumerate(zip(sides, self._cards, strict=True)):
            self._show_photo(card, side, thumb)
            self.grid.removeWidget(card)
            self.grid.addWidget(card, *divmod(number, columns), Qt.AlignmentFlag.AlignTop)
            card.show()

    def deactivate(self) -> None:
        self.details.show_result(None, self.context.catalogue)  # personal data: not kept on screen
        for card in self._cards:  # thumbnails are copies of identity images: drop them
            card.deleteLater()
        self._cards = []

    def _card(self, side: Step) -> QFrame:
        """A side's card, its thumbnail not yet sized nor filled (`_show_photo`)."""
        capture = self.context.session.captures.get(side)
        card = QFrame()
        card.setObjectName(f"review.card.{side.value}")
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(10)
        title = QLabel(texts.side_label(side))
        title.setProperty("role", "section")
        layout.addWidget(title)
        thumb = QLabel()
        thumb.setObjectName(f"review.thumbnail.{side.value}")
        thumb.setAccessibleName(self.tr(_THUMBNAIL_NAMES[side]))
        thumb.setFixedSize(1, 1)
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumb.setStyleSheet(f"background: {PHOTO_BACKGROUND}; border-radius: 8px;")
        layout.addWidget(thumb)
        status = QLabel()
        status.setObjectName(f"review.status.{side.value}")
        status.setWordWrap(True)
        if capture is None:
            status.setText(self.tr("Missing — take this photo"))
        else:
            if capture.accepted:
                status.setText("✓ " + self.tr("Looks good"))
                status.setStyleSheet(f"color: {GOOD_INK}; font-weight: 700;")
            else:
                uploaded = capture.source is CaptureSource.FILE
                status.setText("⚠ " + texts.instruction(capture.report.issues[0], uploaded))
                status.setStyleSheet(f"color: {DANGER_INK}; font-weight: 700;")
            source = QLabel(
                self.tr("From: {source}").format(source=texts.source_label(capture.source))
            )
            source.setObjectName(f"review.source.{side.value}")
            source.setProperty("role", "muted")
            layout.addWidget(status)
            layout.addWidget(source)
            match = getattr(capture.report, "match", None)
            if match is not None:
                layout.addWidget(self._match_label(match))
        if capture is None:
            layout.addWidget(status)
        buttons = QVBoxLayout()  # one above the other: side by side they do not fit a card
        if capture is not None:
            enlarge = QPushButton(self.tr("Enlarge"))
            enlarge.setObjectName(f"review.enlarge.{side.value}")
            enlarge.setAccessibleName(self.tr(_ENLARGE_NAMES[side]))
            enlarge.clicked.connect(lambda: self._enlarge(side))
            buttons.addWidget(enlarge)
        retake = QPushButton(self.tr("Retake"))
        retake.setObjectName(f"review.retake.{side.value}")
        retake.setAccessibleName(self.tr(_RETAKE_NAMES[side]))
        retake.clicked.connect(lambda: self.retakeRequested.emit(side))
        buttons.addWidget(retake)
        layout.addLayout(buttons)
        return card

    def _show_photo(self, card: QFrame, side: Step, size: tuple[int, int]) -> None:
        """The card's thumbnail at `size`, once the cards' columns are known."""
        thumb = card.findChild(QLabel, f"review.thumbnail.{side.value}")
        thumb.setFixedSize(*size)
        capture = self.context.session.captures.get(side)
        if capture is not None:
            image: QImage = bgr_to_qimage(capture.image).scaled(
                *size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # scaled = a copy, independent of the capture buffer
            thumb.setPixmap(QPixmap.fromImage(image))

    def _enlarge(self, side: Step) -> None:
        """The photo as large as the window allows, to check that every detail is readable."""
        capture = self.context.session.captures.get(side)
        if capture is not None:
            PhotoDialog(capture.image, texts.side_label(side), self.window()).open()

    def _match_label(self, match) -> QLabel:
        """The face against the document's portrait, as the package records it."""
        if match.same_person is None:
            text = self.tr("Not compared with the photo on your document (none could be read)")
        elif match.same_person:
            text = self.tr("Matches the photo on your document (score {score})")
        else:
            text = self.tr("Does not match the photo on your document (score {score})")
        score = QLocale().toString(match.score, "f", 2) if match.score is not None else ""
        label = QLabel(text.format(score=score))
        label.setObjectName("review.match")
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        return label

    def isComplete(self) -> bool:
        return self.context.session.complete
