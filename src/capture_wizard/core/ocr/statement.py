"""The hand-held statement: one person, holding their document and a paper with today's date
and the configured word, beside their face.

Live frames check the person and the document (fast); reading the paper with tesseract takes
about half a second, so it runs on the picture that is taken (`read=True`).

The document is the quadrilateral that carries a portrait: the paper is a quadrilateral too
(often the most prominent one), so a candidate without a portrait is blanked out and the
search goes on.
"""

from dataclasses import dataclass, field
from datetime import date

import cv2
import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face import thresholds as FT
from capture_wizard.core.face.detector import detect_faces
from capture_wizard.core.face.portrait import portrait_height
from capture_wizard.core.face.printed_portrait import straighten
from capture_wizard.core.face.report import Face, face_anchor
from capture_wizard.core.geometry import aspect_of
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr.text import contains_date, contains_word
from capture_wizard.core.quality import outline_corners

MAX_CANDIDATES = 3
"""Quadrilaterals tried per search area (the paper, a picture frame... before the card)."""
MIN_PERSON_HEIGHT = 0.1
"""A face counts as a person from this share of the frame height: a document's portrait held
at arm's length stays below it (about 0.07 at 720p) even when the document itself is not
found. A second person further back than that is not seen by this step (the face step's own
check, with a lower limit, covers that)."""
PAPER_HEIGHT = 300
"""The paper is straightened to this height (px) before it is read."""
PAPER_RIM = 0.04
"""Trimmed from each edge of the straightened paper (its border and what lies beyond)."""
MIN_TEXT_CHARS = 4
"""Fewer letters and digits than this read from the frame: the paper cannot be read."""
STATEMENT_PRIORITY = (
    IssueCode.NO_FACE,
    IssueCode.MULTIPLE_FACES,
    IssueCode.NO_DOCUMENT,
    IssueCode.STATEMENT_UNREADABLE,
    IssueCode.STATEMENT_WRONG_DATE,
    IssueCode.STATEMENT_MISSING_WORD,
)


class OcrUnavailable(Exception):
    """tesseract is not installed or cannot run."""


@dataclass(frozen=True)
class StatementReport:
    issues: tuple[IssueCode, ...]
    faces: tuple[Face, ...]
    """The people in the picture, largest first (the document's portrait is not counted)."""
    document: np.ndarray | None
    """4x2 corners of the held document, or None."""
    frame_size: tuple[int, int]
    text_read: bool
    """Whether the paper was read (only for a taken picture)."""
    date_found: bool = False
    word_found: bool = False
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def anchor(self) -> np.ndarray | None:
        """The person's face box must hold still for auto-capture."""
        return face_anchor(self.faces)

    def as_dict(self) -> dict:
        """For the package manifest. The text read is never stored: only what was found."""
        corners = None if self.document is None else self.document.round(1).tolist()
        return {
            "ok": self.ok,
            "issues": [str(i) for i in self.issues],
            "faces": [[round(float(v), 1) for v in f.box] for f in self.faces],
            "document": {"corners": corners},
            "statement": {
                "read": self.text_read,
                "date_found": self.date_found,
                "word_found": self.word_found,
            },
            "metrics": {"width": self.frame_size[0], "height": self.frame_size[1], **self.metrics},
        }


def _blank(image: np.ndarray, corners: np.ndarray, fill: tuple) -> np.ndarray:
    """A copy with this quadrilateral painted over, a little beyond its edges (its rim would
    otherwise be found again)."""
    centre = corners.mean(axis=0)
    grown = (centre + (corners - centre) * 1.08).astype(np.int32)
    out = image.copy()
    cv2.fillConvexPoly(out, grown, fill)
    return out


def _quads(frame_bgr: np.ndarray, fmt: DocumentFormat | None):
    """Document-shaped quadrilaterals, most prominent first, each painted over once found; then
    the same in the frame's left and right halves, where a card held at arm's length is a
    larger share of the picture than the document detector expects in a whole frame. Found by
    the outline search alone, of the format's own shape when `fmt` is known: the learned
    detector sees the card and the paper held just above it as one document."""
    fill = tuple(int(v) for v in np.median(frame_bgr.reshape(-1, 3), axis=0))
    width = frame_bgr.shape[1]
    for x0, x1 in ((0, width), (0, width // 2), (width // 2, width)):
        work = frame_bgr[:, x0:x1]
        for _ in range(MAX_CANDIDATES):
            corners = outline_corners(work, fmt)
            if corners is None:
                break
            yield corners + np.float32([x0, 0])
            work = _blank(work, corners, fill)


def find_document(
    frame_bgr: np.ndarray, fmt: DocumentFormat | None, person: Face | None
) -> tuple[np.ndarray | None, list[np.ndarray]]:
    """(corners of the held identity document, the other quadrilaterals seen on the way).

    The document is the quadrilateral with a portrait that is not around the person's own face;
    the others are candidates for the paper."""
    others = []
    for corners in _quads(frame_bgr, fmt):
        if person is not None and _inside(person.center, corners):
            continue
        aspect = fmt.aspect if fmt else aspect_of(corners)
        if portrait_height(frame_bgr, corners, aspect) >= FT.MIN_PORTRAIT_HEIGHT:
            return corners, others
        others.append(corners)
    return None, others


def _ocr(gray: np.ndarray, psm: int) -> str:
    import pytesseract

    try:
        return pytesseract.image_to_string(gray, config=f"--psm {psm}")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError) as exc:
        raise OcrUnavailable(
            f"the text could not be read: tesseract is not available ({exc})"
        ) from exc


def _read_paper(frame_bgr: np.ndarray, corners: np.ndarray) -> str:
    """What tesseract reads on the paper. Never logged: it may be personal.

    The paper is straightened, its rim trimmed and binarised (Otsu) before it is read as a block
    of text: on the grey, slightly tilted note tesseract misread most dotted dates (22.11.2026
    as "22 A1 2026"); binarised, it read all of them in the evaluation."""
    paper = straighten(frame_bgr, corners, aspect_of(corners), height=PAPER_HEIGHT)
    rim = int(PAPER_HEIGHT * PAPER_RIM)
    gray = cv2.cvtColor(paper[rim:-rim, rim:-rim], cv2.COLOR_BGR2GRAY)
    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return _ocr(binary, psm=6)


def read_text(frame_bgr: np.ndarray, papers: list[np.ndarray], enough) -> str:
    """The paper's text; and, unless `enough(text)` already holds, the whole frame's too (for a
    paper that was not found as a quadrilateral, or was misread)."""
    text = _read_paper(frame_bgr, papers[0]) if papers else ""
    if not enough(text):
        text += "\n" + _ocr(cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY), psm=11)
    return text


def _inside(point: tuple[float, float], corners: np.ndarray | None) -> bool:
    if corners is None:
        return False
    return cv2.pointPolygonTest(corners.astype(np.float32), point, False) >= 0


def check_statement(
    frame_bgr: np.ndarray,
    word: str,
    today: date,
    fmt: DocumentFormat | None = None,
    read: bool = True,
) -> StatementReport:
    """Check a statement picture. With `read=False` (live frames) the paper is not read."""
    height, width = frame_bgr.shape[:2]
    faces = [f for f in detect_faces(frame_bgr, thorough=read) if f.score >= FT.MIN_SCORE]
    document, papers = find_document(frame_bgr, fmt, faces[0] if faces else None)
    people = tuple(
        f
        for f in faces
        if f.height / height >= MIN_PERSON_HEIGHT
        and not _inside(f.center, document)  # the portrait on the card is not a person
    )
    issues: set[IssueCode] = set()
    if not people:
        issues.add(IssueCode.NO_FACE)
    elif len(people) > 1:
        issues.add(IssueCode.MULTIPLE_FACES)
    if document is None:
        issues.add(IssueCode.NO_DOCUMENT)
    date_found = word_found = False
    metrics: dict[str, float] = {}
    if read:
        text = read_text(
            frame_bgr, papers, lambda t: contains_date(t, today) and contains_word(t, word)
        )
        chars = sum(c.isalnum() for c in text)
        metrics["text_chars"] = float(chars)
        date_found, word_found = contains_date(text, today), contains_word(text, word)
        if chars < MIN_TEXT_CHARS:
            issues.add(IssueCode.STATEMENT_UNREADABLE)
        else:
            if not date_found:
                issues.add(IssueCode.STATEMENT_WRONG_DATE)
            if not word_found:
                issues.add(IssueCode.STATEMENT_MISSING_WORD)
    ordered = tuple(c for c in STATEMENT_PRIORITY if c in issues)
    return StatementReport(
        ordered, people, document, (width, height), read, date_found, word_found, metrics
    )
