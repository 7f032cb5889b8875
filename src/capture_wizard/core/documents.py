"""Physical document formats (ISO/IEC 7810) and the document types the checks know about.

The per-country catalogue of accepted and refused types arrives with the wizard; the checks only
need each type's physical format, which fixes its aspect ratio.
"""

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class DocumentFormat:
    name: str
    width_mm: float
    height_mm: float

    @property
    def aspect(self) -> float:
        """Long side over short side."""
        return self.width_mm / self.height_mm


ID1 = DocumentFormat("ID-1", 85.60, 53.98)  # bank-card size: ID cards, driving licences
ID2 = DocumentFormat("ID-2", 105.0, 74.0)  # older identity cards: Romania, France before 2021
ID3 = DocumentFormat("ID-3", 125.0, 88.0)  # passport data page
A4 = DocumentFormat("A4", 297.0, 210.0)  # letters, statements, bills (also A5: 1.41)
LETTER = DocumentFormat("US Letter", 279.4, 215.9)
PAPER_FORMATS = (ID1, ID2, ID3, A4, LETTER)
"""The shapes a whole document a person photographs or scans has: cards, passport pages and
paper; a picture of one runs off the picture's edge when its visible part has none of them."""

_SHAPES_OF = {ID1: (ID1, ID2), ID3: (ID3,)}


def whole_shapes(spec: DocumentFormat | None) -> tuple[DocumentFormat, ...]:
    """The shapes a whole document of the expected format `spec` may have (any of
    PAPER_FORMATS when it is not known). Cards the wizard expects as ID-1 also come as ID-2
    (an identity card with a two-line zone of 36 characters); a passport page is ID-3. Fewer
    shapes tell more cut documents: an ID-1 card cut across its width by a sixth has a letter
    page's shape."""
    if spec is None:
        return PAPER_FORMATS
    return _SHAPES_OF.get(spec, (spec,))


class DocumentType(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    DRIVING_LICENCE = "driving_licence"


FORMAT_OF: dict[DocumentType, DocumentFormat] = {
    DocumentType.PASSPORT: ID3,
    DocumentType.ID_CARD: ID1,
    DocumentType.DRIVING_LICENCE: ID1,
}
