"""Synthetic specimen documents and camera scenes with known defects and ground truth.

For tests, the evaluation, the benchmarks and the demo camera. Nothing here is a real identity.
"""

from capture_wizard.core.specimens.documents import Side, SpecimenDocument, render_document
from capture_wizard.core.specimens.scenes import (
    DEFECT_ISSUE,
    FRAME_SIZES,
    Defect,
    Scene,
    render_scene,
)
from capture_wizard.core.specimens.varied import render_varied_scene

__all__ = [
    "DEFECT_ISSUE",
    "FRAME_SIZES",
    "Defect",
    "Scene",
    "Side",
    "SpecimenDocument",
    "render_document",
    "render_scene",
    "render_varied_scene",
]
