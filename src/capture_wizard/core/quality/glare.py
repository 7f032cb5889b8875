"""Glare: solid specular spots, brighter than the document's own paper.

Bright paper is not glare: the threshold sits a margin above the paper's median (and at the
clipping point for white stock), and a spot must be solid — printed text and the gaps of a
white MRZ band break bright paper into thin pieces, a reflection washes everything out.
"""

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T


def glare_metrics(gray: np.ndarray) -> dict:
    """`gray` is the rectified document."""
    paper = float(np.median(gray))
    lo, hi = T.GLARE_LEVEL_RANGE
    level = float(np.clip(paper + T.GLARE_MARGIN, lo, hi))
    mask = (gray >= level).astype(np.uint8)
    if not mask.any():
        return {"glare_radius": 0.0, "glare_share": 0.0}
    # Distance to the nearest non-glare pixel: its maximum is the radius of the largest disc
    # that fits inside a bright spot.
    radius = float(cv2.distanceTransform(mask, cv2.DIST_L2, 3).max()) / gray.shape[1]
    return {"glare_radius": round(radius, 4), "glare_share": round(float(mask.mean()), 4)}


def has_glare(metrics: dict) -> bool:
    return metrics["glare_radius"] >= T.GLARE_MIN_RADIUS
