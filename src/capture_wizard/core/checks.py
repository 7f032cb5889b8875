"""One entry point for "check this picture of that step": the document checks (with the side
check), the face checks or the hand-held statement. The capture pages and the phone hand-off
both call it, so a photo gets the same verdict however it arrived."""

from datetime import date

import numpy as np

from capture_wizard.core.documents import CaptureSide, DocumentFormat
from capture_wizard.core.face import analyze_face
from capture_wizard.core.face.portrait import check_side
from capture_wizard.core.face.report import FaceReport
from capture_wizard.core.ocr.statement import StatementReport, check_statement
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.report import QualityReport

Report = QualityReport | FaceReport | StatementReport


def check_step(
    frame_bgr: np.ndarray,
    side: CaptureSide,
    fmt: DocumentFormat | None,
    *,
    thorough: bool,
    still: bool = False,
    word: str = "",
    today: date | None = None,
) -> Report:
    """`thorough` is for a picture that will be kept (slower detectors, the statement's OCR);
    live frames leave it off. `still` is for a picture a person gives (an upload, a phone
    photo): a document cropped to its edges is fine (see quality.analyze)."""
    if side is CaptureSide.FACE:
        return analyze_face(frame_bgr, thorough=thorough)
    if side is CaptureSide.STATEMENT:
        return check_statement(frame_bgr, word, today or date.today(), fmt, read=thorough)
    return check_side(frame_bgr, analyze(frame_bgr, fmt, still=still), side, fmt)
