"""CaptureSession: what the person chose and the images they captured, held in memory only.

Identity images never go to disk from here. `wipe()` overwrites every image buffer with zeros
before dropping it, so a session that ends (finished or cancelled) leaves no pixels behind in
the arrays this session owns. (Python cannot promise that no other copy exists, e.g. in a freed
allocation; the session makes sure it keeps none.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from capture_wizard.core.steps import Step

if TYPE_CHECKING:  # only named in annotations: the wizard's first window loads none of them
    import numpy as np

    from capture_wizard.core.catalogue import DocumentOption
    from capture_wizard.core.face.report import FaceReport
    from capture_wizard.core.ocr.mrz_read import MrzResult
    from capture_wizard.core.quality.report import QualityReport


class CaptureSource(StrEnum):
    """Where an image came from; recorded with every capture."""

    WEBCAM = "webcam"
    PHONE = "phone"
    FILE = "file"
    DEMO = "demo"
    """The bundled demo camera (rendered specimens): never a real person's document."""


@dataclass
class Capture:
    side: Step
    image: np.ndarray
    """HxWx3 uint8 BGR, full resolution as captured."""
    report: QualityReport | FaceReport
    """The document checks' report for a document side; the face checks' for the face."""
    source: CaptureSource
    taken_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def accepted(self) -> bool:
        return self.report.ok


def _compared(capture: Capture) -> bool:
    return getattr(capture.report, "match", None) is not None


@dataclass
class CaptureSession:
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the issuing country."""
    document: DocumentOption | None = None
    captures: dict[Step, Capture] = field(default_factory=dict)
    person_steps: tuple[Step, ...] = (Step.FACE,)
    """Photos of the person asked for after the document's sides."""

    def choose(self, country: str, document: DocumentOption) -> None:
        """A new choice makes captures of a different document meaningless: they are wiped."""
        if (country, document) != (self.country, self.document):
            self.wipe_captures()
        self.country, self.document = country, document

    @property
    def document_sides(self) -> tuple[Step, ...]:
        return self.document.sides if self.document else ()

    def store(self, capture: Capture) -> None:
        """Keep a capture, wiping the one it replaces. A new front also wipes a face photo that
        was compared with the old front's portrait: its verdict would no longer be true."""
        self.discard(capture.side)
        face = self.captures.get(Step.FACE)
        if capture.side is Step.FRONT and face is not None and _compared(face):
            self.discard(Step.FACE)
        self.captures[capture.side] = capture

    def discard(self, side: Step) -> None:
        old = self.captures.pop(side, None)
        if old is not None:
            old.image.fill(0)

    def wipe_captures(self) -> None:
        for side in list(self.captures):
            self.discard(side)

    def wipe(self) -> None:
        """End of session: no images and no choice remain."""
        self.wipe_captures()
        self.country = None
        self.document = None

    def renew(self) -> None:
        """A fresh identity for the next person (kiosks): call after `wipe()`."""
        self.id = uuid.uuid4().hex
        self.started_at = datetime.now(UTC)

    @property
    def has_captures(self) -> bool:
        return bool(self.captures)

    @property
    def has_demo_captures(self) -> bool:
        """Some photo came from the demo camera: a sample document, not a person's."""
        return any(c.source is CaptureSource.DEMO for c in self.captures.values())

    @property
    def documents_complete(self) -> bool:
        return bool(self.document) and all(s in self.captures for s in self.document_sides)

    @property
    def document_mrz(self) -> MrzResult | None:
        """The valid machine-readable zone read from the document's photos (front first), or
        None when none was read."""
        for side in self.document_sides:
            capture = self.captures.get(side)
            mrz = getattr(capture.report, "mrz", None) if capture else None
            if mrz is not None and mrz.valid:
                return mrz
        return None

    @property
    def required_sides(self) -> tuple[Step, ...]:
        """Every photo this session needs, in the order they are taken."""
        return (*self.document_sides, *self.person_steps)

    @property
    def complete(self) -> bool:
        return bool(self.document) and all(s in self.captures for s in self.required_sides)
