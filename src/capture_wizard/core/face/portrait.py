"""Which side of the document is shown: the front of a passport or ID card carries the holder's
portrait, the back does not. The document is straightened from its detected corners and the
face detector looks for a face of portrait size on it.

Runs only on a document the other checks accept: on a blurred, cut-off or glaring picture a
missed portrait would mean nothing, and the person has something else to fix first.
"""

from dataclasses import replace

import cv2
import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.detector import detect_near_faces
from capture_wizard.core.geometry import side_lengths
from capture_wizard.core.issues import IssueCode, ordered
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.steps import Step


def straighten(
    frame_bgr: np.ndarray,
    corners: np.ndarray,
    aspect: float,
    height: int = T.PORTRAIT_WORK_HEIGHT,
) -> np.ndarray:
    """The document alone, as if scanned, long side horizontal: corners (clockwise from
    top-left) to a rectangle. A card standing upright in a portrait frame comes out turned by
    90° one way or the other; portrait_height looks at both."""
    sides = side_lengths(corners)
    if sides[1] + sides[3] > sides[0] + sides[2]:  # start at a long side
        corners = np.roll(corners, -1, axis=0)
    width = round(height * aspect)
    target = np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(frame_bgr, matrix, (width, height), flags=cv2.INTER_LINEAR)


def portrait_height(frame_bgr: np.ndarray, corners: np.ndarray, aspect: float) -> float:
    """The largest face on the document, as a share of the document's height (0: none).

    The detector is made for selfies, where a face fills a good part of the picture; on a whole
    card the portrait's face is small. So it looks at two squares, the card's left and right
    ends, where portraits are printed (each square's height is the card's), and at the same
    squares turned over when the document is held upside down."""
    document = straighten(frame_bgr, corners, aspect)
    best = 0.0
    for image in (document, cv2.rotate(document, cv2.ROTATE_180)):
        height, width = image.shape[:2]
        for x0 in (0, max(0, width - height)):
            tile = np.ascontiguousarray(image[:, x0 : x0 + height])
            faces = [f for f in detect_near_faces(tile) if f.score >= T.MIN_PORTRAIT_SCORE]
            best = max([best, *(f.height / height for f in faces)])
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


def aspect_of(corners: np.ndarray) -> float:
    """Long side over short side of a quadrilateral (when the document's format is unknown)."""
    top, right, bottom, left = side_lengths(corners)
    long, short = max(top + bottom, right + left), min(top + bottom, right + left)
    return float(long / max(short, 1e-6))
