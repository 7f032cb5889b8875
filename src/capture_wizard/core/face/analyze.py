"""The face checks: from the detected faces and the pixels to issue codes, most urgent first."""

import math

import cv2
import numpy as np

from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.detector import detect_faces
from capture_wizard.core.face.report import Face, FaceReport
from capture_wizard.core.issues import IssueCode

FACE_PRIORITY: tuple[IssueCode, ...] = (
    IssueCode.NO_FACE,
    IssueCode.MULTIPLE_FACES,
    IssueCode.FACE_TOO_DARK,
    IssueCode.FACE_TOO_CLOSE,
    IssueCode.FACE_TOO_FAR,
    IssueCode.FACE_OFF_CENTER,
    IssueCode.FACE_TURNED,
    IssueCode.FACE_BLUR,
    IssueCode.FACE_MISMATCH,
)
"""Only the owner in the picture first, then light (which spoils everything else), framing,
pose, and sharpness (a blurred face is often a moving one: framing settles it); whether it is
the document's holder last (it is judged only on a face that passes everything else)."""


def _inner_face(gray: np.ndarray, face: Face) -> np.ndarray | None:
    """The middle of the face box (eyes to mouth, no hair or background), scaled to a square."""
    x, y, w, h = face.box
    x0, x1 = int(x + 0.2 * w), int(x + 0.8 * w)
    y0, y1 = int(y + 0.15 * h), int(y + 0.85 * h)
    height, width = gray.shape
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return cv2.resize(gray[y0:y1, x0:x1], (T.FACE_WORK_SIZE, T.FACE_WORK_SIZE), cv2.INTER_AREA)


def pose(face: Face) -> tuple[float, float]:
    """(yaw, roll in degrees): yaw is the nose tip's sideways offset from the eyes' midpoint
    over the eye distance (0 = facing the camera)."""
    right_eye, left_eye, nose = face.keypoints[0], face.keypoints[1], face.keypoints[2]
    dx, dy = left_eye - right_eye
    distance = math.hypot(dx, dy) + 1e-6
    roll = math.degrees(math.atan2(dy, dx))
    middle = (right_eye + left_eye) / 2
    # Offset of the nose along the eye line, so a tilted head is not taken for a turned one.
    along = ((nose - middle) @ np.array([dx, dy])) / distance
    return float(along / distance), float(roll)


def analyze_face(frame_bgr: np.ndarray, thorough: bool = False) -> FaceReport:
    """Check a selfie frame. `thorough` also runs the slower full-range detector (for a picture
    that is kept; see detect_faces)."""
    height, width = frame_bgr.shape[:2]
    gray = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY)
    detected = detect_faces(frame_bgr, thorough=thorough)
    faces = [f for f in detected if f.score >= T.MIN_SCORE]
    metrics: dict[str, float] = {"faces": float(len(faces))}
    issues: set[IssueCode] = set()
    if not faces:
        frame_luma = float(gray.mean())
        metrics["frame_luma"] = round(frame_luma, 1)
        issues.add(IssueCode.FACE_TOO_DARK if frame_luma < T.FRAME_DARK_LUMA else IssueCode.NO_FACE)
        return _report(issues, faces, (width, height), metrics)

    main = faces[0]
    others = [f for f in faces[1:] if f.height / height >= T.MIN_OTHER_FACE_HEIGHT]
    if others:
        issues.add(IssueCode.MULTIPLE_FACES)

    x, y, w, h = main.box
    size = h / height
    metrics["face_height"] = round(size, 3)
    margin_x, margin_y = T.EDGE_MARGIN * width, T.EDGE_MARGIN * height
    touches_edge = (
        x < margin_x or y < margin_y or x + w > width - margin_x or y + h > height - margin_y
    )
    if size > T.MAX_FACE_HEIGHT or (touches_edge and size > T.MIN_FACE_HEIGHT * 1.5):
        issues.add(IssueCode.FACE_TOO_CLOSE)
    elif size < T.MIN_FACE_HEIGHT:
        issues.add(IssueCode.FACE_TOO_FAR)

    if size < T.MIN_FACE_HEIGHT:  # keypoints and pixels of a small face are too coarse to
        return _report(issues, faces, (width, height), metrics)  # judge: come closer first

    cx, cy = main.center
    offset = max(abs(cx / width - 0.5), abs(cy / height - 0.5))
    metrics["center_offset"] = round(offset, 3)
    if offset > T.MAX_CENTER_OFFSET and IssueCode.FACE_TOO_CLOSE not in issues:
        issues.add(IssueCode.FACE_OFF_CENTER)

    yaw, roll = pose(main)
    metrics["yaw"], metrics["roll"] = round(yaw, 3), round(roll, 1)
    if abs(yaw) > T.MAX_YAW or abs(roll) > T.MAX_ROLL_DEGREES:
        issues.add(IssueCode.FACE_TURNED)

    inner = _inner_face(gray, main)
    if inner is not None:
        luma = float(inner.mean())
        sharpness = float(cv2.Laplacian(inner, cv2.CV_64F).var())
        metrics["face_luma"], metrics["face_sharpness"] = round(luma, 1), round(sharpness, 1)
        if luma < T.MIN_FACE_LUMA:
            issues.add(IssueCode.FACE_TOO_DARK)
        elif sharpness < T.MIN_FACE_SHARPNESS:
            issues.add(IssueCode.FACE_BLUR)
    return _report(issues, faces, (width, height), metrics)


def _report(issues, faces, size, metrics) -> FaceReport:
    rank = {code: i for i, code in enumerate(FACE_PRIORITY)}
    ordered = tuple(sorted(issues, key=rank.__getitem__))
    return FaceReport(ordered, tuple(faces), size, metrics)
