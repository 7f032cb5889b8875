"""Glare: solid specular spots, brighter than the document's own paper.

Bright paper is not glare: the threshold sits a margin above the paper's median (and at the
clipping point for white stock), and a spot must be solid — printed text and the gaps of a
white MRZ band break up bright paper into thin pieces, a reflection washes everything out.
"""

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.exposure import percentile


def glare_metrics(gray: np.ndarray, cumulative: np.ndarray) -> dict:
    """`gray` is the rectified document, `cumulative` its histogram (see exposure)."""
    paper = percentile(cumulative, 0.5)
    lo, hi = T.GLARE_LEVEL_RANGE
    level = min(max(paper + T.GLARE_MARGIN, lo), hi)
    share = 1.0 - float(cumulative[level - 1])
    if share * gray.size < 4:
        return {"glare_radius": 0.0, "glare_share": 0.0}
    _, mask = cv2.threshold(gray, level - 1, 255, cv2.THRESH_BINARY)
    # Distance to the nearest non-glare pixel: its maximum is the radius of the largest disc
    # that fits inside a bright spot. Only the box around the bright pixels (and one dark
    # pixel beyond it, where there is one) matters.
    x, y, w, h = cv2.boundingRect(mask)
    box = mask[max(0, y - 1) : y + h + 1, max(0, x - 1) : x + w + 1]
    radius = float(cv2.distanceTransform(box, cv2.DIST_L2, 3).max()) / gray.shape[1]
    return {"glare_radius": round(radius, 4), "glare_share": round(share, 4)}


def has_glare(metrics: dict) -> bool:
    return metrics["glare_radius"] >= T.GLARE_MIN_RADIUS
