"""One entry point for "check this picture of that step": the document checks (with the side
check), the face checks or the hand-held statement. The capture pages and the phone hand-off
both call it, so a photo gets the same verdict however it arrived."""

import logging
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face import analyze_face
from capture_wizard.core.face.match import FrontMatch, front_match
from capture_wizard.core.face.portrait import check_side
from capture_wizard.core.face.report import FaceReport
from capture_wizard.core.guide import in_guide
from capture_wizard.core.issues import IssueCode, ordered
from capture_wizard.core.ocr.mrz_read import MrzResult, OcrUnavailable, ReadRequest
from capture_wizard.core.ocr.statement import StatementReport, check_statement
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import Settings
from capture_wizard.core.steps import Step

log = logging.getLogger(__name__)

Report = QualityReport | FaceReport | StatementReport


def check_step(
    frame_bgr: np.ndarray,
    side: Step,
    fmt: DocumentFormat | None,
    *,
    thorough: bool,
    still: bool = False,
    word: str = "",
    today: date | None = None,
    read: ReadRequest | None = None,
) -> Report:
    """`thorough` is for a picture that will be kept (slower detectors, the statement's OCR,
    the MRZ with `read`); live frames leave it off. `still` is for a picture a person gives (an
    upload, a phone photo): a document cropped to its edges is fine (see quality.analyze).
    When tesseract cannot run, the photo is judged without its zone (`mrz` None) and the log
    says why: a computer set up without it must not refuse every document."""
    if side is Step.FACE:
        return analyze_face(frame_bgr, thorough=thorough)
    if side is Step.STATEMENT:
        return check_statement(frame_bgr, word, today or date.today(), fmt, read=thorough)
    report = check_side(frame_bgr, analyze(frame_bgr, fmt, still=still), side, fmt)
    if not still:
        report = _within_guide(report, fmt)
    if read is None or not thorough:
        return report
    try:
        return with_mrz(report, read.read(frame_bgr, corners=report.corners))
    except OcrUnavailable:
        log.error("the document's zone was not read: tesseract cannot run", exc_info=True)
        return report


def _within_guide(report: QualityReport, fmt: DocumentFormat | None) -> QualityReport:
    """A camera frame's document standing mostly outside the viewfinder's guide (core.guide)
    is `cut_off`: its instruction asks to move the document into the frame, and the framing
    check does not pass while half the card is in the shade."""
    if fmt is None or report.corners is None or IssueCode.CUT_OFF in report.issues:
        return report
    width, height = report.frame_size
    if in_guide(report.corners, width, height, fmt.aspect):
        return report
    return replace(report, issues=tuple(ordered([*report.issues, IssueCode.CUT_OFF])))


def with_mrz(report: QualityReport, mrz: MrzResult) -> QualityReport:
    """The document report with what its MRZ says: the reading, and its verdicts among the
    issues. unreadable_mrz only on a picture the other checks accept (a blurred or cut-off
    one already says what to fix)."""
    codes = [c for c in mrz.issues if c != IssueCode.UNREADABLE_MRZ or report.ok]
    return replace(report, issues=tuple(ordered([*report.issues, *codes])), mrz=mrz)


def mrz_request(
    catalogue: Catalogue,
    country: str | None,
    document_type: str | None,
    side: Step,
    grace_days: int = 0,
) -> ReadRequest | None:
    """What a kept photo of `side` is read and judged against, per the catalogue (None: this
    side carries no zone and is not read)."""
    plan = catalogue.mrz_plan(country, document_type) if document_type else None
    if plan is None or not plan.reads(side):
        return None
    return ReadRequest(
        document_type=document_type,
        country=country,
        mrz_required=plan.requires(side),
        grace_days=grace_days,
    )


@dataclass(frozen=True)
class StepCheck:
    """One step's checks with everything they need, fixed when the step starts. A job hands it
    to the checks' thread with the frame, so that thread never reads what the GUI thread may
    change meanwhile (the chosen document, the settings, the kept front)."""

    side: Step
    fmt: DocumentFormat | None = None
    word: str = ""
    """The hand-held statement's word."""
    today: date | None = None
    """The date the statement must show (None: the day it is checked)."""
    read: ReadRequest | None = None
    """What a kept photo's MRZ is read against (None: this side is not read)."""
    match: FrontMatch | None = None
    """The face step's comparison with the kept front (None: nothing to compare with)."""

    def __call__(
        self, frame_bgr: np.ndarray, *, thorough: bool, still: bool = False, now: float = 0.0
    ) -> Report:
        """`now` (a monotonic time) dates a live frame for the face comparison's hold."""
        report = check_step(
            frame_bgr,
            self.side,
            self.fmt,
            thorough=thorough,
            still=still,
            word=self.word,
            today=self.today,
            read=self.read,
        )
        if self.match is None:
            return report
        if thorough:
            return self.match.taken(frame_bgr, report)
        return self.match.live(frame_bgr, report, now)


def plan_step(
    session: CaptureSession,
    catalogue: Catalogue,
    settings: Settings,
    side: Step,
    today: date | None = None,
) -> StepCheck:
    """The checks of `side` for the session's document as it stands now (the face step is
    compared with the front kept by now)."""
    document = session.document
    return StepCheck(
        side,
        document.format if document else None,
        settings.statement.word,
        today,
        mrz_request(
            catalogue,
            session.country,
            document.key if document else None,
            side,
            settings.mrz.expiry_grace_days,
        ),
        front_match(session) if side is Step.FACE else None,
    )
