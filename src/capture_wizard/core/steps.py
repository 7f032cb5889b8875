"""The capture steps: what one capture shows. Two are a document's sides, two are not (the
face, the hand-held statement), so a step is not a "side". The values are what the package's
manifest and the phone hand-off write ("front", "back", "face", "statement"): never renamed."""

from enum import StrEnum


class Step(StrEnum):
    FRONT = "front"
    BACK = "back"
    FACE = "face"
    STATEMENT = "statement"
    """The person holding the document and a paper with today's date and a word."""

    @property
    def is_document_side(self) -> bool:
        return self in (Step.FRONT, Step.BACK)
