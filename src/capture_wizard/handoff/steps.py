"""The phone's steps, in words for the person: the same photos the desktop would take (front,
back when two-sided, face, and the hand-held statement when enabled). English only for now:
the phone's page is not translated."""

from datetime import date

from capture_wizard.core.catalogue import DocumentOption
from capture_wizard.core.steps import Step
from capture_wizard.handoff.session import PhoneStep

BACK_CAMERA = "environment"
SELFIE_CAMERA = "user"


def phone_steps(
    sides: tuple[Step, ...], document: DocumentOption | None, word: str, today: date
) -> list[PhoneStep]:
    name = document.label.lower() if document else "document"
    front = document.front_label if document else "Front"
    flat = (
        "Hold your phone sideways. Lay the document on a dark, plain surface in good light, "
        "fill the picture with it, and avoid glare."
    )
    texts = {
        Step.FRONT: (f"{front} of your {name}", flat, BACK_CAMERA),
        Step.BACK: (f"Back of your {name}", f"Turn it over. {flat}", BACK_CAMERA),
        Step.FACE: (
            "A photo of your face",
            "Look straight at the camera in good light. No sunglasses or hat; only you in the "
            "picture.",
            SELFIE_CAMERA,
        ),
        Step.STATEMENT: (
            f"You, your {name} and a note",
            f"Write today's date ({today.isoformat()}) and the words “{word}” on a sheet of "
            f"paper. Hold the paper and your {name} beside your face.",
            SELFIE_CAMERA,
        ),
    }
    return [PhoneStep(side, *texts[side]) for side in sides]
