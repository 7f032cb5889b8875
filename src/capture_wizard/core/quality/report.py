"""QualityReport: what the checks found in one frame (pure data, safe to pass between threads)."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from capture_wizard.core.issues import IssueCode

if TYPE_CHECKING:
    from capture_wizard.core.ocr.mrz_read import MrzResult


@dataclass(frozen=True)
class QualityReport:
    issues: tuple[IssueCode, ...]
    """Most important first; empty when the frame is good."""
    corners: np.ndarray | None
    """4x2 float32 document corners in input pixels, clockwise from top-left; None if none."""
    frame_size: tuple[int, int]
    """(width, height) of the analysed frame."""
    format_name: str | None = None
    """Physical format the document was judged as ("ID-1", "ID-3"), if one was found."""
    metrics: dict[str, float] = field(default_factory=dict)
    mrz: "MrzResult | None" = None
    """What was read from the machine-readable zone; None when it was not read (a live frame,
    a side without a zone). Its verdicts are already among `issues`."""

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def anchor(self) -> np.ndarray | None:
        """Points that must hold still for auto-capture: the document's corners."""
        return self.corners

    def document_dict(self) -> dict:
        corners = (
            None
            if self.corners is None
            else [[round(float(x), 1), round(float(y), 1)] for x, y in self.corners]
        )
        return {"corners": corners, "format": self.format_name}

    def as_dict(self) -> dict:
        """The result part of the `check` JSON contract (also stored in package manifests)."""
        out = {
            "ok": self.ok,
            "issues": [str(i) for i in self.issues],
            "document": self.document_dict(),
            "metrics": {"width": self.frame_size[0], "height": self.frame_size[1], **self.metrics},
        }
        if self.mrz is not None:  # as `check --read` prints it: null when no zone was read
            out["mrz"] = self.mrz.as_dict()
        return out
