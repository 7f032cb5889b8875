"""The phone's steps, in words for the person: the same photos the desktop would take (front,
back when two-sided, face, and the hand-held statement when enabled). English only for now:
the phone's page is not translated."""

from datetime import date

from capture_wizard.core.catalogue import DocumentOption
from capture_wizard.core.documents import CaptureSide
from capture_wizard.handoff.session import Step

BACK_CAMERA = "environment"
SELFIE_CAMERA = "user"


def phone_steps(
    sides: tuple[CaptureSide, ...], document: DocumentOption | None, word: str, today: date
) -> list[Step]:
    name = document.label.lower() if document else "document"
    front = document.front_label if document else "Front"
    flat = (
        "Hold your phone sideways. Lay the document on a dark, plain surface in good light, "
        "fill the picture with it, and avoid glare."
    )
    texts = {
        CaptureSide.FRONT: (f"{front} of your {name}", flat, BACK_CAMERA),
        CaptureSide.BACK: (f"Back of your {name}", f"Turn it over. {flat}", BACK_CAMERA),
        CaptureSide.FACE: (
            "A photo of your face",
            "Look straight at the camera in good light. No sunglasses or hat; only you in the "
            "picture.",
            SELFIE_CAMERA,
        ),
        CaptureSide.STATEMENT: (
            f"You, your {name} and a note",
            f"Write today's date ({today.isoformat()}) and the words “{word}” on a sheet of "
            f"paper. Hold the paper and your {name} beside your face.",
            SELFIE_CAMERA,
        ),
    }
    return [Step(side, *texts[side]) for side in sides]
