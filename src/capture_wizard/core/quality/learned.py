"""The learned document detector: where the document is, and what lies over it.

Outline detection alone fails where edges mislead: a card on gravel or a woven mat, a card in a
hand (the hand's outline merges with it), clutter on a desk, an open booklet. A small U-Net
(training/detector/, trained on the project's own varied renders) gives two maps for the
working frame: the document's whole extent (fingers over it included) and fingers or other
objects in front of it. Run with onnxruntime on one thread; loaded on first use.
"""

from functools import cache

import cv2
import numpy as np

from capture_wizard.core.documents import DocumentFormat
from capture_wizard.core.geometry import side_lengths
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.framing import NO_REACH, EdgeReach
from capture_wizard.resources import resource

MODEL = ("models", "document_detector.onnx")
INPUT = 128  # the model's square input; frames are squeezed to it, as in training
MAP_SIZE = INPUT // 2  # its maps' side


@cache
def _session():
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # the checks run on one worker thread, beside the GUI
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(
        str(resource(*MODEL)), options, providers=["CPUExecutionProvider"]
    )


def document_maps(small_bgr: np.ndarray, turns: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(document, occluder) probability maps (float32, 0-1) at the working frame's size.

    A small document (far away, or seen only in part on gravel) covers a few cells of the
    model's input, so the model looks again at a window round it (`closer_window`) and that
    window's maps replace the first ones there. With `turns` > 1 the model also looks at the
    picture turned by quarter turns and the maps are averaged (`STILL_MAP_TURNS`)."""
    document, occluder = model_maps(small_bgr, turns)
    window = closer_window(document)
    if window is not None:
        x0, y0, x1, y1 = window
        near_document, near_occluder = model_maps(small_bgr[y0:y1, x0:x1], turns)
        document[y0:y1, x0:x1] = near_document
        occluder[y0:y1, x0:x1] = near_occluder
    return document, occluder


def tiled_maps(small_bgr: np.ndarray, turns: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(document, occluder) maps from four overlapping windows, one at each corner of the
    frame (STILL_TILE of its width and height each), seen at the model's input size and
    joined by their maximum: twice as many input cells across a small card as one look at the
    whole frame gives. A card far away on marble or a woven cloth that the first look does
    not see, or merges with the floor round it, stands out at that scale."""
    h, w = small_bgr.shape[:2]
    tile_w, tile_h = round(T.STILL_TILE * w), round(T.STILL_TILE * h)
    document = np.zeros((h, w), np.float32)
    occluder = np.zeros((h, w), np.float32)
    for x0 in (0, w - tile_w):
        for y0 in (0, h - tile_h):
            window = (slice(y0, y0 + tile_h), slice(x0, x0 + tile_w))
            near_document, near_occluder = model_maps(small_bgr[window], turns)
            np.maximum(document[window], near_document, out=document[window])
            np.maximum(occluder[window], near_occluder, out=occluder[window])
    return document, occluder


def model_maps(bgr: np.ndarray, turns: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(document, occluder) maps of `bgr` as the model sees it squeezed to its input."""
    h, w = bgr.shape[:2]
    x = cv2.resize(bgr, (INPUT, INPUT), interpolation=cv2.INTER_AREA)
    probs = np.zeros((2, MAP_SIZE, MAP_SIZE), np.float32)
    for k in range(turns):
        # Planes in one contiguous block, as onnxruntime takes them (a strided one is copied).
        view = cv2.dnn.blobFromImage(np.ascontiguousarray(np.rot90(x, k)))
        logits = _session().run(None, {"bgr": view})[0][0]
        probs += np.rot90(1 / (1 + np.exp(-logits)), -k, axes=(1, 2))
    probs /= turns
    document = cv2.resize(probs[0], (w, h), interpolation=cv2.INTER_LINEAR)
    occluder = cv2.resize(probs[1], (w, h), interpolation=cv2.INTER_LINEAR)
    return document, occluder


def closer_window(document: np.ndarray) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1): the part of the frame to look at again, with the frame's shape, or
    None when the first look suffices (the largest region the map calls document covers
    T.LOOK_CLOSER_BELOW of the frame or more) or nothing there is like a document at all."""
    h, w = document.shape
    # Labels, then the areas counted and the largest one's box: the same as reading them off
    # connectedComponentsWithStats, several times faster.
    count, labels = cv2.connectedComponents((document > 0.5).astype(np.uint8))
    if count > 1:
        areas = np.bincount(labels.ravel(), minlength=count)
        largest = 1 + int(np.argmax(areas[1:]))
        if areas[largest] >= T.LOOK_CLOSER_BELOW * h * w:
            return None
        x, y, width, height = cv2.boundingRect((labels == largest).astype(np.uint8))
        cx, cy = x + width / 2, y + height / 2
        share = T.LOOK_CLOSER_GROW * max(width / w, height / h)
    else:
        weak = cv2.GaussianBlur(document, (0, 0), 3)
        cy, cx = np.unravel_index(int(np.argmax(weak)), weak.shape)
        if weak[cy, cx] < T.LOOK_CLOSER_MIN_PEAK:
            return None
        share = 0.0
    share = min(1.0, max(share, 0.5))
    width, height = round(share * w), round(share * h)
    x0 = int(np.clip(round(cx - width / 2), 0, w - width))
    y0 = int(np.clip(round(cy - height / 2), 0, h - height))
    return x0, y0, x0 + width, y0 + height


def document_outline(document: np.ndarray) -> np.ndarray | None:
    """The outline of the largest region the model calls document, or None if none is big
    enough to be looked at (T.MIN_CANDIDATE_AREA of the frame)."""
    mask = (document > 0.5).astype(np.uint8)
    outlines, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not outlines:
        return None
    outline = max(outlines, key=cv2.contourArea)
    if cv2.contourArea(outline) < T.MIN_CANDIDATE_AREA * document.size:
        return None
    return outline


def filled_hull(region: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The outline of the region's convex hull, with every pixel along it (as `findContours`
    gives a region's outline): the side fitting needs points along each side, not corners."""
    filled = np.zeros(shape, np.uint8)
    cv2.fillConvexPoly(filled, cv2.convexHull(region), 1)
    outlines, _ = cv2.findContours(filled, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(outlines, key=cv2.contourArea)


def seen_at_frame_edge(document: np.ndarray, level: float = 0.5) -> bool:
    """Whether the map sees a document (over `level`) anywhere along the frame's edge."""
    border = np.concatenate((document[0], document[-1], document[:, 0], document[:, -1]))
    return bool((border > level).any())


def edge_reach(document: np.ndarray, corners: np.ndarray) -> EdgeReach:
    """The share of each side of the frame (top, right, bottom, left) that the document at
    `corners` reaches, as the map sees it with confidence. A fitted outline can stop at a line
    of print just short of the frame's edge; the map shows the card going on to the edge. Only
    map regions that overlap the quadrilateral count: a booklet's facing page or another card
    elsewhere is not this document."""
    if not seen_at_frame_edge(document, T.EDGE_REACH_CONFIDENCE):
        return NO_REACH  # the usual frame: nothing reaches the edge
    sure = document > T.EDGE_REACH_CONFIDENCE
    mask = (document > 0.5).astype(np.uint8)
    count, labels = cv2.connectedComponents(mask)
    if count < 2:
        return NO_REACH
    ours = members(labels, count, labels[quad_mask(mask.shape, corners) & (mask > 0)]) & sure
    top, right, bottom, left = (ours[0, :], ours[:, -1], ours[-1, :], ours[:, 0])
    return tuple(float(side.mean()) for side in (top, right, bottom, left))


def covered_share(occluder: np.ndarray, corners: np.ndarray) -> float:
    """Share of the document's quadrilateral covered by something in front of it that reaches
    its edge. A finger or thumb belongs to a hand outside the document, so it crosses the edge;
    a skin-coloured area well inside (the portrait) is the document's own print."""
    quad = np.zeros(occluder.shape, np.uint8)
    cv2.fillConvexPoly(quad, np.round(corners).astype(np.int32), 1)
    area = cv2.countNonZero(quad)
    if not area:
        return 0.0
    over = ((occluder > 0.5) & (quad > 0)).astype(np.uint8)
    if not over.any():
        return 0.0
    width = max(2, round(T.OCCLUDER_EDGE_RING * float(side_lengths(corners).min())))
    kernel = np.ones((2 * width + 1, 2 * width + 1), np.uint8)
    # Outside the picture is outside the document: a quad along the border has its ring there.
    inner = cv2.erode(quad, kernel, borderType=cv2.BORDER_CONSTANT, borderValue=0)
    ring = quad - inner
    count, labels = cv2.connectedComponents(over)
    touching = labels[(ring > 0) & (over > 0)]  # all labels of parts of `over`, none 0
    if not len(touching):
        return 0.0
    return float(np.count_nonzero(members(labels, count, touching))) / area


def covers_a_fingertip(share: float, fmt: DocumentFormat) -> bool:
    """Whether a `covered_share` of a document of this format is a fingertip's worth or more
    (T.OCCLUSION_MIN_MM2): the same share is a smaller thing on a passport page than on a card."""
    return share * fmt.width_mm * fmt.height_mm >= T.OCCLUSION_MIN_MM2


def members(labels: np.ndarray, count: int, chosen: np.ndarray) -> np.ndarray:
    """Where `labels` (`count` of them) is one of the `chosen`: a lookup table, several times
    faster than np.isin."""
    table = np.zeros(count, bool)
    table[chosen] = True
    return table[labels]


def map_share(document: np.ndarray, corners: np.ndarray) -> float:
    """Share of a quadrilateral that the learned detector's map sees as document."""
    inside = quad_mask(document.shape, corners)
    return np.count_nonzero(inside & (document > 0.5)) / max(np.count_nonzero(inside), 1)


def quad_mask(shape: tuple[int, ...], corners: np.ndarray) -> np.ndarray:
    """Where a quadrilateral lies in an array of `shape`."""
    quad = np.zeros(shape, np.uint8)
    cv2.fillConvexPoly(quad, np.round(corners).astype(np.int32), 1)
    return quad > 0
