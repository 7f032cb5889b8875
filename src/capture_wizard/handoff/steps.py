"""The phone's steps, in words for the person: the same photos the desktop would take (front,
back when two-sided, face, and the hand-held statement when enabled). Whole sentences per
document type, marked for pyside6-lupdate (context "Phone") and translated by `translate`."""

from collections.abc import Callable
from datetime import date

from capture_wizard.core.catalogue import DocumentOption
from capture_wizard.core.languages import QT_TRANSLATE_NOOP, left_to_right, untranslated
from capture_wizard.core.steps import Step
from capture_wizard.handoff.session import PhoneStep

BACK_CAMERA = "environment"
SELFIE_CAMERA = "user"

_TITLES = {
    ("passport", Step.FRONT): QT_TRANSLATE_NOOP("Phone", "Photo page of your passport"),
    ("id_card", Step.FRONT): QT_TRANSLATE_NOOP("Phone", "Front of your national identity card"),
    ("id_card", Step.BACK): QT_TRANSLATE_NOOP("Phone", "Back of your national identity card"),
    ("driving_licence", Step.FRONT): QT_TRANSLATE_NOOP("Phone", "Front of your driving licence"),
    ("driving_licence", Step.BACK): QT_TRANSLATE_NOOP("Phone", "Back of your driving licence"),
    ("passport", Step.STATEMENT): QT_TRANSLATE_NOOP("Phone", "You, your passport and a note"),
    ("id_card", Step.STATEMENT): QT_TRANSLATE_NOOP("Phone", "You, your identity card and a note"),
    ("driving_licence", Step.STATEMENT): QT_TRANSLATE_NOOP(
        "Phone", "You, your driving licence and a note"
    ),
}
_GENERIC_TITLES = {
    Step.FRONT: QT_TRANSLATE_NOOP("Phone", "Front of your document"),
    Step.BACK: QT_TRANSLATE_NOOP("Phone", "Back of your document"),
    Step.FACE: QT_TRANSLATE_NOOP("Phone", "A photo of your face"),
    Step.STATEMENT: QT_TRANSLATE_NOOP("Phone", "You, your document and a note"),
}
_HINTS = {
    Step.FRONT: QT_TRANSLATE_NOOP(
        "Phone",
        "Hold your phone sideways. Lay the document on a dark, plain surface in good light, "
        "fill the picture with it, and avoid glare.",
    ),
    Step.BACK: QT_TRANSLATE_NOOP(
        "Phone",
        "Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in "
        "good light, fill the picture with it, and avoid glare.",
    ),
    Step.FACE: QT_TRANSLATE_NOOP(
        "Phone",
        "Look straight at the camera in good light. No sunglasses or hat; only you in the picture.",
    ),
    Step.STATEMENT: QT_TRANSLATE_NOOP(
        "Phone",
        "Write today's date ({today}) and the words “{word}” on a sheet of paper. Hold the "
        "paper and your document beside your face.",
    ),
}
_CAMERAS = {Step.FRONT: BACK_CAMERA, Step.BACK: BACK_CAMERA}


def phone_steps(
    sides: tuple[Step, ...],
    document: DocumentOption | None,
    word: str,
    today: date,
    translate: Callable[[str, str], str] = untranslated,
) -> list[PhoneStep]:
    key = document.key if document else ""
    steps = []
    for side in sides:
        title = _TITLES.get((key, side)) or _GENERIC_TITLES[side]
        hint = translate("Phone", _HINTS[side]).format(
            today=left_to_right(today.isoformat()), word=word
        )
        camera = _CAMERAS.get(side, SELFIE_CAMERA)
        steps.append(PhoneStep(side, translate("Phone", title), hint, camera))
    return steps
