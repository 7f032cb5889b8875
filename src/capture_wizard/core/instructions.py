"""What to do about each issue code, in plain English: the one sentence shown for it on the
desktop (translated in context "Guidance", ui/texts.py) and on the phone's page (context
"Phone"). Marked for pyside6-lupdate; the translations live in resources/i18n/."""

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.languages import QT_TRANSLATE_NOOP

INSTRUCTIONS = {
    IssueCode.NO_DOCUMENT: QT_TRANSLATE_NOOP("Guidance", "Show your document to the camera"),
    IssueCode.CUT_OFF: QT_TRANSLATE_NOOP("Guidance", "Move the document fully into the frame"),
    IssueCode.TOO_FAR: QT_TRANSLATE_NOOP("Guidance", "Move the document closer"),
    IssueCode.TOO_CLOSE: QT_TRANSLATE_NOOP("Guidance", "Move the document a little further away"),
    IssueCode.WRONG_ORIENTATION: QT_TRANSLATE_NOOP("Guidance", "Hold the document horizontally"),
    IssueCode.BLUR: QT_TRANSLATE_NOOP("Guidance", "Hold still — the picture is blurred"),
    IssueCode.TOO_DARK: QT_TRANSLATE_NOOP("Guidance", "Find more light"),
    IssueCode.TOO_BRIGHT: QT_TRANSLATE_NOOP("Guidance", "Too bright — move away from direct light"),
    IssueCode.GLARE: QT_TRANSLATE_NOOP("Guidance", "Tilt the document to avoid glare"),
    IssueCode.OCCLUDED: QT_TRANSLATE_NOOP("Guidance", "Move your finger off the document"),
    IssueCode.WRONG_DOCUMENT_TYPE: QT_TRANSLATE_NOOP(
        "Guidance", "This is not the document you chose"
    ),
    IssueCode.EXPIRED: QT_TRANSLATE_NOOP("Guidance", "This document has expired — use a valid one"),
    IssueCode.UNREADABLE_MRZ: QT_TRANSLATE_NOOP(
        "Guidance",
        "Keep fingers and glare off the code lines at the bottom, and hold the document closer",
    ),
    IssueCode.WRONG_COUNTRY: QT_TRANSLATE_NOOP(
        "Guidance", "This document is from another country than the one you chose"
    ),
    IssueCode.UPSIDE_DOWN: QT_TRANSLATE_NOOP("Guidance", "Turn the document the right way up"),
    IssueCode.NO_PORTRAIT: QT_TRANSLATE_NOOP(
        "Guidance", "This looks like the back — show the side with your photo"
    ),
    IssueCode.FRONT_NOT_BACK: QT_TRANSLATE_NOOP(
        "Guidance", "This is the side with your photo — turn the document over"
    ),
    IssueCode.SCREENSHOT: QT_TRANSLATE_NOOP("Guidance", "Show the real document, not a screen"),
    IssueCode.EDITED: QT_TRANSLATE_NOOP("Guidance", "Use an unedited photo"),
    IssueCode.NO_FACE: QT_TRANSLATE_NOOP("Guidance", "Look into the camera"),
    IssueCode.MULTIPLE_FACES: QT_TRANSLATE_NOOP("Guidance", "Only you may be in the picture"),
    IssueCode.FACE_TOO_FAR: QT_TRANSLATE_NOOP("Guidance", "Come closer to the camera"),
    IssueCode.FACE_TOO_CLOSE: QT_TRANSLATE_NOOP("Guidance", "Move back a little"),
    IssueCode.FACE_TOO_DARK: QT_TRANSLATE_NOOP(
        "Guidance", "Light your face — turn towards a window or lamp"
    ),
    IssueCode.FACE_OFF_CENTER: QT_TRANSLATE_NOOP("Guidance", "Move your face into the oval"),
    IssueCode.FACE_TURNED: QT_TRANSLATE_NOOP(
        "Guidance", "Look straight at the camera, head upright"
    ),
    IssueCode.FACE_BLUR: QT_TRANSLATE_NOOP("Guidance", "Hold still — the picture is blurred"),
    IssueCode.FACE_MISMATCH: (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Your face does not match the photo on your document — the document's holder must "
            "take every photo",
        )
    ),
    IssueCode.STATEMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Guidance", "Hold the paper closer, flat and in good light"
    ),
    IssueCode.STATEMENT_WRONG_DATE: QT_TRANSLATE_NOOP(
        "Guidance", "Write today's date on the paper: year, month and day"
    ),
    IssueCode.STATEMENT_MISSING_WORD: QT_TRANSLATE_NOOP(
        "Guidance", "Write the word shown above on the paper"
    ),
}


# On the phone it is the phone that moves, and the photo is taken, not filmed.
PHONE_INSTRUCTIONS = {
    IssueCode.NO_DOCUMENT: QT_TRANSLATE_NOOP(
        "Phone", "Take a photo of your document, filling most of the picture"
    ),
    IssueCode.CUT_OFF: QT_TRANSLATE_NOOP(
        "Phone", "Get the whole document in the picture, with a little space around it"
    ),
    IssueCode.TOO_FAR: QT_TRANSLATE_NOOP("Phone", "Move the phone closer to the document"),
    IssueCode.TOO_CLOSE: QT_TRANSLATE_NOOP("Phone", "Move the phone a little further away"),
    IssueCode.WRONG_ORIENTATION: QT_TRANSLATE_NOOP(
        "Phone", "Turn your phone sideways so the document lies across the picture"
    ),
    IssueCode.NO_FACE: QT_TRANSLATE_NOOP(
        "Phone", "Take a photo of your face, looking into the camera"
    ),
    IssueCode.FACE_TOO_FAR: QT_TRANSLATE_NOOP("Phone", "Hold the phone closer to your face"),
    IssueCode.FACE_TOO_CLOSE: QT_TRANSLATE_NOOP("Phone", "Hold the phone a little further away"),
    IssueCode.FACE_OFF_CENTER: QT_TRANSLATE_NOOP(
        "Phone", "Keep your face in the middle of the picture"
    ),
    IssueCode.UNREADABLE_MRZ: QT_TRANSLATE_NOOP(
        "Phone",
        "Keep fingers and glare off the code lines at the bottom, and hold the phone closer",
    ),
}


# An uploaded file cannot be tilted or held still: the person chooses another photo.
FILE_INSTRUCTIONS = {
    IssueCode.NO_DOCUMENT: QT_TRANSLATE_NOOP(
        "Guidance", "No document can be seen in this photo — choose a photo of it"
    ),
    IssueCode.CUT_OFF: QT_TRANSLATE_NOOP(
        "Guidance", "Part of the document is missing — choose a photo of all of it"
    ),
    IssueCode.TOO_FAR: QT_TRANSLATE_NOOP(
        "Guidance", "The document is too small in this photo — choose a closer one"
    ),
    IssueCode.TOO_CLOSE: QT_TRANSLATE_NOOP(
        "Guidance", "The document does not fit in this photo — choose one of all of it"
    ),
    IssueCode.WRONG_ORIENTATION: QT_TRANSLATE_NOOP(
        "Guidance", "The document is turned on its side — choose an upright photo"
    ),
    IssueCode.BLUR: QT_TRANSLATE_NOOP("Guidance", "This photo is blurred — choose a sharp one"),
    IssueCode.TOO_DARK: QT_TRANSLATE_NOOP(
        "Guidance", "This photo is too dark — choose one taken in good light"
    ),
    IssueCode.TOO_BRIGHT: QT_TRANSLATE_NOOP(
        "Guidance", "This photo is too bright — choose one without direct light"
    ),
    IssueCode.GLARE: QT_TRANSLATE_NOOP(
        "Guidance", "Glare hides part of the document — choose a photo without reflections"
    ),
    IssueCode.OCCLUDED: QT_TRANSLATE_NOOP(
        "Guidance", "Something covers part of the document — choose a photo without it"
    ),
    IssueCode.UNREADABLE_MRZ: QT_TRANSLATE_NOOP(
        "Guidance", "The code lines at the bottom cannot be read — choose a sharper one"
    ),
    IssueCode.UPSIDE_DOWN: QT_TRANSLATE_NOOP(
        "Guidance", "The document is upside down — choose an upright photo"
    ),
    IssueCode.NO_FACE: QT_TRANSLATE_NOOP(
        "Guidance", "No face can be seen in this photo — choose a photo of your face"
    ),
    IssueCode.FACE_TOO_FAR: QT_TRANSLATE_NOOP(
        "Guidance", "Your face is too small in this photo — choose a closer one"
    ),
    IssueCode.FACE_TOO_CLOSE: QT_TRANSLATE_NOOP(
        "Guidance", "Your face is too close in this photo — choose one from further away"
    ),
    IssueCode.FACE_TOO_DARK: QT_TRANSLATE_NOOP(
        "Guidance", "Your face is too dark in this photo — choose one in good light"
    ),
    IssueCode.FACE_OFF_CENTER: QT_TRANSLATE_NOOP(
        "Guidance", "Your face is not in the middle of this photo — choose another"
    ),
    IssueCode.FACE_TURNED: QT_TRANSLATE_NOOP(
        "Guidance", "Your face is turned away in this photo — choose one looking straight"
    ),
    IssueCode.FACE_BLUR: QT_TRANSLATE_NOOP(
        "Guidance", "This photo is blurred — choose a sharp one"
    ),
    IssueCode.NO_PORTRAIT: QT_TRANSLATE_NOOP(
        "Guidance", "This looks like the back — choose a photo of the side with your photo"
    ),
    IssueCode.FRONT_NOT_BACK: QT_TRANSLATE_NOOP(
        "Guidance", "This is the side with your photo — choose a photo of the back"
    ),
    IssueCode.STATEMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Guidance", "The note cannot be read — choose a sharper, closer photo"
    ),
    IssueCode.SCREENSHOT: QT_TRANSLATE_NOOP(
        "Guidance", "This is a photo of a screen — choose a photo of the real document"
    ),
}


ADJUST = QT_TRANSLATE_NOOP("Guidance", "Adjust the document")


def english(code: IssueCode) -> str:
    return INSTRUCTIONS.get(code, ADJUST)


def for_phone(code: IssueCode) -> str:
    """The sentence for the phone's page."""
    return PHONE_INSTRUCTIONS.get(code) or english(code)


def for_file(code: IssueCode) -> str:
    """The sentence for a photo the person uploaded (nothing to tilt or hold still)."""
    return FILE_INSTRUCTIONS.get(code) or english(code)
