"""Same person: the selfie's face against the portrait on the document's front.

The portrait is cut from the accepted front (or passport page), straightened from its detected
corners, and described once; each selfie's main face is described and the two compared. A
document whose portrait cannot be described (none found, two alike, too small) gets
`no_portrait`, never an exception. Live frames are compared only once the face has held still
(LiveMatch), not on every frame: one description takes a tenth of a second or more.
"""

from dataclasses import dataclass, replace

import cv2
import numpy as np

from capture_wizard.core.autocapture import MAX_DRIFT
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.describe import describe, distance
from capture_wizard.core.face.detector import detect_near_faces, merge_faces
from capture_wizard.core.face.printed_portrait import straighten
from capture_wizard.core.face.report import Face, FaceMatch, FaceReport
from capture_wizard.core.geometry import aspect_of, side_lengths
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.steps import Step


@dataclass(frozen=True)
class Portrait:
    descriptor: np.ndarray | None
    """None: the document shows no portrait that can be described."""
    face_pixels: float
    """The portrait face's height in the picture as taken (0 when none was found)."""


def portrait_faces(document: np.ndarray) -> list[Face]:
    """Portrait-sized faces on a straightened document, in its pixels. The detector is made for
    faces that fill much of the picture: it looks at the document's two end squares (where
    portraits are printed), as portrait.portrait_height does."""
    height, width = document.shape[:2]
    faces: list[Face] = []
    for x0 in sorted({0, max(0, width - height)}):
        tile = np.ascontiguousarray(document[:, x0 : x0 + height])
        found = [
            Face((x + x0, y, w, h), f.score, f.keypoints + np.float32([x0, 0]))
            for f in detect_near_faces(tile)
            for x, y, w, h in [f.box]
            if f.score >= T.MIN_PORTRAIT_SCORE and h >= T.MIN_PORTRAIT_HEIGHT * height
        ]
        faces = merge_faces(faces, found)
    return sorted(faces, key=lambda f: f.height, reverse=True)


def find_portrait(picture_bgr: np.ndarray, corners: np.ndarray, aspect: float) -> Portrait:
    """The holder's portrait on the document with these corners (clockwise from top-left, in
    picture pixels) and this long-over-short side ratio, described."""
    document = straighten(picture_bgr, corners, aspect, T.PORTRAIT_DESCRIBE_HEIGHT)
    sides = side_lengths(corners)
    document_pixels = float(min(sides[0] + sides[2], sides[1] + sides[3]) / 2)
    # The detector also finds a face standing on its head (a card held upside down), which
    # dlib cannot describe; the same face upright scores higher, so the better of the two wins.
    found = [
        (image, portrait_faces(image)) for image in (document, cv2.rotate(document, cv2.ROTATE_180))
    ]
    found = [(image, faces) for image, faces in found if faces]
    if not found:
        return Portrait(None, 0.0)
    image, faces = max(found, key=lambda pair: pair[1][0].score)
    main = faces[0]
    pixels = main.height / T.PORTRAIT_DESCRIBE_HEIGHT * document_pixels
    alike = [f for f in faces[1:] if f.height >= T.SECOND_PORTRAIT_SHARE * main.height]
    if alike or pixels < T.MIN_PORTRAIT_FACE_PIXELS:
        return Portrait(None, round(pixels, 1))
    return Portrait(describe(image, main), round(pixels, 1))


def whole_picture(picture_bgr: np.ndarray) -> np.ndarray:
    """Corners of a picture that is the document edge to edge (a scan, a crop)."""
    height, width = picture_bgr.shape[:2]
    return np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])


def score(portrait: Portrait, selfie_bgr: np.ndarray, face: Face) -> FaceMatch:
    """The selfie's face (found by our detector) against the portrait."""
    if portrait.descriptor is None:
        return FaceMatch(None, None)
    value = round(1.0 - distance(portrait.descriptor, describe(selfie_bgr, face)), 3)
    return FaceMatch(value, value >= T.MATCH_MIN_SCORE)


def with_match(report: FaceReport, match: FaceMatch | None) -> FaceReport:
    """The face report with the comparison, and face_mismatch among its issues when the faces
    differ (no_portrait stays in the match: on the face step it is not the person's to fix)."""
    if match is None:
        return report
    issues = report.issues
    if match.same_person is False:
        issues = (*issues, match.issue)
    return replace(report, issues=issues, match=match)


def compare(portrait: Portrait, selfie_bgr: np.ndarray, report: FaceReport) -> FaceReport:
    """A checked selfie compared with the portrait (its main face; unchanged without a face)."""
    if not report.faces:
        return report
    return with_match(report, score(portrait, selfie_bgr, report.faces[0]))


class LiveMatch:
    """For live frames: the face is compared once it has been good and held still for
    MATCH_STEADY_SECONDS; the result then stands for every frame while it stays where it was
    (the same rule as auto-capture's), and a new hold is compared again."""

    def __init__(self, portrait: Portrait) -> None:
        self.portrait = portrait
        self._anchor: np.ndarray | None = None
        self._since = 0.0
        self._match: FaceMatch | None = None
        self.comparisons = 0
        """How many frames were described (for tests and the benchmark)."""

    def check(self, frame_bgr: np.ndarray, report: FaceReport, now: float) -> FaceReport:
        if not report.ok or report.anchor is None:
            self._anchor = None
            return report
        if self._anchor is None or not self._steady(report):
            self._anchor, self._since, self._match = report.anchor.copy(), now, None
        if self._match is None and now - self._since >= T.MATCH_STEADY_SECONDS:
            self.comparisons += 1
            self._match = score(self.portrait, frame_bgr, report.faces[0])
        return with_match(report, self._match)

    def _steady(self, report: FaceReport) -> bool:
        width, height = report.frame_size
        drift = np.linalg.norm(report.anchor - self._anchor, axis=1).max()
        return drift <= MAX_DRIFT * float(np.hypot(width, height))


class FrontMatch:
    """The face step's comparisons with the kept front: its portrait is described on first use
    (on the checks' thread, not at construction), live frames go through LiveMatch, a taken
    picture is always compared."""

    def __init__(self, front_bgr: np.ndarray, corners: np.ndarray, aspect: float) -> None:
        self._front = (front_bgr, corners, aspect)
        self._live: LiveMatch | None = None

    def _matcher(self) -> LiveMatch:
        if self._live is None:
            self._live = LiveMatch(find_portrait(*self._front))
        return self._live

    def live(self, frame_bgr: np.ndarray, report: FaceReport, now: float) -> FaceReport:
        return self._matcher().check(frame_bgr, report, now)

    def taken(self, frame_bgr: np.ndarray, report: FaceReport) -> FaceReport:
        return compare(self._matcher().portrait, frame_bgr, report)


def front_match(session: CaptureSession) -> FrontMatch | None:
    """Comparisons with the session's kept front (None: no front, or one without an outline)."""
    front = session.captures.get(Step.FRONT)
    corners = getattr(front.report, "corners", None) if front else None
    if corners is None:
        return None
    fmt = session.document.format if session.document else None
    return FrontMatch(front.image, corners, fmt.aspect if fmt else aspect_of(corners))


def recorded_only(report: FaceReport) -> FaceReport:
    """The report with its comparison kept but face_mismatch not among the issues: for where a
    mismatch may not block (`face.match_required` off) and no warning can be shown."""
    issues = tuple(c for c in report.issues if c is not IssueCode.FACE_MISMATCH)
    return replace(report, issues=issues)
