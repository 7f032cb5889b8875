"""Does a picture carry print: rows of characters, as every identity document does?

A still that is taken whole as a document (a crop to its edges, a scan) has no outline to go
by, and a photo of a street or a room can have a document's proportions. Print tells them
apart: characters are small dark (or light) marks of one height, side by side in rows. Marks
are found with a black-hat (what is darker than its surroundings within a character's size),
and a mark counts when at least two others of its height stand in its row nearby.
"""

import cv2
import numpy as np

from capture_wizard.core.quality import thresholds as T

_KERNEL = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15))  # wider than a character stroke
_MAX_MARKS = 3000  # more marks than print has (noise): judged on a sample
_BLOCK = 256  # marks compared at a time with those in reach (_row_neighbours)


def print_density(gray: np.ndarray, any_way_up: bool = False) -> float:
    """Characters standing in rows, per 10,000 pixels (0 for none), in a grey picture with a
    long side of about 640 pixels, where an ID card crop's characters are 6-15 px tall.

    Dark print on light paper and light print on dark are both tried. In a standing picture
    rows running down are tried too: a landscape card or passport page turned by a quarter, as
    phones and scanners often leave it (a lying picture is not: the windows of a building stand
    in columns, and a document turned in it would not have its shape). `any_way_up` tries them
    in any picture: a document found inside a photo, straightened, may lie turned. The largest
    count is taken."""
    return len(print_marks(gray, any_way_up)) * 1e4 / gray.size


def print_marks(gray: np.ndarray, any_way_up: bool = False) -> np.ndarray:
    """Centres (x, y, in `gray`'s pixels) of the characters standing in rows that
    print_density counts: those of the reading (dark or light print, rows across or down)
    that finds most."""
    turned = any_way_up or gray.shape[0] > gray.shape[1]
    uprights = [gray, cv2.transpose(gray)] if turned else [gray]
    best = np.zeros((0, 2), np.float32)
    for k, up in enumerate(uprights):
        for view in (up, cv2.bitwise_not(up)):
            marks = _chained_marks(view)
            if len(marks) > len(best):
                best = marks[:, ::-1] if k else marks  # a transposed view's (x, y) is (y, x)
    return best


def _chained_marks(gray: np.ndarray) -> np.ndarray:
    none = np.zeros((0, 2), np.float32)
    marks = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, _KERNEL)
    if int(marks.max()) < T.PRINT_MIN_CONTRAST:
        return none
    _, mask = cv2.threshold(marks, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    _, _, stats, centres = cv2.connectedComponentsWithStats(mask, connectivity=8)
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    character = ((h >= 4) & (h <= T.PRINT_MAX_CHAR_HEIGHT * gray.shape[0]) & (w <= 3 * h + 4)) & (
        area >= 0.2 * w * h
    )
    xy, height = centres[1:][character], h[character].astype(np.float32)
    if len(height) > _MAX_MARKS:
        keep = np.random.default_rng(0).choice(len(height), _MAX_MARKS, replace=False)
        xy, height = xy[keep], height[keep]
    if len(height) < 4:
        return none
    return xy[_row_neighbours(xy, height) >= 3].astype(np.float32)  # itself and two others


def _row_neighbours(xy: np.ndarray, height: np.ndarray) -> np.ndarray:
    """For each mark, how many marks (itself included) stand in its row nearby: within 0.4 of
    its height up or down and 2.5 of it across, of a height within 0.4 of its own. Marks are
    compared in blocks against only those within reach up or down (sorted by their place
    down the page): the same counts as comparing every pair, several times faster on a
    textured picture's thousands of marks."""
    order = np.argsort(xy[:, 1], kind="stable")
    x, y, h = xy[order, 0], xy[order, 1], height[order]
    counts = np.zeros(len(h), np.int64)
    for start in range(0, len(h), _BLOCK):
        block = slice(start, min(len(h), start + _BLOCK))
        reach = h[block, None]
        margin = 0.4 * float(h[block].max()) * (1 + 1e-6)  # a hair wider than any pair's
        lo = int(np.searchsorted(y, y[block][0] - margin, "left"))
        hi = int(np.searchsorted(y, y[block][-1] + margin, "right"))
        near = (
            (np.abs(y[block, None] - y[None, lo:hi]) < 0.4 * reach)
            & (np.abs(x[block, None] - x[None, lo:hi]) < 2.5 * reach)
            & (np.abs(h[block, None] - h[None, lo:hi]) < 0.4 * reach)
        )
        counts[block] = near.sum(axis=1)
    out = np.empty_like(counts)
    out[order] = counts
    return out
