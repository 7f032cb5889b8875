"""An open passport booklet found whole: its data page is the document the checks judge.

An open booklet is two ID-3 pages joined at a fold, and its outline has about the data page's
own shape (176 x 125 mm against 125 x 88), so its shape alone cannot tell them apart. Two
things do: the fold, a band darker than the paper on both sides of it straight across the
middle, and the pages either side of it, one dense with print (portrait, fields, MRZ), the
other a nearly blank visa page. Only when both are clear is the outline split and the printed
half kept; a data page alone, or a booklet whose facing page is as busy as the data page,
stays whole. A finger lying across a card's middle darkens it like a fold: what the learned
detector sees lying over the document does not count as paper.
"""

import cv2
import numpy as np

from capture_wizard.core.geometry import aspect_of, order_corners
from capture_wizard.core.quality import thresholds as T

_WIDTH, _HEIGHT = 96, 136  # the outline rectified with its long side upright
_FOLD_BAND = (0.42, 0.58)  # where along the long side a fold is looked for
_SIDE_BANDS = (0.06, 0.2)  # the paper either side of it, as shares of the long side
_RIM = np.ones((9, 9), np.uint8)  # what lies over the page, widened by 4 % of its width


def data_page(
    gray: np.ndarray, corners: np.ndarray, occluder: np.ndarray | None = None
) -> np.ndarray | None:
    """The data page's corners when `corners` (clockwise from top-left, in `gray`'s pixels)
    outline a whole open booklet, else None. `occluder`: the learned detector's map of what
    lies over the document (gray's size), left out of the paper's brightness."""
    aspect = aspect_of(corners)
    low, high = T.BOOKLET_ASPECT_RANGE
    if not low <= aspect <= high:
        return None
    upright = _upright(corners)
    to_rect = cv2.getPerspectiveTransform(
        upright, np.float32([[0, 0], [_WIDTH, 0], [_WIDTH, _HEIGHT], [0, _HEIGHT]])
    )
    page = cv2.warpPerspective(gray, to_rect, (_WIDTH, _HEIGHT), flags=cv2.INTER_AREA)
    over = None
    if occluder is not None:
        # The map is coarse: its edge may leave the finger's own rim and shadow out.
        over = cv2.dilate(cv2.warpPerspective(occluder, to_rect, (_WIDTH, _HEIGHT)), _RIM) > 0.5
    fold = _fold_row(page, over)
    if fold is None:
        return None
    edges = cv2.Canny(page, 50, 150) > 0
    above, below = float(edges[:fold].mean()), float(edges[fold:].mean())
    if max(above, below) < T.BOOKLET_PRINT_RATIO * max(min(above, below), 1e-3):
        return None
    rows = (0, fold) if above > below else (fold, _HEIGHT)
    half = np.float32([[0, rows[0]], [_WIDTH, rows[0]], [_WIDTH, rows[1]], [0, rows[1]]])
    back = cv2.perspectiveTransform(half[None], np.linalg.inv(to_rect))[0]
    return order_corners(back).astype(np.float32)


def _upright(corners: np.ndarray) -> np.ndarray:
    """The corners reordered so that the first side is a short one."""
    c = np.asarray(corners, np.float32)
    if np.linalg.norm(c[1] - c[0]) > np.linalg.norm(c[3] - c[0]):
        c = np.roll(c, -1, axis=0)
    return c


def _fold_row(page: np.ndarray, over: np.ndarray | None = None) -> int | None:
    """The row of a fold across the middle of the rectified outline: the paper's brightness
    (each row's median, which print does not move) dips there well below both sides (a share
    of it: the shadow darkens a dark data page by as much). Pixels `over` (something lies
    on the page there) are left out of a row that keeps a fifth of its paper free."""
    h = page.shape[0]
    margin = _WIDTH // 12  # the cover round the pages
    paper = np.median(page[:, margin:-margin].astype(np.float32), axis=1)
    if over is not None and over.any():
        covered = over[:, margin:-margin]
        free = np.where(covered, np.nan, page[:, margin:-margin].astype(np.float32))
        enough = (~covered).mean(axis=1) >= 0.2
        paper[enough] = np.nanmedian(free[enough], axis=1)
    paper = np.convolve(paper, np.ones(3, np.float32) / 3, mode="same")
    start, stop = (round(f * h) for f in _FOLD_BAND)
    row = start + int(np.argmin(paper[start:stop]))
    near, far = (round(f * h) for f in _SIDE_BANDS)
    above = float(np.median(paper[row - far : row - near]))
    below = float(np.median(paper[row + near : row + far]))
    return row if paper[row] <= T.BOOKLET_FOLD_SHADE * min(above, below) else None
