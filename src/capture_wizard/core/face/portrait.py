"""Which side of the document is shown: the front of a passport or ID card carries the holder's
portrait, the back does not. The document is straightened from its detected corners and the
face detector looks for a face of portrait size on it.

Runs only on a document the other checks accept: on a blurred, cut-off or glaring picture a
missed portrait would mean nothing, and the person has something else to fix first.
"""

from dataclasses import replace

import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.printed_portrait import straighten, tile_faces
from capture_wizard.core.geometry import aspect_of
from capture_wizard.core.issues import IssueCode, ordered
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.steps import Step


def portrait_height(frame_bgr: np.ndarray, corners: np.ndarray, aspect: float) -> float:
    """The largest face on the document, as a share of the document's height (0: none),
    looked for where portraits are printed (printed_portrait.tile_faces); turned over only
    when none of portrait size is found upright."""
    document = straighten(frame_bgr, corners, aspect)
    best = 0.0
    for turned in (False, True):
        faces = tile_faces(document, turned)
        best = max([best, *(f.height / document.shape[0] for f in faces)])
        if best >= T.MIN_PORTRAIT_HEIGHT:
            break
    return round(float(best), 3)


def side_issue(side: Step, height: float) -> IssueCode | None:
    """The front must show the main portrait; the back must not (it is the front again)."""
    has_portrait = height >= T.MIN_PORTRAIT_HEIGHT
    if side is Step.FRONT and not has_portrait:
        return IssueCode.NO_PORTRAIT
    if side is Step.BACK and has_portrait:
        return IssueCode.FRONT_NOT_BACK
    return None


def check_side(
    frame_bgr: np.ndarray,
    report: QualityReport,
    side: Step,
    fmt: DocumentFormat | None,
) -> QualityReport:
    """The document report with the portrait check added (for an accepted front or back)."""
    if not report.ok or report.corners is None or not side.is_document_side:
        return report
    aspect = fmt.aspect if fmt is not None else aspect_of(report.corners)
    height = portrait_height(frame_bgr, report.corners, aspect)
    metrics = {**report.metrics, "portrait_height": height}
    issue = side_issue(side, height)
    issues = tuple(ordered([*report.issues, issue])) if issue else report.issues
    return replace(report, issues=issues, metrics=metrics)
