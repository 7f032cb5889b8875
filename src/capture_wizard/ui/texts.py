"""Every sentence the capture screens show, keyed by the codes `core` returns. All of them go
through Qt's translation (context "Guidance")."""

from PySide6.QtCore import QCoreApplication

from capture_wizard.camera.base import SourceProblem
from capture_wizard.core import instructions
from capture_wizard.core.guidance import CheckGroup, FaceCheckGroup, StatementCheckGroup
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.steps import Step


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


_CHECKS = {
    CheckGroup.DOCUMENT: "Document",
    CheckGroup.FRAMING: "Framing",
    CheckGroup.FOCUS: "Sharp",
    CheckGroup.LIGHT: "Light",
    CheckGroup.GLARE: "No glare",
    CheckGroup.CLEAR_VIEW: "Clear view",
}

_FACE_CHECKS = {
    FaceCheckGroup.FACE: "Only you",
    FaceCheckGroup.POSITION: "Position",
    FaceCheckGroup.POSE: "Facing camera",
    FaceCheckGroup.LIGHT: "Light",
    FaceCheckGroup.FOCUS: "Sharp",
}

_STATEMENT_CHECKS = {
    StatementCheckGroup.PERSON: "Only you",
    StatementCheckGroup.DOCUMENT: "Your document",
    StatementCheckGroup.TEXT: "Date and word (checked on the photo)",
}

_PROBLEMS = {
    SourceProblem.NOT_FOUND: (
        "No camera found",
        "Connect a camera and press Try again, or upload a photo instead.",
    ),
    SourceProblem.PERMISSION_DENIED: (
        "The camera is not allowed",
        "Allow this app to use the camera in your system's privacy settings, then press Try "
        "again. You can also upload a photo instead.",
    ),
    SourceProblem.BUSY: (
        "The camera is busy",
        "Another program is using the camera. Close it (video calls, other camera apps) and "
        "press Try again.",
    ),
    SourceProblem.DISCONNECTED: (
        "The camera was disconnected",
        "Check the camera's cable, then press Try again. Your earlier photos are kept.",
    ),
    SourceProblem.STALLED: (
        "The camera sends no picture",
        "Check that the camera is connected and not covered, then press Try again.",
    ),
    SourceProblem.UNREADABLE: (
        "The video cannot be played",
        "The chosen video or image folder could not be read. Choose another source.",
    ),
}

_SIDES = {
    Step.FRONT: "Front",
    Step.BACK: "Back",
    Step.FACE: "Face",
    Step.STATEMENT: "Statement",
}

_SOURCES = {
    CaptureSource.WEBCAM: "Camera",
    CaptureSource.PHONE: "Phone",
    CaptureSource.FILE: "Uploaded file",
    CaptureSource.DEMO: "Demo camera",
}


def instruction(code: IssueCode, uploaded: bool = False) -> str:
    """What to do about `code`; `uploaded`: for a file the person chose (choose another)."""
    return _tr(instructions.for_file(code) if uploaded else instructions.english(code))


def check_label(group: CheckGroup | FaceCheckGroup | StatementCheckGroup) -> str:
    if isinstance(group, FaceCheckGroup):
        return _tr(_FACE_CHECKS[group])
    if isinstance(group, StatementCheckGroup):
        return _tr(_STATEMENT_CHECKS[group])
    return _tr(_CHECKS[group])


def problem_text(problem: SourceProblem) -> tuple[str, str]:
    """(headline, what to do next)."""
    headline, advice = _PROBLEMS[problem]
    return _tr(headline), _tr(advice)


def side_label(side: Step) -> str:
    return _tr(_SIDES[side])


def source_label(source: CaptureSource) -> str:
    return _tr(_SOURCES[source])


def catalogue_text(text: str) -> str:
    """Labels and reasons from the document catalogue (context "Catalogue")."""
    return QCoreApplication.translate("Catalogue", text)
