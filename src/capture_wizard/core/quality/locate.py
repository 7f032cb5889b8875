"""Where the document is: the outline search, a still's whole-picture rule and the learned
detector, together.

Each is right where the others fail. The outline search gives exact corners where the card's
edge stands out; on a still, the picture itself is the document when it was cropped to it (the
rule for stills decides); the learned detector finds the card on gravel, in a hand or among
clutter, sees an open booklet's data page, and sees what lies over the card. A whole open
booklet found by either is narrowed to its data page (booklet.py). An outline the
learned detector's map agrees with is kept (its corners are exact, the map is coarse); one it
does not see as the document (a whole booklet, a card merged with the hand holding it, a shape
on a desk) gives way to the learned detector's own. Where none of them finds a document, or a
still was taken whole where the map sees no document filling it, the card's four straight
sides may still show it among clutter (lines.py); in a still they may also show the card
inside a region found that merged it with a busy background, and in any picture the card
inside a region running off the frame that merged it with the sheet of paper under it. A
picture where nothing at all is found gets a closer look from the learned detector, for a
small card far away; what lies over a document found may be looked for again in a window round
it (seen_closer_for_fingers).
"""

from dataclasses import replace

import cv2
import numpy as np

from capture_wizard.core.geometry import quad_area
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.booklet import data_page
from capture_wizard.core.quality.detect import Detection, detect_document, fit_region
from capture_wizard.core.quality.framing import NO_REACH
from capture_wizard.core.quality.learned import (
    MAP_SIZE,
    covered_share,
    document_maps,
    document_outline,
    edge_reach,
    filled_hull,
    map_share,
    model_maps,
    quad_mask,
    seen_at_frame_edge,
    tiled_maps,
)
from capture_wizard.core.quality.lines import card_off_the_edge, line_document, line_document_inside
from capture_wizard.core.quality.still import carries_print, still_document


def locate_document(
    small: np.ndarray, still: bool, source: np.ndarray, source_scale: float
) -> Detection | None:
    """The document in the working-resolution frame `small`, its occlusion being the share of
    it something lies over. For a still, `source` is the picture its print is looked for in
    (`source_scale` of its pixels per working pixel)."""
    outline = detect_document(small)
    document, occluder = document_maps(small, T.STILL_MAP_TURNS if still else 1)
    if still:
        outline = _still_outline(small, outline, document, source, source_scale)
    found = outline
    agreement = None if outline is None else map_agreement(document, outline.corners)
    if outline is None or not _outline_holds(outline, document, agreement):
        found = _learned_quad(small, document) or outline
    elif not outline.whole_picture and outline.sides_in_view >= 2:
        # Held by a rough agreement: the learned detector's own quadrilateral, also snapped to
        # the card's edges, may fit its map clearly better (the outline took in a shadow or a
        # booklet's facing page). Looked for only then: fitting it costs a third of a frame.
        learned = None
        if agreement < T.LEARNED_LOOKED_FOR_BELOW:
            learned = _learned_quad(small, document)
        if learned is not None and map_agreement(document, learned.corners) >= (
            agreement + T.LEARNED_AGREES_BETTER
        ):
            found = learned
    lined = None
    # A still taken whole (`found` is then the outline) where the map does not see a document
    # filling it: a card on a mural whose print the picture carries.
    unseen_whole = found is not None and found.whole_picture and agreement < T.OUTLINE_MAP_IOU
    if found is None or unseen_whole:
        # Among clutter neither may find the card; its four straight sides may still show.
        box = None if found is None else found.corners
        lined = line_document(small, source, source_scale, document, box)
        found = lined or found
    elif still and not found.whole_picture:
        # The region found may have merged a card with a busy background round it.
        lined = line_document_inside(small, source, source_scale, found.corners, document)
        found = lined or found
    if found is not None and not (found.whole_picture or lined) and _at_frame_edge(found, small):
        # A region running off the frame may be a card merged with the sheet under it.
        lined = card_off_the_edge(small, source, source_scale, found.corners, document)
        found = lined or found
    if found is None:
        turns = T.STILL_MAP_TURNS if still else 1
        document, occluder, found = _seen_closer(small, source, source_scale, turns)
    if found is None:
        return None
    if not found.whole_picture:
        page = data_page(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), found.corners, occluder)
        if page is not None:
            found = replace(found, corners=page)
    return replace(
        found,
        occlusion=covered_share(occluder, found.corners),
        occluder=occluder,
        # Four sides seen in the picture do not run on beyond it, whatever the map, lost on
        # such a background, sees reach its edge.
        edge_reach=NO_REACH if lined else edge_reach(document, found.corners),
        map_at_edge=seen_at_frame_edge(document),
    )


def seen_closer_for_fingers(small: np.ndarray, found: Detection, turns: int) -> Detection:
    """`found` with its occluder map and occlusion from a closer look (occluder_seen_closer)."""
    occluder = occluder_seen_closer(small, found.corners, found.occluder, turns)
    if occluder is found.occluder:
        return found
    return replace(found, occluder=occluder, occlusion=covered_share(occluder, found.corners))


def occluder_seen_closer(
    small: np.ndarray, corners: np.ndarray, occluder: np.ndarray, turns: int
) -> np.ndarray:
    """`occluder` with what the learned detector sees over the document when it looks at a
    window round it (the quadrilateral's box grown by OCCLUDER_WINDOW_GROW on each side),
    `turns` ways up: a finger over a card that fills a third of the picture is a few input
    cells wide when the whole picture is squeezed to the model's input, and the map misses
    it, or takes a portrait for one. Asked of every still, and of a camera frame only when
    it is about to be refused as `occluded` (a second model run)."""
    h, w = occluder.shape
    (x0, y0), (x1, y1) = corners.min(0), corners.max(0)
    grow_x, grow_y = T.OCCLUDER_WINDOW_GROW * (x1 - x0), T.OCCLUDER_WINDOW_GROW * (y1 - y0)
    x0, y0 = max(0, int(x0 - grow_x)), max(0, int(y0 - grow_y))
    x1, y1 = min(w, int(np.ceil(x1 + grow_x))), min(h, int(np.ceil(y1 + grow_y)))
    if (x1 - x0) * (y1 - y0) >= T.OCCLUDER_WINDOW_MAX_SHARE * w * h:
        return occluder  # the window is nearly the picture: the first look saw it so
    _, near = model_maps(small[y0:y1, x0:x1], turns)
    occluder = occluder.copy()
    occluder[y0:y1, x0:x1] = near
    return occluder


def _seen_closer(
    small: np.ndarray, source: np.ndarray, source_scale: float, turns: int
) -> tuple[np.ndarray, np.ndarray, Detection | None]:
    """The learned detector's maps from a closer look (learned.tiled_maps) and the small
    document they show, if any: a card far away on marble, a woven cloth or a desk among
    objects that nothing found at the whole frame's scale. Only a small document is taken
    from it (one that carries print and covers less than TOO_FAR_AREA): a large one that
    every other look missed is more likely a part of something (a card cut off by the frame,
    whose map fades towards the edge) than a whole document. `turns`: four ways up for a
    still, one for a camera frame (four model runs more, only on frames where nothing is
    found)."""
    document, occluder = tiled_maps(small, turns)
    found = _learned_quad(small, document)
    if found is not None and (
        quad_area(found.corners) >= T.TOO_FAR_AREA * small.shape[0] * small.shape[1]
        or not carries_print(source, found.corners * source_scale)
    ):
        found = None
    return document, occluder, found


def _still_outline(
    small: np.ndarray,
    outline: Detection | None,
    document: np.ndarray,
    source: np.ndarray,
    source_scale: float,
) -> Detection | None:
    """The still rule's choice (still.py), unless it took the whole picture for the document
    where the map sees one covering under half of it, the outline found or its own
    quadrilateral: a card held up in a room or lying on a table is no crop, however much of a
    document's shape the picture has and however much print the card puts in it. (A crop's
    map can fall short of its edges; what it sees there is still most of the picture.)"""
    chosen = still_document(small, outline, source, source_scale)
    if chosen is None or not chosen.whole_picture:
        return chosen
    if map_agreement(document, chosen.corners) >= T.OUTLINE_MAP_IOU:
        return chosen
    picture = small.shape[0] * small.shape[1]

    def seen_smaller(candidate: Detection | None) -> bool:
        return (
            candidate is not None
            and quad_area(candidate.corners) < T.STILL_WHOLE_SHARE * picture
            and map_agreement(document, candidate.corners) >= T.OUTLINE_MAP_IOU
        )

    if seen_smaller(outline):
        return outline
    learned = _learned_quad(small, document)  # fitted only when needed: it costs
    if seen_smaller(learned):
        return learned
    # A map that sees next to no document in the picture says it is a scene, whatever print
    # its windows or signs seem to carry (a street photo standing on its side).
    return chosen if map_share(document, chosen.corners) >= T.STILL_WHOLE_MAP_SHARE else outline


def _learned_quad(small: np.ndarray, document: np.ndarray) -> Detection | None:
    """The learned detector's document region fitted like an outline and snapped to edges."""
    region = document_outline(document)
    if region is None:
        return None
    learned = fit_region(small, region)
    if learned is None:
        # The map may leave holes or notches where print confuses it (a dark portrait on a
        # dark card, a page on gravel); a document is convex. A hull is a guess, though (a
        # blob in a street scene has one too): taken only if each side lies on an edge.
        hull = filled_hull(region, document.shape)
        learned = fit_region(small, hull, snapped_only=True)
    if learned is None:
        return None
    return replace(learned, corners=_onto_border(learned.corners, document.shape))


def _onto_border(corners: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Corners within one map cell of the frame's edge moved onto it: the map is coarse, and a
    document it sees reaching the edge (cut off) must not look as if it stopped just short."""
    h, w = shape
    cell_x, cell_y = w / MAP_SIZE, h / MAP_SIZE
    x, y = corners[:, 0].copy(), corners[:, 1].copy()
    x[x < cell_x] = 0
    x[x > w - cell_x] = w
    y[y < cell_y] = 0
    y[y > h - cell_y] = h
    return np.stack([x, y], axis=1).astype(np.float32)


def _outline_holds(
    outline: Detection, document: np.ndarray, agreement: float | None = None
) -> bool:
    """Whether the outline found stands against the learned detector's map: it is the whole
    picture of a still (the still rule decided), or it fills the frame with one side in view
    and the map sees the document reach the frame's edge too (too close: little is left for
    the learned detector to see; a map that sees a card well inside the frame means the
    outline ran round the hand holding it), or the map sees the document there too (the
    outline's corners are exact, the map is coarse). `agreement`: that overlap, when known."""
    if agreement is None:
        agreement = map_agreement(document, outline.corners)
    return (
        outline.whole_picture
        or (outline.sides_in_view < 2 and max(edge_reach(document, outline.corners)) > 0)
        or agreement >= T.OUTLINE_MAP_IOU
    )


def map_agreement(document: np.ndarray, corners: np.ndarray) -> float:
    """Intersection over union of a quadrilateral (within the frame) and the learned
    detector's document map."""
    seen, inside = document > 0.5, quad_mask(document.shape, corners)
    union = np.count_nonzero(seen | inside)  # several times faster than a boolean sum()
    return np.count_nonzero(seen & inside) / union if union else 0.0


def _at_frame_edge(found: Detection, small: np.ndarray) -> bool:
    """Whether a corner of the document found lies on (or beyond) the frame's edge."""
    h, w = small.shape[:2]
    return bool((found.corners <= 1).any() or (found.corners >= (w - 1, h - 1)).any())
