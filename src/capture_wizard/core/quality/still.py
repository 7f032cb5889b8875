"""Where the document is in a still picture (an upload, a phone photo, `check` on a file).

A person's own picture is often cropped to the document's edges, or a scan with a plain
margin: the document then has no outline inside the picture, and the outline detection
finds an inner rectangle (the portrait, a text block) or nothing. So a still has a second
candidate, the picture itself without its plain margins (its *content box*), and the
outline found is kept only when it can be the whole document.
"""

import cv2
import numpy as np

from capture_wizard.core.geometry import aspect_of, quad_area, side_lengths, width_over_height
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection
from capture_wizard.core.quality.framing import edge_margins
from capture_wizard.core.quality.learned import quad_mask
from capture_wizard.core.quality.printed import print_density, print_marks
from capture_wizard.core.quality.sharpness import blur_score


def _plain_run(lines: np.ndarray, reference: float) -> int:
    """How many leading lines (rows of a 2-D array) are plain and close to `reference`."""
    plain = (lines.std(axis=1) < T.PLAIN_MARGIN_STD) & (
        np.abs(lines.mean(axis=1) - reference) < T.PLAIN_MARGIN_STEP
    )
    run = int(np.argmin(plain)) if not plain.all() else len(plain)
    return min(run, int(T.PLAIN_MARGIN_MAX * len(plain)))


def content_box(gray: np.ndarray) -> np.ndarray:
    """Corners (clockwise from top-left) of the picture less its plain margins on each side:
    the white of a flatbed scan, the flat colour of a canvas round a cropped document."""
    h, w = gray.shape
    g = gray.astype(np.float32)
    top = _plain_run(g, float(np.median(g[0])))
    bottom = _plain_run(g[::-1], float(np.median(g[-1])))
    left = _plain_run(g.T, float(np.median(g[:, 0])))
    right = _plain_run(g.T[::-1], float(np.median(g[:, -1])))
    x0, y0, x1, y1 = left, top, w - right, h - bottom
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)


def _trims(box: np.ndarray, width: int, height: int) -> np.ndarray:
    """How many working pixels of plain margin the content box left out on each side."""
    return np.array([box[0, 0], box[0, 1], width - box[2, 0], height - box[2, 1]])


def _fits_format(corners: np.ndarray) -> bool:
    """Whether a picture of this shape (its long over short side) can hold just one whole
    document."""
    return T.STILL_ASPECT_RANGE[0] <= aspect_of(corners) <= T.STILL_ASPECT_RANGE[1]


def straightened(
    source: np.ndarray, corners: np.ndarray, long_side: int = T.FRAME_BLUR_LONG_SIDE
) -> np.ndarray:
    """The document at `corners` (pixels of `source`) in grey, seen straight on at a long side
    of at most `long_side` (where print_density counts), without its rim (PRINT_RIM)."""
    x0, y0 = (max(0, int(v)) for v in corners.min(axis=0))
    x1, y1 = (int(np.ceil(v)) for v in corners.max(axis=0))
    crop = source[y0:y1, x0:x1]
    h, w = crop.shape[:2]
    factor = min(1.0, long_side / max(h, w, 1))
    if factor < 1:
        crop = cv2.resize(
            crop, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA
        )
    quad = ((corners - (x0, y0)) * factor).astype(np.float32)
    top, right, bottom, left = side_lengths(quad)
    width, height = max(1, round(max(top, bottom))), max(1, round(max(left, right)))
    straight = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad, straight)
    gray = cv2.cvtColor(cv2.warpPerspective(crop, matrix, (width, height)), cv2.COLOR_BGR2GRAY)
    dx, dy = round(T.PRINT_RIM * width), round(T.PRINT_RIM * height)
    return gray[dy : height - dy, dx : width - dx]


def _looks_like_a_document(source: np.ndarray, box: np.ndarray) -> bool:
    """Whether the content box (pixels of `source`) shows rows of print, as a document does and
    a street scene not. A picture too blurred to show print is given the benefit of the doubt:
    it is refused as blurred, which tells the person what to do."""
    gray = straightened(source, box)
    return print_density(gray) >= T.PRINT_MIN_DENSITY or blur_score(gray) > T.BLUR_FRAME


def carries_print(source: np.ndarray, corners: np.ndarray) -> bool:
    """Whether a document found in a still (its corners in `source`'s pixels) carries print.
    The whole picture is taken for a document only if it does (see _looks_like_a_document); a
    region found in a photo must too, though less, its shape speaking for it: a mural or a wall
    of posters has a document's shape and no print. Rows running down count (a document may lie
    turned in the photo)."""
    return print_density(straightened(source, corners), True) >= T.PRINT_MIN_DENSITY_FOUND


def carries_small_print(source: np.ndarray, corners: np.ndarray) -> bool:
    """carries_print, looked at again closer (up to PAGE_PRINT_LONG_SIDE) where it finds too
    little: a letter or a form is three times a card's size and its print no larger, so at a
    card's scale its characters are too small to count."""
    if carries_print(source, corners):
        return True
    closer = straightened(source, corners, T.PAGE_PRINT_LONG_SIDE)
    if max(closer.shape) <= T.FRAME_BLUR_LONG_SIDE:
        return False  # the picture holds no more detail than was looked at
    return print_density(closer, True) >= T.PRINT_MIN_DENSITY_FOUND


def holds_the_print(source: np.ndarray, corners: np.ndarray, box: np.ndarray) -> bool:
    """Whether the quadrilateral at `corners` holds nearly all the print of the picture's
    content `box` (both in `source`'s pixels; STILL_PRINT_HELD of the characters print_density
    counts there): a card lying small in a busy photograph does, a portrait or a text block of
    a document cropped to its edges does not, the rest of the document carrying print too."""
    x0, y0 = (max(0, int(v)) for v in box.min(axis=0))
    x1, y1 = (int(np.ceil(v)) for v in box.max(axis=0))
    crop = source[y0:y1, x0:x1]
    factor = min(1.0, T.STILL_PRINT_HELD_LONG_SIDE / max(crop.shape[:2]))
    small = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    marks = print_marks(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    if len(marks) < T.STILL_PRINT_HELD_MARKS:
        return False
    inside = quad_mask(small.shape[:2], (corners - (x0, y0)) * factor)
    x, y = np.round(marks).astype(int).clip(0, [inside.shape[1] - 1, inside.shape[0] - 1]).T
    return np.count_nonzero(inside[y, x]) >= T.STILL_PRINT_HELD * len(marks)


def still_document(
    small: np.ndarray,
    found: Detection | None,
    source: np.ndarray | None = None,
    source_scale: float = 1.0,
) -> Detection | None:
    """The document in a still picture (working resolution): the outline `found` when it can
    be the whole document, else the content box when its shape is a document's and it carries
    print (or is too blurred to tell), else `found`. `source` is the picture the print is
    looked for in (`source_scale` of its pixels per working pixel; by default `small`).

    An outline found may be an inner rectangle of a cropped document (see inner_rectangle).
    A card far away on a textured table is no such thing as long as it covers a quarter of
    the picture; a smaller one is kept too, since the picture then shows too little print to
    be a document itself (and the card is judged too far when too small to read). On a plain
    table the content box shrinks to the card itself.
    """
    h, w = small.shape[:2]
    box = _whole_candidate(content_box(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)), w, h)
    if box is None:
        return found
    if found is not None and not inner_rectangle(found.corners, box, w, h):
        return found
    if source is None:
        source, source_scale = small, 1.0
    if not _looks_like_a_document(source, box * source_scale):
        return found
    return Detection(box, 1.0, 0.0, 4, whole_picture=True)


def _whole_candidate(box: np.ndarray, width: int, height: int) -> np.ndarray | None:
    """The content box if it has a document's shape, else the whole picture if that has and
    the box was trimmed on all four sides (a white card cropped to its edges: trimming its own
    white border leaves its print). A box trimmed on some sides only is a part of a document
    cut by the picture's other edges: no whole document."""
    if _fits_format(box):
        return box
    trimmed_all_round = bool(_trims(box, width, height).min() >= 1)
    picture = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    if trimmed_all_round and _fits_format(picture):
        return picture
    return None


def inner_rectangle(corners: np.ndarray, box: np.ndarray, width: int, height: int) -> bool:
    """Whether an outline found inside the content box is a part of the document, not all of
    it: it runs from one edge of the box to the opposite one (a band of the card below its
    header), it is small in it, it lies across it (a portrait standing in a landscape card),
    or the box stands on a plain margin (a scan: the document's outline is the box's edge)."""
    box_w, box_h = box[2] - box[0]
    margins = edge_margins(corners - box[0], float(box_w), float(box_h))
    at_edge = margins < T.STILL_AT_EDGE
    if (at_edge[0] and at_edge[2]) or (at_edge[1] and at_edge[3]):
        return True
    share = quad_area(corners) / max(float(box_w * box_h), 1.0)
    if share >= T.STILL_WHOLE_SHARE:
        return False
    across = (width_over_height(corners) >= 1) != (box_w >= box_h)
    on_plain_margin = bool(_trims(box, width, height).max() >= 2)
    return share < T.STILL_INNER_SHARE or across or on_plain_margin
