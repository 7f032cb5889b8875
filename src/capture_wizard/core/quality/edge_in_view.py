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
from capture_wizard.core.quality.detect import Detection, edge_map
from capture_wizard.core.quality.learned import covered_share

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
    edges = cv2.dilate(edge_map(small), np.ones((5, 5), np.uint8)) > 0  # a side is fitted +-2 px
    h, w = over.shape
    under = np.zeros(count, np.int64)  # side points under each part, and with an edge seen
    seen = np.zeros(count, np.int64)
    for a, b in zip(found.corners, found.corners[_NEXT], strict=True):
        t = np.linspace(0.0, 1.0, max(2, int(np.hypot(*(b - a)))))[:, None]
        x, y = np.round(a + (b - a) * t).astype(int).T
        inside = (x >= 0) & (x < w) & (y >= 0) & (y < h)
        x, y = x[inside], y[inside]
        part = labels[y, x]
        under += np.bincount(part, minlength=count)
        seen += np.bincount(part, weights=edges[y, x], minlength=count).astype(np.int64)
    printed = np.flatnonzero(
        (under >= T.EDGE_SEEN_MIN_POINTS) & (seen >= T.EDGE_SEEN_UNDER_OCCLUDER * under)
    )
    printed = printed[printed > 0]
    if not len(printed):
        return found
    occluder = found.occluder.copy()
    occluder[np.isin(labels, printed)] = 0.0
    return replace(found, occluder=occluder, occlusion=covered_share(occluder, found.corners))
