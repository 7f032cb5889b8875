"""Widgets of the capture screens: the viewfinder with its overlay, the guidance banner, the row
of check indicators, the drop zone for uploads and the phone link's QR code."""

from enum import StrEnum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from capture_wizard.camera.qt_frames import bgr_to_qimage
from capture_wizard.core.guidance import (
    CheckGroup,
    CheckState,
    FaceCheckGroup,
    StatementCheckGroup,
    Verdict,
)
from capture_wizard.handoff.qr import QUIET_ZONE, qr_matrix
from capture_wizard.ui import texts
from capture_wizard.ui.theme import VERDICT_COLOURS

GUIDE_WIDTH = 0.66
"""The guide frame's width as a share of the picture: a card filling it is neither too far
nor too close for the checks."""
OVAL_HEIGHT = 0.72
"""The face guide's height as a share of the picture: a head filling it gives a face box of
about 0.45 of the frame height, in the middle of what the face checks accept (0.20-0.62)."""
OVAL_ASPECT = 0.74
"""Width over height of the face guide (a head's proportions)."""


class Guide(StrEnum):
    NONE = "none"
    DOCUMENT = "document"
    """A rounded rectangle in the document's aspect; the detected outline is drawn over it."""
    OVAL = "oval"
    """An oval for the head, coloured by the verdict."""


class Viewfinder(QWidget):
    """Shows a frame, a guide (document shape or face oval) and the detected outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(480, 160)  # a 1024x600 kiosk screen leaves about 175 px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._frame: np.ndarray | None = None
        self._overlay_of: np.ndarray | None = None
        """The frame the outline and verdict were found on (the frame shown, unless a newer
        frame was set without its verdict)."""
        self._corners: np.ndarray | None = None
        self._verdict: Verdict | None = None
        self._guide = Guide.NONE
        self._guide_aspect = 1.0
        self._progress = 0.0
        self._placeholder = ""

    def set_guide(self, guide: Guide, aspect: float = 1.0) -> None:
        self._guide, self._guide_aspect = guide, aspect
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_frame(self, frame: np.ndarray | None) -> None:
        self._frame = frame
        self.update()

    def set_overlay(
        self, corners: np.ndarray | None, verdict: Verdict | None, progress: float = 0
    ) -> None:
        """`corners`: the detected outline (None: none); `verdict` colours the outline, or the
        oval guide. They belong to the frame shown now."""
        self._corners, self._verdict, self._progress = corners, verdict, progress
        self._overlay_of = self._frame
        self.update()

    def show_analysed(
        self, frame: np.ndarray, corners: np.ndarray | None, verdict: Verdict, progress: float
    ) -> None:
        """A frame together with what its analysis found: the outline and verdict on the screen
        always belong to the picture on the screen."""
        self._frame = frame
        self.set_overlay(corners, verdict, progress)

    @property
    def overlay_is_current(self) -> bool:
        """False while an outline or verdict from an older frame is drawn over a newer one."""
        has_overlay = self._corners is not None or self._verdict is not None
        return not has_overlay or self._overlay_of is self._frame

    def clear(self) -> None:
        self._frame, self._corners, self._verdict, self._progress = None, None, None, 0.0
        self._overlay_of = None
        self.update()

    def _image_rect(self) -> QRectF:
        h, w = self._frame.shape[:2]
        scale = min(self.width() / w, self.height() / h)
        dw, dh = w * scale, h * scale
        return QRectF((self.width() - dw) / 2, (self.height() - dh) / 2, dw, dh)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#0b0f19"))
        if self._frame is None:
            painter.setPen(QColor("#e5e7eb"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        target = self._image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, bgr_to_qimage(self._frame))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._guide is Guide.DOCUMENT:
            self._paint_document_guide(painter, target)
        elif self._guide is Guide.OVAL:
            self._paint_oval_guide(painter, target)
        if self._corners is not None:
            self._paint_outline(painter, target)

    def _shade_outside(self, painter: QPainter, target: QRectF, hole: QPainterPath) -> None:
        shade = QPainterPath()
        shade.addRect(target)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 90))

    def _paint_document_guide(self, painter: QPainter, target: QRectF) -> None:
        gw = target.width() * GUIDE_WIDTH
        gh = gw / self._guide_aspect
        if gh > target.height() * 0.85:
            gh = target.height() * 0.85
            gw = gh * self._guide_aspect
        guide = QRectF(target.center().x() - gw / 2, target.center().y() - gh / 2, gw, gh)
        hole = QPainterPath()
        hole.addRoundedRect(guide, 16, 16)
        self._shade_outside(painter, target, hole)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(guide, 16, 16)

    def _paint_oval_guide(self, painter: QPainter, target: QRectF) -> None:
        gh = target.height() * OVAL_HEIGHT
        gw = gh * OVAL_ASPECT
        oval = QRectF(target.center().x() - gw / 2, target.center().y() - gh / 2, gw, gh)
        hole = QPainterPath()
        hole.addEllipse(oval)
        self._shade_outside(painter, target, hole)
        if self._verdict is None:
            painter.setPen(QPen(QColor(255, 255, 255, 220), 4, Qt.PenStyle.DashLine))
            painter.drawEllipse(oval)
        elif self._progress > 0:  # auto-capture countdown: the oval fills up, the face stays clear
            painter.setPen(QPen(QColor(255, 255, 255, 170), 8))
            painter.drawEllipse(oval)
            colour = QColor(VERDICT_COLOURS[self._verdict][0])
            painter.setPen(QPen(colour, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(oval, 90 * 16, -int(360 * 16 * self._progress))
        else:
            painter.setPen(QPen(QColor(VERDICT_COLOURS[self._verdict][0]), 8))
            painter.drawEllipse(oval)

    def _paint_outline(self, painter: QPainter, target: QRectF) -> None:
        h, w = self._frame.shape[:2]
        sx, sy = target.width() / w, target.height() / h
        polygon = QPolygonF(
            [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in self._corners]
        )
        colour = QColor(VERDICT_COLOURS[self._verdict or Verdict.MISSING][0])
        painter.setPen(
            QPen(
                colour, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            )
        )
        painter.drawPolygon(polygon)
        self._paint_progress(painter, polygon.boundingRect().center())

    def _paint_progress(self, painter: QPainter, centre: QPointF) -> None:
        """Auto-capture countdown: a ring filling up in the middle of the document or face."""
        if self._progress <= 0:
            return
        colour = QColor(VERDICT_COLOURS[self._verdict or Verdict.GOOD][0])
        ring = QRectF(centre.x() - 34, centre.y() - 34, 68, 68)
        painter.setPen(QPen(QColor(255, 255, 255, 160), 10))
        painter.drawEllipse(ring)
        painter.setPen(QPen(colour, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 90 * 16, -int(360 * 16 * self._progress))


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
        photo.set_frame(image)
        layout.addWidget(photo, 1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("review.full_close")
        close.setProperty("primary", True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        close.setFocus()


def restyle(*widgets: QWidget) -> None:
    """Apply the style sheet again after a property it selects on (e.g. `primary`) changed."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class Banner(QLabel):
    """One plain instruction, coloured by the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.instruction")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(72)
        self.show_message(Verdict.MISSING, "")

    def show_message(self, verdict: Verdict, text: str) -> None:
        # Called for every analysed frame: restyle (a costly re-polish) only on a change.
        if self.property("verdict") != verdict.value:
            background, ink = VERDICT_COLOURS[verdict]
            self.setStyleSheet(
                f"background: {background}; color: {ink}; font-size: 30px; font-weight: 700;"
                "border-radius: 12px; padding: 10px 20px;"
            )
            self.setProperty("verdict", verdict.value)
        self.setText(text)


_CHIP_LOOK = {
    CheckState.PASS: ("✓", "#dcfce7", "#14532d"),
    CheckState.FAIL: ("✗", "#fee2e2", "#7f1d1d"),
    CheckState.UNKNOWN: ("–", "#f3f4f6", "#374151"),
}


class CheckRow(QWidget):
    """One indicator per group of checks: ✓ passed, ✗ failing, – not judged yet."""

    def __init__(
        self,
        groups: type[CheckGroup] | type[FaceCheckGroup] | type[StatementCheckGroup] = CheckGroup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.chips: dict = {}
        for group in groups:
            chip = QLabel(self)
            chip.setObjectName(f"capture.check.{group.value}")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumHeight(46)
            layout.addWidget(chip, 1)
            self.chips[group] = chip
        self.show_states({})

    def show_states(self, states: dict) -> None:
        for group, chip in self.chips.items():
            state = states.get(group, CheckState.UNKNOWN)
            if chip.property("state") == state.value:
                continue  # unchanged: skip the restyle (this runs for every analysed frame)
            mark, background, ink = _CHIP_LOOK[state]
            chip.setText(f"{mark}  {texts.check_label(group)}")
            chip.setProperty("state", state.value)
            chip.setStyleSheet(
                f"background: {background}; color: {ink}; border-radius: 10px;"
                "font-size: 19px; font-weight: 600; padding: 4px 8px;"
            )


class DropZone(QFrame):
    """Drop a photo here, or choose one with the file dialog."""

    fileChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.dropzone")
        self.setAcceptDrops(True)
        self._idle_style = (
            "QFrame#capture\\.dropzone { border: 3px dashed #6b7280; border-radius: 16px;"
            "background: #f9fafb; }"
        )
        self.setStyleSheet(self._idle_style)
        layout = QVBoxLayout(self)
        layout.setSpacing(20)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 26px; font-weight: 600; background: transparent;")
        layout.addWidget(self.label)
        self.choose = QPushButton(self)
        self.choose.setObjectName("capture.choose_file")
        self.choose.setProperty("primary", True)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("background: transparent;")
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.setStyleSheet(self._idle_style.replace("#6b7280", "#1d4ed8"))

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet(self._idle_style)

    def dropEvent(self, event) -> None:
        self.setStyleSheet(self._idle_style)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.fileChosen.emit(files[0])


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


class WrappingCheckBox(QWidget):
    """A large check box whose long label wraps (QCheckBox's own text never does); clicking
    the text ticks the box too."""

    def __init__(self, name: str, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.box = QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 22px;")
        self.label.mouseReleaseEvent = self._label_clicked
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def _label_clicked(self, event) -> None:
        if self.box.isEnabled():
            self.box.toggle()


class QrCode(QWidget):
    """A QR code drawn crisp at any size: whole pixels per module, black on white, with its
    quiet zone (phones scan it from a screen at arm's length)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone.qr")
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix) + 2 * QUIET_ZONE
        module = max(1, side // modules)
        size = module * modules
        left = (self.width() - size) // 2
        top = 0  # level with the text beside it
        painter.fillRect(left, top, size, size, QColor("#ffffff"))
        black = QColor("#000000")
        for row, line in enumerate(self._matrix):
            for col, dark in enumerate(line):
                if dark:
                    x = left + (col + QUIET_ZONE) * module
                    y = top + (row + QUIET_ZONE) * module
                    painter.fillRect(x, y, module, module, black)
        painter.end()
