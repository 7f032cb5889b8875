"""The fixed vocabulary of issue codes (a public contract: codes may be added, never renamed)."""

from enum import StrEnum


class IssueCode(StrEnum):
    # Document.
    NO_DOCUMENT = "no_document"
    CUT_OFF = "cut_off"
    TOO_FAR = "too_far"
    TOO_CLOSE = "too_close"
    WRONG_ORIENTATION = "wrong_orientation"
    BLUR = "blur"
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"
    GLARE = "glare"
    OCCLUDED = "occluded"
    WRONG_DOCUMENT_TYPE = "wrong_document_type"
    EXPIRED = "expired"
    UNREADABLE_MRZ = "unreadable_mrz"
    NO_PORTRAIT = "no_portrait"
    SCREENSHOT = "screenshot"
    EDITED = "edited"
    FRONT_NOT_BACK = "front_not_back"
    """The back was asked for, but the side with the portrait is shown."""
    WRONG_COUNTRY = "wrong_country"
    """The MRZ's issuing state is not the country the person chose."""
    UPSIDE_DOWN = "upside_down"
    """The document is turned by 180 degrees (its MRZ reads only that way)."""
    # Face.
    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    FACE_TOO_FAR = "face_too_far"
    FACE_TOO_CLOSE = "face_too_close"
    FACE_TOO_DARK = "face_too_dark"
    FACE_OFF_CENTER = "face_off_center"
    FACE_TURNED = "face_turned"
    FACE_BLUR = "face_blur"
    FACE_MISMATCH = "face_mismatch"
    """The face does not match the portrait on the document's front."""
    # Hand-held statement.
    STATEMENT_UNREADABLE = "statement_unreadable"
    """No text can be read on the paper."""
    STATEMENT_WRONG_DATE = "statement_wrong_date"
    """The paper does not show today's date."""
    STATEMENT_MISSING_WORD = "statement_missing_word"
    """The paper does not show the configured word."""


# What the person should fix first comes first. Lighting that hides everything comes before
# "no document" (someone in a dark room must hear "find more light"); then framing (distance,
# position, orientation), then what spoils a well-framed picture (finger, glare, blur).
DOCUMENT_PRIORITY: tuple[IssueCode, ...] = (
    IssueCode.TOO_DARK,
    IssueCode.TOO_BRIGHT,
    IssueCode.NO_DOCUMENT,
    IssueCode.TOO_CLOSE,
    IssueCode.TOO_FAR,
    IssueCode.WRONG_ORIENTATION,
    IssueCode.UPSIDE_DOWN,
    IssueCode.CUT_OFF,
    IssueCode.OCCLUDED,
    IssueCode.GLARE,
    IssueCode.BLUR,
    IssueCode.WRONG_DOCUMENT_TYPE,
    IssueCode.WRONG_COUNTRY,
    IssueCode.NO_PORTRAIT,
    IssueCode.FRONT_NOT_BACK,
    IssueCode.UNREADABLE_MRZ,
    IssueCode.EXPIRED,
    IssueCode.SCREENSHOT,
    IssueCode.EDITED,
)


def ordered(codes: set[IssueCode] | list[IssueCode]) -> list[IssueCode]:
    """Sort codes by what to fix first; codes without a rank keep their relative order last."""
    rank = {code: i for i, code in enumerate(DOCUMENT_PRIORITY)}
    return sorted(dict.fromkeys(codes), key=lambda c: rank.get(c, len(rank)))
