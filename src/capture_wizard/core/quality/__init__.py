"""Document quality engine: frame (BGR) -> QualityReport.

One small module per check (framing, exposure, sharpness, glare, occlusion from detection);
every threshold lives in `thresholds`. Frames are scaled to a fixed working resolution first,
so verdicts do not depend on the camera's resolution.
"""

import cv2
import numpy as np

from capture_wizard.core.documents import ID1, ID3, DocumentFormat
from capture_wizard.core.geometry import side_lengths
from capture_wizard.core.issues import IssueCode, ordered
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection, detect_document
from capture_wizard.core.quality.exposure import document_exposure, frame_exposure
from capture_wizard.core.quality.framing import framing_issues
from capture_wizard.core.quality.glare import glare_metrics, has_glare
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.quality.sharpness import blur_score

__all__ = ["QualityReport", "analyze"]


def _as_bgr(frame: np.ndarray) -> np.ndarray:
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
        raise TypeError("frame must be a uint8 numpy array (H x W x 3, BGR)")
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"frame must be H x W x 3 (BGR), got shape {frame.shape}")
    return frame


def _working_copy(frame: np.ndarray) -> tuple[np.ndarray, float]:
    h, w = frame.shape[:2]
    scale = T.WORK_LONG_SIDE / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cv2.resize(frame, size, interpolation=interpolation), scale


def _rectify(
    frame: np.ndarray, corners: np.ndarray, fmt: DocumentFormat
) -> tuple[np.ndarray, np.ndarray | None]:
    """The document seen straight on, long side horizontal, at RECTIFIED_LONG_SIDE, in grey.

    Also a mask of the part that lies inside the frame, when some of it does not.
    """
    sides = side_lengths(corners)
    if sides[1] + sides[3] > sides[0] + sides[2]:  # turned: start at a long side
        corners = np.roll(corners, -1, axis=0)
    w = T.RECTIFIED_LONG_SIDE
    h = round(w / fmt.aspect)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), dst)
    doc = cv2.warpPerspective(
        frame, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    gray = cv2.cvtColor(doc, cv2.COLOR_BGR2GRAY)
    fh, fw = frame.shape[:2]
    if corners.min() >= 0 and (corners[:, 0] <= fw).all() and (corners[:, 1] <= fh).all():
        return gray, None
    inside = np.full((fh, fw), 255, np.uint8)
    valid = cv2.warpPerspective(inside, matrix, (w, h), flags=cv2.INTER_NEAREST)
    return gray, cv2.erode(valid, np.ones((9, 9), np.uint8)) > 0


def _nearest_format(corners: np.ndarray) -> DocumentFormat:
    sides = side_lengths(corners)
    a, b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    aspect = max(a, b) / max(1e-6, min(a, b))
    return min((ID1, ID3), key=lambda f: abs(f.aspect - aspect))


def _document_checks(frame, small, scale, det: Detection, spec) -> tuple[set, dict]:
    issues, metrics = framing_issues(det.corners, small.shape[1], small.shape[0])
    corners = det.corners / scale
    gray, valid = _rectify(frame, corners, spec or _nearest_format(det.corners))
    exposure, exposure_metrics = document_exposure(gray if valid is None else gray[valid])
    issues |= exposure
    metrics |= exposure_metrics
    metrics["blur"] = round(blur_score(gray, valid), 4)
    metrics["occlusion"] = round(det.occlusion, 4)
    metrics["coverage"] = round(det.coverage, 4)
    glare = glare_metrics(gray)
    metrics |= glare
    if IssueCode.TOO_FAR not in issues:  # too small to judge its content fairly
        if metrics["blur"] > T.BLUR_DOCUMENT:
            issues.add(IssueCode.BLUR)
        if IssueCode.TOO_BRIGHT not in issues and has_glare(glare):
            issues.add(IssueCode.GLARE)
        if det.occlusion >= T.OCCLUSION_MIN_SHARE:
            issues.add(IssueCode.OCCLUDED)
    return issues, metrics


def analyze(frame_bgr: np.ndarray, spec: DocumentFormat | None = None) -> QualityReport:
    """Check one camera frame or photo (H x W x 3 uint8 BGR) of an identity document.

    `spec` is the expected physical format when the document type is known; it narrows
    detection to that aspect ratio and rectifies the document to its true shape.
    """
    frame = _as_bgr(frame_bgr)
    h, w = frame.shape[:2]
    small, scale = _working_copy(frame)
    det = detect_document(small, spec.aspect if spec else None)
    if det is None:
        gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
        issues, metrics = frame_exposure(gray)
        issues.add(IssueCode.NO_DOCUMENT)
        if float(gray.std()) >= T.FRAME_MIN_CONTRAST:
            metrics["frame_blur"] = round(blur_score(gray), 4)
            if metrics["frame_blur"] > T.BLUR_FRAME:
                issues.add(IssueCode.BLUR)
        return QualityReport(tuple(ordered(issues)), None, (w, h), None, metrics)
    issues, metrics = _document_checks(frame, small, scale, det, spec)
    fmt = spec or _nearest_format(det.corners)
    corners = (det.corners / scale).astype(np.float32)
    return QualityReport(tuple(ordered(issues)), corners, (w, h), fmt.name, metrics)
