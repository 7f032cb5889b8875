"""Every sentence the capture screens show, keyed by the codes `core` returns. The tables are
marked with QT_TRANSLATE_NOOP so pyside6-lupdate extracts them, and translated when shown
(context "Guidance"; the document catalogue's words in context "Catalogue")."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from capture_wizard.camera.base import SourceProblem
from capture_wizard.core import instructions
from capture_wizard.core.guidance import CheckGroup, FaceCheckGroup, StatementCheckGroup
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.session import CaptureSource
from capture_wizard.core.steps import Step


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


_CHECKS = {
    CheckGroup.DOCUMENT: QT_TRANSLATE_NOOP("Guidance", "Document"),
    CheckGroup.FRAMING: QT_TRANSLATE_NOOP("Guidance", "Framing"),
    CheckGroup.FOCUS: QT_TRANSLATE_NOOP("Guidance", "Sharp"),
    CheckGroup.LIGHT: QT_TRANSLATE_NOOP("Guidance", "Light"),
    CheckGroup.GLARE: QT_TRANSLATE_NOOP("Guidance", "No glare"),
    CheckGroup.CLEAR_VIEW: QT_TRANSLATE_NOOP("Guidance", "Clear view"),
}

_FACE_CHECKS = {
    FaceCheckGroup.FACE: QT_TRANSLATE_NOOP("Guidance", "Only you"),
    FaceCheckGroup.POSITION: QT_TRANSLATE_NOOP("Guidance", "Position"),
    FaceCheckGroup.POSE: QT_TRANSLATE_NOOP("Guidance", "Facing camera"),
    FaceCheckGroup.LIGHT: QT_TRANSLATE_NOOP("Guidance", "Light"),
    FaceCheckGroup.FOCUS: QT_TRANSLATE_NOOP("Guidance", "Sharp"),
}

_STATEMENT_CHECKS = {
    StatementCheckGroup.PERSON: QT_TRANSLATE_NOOP("Guidance", "Only you"),
    StatementCheckGroup.DOCUMENT: QT_TRANSLATE_NOOP("Guidance", "Your document"),
    StatementCheckGroup.TEXT: QT_TRANSLATE_NOOP("Guidance", "Date and word (checked on the photo)"),
}

_PROBLEMS = {
    SourceProblem.NOT_FOUND: (
        QT_TRANSLATE_NOOP("Guidance", "No camera found"),
        QT_TRANSLATE_NOOP(
            "Guidance", "Connect a camera and press Try again, or upload a photo instead."
        ),
    ),
    SourceProblem.PERMISSION_DENIED: (
        QT_TRANSLATE_NOOP("Guidance", "The camera is not allowed"),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Allow this app to use the camera in your system's privacy settings, then press Try "
            "again. You can also upload a photo instead.",
        ),
    ),
    SourceProblem.BUSY: (
        QT_TRANSLATE_NOOP("Guidance", "The camera is busy"),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Another program is using the camera. Close it (video calls, other camera apps) and "
            "press Try again.",
        ),
    ),
    SourceProblem.DISCONNECTED: (
        QT_TRANSLATE_NOOP("Guidance", "The camera was disconnected"),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Check the camera's cable, then press Try again. Your earlier photos are kept.",
        ),
    ),
    SourceProblem.STALLED: (
        QT_TRANSLATE_NOOP("Guidance", "The camera sends no picture"),
        QT_TRANSLATE_NOOP(
            "Guidance", "Check that the camera is connected and not covered, then press Try again."
        ),
    ),
    SourceProblem.UNREADABLE: (
        QT_TRANSLATE_NOOP("Guidance", "The video cannot be played"),
        QT_TRANSLATE_NOOP(
            "Guidance", "The chosen video or image folder could not be read. Choose another source."
        ),
    ),
}

_SIDES = {
    Step.FRONT: QT_TRANSLATE_NOOP("Guidance", "Front"),
    Step.BACK: QT_TRANSLATE_NOOP("Guidance", "Back"),
    Step.FACE: QT_TRANSLATE_NOOP("Guidance", "Face"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("Guidance", "Statement"),
}

_SOURCES = {
    CaptureSource.WEBCAM: QT_TRANSLATE_NOOP("Guidance", "Camera"),
    CaptureSource.PHONE: QT_TRANSLATE_NOOP("Guidance", "Phone"),
    CaptureSource.FILE: QT_TRANSLATE_NOOP("Guidance", "Uploaded file"),
    CaptureSource.DEMO: QT_TRANSLATE_NOOP("Guidance", "Demo camera"),
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


_CATALOGUE = (
    QT_TRANSLATE_NOOP("Catalogue", "Passport"),
    QT_TRANSLATE_NOOP("Catalogue", "National identity card"),
    QT_TRANSLATE_NOOP("Catalogue", "Driving licence"),
    QT_TRANSLATE_NOOP("Catalogue", "Residence permit"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "A residence permit shows your right to stay, not your nationality. Please use your "
        "passport or national ID card.",
    ),
    QT_TRANSLATE_NOOP("Catalogue", "Work permit"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "A work permit is not an identity document. Please use your passport or national ID card.",
    ),
    QT_TRANSLATE_NOOP("Catalogue", "Student ID"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Student cards are not official identity documents. Please use your passport or "
        "national ID card.",
    ),
)
"""The labels and reasons resources/documents/catalogue.toml ships with, for lupdate. A label an
operator adds there shows as written until it is added here and translated."""


def catalogue_text(text: str) -> str:
    """Labels and reasons from the document catalogue (context "Catalogue")."""
    return QCoreApplication.translate("Catalogue", text)


_HEADINGS = {
    ("passport", Step.FRONT): QT_TRANSLATE_NOOP("Guidance", "Photo page of your passport"),
    ("id_card", Step.FRONT): QT_TRANSLATE_NOOP("Guidance", "Front of your identity card"),
    ("id_card", Step.BACK): QT_TRANSLATE_NOOP("Guidance", "Back of your identity card"),
    ("driving_licence", Step.FRONT): QT_TRANSLATE_NOOP("Guidance", "Front of your driving licence"),
    ("driving_licence", Step.BACK): QT_TRANSLATE_NOOP("Guidance", "Back of your driving licence"),
    ("passport", Step.STATEMENT): QT_TRANSLATE_NOOP("Guidance", "Hold up your passport and a note"),
    ("id_card", Step.STATEMENT): QT_TRANSLATE_NOOP(
        "Guidance", "Hold up your identity card and a note"
    ),
    ("driving_licence", Step.STATEMENT): QT_TRANSLATE_NOOP(
        "Guidance", "Hold up your driving licence and a note"
    ),
}
_GENERIC_HEADINGS = {
    Step.FRONT: QT_TRANSLATE_NOOP("Guidance", "Front of your document"),
    Step.BACK: QT_TRANSLATE_NOOP("Guidance", "Back of your document"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("Guidance", "Hold up your document and a note"),
}


def step_heading(document_key: str | None, step: Step) -> str:
    """The capture page's heading, a whole sentence per document type (no grammar assembled
    from a label); a type added to the catalogue gets the generic one."""
    return _tr(_HEADINGS.get((document_key or "", step)) or _GENERIC_HEADINGS[step])


_DROP_HERE = {
    Step.FRONT: QT_TRANSLATE_NOOP("Guidance", "Drop a photo of the front here"),
    Step.BACK: QT_TRANSLATE_NOOP("Guidance", "Drop a photo of the back here"),
    Step.FACE: QT_TRANSLATE_NOOP("Guidance", "Drop a photo of your face here"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("Guidance", "Drop the photo here"),
}


def drop_here(step: Step) -> str:
    return _tr(_DROP_HERE[step])
