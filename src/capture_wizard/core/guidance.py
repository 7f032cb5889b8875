"""Turn a QualityReport or FaceReport into what the capture screen shows: a verdict colour, one
issue to fix first, and a pass/fail state for each group of checks. The words live in the UI
(translated); this module only decides."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from capture_wizard.core.issues import IssueCode

if TYPE_CHECKING:  # only named in annotations: the theme's colours need none of them
    from capture_wizard.core.face.report import FaceReport
    from capture_wizard.core.ocr.statement import StatementReport
    from capture_wizard.core.quality.report import QualityReport


class Verdict(StrEnum):
    GOOD = "good"
    """Green: nothing to fix."""
    ADJUST = "adjust"
    """Amber: the document is there; something about the picture needs fixing."""
    MISSING = "missing"
    """Red: no usable document in view (none found, or too dark/bright to see one)."""


class CheckGroup(StrEnum):
    """The indicator row under the viewfinder, in reading order."""

    DOCUMENT = "document"
    FRAMING = "framing"
    FOCUS = "focus"
    LIGHT = "light"
    GLARE = "glare"
    CLEAR_VIEW = "clear_view"


class FaceCheckGroup(StrEnum):
    """The indicator row under the face viewfinder, in reading order."""

    FACE = "face"
    POSITION = "position"
    POSE = "pose"
    LIGHT = "light"
    FOCUS = "focus"


class StatementCheckGroup(StrEnum):
    """The indicator row under the statement viewfinder, in reading order."""

    PERSON = "person"
    DOCUMENT = "document"
    TEXT = "text"


class CheckState(Enum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    """Cannot be judged yet (the check needs a document and none was found)."""


GROUP_OF: dict[IssueCode, CheckGroup] = {
    IssueCode.NO_DOCUMENT: CheckGroup.DOCUMENT,
    IssueCode.WRONG_DOCUMENT_TYPE: CheckGroup.DOCUMENT,
    IssueCode.NO_PORTRAIT: CheckGroup.DOCUMENT,
    IssueCode.FRONT_NOT_BACK: CheckGroup.DOCUMENT,
    IssueCode.CUT_OFF: CheckGroup.FRAMING,
    IssueCode.TOO_FAR: CheckGroup.FRAMING,
    IssueCode.TOO_CLOSE: CheckGroup.FRAMING,
    IssueCode.WRONG_ORIENTATION: CheckGroup.FRAMING,
    IssueCode.BLUR: CheckGroup.FOCUS,
    IssueCode.TOO_DARK: CheckGroup.LIGHT,
    IssueCode.TOO_BRIGHT: CheckGroup.LIGHT,
    IssueCode.GLARE: CheckGroup.GLARE,
    IssueCode.OCCLUDED: CheckGroup.CLEAR_VIEW,
}

FACE_GROUP_OF: dict[IssueCode, FaceCheckGroup] = {
    IssueCode.NO_FACE: FaceCheckGroup.FACE,
    IssueCode.MULTIPLE_FACES: FaceCheckGroup.FACE,
    IssueCode.FACE_MISMATCH: FaceCheckGroup.FACE,  # "only you": the document's holder
    IssueCode.FACE_TOO_FAR: FaceCheckGroup.POSITION,
    IssueCode.FACE_TOO_CLOSE: FaceCheckGroup.POSITION,
    IssueCode.FACE_OFF_CENTER: FaceCheckGroup.POSITION,
    IssueCode.FACE_TURNED: FaceCheckGroup.POSE,
    IssueCode.FACE_TOO_DARK: FaceCheckGroup.LIGHT,
    IssueCode.FACE_BLUR: FaceCheckGroup.FOCUS,
}

STATEMENT_GROUP_OF: dict[IssueCode, StatementCheckGroup] = {
    IssueCode.NO_FACE: StatementCheckGroup.PERSON,
    IssueCode.MULTIPLE_FACES: StatementCheckGroup.PERSON,
    IssueCode.NO_DOCUMENT: StatementCheckGroup.DOCUMENT,
    IssueCode.STATEMENT_UNREADABLE: StatementCheckGroup.TEXT,
    IssueCode.STATEMENT_WRONG_DATE: StatementCheckGroup.TEXT,
    IssueCode.STATEMENT_MISSING_WORD: StatementCheckGroup.TEXT,
}

# Checks that are judged on the whole frame too, so they have a state without a document.
_FRAME_WIDE = {CheckGroup.FOCUS, CheckGroup.LIGHT, CheckGroup.DOCUMENT}


@dataclass(frozen=True)
class Guidance:
    verdict: Verdict
    issue: IssueCode | None
    """The one thing to fix first (None when good)."""
    checks: dict
    """A state for each group of the page's check row (CheckGroup, FaceCheckGroup...)."""


def _guidance(issues, groups, group_of, judged, found: bool) -> Guidance:
    """Failing groups from the issues; the others pass when `judged(group)`, else unknown.
    Red while the subject (document, face, person) is not found, amber once it is."""
    failing = {group_of[c] for c in issues if c in group_of}
    checks = {
        group: CheckState.FAIL
        if group in failing
        else CheckState.PASS
        if judged(group)
        else CheckState.UNKNOWN
        for group in groups
    }
    if not issues:
        return Guidance(Verdict.GOOD, None, checks)
    return Guidance(Verdict.ADJUST if found else Verdict.MISSING, issues[0], checks)


def guide(report: QualityReport) -> Guidance:
    found = report.corners is not None
    return _guidance(
        report.issues, CheckGroup, GROUP_OF, lambda g: found or g in _FRAME_WIDE, found
    )


def guide_face(report: FaceReport) -> Guidance:
    """Face checks that need a face are unknown until one is found; only light is judged on the
    whole frame (a dark room)."""
    found = bool(report.faces)
    return _guidance(
        report.issues,
        FaceCheckGroup,
        FACE_GROUP_OF,
        lambda g: found or g is FaceCheckGroup.LIGHT,
        found,
    )


def guide_statement(report: StatementReport) -> Guidance:
    """The paper is only read on the taken picture: live, its indicator stays unknown."""
    return _guidance(
        report.issues,
        StatementCheckGroup,
        STATEMENT_GROUP_OF,
        lambda g: g is not StatementCheckGroup.TEXT or report.text_read,
        bool(report.faces),
    )


def back_is_shown(report: QualityReport) -> bool:
    """On the back's step: a document is in view and it is not the side with the portrait —
    the person has turned it over, so the live guidance takes over from "turn it over"."""
    return report.corners is not None and IssueCode.FRONT_NOT_BACK not in report.issues
