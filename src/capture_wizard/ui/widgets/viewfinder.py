"""The viewfinder: a frame with a guide (the document's shape or an oval for the face), the
detected outline coloured by the verdict, and the auto-capture countdown."""

from enum import StrEnum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from capture_wizard.camera.qt_frames import bgr_to_qimage
from capture_wizard.core.guidance import Verdict
from capture_wizard.core.guide import document_guide
from capture_wizard.ui.theme import (
    GUIDE_LINE,
    OVAL_TRACK,
    PHOTO_BACKGROUND,
    PHOTO_TEXT,
    RING_TRACK,
    SHADE,
    VERDICT_COLOURS,
)

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
        # a 1024x600 kiosk screen leaves about 175 px, 90 with large text (ui.text_size)
        self.setMinimumSize(480, 90)
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
        painter.fillRect(self.rect(), QColor(PHOTO_BACKGROUND))
        if self._frame is None:
            painter.setPen(QColor(PHOTO_TEXT))
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
        painter.fillPath(shade.subtracted(hole), QColor(*SHADE))

    def _paint_document_guide(self, painter: QPainter, target: QRectF) -> None:
        left, top, width, height = document_guide(
            target.width(), target.height(), self._guide_aspect
        )
        guide = QRectF(target.x() + left, target.y() + top, width, height)
        hole = QPainterPath()
        hole.addRoundedRect(guide, 16, 16)
        self._shade_outside(painter, target, hole)
        painter.setPen(QPen(QColor(*GUIDE_LINE), 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(guide, 16, 16)

    def _paint_oval_guide(self, painter: QPainter, target: QRectF) -> None:
        gh = target.height() * OVAL_HEIGHT
        gw = gh * OVAL_ASPECT
        oval = QRectF(target.center().x() - gw / 2, target.center().y() - gh / 2, gw, gh)
        hole = QPainterPath()
        hole.addEllipse(oval)
        self._shade_outside(painter, target, hole)
        if self._verdict is None:
            painter.setPen(QPen(QColor(*GUIDE_LINE), 4, Qt.PenStyle.DashLine))
            painter.drawEllipse(oval)
        elif self._progress > 0:  # auto-capture countdown: the oval fills up, the face stays clear
            painter.setPen(QPen(QColor(*OVAL_TRACK), 8))
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
        painter.setPen(QPen(QColor(*RING_TRACK), 10))
        painter.drawEllipse(ring)
        painter.setPen(QPen(colour, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 90 * 16, -int(360 * 16 * self._progress))
