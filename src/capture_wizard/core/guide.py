"""The viewfinder's document guide, and whether the document found stands in it.

The capture page draws a dashed frame in the document's shape and shades the picture round it.
The document checks judge the whole picture (a margin, a distance, an orientation), so on their
own they would say "Framing ✓" with half the card in the shade. A camera step in the wizard
also asks that the card stand in the guide, give or take (`StepCheck`); files, phone photos and
`check` are not judged against a guide nobody saw.
"""

import cv2
import numpy as np

GUIDE_WIDTH = 0.66
"""The guide's width as a share of the picture's: a card filling it is neither too far nor too
close for the checks (14-65 % of the frame)."""
GUIDE_MAX_HEIGHT = 0.85
"""The guide never takes more of the picture's height than this (a tall document, a portrait
frame)."""
GUIDE_SLACK = 0.05
"""The document may stray beyond the guide by this share of the guide's size on each side
unnoticed (a hand is never exactly on the line)."""
MAX_OUTSIDE_GUIDE = 0.35
"""Beyond this share of its area outside the guide, the document is not in it (half a card in
the shade is 0.5; own renders' clean cards in a landscape frame are at most 0.26 outside, a
card at the largest distance the checks accept about 0.2)."""


def document_guide(width: float, height: float, aspect: float) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the guide for a document of `aspect` (long over short
    side) in a width x height picture: centred, in the picture's orientation."""
    if height > width:
        aspect = 1 / aspect  # the checks want the document upright in a portrait frame
    guide_width = width * GUIDE_WIDTH
    guide_height = guide_width / aspect
    if guide_height > height * GUIDE_MAX_HEIGHT:
        guide_height = height * GUIDE_MAX_HEIGHT
        guide_width = guide_height * aspect
    return (width - guide_width) / 2, (height - guide_height) / 2, guide_width, guide_height


def outside_guide(corners: np.ndarray, width: int, height: int, aspect: float) -> float:
    """The share of the document's quadrilateral (picture pixels) lying outside its guide,
    grown by GUIDE_SLACK."""
    left, top, guide_width, guide_height = document_guide(width, height, aspect)
    box = np.float32(
        [
            [left - GUIDE_SLACK * guide_width, top - GUIDE_SLACK * guide_height],
            [left + (1 + GUIDE_SLACK) * guide_width, top - GUIDE_SLACK * guide_height],
            [left + (1 + GUIDE_SLACK) * guide_width, top + (1 + GUIDE_SLACK) * guide_height],
            [left - GUIDE_SLACK * guide_width, top + (1 + GUIDE_SLACK) * guide_height],
        ]
    )
    quad = np.asarray(corners, np.float32).reshape(-1, 1, 2)
    area = abs(cv2.contourArea(quad))
    if area <= 0:
        return 0.0
    inside, _ = cv2.intersectConvexConvex(quad, box.reshape(-1, 1, 2))
    return max(0.0, 1.0 - inside / area)


def in_guide(corners: np.ndarray, width: int, height: int, aspect: float) -> bool:
    return outside_guide(corners, width, height, aspect) <= MAX_OUTSIDE_GUIDE
