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
ID3 = DocumentFormat("ID-3", 125.0, 88.0)  # passport data page
A4 = DocumentFormat("A4", 297.0, 210.0)  # letters, statements, bills (also A5, ID-2: 1.41)
LETTER = DocumentFormat("US Letter", 279.4, 215.9)
PAPER_FORMATS = (ID1, ID3, A4, LETTER)
"""The shapes a whole document a person photographs or scans has: cards, passport pages and
paper; a picture of one runs off the picture's edge when its visible part has none of them."""


class DocumentType(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    DRIVING_LICENCE = "driving_licence"


FORMAT_OF: dict[DocumentType, DocumentFormat] = {
    DocumentType.PASSPORT: ID3,
    DocumentType.ID_CARD: ID1,
    DocumentType.DRIVING_LICENCE: ID1,
}
