"""The document's own portrait is not a finger over it, nor its plain background a reflection.

The learned detector's second map marks skin over the document, and only skin that reaches the
document's edge counts as a finger (learned.covered_share). A portrait printed close to the
edge reaches it too: a card cropped tight round a portrait at its end, or a face darkened by a
shadow across the card, is then taken for a thumb (real pictures changed so: an Indonesian ID
crop, its portrait 3 % from the crop's edge, under a shadow). The face detector knows a face;
what the map sees on the portrait's face and head is set aside, and what is left of a finger
beside it still counts. Asked only of a still about to be refused as `occluded`: it costs a few
face-detector runs. The faces' centres also tell glare.py where a clipped area wraps round a
portrait's head (a white photo background), asked only for a hollow area that would be glare.
"""

import logging

import cv2
import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.face.detector import FaceModelError
from capture_wizard.core.face.printed_portrait import printed_portraits
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection
from capture_wizard.core.quality.learned import covered_share

log = logging.getLogger(__name__)


def portrait_centres(gray: np.ndarray) -> list[tuple[float, float]]:
    """The centres of the faces printed on a rectified document (grey, long side horizontal),
    in its pixels; none when the face detector is unavailable."""
    h, w = gray.shape
    whole = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    try:
        portraits = printed_portraits(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR), whole, w / h)
    except FaceModelError:
        log.warning("the face detector is unavailable: a portrait's background may be glare")
        return []
    return [tuple(float(v) for v in portrait.outline.mean(axis=0)) for portrait in portraits]


def occlusion_besides_portraits(
    source: np.ndarray, to_source: float, found: Detection, fmt: DocumentFormat
) -> float:
    """`found.occlusion` without what the map sees over the document's printed portraits (its
    head: the face box grown by T.PORTRAIT_HEAD_GROWTH). `source` is the picture the faces
    are looked for in, `to_source` its pixels per working pixel."""
    if found.occluder is None:
        return found.occlusion
    try:
        portraits = printed_portraits(source, found.corners * to_source, fmt.aspect)
    except FaceModelError:
        log.warning("the face detector is unavailable: a portrait may be taken for a finger")
        return found.occlusion
    if not portraits:
        return found.occlusion
    occluder = found.occluder.copy()
    for portrait in portraits:
        face = portrait.outline / to_source
        centre = face.mean(axis=0)
        head = centre + (face - centre) * T.PORTRAIT_HEAD_GROWTH
        cv2.fillConvexPoly(occluder, np.round(head).astype(np.int32), 0.0)
    return covered_share(occluder, found.corners)
