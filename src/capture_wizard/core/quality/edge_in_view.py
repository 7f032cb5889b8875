"""A thumb over the card's edge hides that edge; the card's own print beside it does not.

The learned detector's second map sometimes takes a skin-coloured print at the document's edge
(a salmon-red header, a pink page) or an object just beyond its corner for a thumb over it
(real pictures changed so: a Taiwanese passport's red header at its corner, a toy beside a
passport pasted on a mural). A thumb that crosses the edge covers it: along the side, under
the thumb, the document's edge is gone. Print leaves the edge in view all along. So a part of
the map that reaches the edge only where the side is seen beneath it is set aside. Asked only
of a still about to be refused as `occluded`.
"""

from dataclasses import replace

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection
from capture_wizard.core.quality.learned import covered_share, members

_NEXT = [1, 2, 3, 0]


def without_print_at_the_edge(small: np.ndarray, found: Detection) -> Detection:
    """`found` without the parts of its occluder map under which the document's sides are
    seen along EDGE_SEEN_UNDER_OCCLUDER of their length, and its occlusion measured again."""
    if found.occluder is None:
        return found
    over = (found.occluder > 0.5).astype(np.uint8)
    count, labels = cv2.connectedComponents(over)
    if count < 2:
        return found
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (3, 3), 0)
    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1)
    h, w = over.shape
    under = np.zeros(count, np.int64)  # side points under each part, and with the side seen
    seen = np.zeros(count, np.int64)
    for a, b in zip(found.corners, found.corners[_NEXT], strict=True):
        length = float(np.hypot(*(b - a)))
        if length < 1:
            continue
        unit = (b - a) / length
        normal = np.array([-unit[1], unit[0]], np.float32)
        on_side = a + unit * np.arange(0.0, length)[:, None]
        x, y = np.round(on_side).astype(int).T
        inside = (x >= 0) & (x < w) & (y >= 0) & (y < h)
        on_side, part = on_side[inside], labels[y[inside], x[inside]]
        # The side is seen at a point when, within 2 px across it, the picture changes
        # across the side and not along it: a thumb's own outline crosses the side instead.
        across = np.zeros(len(on_side), np.float32)
        for step in (-2, -1, 0, 1, 2):
            px, py = np.round(on_side + normal * step).astype(int).T
            px, py = px.clip(0, w - 1), py.clip(0, h - 1)
            g = np.stack([gx[py, px], gy[py, px]], axis=1)
            across = np.maximum(across, np.abs(g @ normal) - np.abs(g @ unit))
        under += np.bincount(part, minlength=count)
        seen += np.bincount(part, weights=across >= T.EDGE_SEEN_GRADIENT, minlength=count).astype(
            np.int64
        )
    printed = np.flatnonzero(
        (under >= T.EDGE_SEEN_MIN_POINTS) & (seen >= T.EDGE_SEEN_UNDER_OCCLUDER * under)
    )
    printed = printed[printed > 0]
    if not len(printed):
        return found
    occluder = found.occluder.copy()
    occluder[members(labels, count, printed)] = 0.0
    return replace(found, occluder=occluder, occlusion=covered_share(occluder, found.corners))
