"""A far wider family of camera scenes than `render_scene`: other card designs, textured and
cluttered backgrounds, hands, booklets, camera-like exposure.

Why: the checks were tuned on `render_scene`'s scenes and failed on another renderer's
(a white MRZ band on a pastel card taken for glare, small cards on gravel not found, a finger
from a card's short side missed, dark cards on light tables, open booklets). These scenes
look like that, so the failures can be measured and worked on here. They are still our own
renders: a figure measured on them is "own renders, varied family", never "held out".

Same contract as `render_scene`: `render_varied_scene(seed, defect, frame)` returns a
`Scene` (BGR uint8 image, ground-truth corners clockwise from top-left in frame pixels, the
defect and the document side) and the same seed always gives the same picture. Every choice
and all geometry (frame, document, design, background, corners, hand and fingers) is drawn
first by `plan_varied_scene`, cheaply, so tests and the evaluation can look at them without
rendering; the pixels are drawn from a second random stream of the same seed.

Open passport booklets: the ground truth is the DATA PAGE (the ID-3 page with the portrait
and the MRZ), not the whole open booklet. The data page is what the checks judge (its format
is ID-3, its print is what must be sharp, exposed and free of glare, its MRZ is read) and what
the framing rules are about; the facing page and the cover round it are context, like a hand
or the table. Real passport photos often cut the facing page off, which would leave a whole-
booklet truth undefined. So `Scene.corners`, `Scene.side` (`id3_page`), the area of FAR and
CLOSE scenes and the orientation of TURNED and PORTRAIT_FRAME scenes all refer to the data
page, and the evaluation scores the detected quad against it.
"""

from dataclasses import dataclass, replace
from functools import cache

import cv2
import numpy as np

from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.geometry import order_corners, quad_area
from capture_wizard.core.specimens.documents import (
    _BANDS,
    _TINTS,
    Side,
    _guilloche,
    _mm,
    _rounded_alpha,
)
from capture_wizard.core.specimens.scenes import (
    Defect,
    Scene,
    _choose_frame,
    _document,
    _keep_inside,
    _place,
    background,
    blur_defect,
)

DOCUMENTS = ("id1_front", "id1_back", "id3_page", "booklet")
BACKGROUNDS = (
    "wood",
    "woven_mat",
    "gravel",
    "granite",
    "desk",
    "carpet",
    "fabric",
    "light_table",
    "dark_table",
    "mottled",  # render_scene's own backgrounds
    "room",  # only behind hand-held documents, out of focus
)
DESIGNS = ("original", "pastel", "saturated", "white", "dark")

_DOC_WEIGHTS = (0.28, 0.2, 0.27, 0.25)
_TABLE_WEIGHTS = (0.16, 0.12, 0.1, 0.07, 0.14, 0.07, 0.08, 0.1, 0.08, 0.08, 0.0)
_HELD_WEIGHTS = (0.1, 0.05, 0.0, 0.0, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.3)

_PASTELS = [
    (236, 222, 200),
    (214, 232, 246),
    (214, 240, 222),
    (238, 214, 238),
    (200, 236, 242),
    (228, 226, 246),
    (246, 232, 212),
]
_SATURATED = [
    (176, 118, 36),
    (58, 150, 236),
    (150, 64, 176),
    (72, 164, 64),
    (64, 84, 206),
    (176, 156, 44),
    (40, 176, 226),
]
_WHITES = [(252, 252, 252), (246, 248, 248), (240, 245, 246)]
_DARKS = [(72, 36, 14), (30, 27, 27), (46, 62, 24), (48, 26, 88), (56, 50, 44), (96, 52, 18)]
_LIGHT_INKS = [(236, 236, 232), (150, 206, 236), (224, 228, 236)]
_COVERS = [(32, 30, 112), (74, 38, 22), (40, 62, 28), (26, 26, 28), (30, 48, 82)]
_SKIN = [  # BGR, light to dark
    (178, 196, 236),
    (146, 172, 226),
    (116, 148, 204),
    (92, 128, 178),
    (64, 94, 142),
    (44, 64, 104),
    (32, 44, 72),
]
_WOODS = [  # (light, dark) BGR: oak, walnut, cherry, pine, grey-washed, dark stain
    ((120, 170, 206), (60, 104, 150)),
    ((62, 88, 122), (28, 42, 64)),
    ((70, 110, 170), (36, 58, 110)),
    ((150, 196, 226), (90, 140, 190)),
    ((170, 176, 178), (110, 116, 120)),
    ((44, 56, 72), (18, 24, 32)),
]


@dataclass(frozen=True)
class Design:
    """How a specimen document is restyled: paper colour and pattern, where it is white."""

    name: str  # one of DESIGNS
    fill: tuple[int, int, int]  # BGR paper colour
    second: tuple[int, int, int]  # BGR second colour of a gradient fill
    pattern: str  # "guilloche", "rosette", "waves", "gradient", "plain"
    white_zone: str  # "none", "panel", "lower", "left"
    mrz: str  # "white" (black on pure white), "offwhite", "paper" (printed on the fill)
    band: tuple[int, int, int] | None  # header band colour, None: heading printed on paper
    ink: tuple[int, int, int] | None  # light ink of a dark design, None: the original inks
    hologram: bool


@dataclass(frozen=True)
class Finger:
    """A finger (or thumb) as a tapered capsule from `root` to `tip`, frame pixels."""

    root: tuple[float, float]
    tip: tuple[float, float]
    width: float
    nail: bool

    def outline(self) -> np.ndarray:
        """A convex polygon round the finger, for overlap tests."""
        root, tip = np.array(self.root), np.array(self.tip)
        axis = tip - root
        axis /= max(np.linalg.norm(axis), 1e-6)
        normal = np.array([-axis[1], axis[0]])
        r = self.width / 2
        arc = [tip + r * (np.cos(a) * normal + np.sin(a) * axis) for a in np.linspace(0, np.pi, 9)]
        return np.array([root - r * normal, *arc[::-1], root + r * normal], np.float32)


@dataclass(frozen=True)
class Hand:
    """A hand holding the document from one edge: palm and fingers behind it, forearm away."""

    palm: tuple[float, float]
    palm_axes: tuple[float, float]  # half length along the arm, half width
    direction: tuple[float, float]  # unit vector from the document towards the arm
    grip: int  # the document's edge it holds (0 top, 1 right, 2 bottom, 3 left)
    behind: tuple[Finger, ...]
    thumb: Finger | None  # behind the document too, unless it is over it
    forearm_width: float
    sleeve: tuple[int, int, int] | None


@dataclass(frozen=True)
class VariedPlan:
    """Every choice and all geometry of one varied scene, before any pixel is drawn."""

    seed: int
    defect: Defect
    frame: tuple[int, int]
    document: str  # one of DOCUMENTS
    side: Side
    variant: int
    design: Design
    background: str  # one of BACKGROUNDS
    held: bool
    corners: np.ndarray  # ground truth, 4x2 in the document's own order (its top-left first)
    booklet: np.ndarray | None  # the whole open booklet's outline, when there is one
    hand: Hand | None
    fingers: tuple[Finger, ...]  # fingers in front of the document (FINGER scenes only)
    skin: tuple[int, int, int]


def _physical(document: str):
    """The physical format whose size sets the scale (a booklet: its ID-3 data page)."""
    return ID1 if document.startswith("id1") else ID3


# --- planning ---------------------------------------------------------------------------------


def plan_varied_scene(
    seed: int, defect: Defect = Defect.CLEAN, frame: tuple[int, int] | None = None
) -> VariedPlan:
    """Choose everything about the scene `seed` (no drawing): cheap, and deterministic."""
    rng = np.random.default_rng([seed, 0x5CE7E])
    if frame is None:
        frame = _choose_frame(rng, defect)
    fw, fh = frame
    document = DOCUMENTS[rng.choice(len(DOCUMENTS), p=_DOC_WEIGHTS)]
    side = {"id1_front": Side.ID1_FRONT, "id1_back": Side.ID1_BACK}.get(document, Side.ID3_PAGE)
    held = rng.random() < (0.45 if defect is Defect.FINGER else 0.2)
    weights = np.array(_HELD_WEIGHTS if held else _TABLE_WEIGHTS)
    back = BACKGROUNDS[rng.choice(len(BACKGROUNDS), p=weights / weights.sum())]
    design = _choose_design(rng, back)
    variant = int(rng.integers(8))
    skin = _SKIN[rng.integers(len(_SKIN))]

    fmt = _physical(document)
    corners = _place_document(rng, defect, fw, fh, fmt.aspect, document)
    booklet = _booklet_outline(corners) if document == "booklet" else None
    px_per_mm = _short_side(corners) / fmt.height_mm
    hand = _plan_hand(rng, corners, px_per_mm, document) if held else None
    fingers: tuple[Finger, ...] = ()
    if defect is Defect.FINGER:
        fingers, hand = _plan_fingers(rng, corners, px_per_mm, hand)
    return VariedPlan(
        seed,
        defect,
        (fw, fh),
        document,
        side,
        variant,
        design,
        back,
        held,
        corners,
        booklet,
        hand,
        fingers,
        skin,
    )


def _choose_design(rng, back: str) -> Design:
    """Paper styles the checks had not seen: white zones and bands, white and dark cards."""
    p = (0.08, 0.3, 0.17, 0.2, 0.25)
    if back == "light_table":  # the hard case from the field: a dark card on a light table
        p = (0.05, 0.1, 0.1, 0.05, 0.7)
    name = DESIGNS[rng.choice(len(DESIGNS), p=p)]
    palette = {"pastel": _PASTELS, "saturated": _SATURATED, "white": _WHITES, "dark": _DARKS}
    choices = palette.get(name, _TINTS)
    fill = choices[rng.integers(len(choices))]
    others = palette.get(name, _PASTELS)
    second = others[rng.integers(len(others))]
    pattern = ("guilloche", "rosette", "waves", "gradient", "plain")[rng.integers(5)]
    zone_p = {"white": 0.0, "dark": 0.3}.get(name, 0.5)
    white_zone = ("panel", "lower", "left")[rng.integers(3)] if rng.random() < zone_p else "none"
    mrz = ("white", "white", "offwhite", "paper")[rng.integers(4)]
    band = _BANDS[rng.integers(len(_BANDS))] if rng.random() < 0.6 else None
    if band is not None and name == "dark":
        band = _DARKS[rng.integers(len(_DARKS))]
    ink = _LIGHT_INKS[rng.integers(len(_LIGHT_INKS))] if name == "dark" else None
    hologram = bool(rng.random() < 0.45)
    return Design(name, tuple(fill), tuple(second), pattern, white_zone, mrz, band, ink, hologram)


def _short_side(corners: np.ndarray) -> float:
    """The document's short side in pixels: fingers and hands are sized from it."""
    return float(
        min(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[3] - corners[0]))
    )


def _place_document(rng, defect: Defect, fw: int, fh: int, aspect: float, document: str):
    """`render_scene`'s placement with more perspective, small FAR cards, whole booklets."""
    corners = _place(rng, defect, fw, fh, aspect)
    short = _short_side(corners)
    corners = corners + rng.uniform(-0.07, 0.07, (4, 2)).astype(np.float32) * short
    if defect not in (Defect.CUT_OFF, Defect.CLOSE):
        margin = 0.03 * min(fw, fh)
        corners = _keep_inside(corners, fw, fh, margin)
        if document == "booklet" and rng.random() < 0.7:
            corners = _fit_booklet(corners, fw, fh, margin)
    if defect is Defect.FAR:
        corners = _scale_to_area(corners, rng.uniform(0.055, 0.115) * fw * fh)
        corners = _shift_inside(corners, fw, fh, 0.03 * min(fw, fh))
    return corners.astype(np.float32)


def _scale_to_area(corners: np.ndarray, area: float) -> np.ndarray:
    centre = corners.mean(0)
    return centre + (corners - centre) * np.sqrt(area / quad_area(corners))


def _shift_inside(corners: np.ndarray, fw: int, fh: int, margin: float) -> np.ndarray:
    """Move (not shrink) a quadrilateral so that it lies `margin` inside the frame."""
    low = corners.min(0) - margin
    high = corners.max(0) + margin - np.array([fw, fh])
    return corners - np.minimum(low, 0) - np.maximum(high, 0)


def _booklet_transform(corners: np.ndarray) -> np.ndarray:
    """Homography from data-page millimetres (page top-left at 0, 0) to the frame."""
    src = np.float32([[0, 0], [ID3.width_mm, 0], [ID3.width_mm, ID3.height_mm], [0, ID3.height_mm]])
    return cv2.getPerspectiveTransform(src, corners.astype(np.float32))


_COVER_MM = 3.0  # the cover shows this much round the pages of an open booklet


def _booklet_outline(corners: np.ndarray) -> np.ndarray:
    """The open booklet round its data page: the facing page above it, the cover round both."""
    m, w, h = _COVER_MM, ID3.width_mm, ID3.height_mm
    mm = np.float32([[-m, -h - m], [w + m, -h - m], [w + m, h + m], [-m, h + m]])
    return cv2.perspectiveTransform(mm[None], _booklet_transform(corners))[0]


def _fit_booklet(corners: np.ndarray, fw: int, fh: int, margin: float) -> np.ndarray:
    """Shrink so the whole booklet is in view, unless its data page would get too small:
    real passport photos often cut the facing page off."""
    outline = _booklet_outline(corners)
    fitted = _keep_inside(outline, fw, fh, margin)
    scale = np.linalg.norm(fitted[1] - fitted[0]) / np.linalg.norm(outline[1] - outline[0])
    if scale >= 1 or quad_area(corners) * scale**2 < 0.2 * fw * fh:
        return corners
    centre, moved = outline.mean(0), fitted.mean(0)
    return moved + (corners - centre) * scale


def _inward(corners: np.ndarray, side: int) -> tuple[np.ndarray, np.ndarray]:
    """A point on edge `side` (0 top, 1 right, 2 bottom, 3 left of the document) and the unit
    normal into the document there."""
    a, b = corners[side], corners[(side + 1) % 4]
    edge = (b - a) / np.linalg.norm(b - a)
    normal = np.array([-edge[1], edge[0]])
    if np.dot(corners.mean(0) - a, normal) < 0:
        normal = -normal
    return a, normal


def _rotate(v: np.ndarray, degrees: float) -> np.ndarray:
    r = np.deg2rad(degrees)
    return np.array([v[0] * np.cos(r) - v[1] * np.sin(r), v[0] * np.sin(r) + v[1] * np.cos(r)])


def _covered(fingers: tuple[Finger, ...], corners: np.ndarray) -> float:
    """Share of the document's area under the fingers (their overlaps counted twice)."""
    quad = order_corners(corners)
    total = 0.0
    for f in fingers:
        area, _ = cv2.intersectConvexConvex(f.outline(), quad)
        total += area
    return total / quad_area(quad)


def _plan_fingers(rng, corners: np.ndarray, px_per_mm: float, hand: Hand | None):
    """Fingers over the document: from any edge (short sides too), a thumb over a corner, or
    a held document's thumb and wrapping fingertips; always covering at least 2 % of it.
    Returns them with the hand, whose fingers now in front are no longer behind."""
    for attempt in range(40):
        boost = 1 + attempt * 0.05
        held = hand
        if hand is not None:
            fingers, held = _held_front_fingers(rng, corners, px_per_mm, hand, boost)
        elif rng.random() < 0.3:
            fingers = (_thumb_over_corner(rng, corners, px_per_mm, boost),)
        else:
            fingers = (_finger_over_edge(rng, corners, px_per_mm, boost),)
        if _covered(fingers, corners) >= 0.02:
            break
    return fingers, held


def _finger_over_edge(rng, corners, px_per_mm, boost) -> Finger:
    """A finger over any of the four edges, the short sides as often as the long ones."""
    side = int(rng.integers(4))
    a, normal = _inward(corners, side)
    b = corners[(side + 1) % 4]
    entry = a + (b - a) * rng.uniform(0.12, 0.88)
    direction = _rotate(normal, rng.uniform(-35, 35))
    tip = entry + direction * rng.uniform(9, 22) * boost * px_per_mm
    root = tip - direction * rng.uniform(60, 85) * px_per_mm
    width = rng.uniform(15, 20) * px_per_mm
    return Finger(tuple(root), tuple(tip), float(width), bool(rng.random() < 0.85))


def _thumb_over_corner(rng, corners, px_per_mm, boost) -> Finger:
    """A thumb pressed over one corner, as when a card is held up by it."""
    k = int(rng.integers(4))
    bisector = corners.mean(0) - corners[k]
    bisector /= np.linalg.norm(bisector)
    direction = _rotate(bisector, rng.uniform(-20, 20))
    tip = corners[k] + direction * rng.uniform(14, 26) * boost * px_per_mm
    root = tip - direction * rng.uniform(60, 80) * px_per_mm
    return Finger(tuple(root), tuple(tip), float(rng.uniform(19, 24) * px_per_mm), True)


def _held_front_fingers(rng, corners, px_per_mm, hand: Hand, boost):
    """The thumb of the holding hand pressed on the document, or fingertips curling round its
    edge from behind (those fingers then stop at the edge behind it)."""
    a, normal = _inward(corners, hand.grip)
    b = corners[(hand.grip + 1) % 4]
    if rng.random() < 0.5:  # the thumb, from the side of the palm
        entry = a + (b - a) * rng.uniform(0.2, 0.8)
        direction = _rotate(normal, rng.uniform(-30, 30))
        tip = entry + direction * rng.uniform(12, 24) * boost * px_per_mm
        width = rng.uniform(19, 24) * px_per_mm
        thumb = Finger(hand.thumb.root, tuple(tip), float(width), True)
        return (thumb,), replace(hand, thumb=None)
    fingers, behind = [], list(hand.behind)
    count = int(rng.integers(1, 4))
    first = int(rng.integers(0, 5 - count))
    for k in range(first, first + count):  # the same fingers, curled round the edge
        base = np.array(behind[k].root)
        axis = np.array(behind[k].tip) - base
        axis /= np.linalg.norm(axis)
        entry = base + axis * np.dot(a - base, normal) / np.dot(axis, normal)
        root = entry - axis * 12 * px_per_mm
        tip = entry + axis * rng.uniform(9, 16) * boost * px_per_mm
        fingers.append(Finger(tuple(root), tuple(tip), behind[k].width * 1.05, True))
        behind[k] = replace(behind[k], tip=tuple(entry + axis * 8 * px_per_mm))
    return tuple(fingers), replace(hand, behind=tuple(behind))


def _plan_hand(rng, corners: np.ndarray, px_per_mm: float, document: str) -> Hand:
    """A hand holding the document by its lower (or a side) edge: palm, four fingers and the
    thumb behind it (fingers a little shorter than the document or longer, as when it lies on
    an open hand), forearm running out of the frame."""
    wanted = np.array([0.0, 1.0]) if rng.random() < 0.65 else np.array([rng.choice([-1.0, 1.0]), 0])
    sides = [s for s in range(4) if not (document == "booklet" and s == 0)]  # not the fold
    side = max(sides, key=lambda s: np.dot(-_inward(corners, s)[1], wanted))
    a, normal = _inward(corners, side)
    b = corners[(side + 1) % 4]
    along = (b - a) / np.linalg.norm(b - a)
    grip = a + (b - a) * rng.uniform(0.3, 0.7)
    away = _rotate(-normal, rng.uniform(-20, 20))
    length, width = rng.uniform(95, 110) * px_per_mm, rng.uniform(78, 92) * px_per_mm
    palm = grip + away * length * rng.uniform(0.25, 0.45)
    reach = rng.uniform(45, 85) * px_per_mm
    behind = []
    for i in range(4):
        base = palm - away * length * 0.3 + along * (i - 1.5) * width * 0.24
        tip = base - away * reach * (1 - 0.12 * abs(i - 1.2))
        behind.append(Finger(tuple(base), tuple(tip), float(17 * px_per_mm), False))
    side_sign = rng.choice([-1.0, 1.0])
    thumb_root = palm + along * side_sign * width * 0.42 + away * length * 0.15
    thumb_dir = _rotate(-away, side_sign * rng.uniform(25, 50))
    thumb = Finger(
        tuple(thumb_root),
        tuple(thumb_root + thumb_dir * 62 * px_per_mm),
        float(21 * px_per_mm),
        True,
    )
    sleeve = _SLEEVES[rng.integers(len(_SLEEVES))] if rng.random() < 0.6 else None
    return Hand(
        tuple(palm),
        (length / 2, width / 2),
        tuple(away),
        side,
        tuple(behind),
        thumb,
        float(width * 0.7),
        sleeve,
    )


_SLEEVES = [
    (40, 40, 44),
    (120, 70, 30),
    (200, 200, 200),
    (60, 60, 140),
    (90, 110, 90),
    (30, 30, 30),
]


# --- the document -----------------------------------------------------------------------------


def _layout(side: Side, w: int, h: int) -> dict[str, tuple[int, int, int, int]]:
    """Where `render_document` puts its parts (x0, y0, x1, y1 in document pixels), so that a
    restyle keeps them and a glare lands on print."""
    parts = {"header": (0, 0, w, _mm(9))}
    if side is Side.ID1_FRONT:
        parts["portrait"] = (_mm(4), _mm(12), _mm(29), _mm(44))
        parts["data"] = (_mm(33), _mm(12), _mm(80), _mm(50))
    elif side is Side.ID1_BACK:
        parts["data"] = (_mm(4), _mm(11), _mm(82), _mm(27))
        parts["mrz"] = (0, h - _mm(18), w, h)
    else:
        parts["portrait"] = (_mm(6), _mm(16), _mm(38), _mm(58))
        parts["data"] = (_mm(44), _mm(11), _mm(110), _mm(56))
        parts["mrz"] = (0, h - _mm(17), w, h)
    return parts


def _nearest(colour: np.ndarray, palette) -> np.ndarray:
    options = np.array(palette, np.float32)
    return options[np.argmin(((options - colour) ** 2).sum(1))]


def _paper(design: Design, rng, w: int, h: int, mrz_top: int) -> np.ndarray:
    """The restyled paper under the print: fill, security pattern, white zone."""
    paper = np.empty((h, w, 3), np.float32)
    paper[:] = design.fill
    if design.pattern == "gradient":
        t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
        paper[:] = np.array(design.fill) * (1 - t) + np.array(design.second) * t
    elif design.pattern == "guilloche":
        lift = 56 if design.name == "dark" else 0  # light lines on a dark card
        _guilloche(paper, rng, tuple(float(min(255, c + lift)) for c in design.fill))
    elif design.pattern == "rosette":
        _rosette(paper, rng, design)
    elif design.pattern == "waves":
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        wave = np.sin(xx / rng.uniform(5, 9) + 3 * np.sin(yy / rng.uniform(30, 60)))
        paper += (wave * rng.uniform(4, 9))[..., None]
    _white_zone(paper, design.white_zone, w, h, mrz_top)
    return paper


def _rosette(paper: np.ndarray, rng, design: Design) -> None:
    """Concentric wavy rings, the other classic security print."""
    h, w = paper.shape[:2]
    centre = np.array([rng.uniform(0.3, 0.9) * w, rng.uniform(0.3, 0.7) * h])
    step = 1 if design.name == "dark" else -1
    colour = tuple(float(np.clip(c + step * 30, 0, 255)) for c in design.fill)
    theta = np.linspace(0, 2 * np.pi, 720)
    lobes, phase = int(rng.integers(8, 20)), rng.uniform(0, 6)
    for k in range(1, 26):
        r = k * max(w, h) / 30 + max(w, h) / 90 * np.sin(lobes * theta + phase + k * 0.4)
        pts = np.stack([centre[0] + r * np.cos(theta), centre[1] + r * np.sin(theta)], 1)
        cv2.polylines(paper, [pts.astype(np.int32)], True, colour, 2, cv2.LINE_AA)


def _white_zone(paper: np.ndarray, zone: str, w: int, h: int, mrz_top: int) -> None:
    """A plain pure-white area where data is printed, as many real cards have."""
    white = (255.0, 255.0, 255.0)
    bottom = mrz_top if mrz_top < h else h - _mm(3)
    if zone == "panel":
        cv2.rectangle(paper, (int(0.37 * w), _mm(11)), (w - _mm(3), bottom - _mm(2)), white, -1)
    elif zone == "lower":
        paper[int(0.62 * h) :] = white
    elif zone == "left":
        paper[:, : int(0.36 * w)] = white


@dataclass(frozen=True)
class _Print:
    """A specimen document taken apart once: where its print is and in what ink, and where
    the letters of its header and MRZ band are. Kept small (uint8): one per document."""

    original: np.ndarray  # uint8 BGR
    parts: dict
    depth: np.ndarray  # HxWx1 uint8, 255 on print, 0 on paper and its guilloche
    ink: np.ndarray  # uint8 BGR, the ink colour near each pixel
    header_text: np.ndarray  # HxWx1 over the header box, 1 on its (white) letters
    mrz_text: np.ndarray | None  # over the MRZ box, 1 on its characters


@cache
def _print_layers(side: Side, variant: int) -> _Print:
    """Take a specimen apart once per document, so that each restyle is only arithmetic."""
    original = _document(side, variant).image.astype(np.float32)
    h, w = original.shape[:2]
    parts = _layout(side, w, h)
    mrz_top = parts["mrz"][1] if "mrz" in parts else h
    tint = _nearest(np.median(original[_mm(10) : mrz_top : 4, ::4].reshape(-1, 3), 0), _TINTS)
    # how far below the paper each pixel is: the guilloche is < 30, print is more
    depth = np.clip(((tint - original).max(2) - 30) / 80, 0, 1)[..., None]
    ink = cv2.erode(_document(side, variant).image, np.ones((3, 3), np.uint8))
    x0, y0, x1, y1 = parts["header"]
    region = original[y0:y1, x0:x1]
    band = _nearest(np.median(region[::3, ::3].reshape(-1, 3), 0), _BANDS)
    header = np.clip((region.mean(2, keepdims=True) - band.mean()) / (255 - band.mean()), 0, 1)
    mrz = None
    if "mrz" in parts:
        x0, y0, x1, y1 = parts["mrz"]
        mrz = np.clip((245 - original[y0:y1, x0:x1].mean(2, keepdims=True)) / 200, 0, 1)
    depth = (depth * 255 + 0.5).astype(np.uint8)
    return _Print(_document(side, variant).image, parts, depth, ink, header, mrz)


def _restyle(side: Side, variant: int, design: Design, rng) -> np.ndarray:
    """`render_document`'s card or page with its paper, inks, header and MRZ band redrawn in
    `design`: print is lifted off the original paper and laid on the new one."""
    layers = _print_layers(side, variant)
    original = layers.original.astype(np.float32)
    if design.name == "original":
        return original
    h, w = original.shape[:2]
    parts = layers.parts
    paper = _paper(design, rng, w, h, parts["mrz"][1] if "mrz" in parts else h)
    ink = layers.ink.astype(np.float32)
    if design.ink is not None:  # light print on a dark card; a white zone on it keeps dark print
        on_white = paper.mean(axis=2, keepdims=True) > 160
        ink = np.where(on_white, ink, np.array(design.ink, np.float32) - 0.4 * ink)
    depth = layers.depth.astype(np.float32) / 255
    out = paper * (1 - depth) + ink * depth
    _restyle_header(out, layers.header_text, parts["header"], design, paper)
    if layers.mrz_text is not None:
        _restyle_mrz(out, layers.mrz_text, parts["mrz"], design, paper)
    if "portrait" in parts:
        x0, y0, x1, y1 = parts["portrait"]
        out[y0:y1, x0:x1] = original[y0:y1, x0:x1]
    return out


def _restyle_header(out, text, box, design: Design, paper) -> None:
    """The heading on a band of the design's colour, or printed on the paper itself."""
    x0, y0, x1, y1 = box
    if design.band is not None:
        ground = np.array(design.band, np.float32)
        letters = np.array(design.ink or (255, 255, 255), np.float32)
    else:
        ground = paper[y0:y1, x0:x1]
        letters = np.array(design.ink or (90, 50, 20), np.float32)
    out[y0:y1, x0:x1] = ground * (1 - text) + letters * text


def _restyle_mrz(out, text, box, design: Design, paper) -> None:
    """The MRZ on pure white (the case once taken for glare), off-white, or on the paper."""
    x0, y0, x1, y1 = box
    if design.mrz == "white":
        ground, letters = np.float32([255, 255, 255]), np.float32([8, 8, 8])
    elif design.mrz == "offwhite":
        ground, letters = np.float32([236, 242, 244]), np.float32([12, 12, 12])
    else:
        ground = paper[y0:y1, x0:x1]
        letters = np.float32(design.ink or (14, 14, 14))
    out[y0:y1, x0:x1] = ground * (1 - text) + letters * text


def _hologram(art: np.ndarray, rng, box: tuple[int, int, int, int]) -> None:
    """A translucent rainbow foil patch over part of the portrait or data: its colour changes
    across it and it never clips, so it is not glare."""
    x0, y0, x1, y1 = box
    h, w = art.shape[:2]
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    rx, ry = rng.uniform(0.08, 0.16) * w, rng.uniform(0.12, 0.25) * h
    bx0, by0 = int(max(0, cx - rx)), int(max(0, cy - ry))
    bx1, by1 = int(min(w, cx + rx)), int(min(h, cy + ry))
    yy, xx = np.mgrid[by0:by1, bx0:bx1].astype(np.float32)
    inside = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    if rng.random() < 0.5:  # a disc; else a band across
        mask = np.clip((1 - inside) * 6, 0, 1)
    else:
        mask = np.clip((1 - np.abs(yy - cy) / ry) * 6, 0, 1) * np.clip((1 - inside / 3) * 6, 0, 1)
    angle = rng.uniform(0, np.pi)
    phase = (xx * np.cos(angle) + yy * np.sin(angle)) / rng.uniform(60, 160)
    phase += 0.25 * np.sin(xx / 9) * np.sin(yy / 7)  # diffraction fringes
    hsv = np.stack(
        [(phase * 180) % 180, np.full_like(phase, rng.uniform(110, 170)), np.full_like(phase, 232)],
        2,
    ).astype(np.uint8)
    rainbow = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR).astype(np.float32)
    alpha = (mask * rng.uniform(0.22, 0.4))[..., None]
    patch = art[by0:by1, bx0:bx1]
    art[by0:by1, bx0:bx1] = patch * (1 - alpha) + rainbow * alpha


def _document_art(plan: VariedPlan, rng) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    """The drawn document (float BGR), its alpha, the ground-truth rectangle in its pixels,
    and where its print is (for glare)."""
    art = _restyle(plan.side, plan.variant, plan.design, rng)
    h, w = art.shape[:2]
    parts = _layout(plan.side, w, h)
    if plan.design.hologram:
        _hologram(art, rng, parts.get("portrait", parts["data"]))
    alpha = _document(plan.side, plan.variant).alpha
    rect = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if plan.document != "booklet":
        return art, alpha, rect, parts
    return _booklet(art, rng, parts)


def _booklet(page: np.ndarray, rng, parts: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
    """An open passport: the facing page above the data page, a dark fold between them and
    the cover showing round both."""
    ph, pw = page.shape[:2]
    m = _mm(_COVER_MM)
    art = np.empty((2 * ph + 2 * m, pw + 2 * m, 3), np.float32)
    cover = np.array(_COVERS[rng.integers(len(_COVERS))], np.float32)
    grain = cv2.GaussianBlur(_noise(rng, art.shape[:2]), (0, 0), 1.5)
    art[:] = cover * (1 + 0.12 * grain)[..., None]
    art[m : m + ph, m : m + pw] = _facing_page(rng, pw, ph)
    art[m + ph : m + 2 * ph, m : m + pw] = page
    fold = np.abs(np.arange(art.shape[0], dtype=np.float32) - (m + ph))
    shade = 1 - 0.45 * np.exp(-fold / _mm(4)) - 0.12 * np.exp(-fold / _mm(18))
    art *= shade[:, None, None]
    art[m + ph - 2 : m + ph + 2, m : m + pw] *= 0.35
    alpha = _rounded_alpha(art.shape[1], art.shape[0], _mm(5))
    rect = np.float32([[m, m + ph], [m + pw, m + ph], [m + pw, m + 2 * ph], [m, m + 2 * ph]])
    shifted = {
        k: (x0 + m, y0 + m + ph, x1 + m, y1 + m + ph) for k, (x0, y0, x1, y1) in parts.items()
    }
    return art, alpha, rect, shifted


def _facing_page(rng, w: int, h: int) -> np.ndarray:
    """A visa page: pale security print, a few ruled lines, a page number."""
    tint = np.array(_PASTELS[rng.integers(len(_PASTELS))], np.float32)
    page = np.empty((h, w, 3), np.uint8)
    page[:] = tint
    _guilloche(page, rng, tuple(int(c) for c in tint))
    colour = tuple(int(c) - 45 for c in tint)
    for k in range(4):
        y = int(h * (0.35 + 0.14 * k))
        cv2.line(page, (_mm(10), y), (w - _mm(10), y), colour, 2, cv2.LINE_AA)
    cv2.putText(
        page,
        "VISAS",
        (int(w * 0.36), int(h * 0.22)),
        cv2.FONT_HERSHEY_DUPLEX,
        3.2,
        colour,
        4,
        cv2.LINE_AA,
    )
    cv2.putText(
        page,
        str(rng.integers(2, 30)),
        (w - _mm(14), h - _mm(6)),
        cv2.FONT_HERSHEY_SIMPLEX,
        1.2,
        colour,
        2,
        cv2.LINE_AA,
    )
    return page.astype(np.float32)


# --- backgrounds ------------------------------------------------------------------------------


def _rotated(canvas: np.ndarray, w: int, h: int, degrees: float) -> np.ndarray:
    """The middle w x h of a square texture turned by `degrees`."""
    d = canvas.shape[0]
    rot = cv2.getRotationMatrix2D((d / 2, d / 2), degrees, 1.0)
    rot[:, 2] += (w / 2 - d / 2, h / 2 - d / 2)
    return cv2.warpAffine(
        canvas, rot, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )


def _stretched_noise(rng, rows: int, cols: int, stretch: float) -> np.ndarray:
    """Noise smooth along x and fine across: fibres."""
    small = rng.normal(0, 1, (rows, max(2, int(cols / stretch)))).astype(np.float32)
    return cv2.resize(small, (cols, rows), interpolation=cv2.INTER_CUBIC)


def _smooth_noise(rng, w: int, h: int, cell: float) -> np.ndarray:
    """Unit-ish noise varying over about `cell` pixels."""
    small = rng.normal(0, 1, (max(2, int(h / cell)), max(2, int(w / cell)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _lerp(t: np.ndarray, a, b) -> np.ndarray:
    t = t[..., None]
    return np.float32(a) * (1 - t) + np.float32(b) * t


def _blur(img: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur; a wide one is done on a reduced copy (a full-size 30-pixel kernel is
    slow and the result is smooth anyway)."""
    if sigma <= 4:
        return cv2.GaussianBlur(img, (0, 0), max(sigma, 0.3))
    h, w = img.shape[:2]
    f = sigma / 4
    small = cv2.resize(img, (max(2, int(w / f)), max(2, int(h / f))), interpolation=cv2.INTER_AREA)
    return cv2.resize(cv2.GaussianBlur(small, (0, 0), 4), (w, h), interpolation=cv2.INTER_CUBIC)


def _noise(rng, shape) -> np.ndarray:
    return rng.standard_normal(shape, dtype=np.float32)


def _wood(rng, w: int, h: int) -> np.ndarray:
    """Planks with growth rings and fibres: long parallel structure at several scales (a
    lamp's reflection on varnished wood was once taken for the document)."""
    scale = max(w, h) / 1280
    d = int(np.hypot(w, h)) + 4
    light, dark = _WOODS[rng.integers(len(_WOODS))]
    plank = rng.uniform(0.2, 0.6) * min(w, h)
    v = np.arange(d, dtype=np.float32)[:, None]
    index = (v // plank).astype(np.int32)
    offsets = rng.uniform(0, 500, index.max() + 2).astype(np.float32)
    warp = _smooth_noise(rng, d, d, 90 * scale) * rng.uniform(8, 30) * scale
    warp += _stretched_noise(rng, d, d, 60) * 3 * scale
    period = rng.uniform(7, 24) * scale
    phase = ((v + warp + offsets[index]) / period) % 1.0
    rings = np.exp(-phase * rng.uniform(3, 6))
    fibres = _stretched_noise(rng, d, d, 40 * scale)
    t = 0.45 * rings + 0.12 * fibres + 0.12 * _smooth_noise(rng, d, d, 200 * scale) + 0.25
    seam = (v % plank) < max(1.5, 2 * scale)
    t = np.where(seam, 1.1, t)
    return _lerp(np.clip(_rotated(t, w, h, rng.uniform(0, 180)), 0, 1.2), light, dark)


def _woven_mat(rng, w: int, h: int) -> np.ndarray:
    """Crossed fibre strands going over and under each other (a dark woven mat once hid a
    whole driving licence)."""
    scale = max(w, h) / 1280
    d = int(np.hypot(w, h)) + 4
    cell = rng.uniform(10, 30) * scale
    yy, xx = np.mgrid[0:d, 0:d].astype(np.float32)
    i, j = (xx // cell).astype(np.int32), (yy // cell).astype(np.int32)
    fx, fy = xx / cell - i, yy / cell - j
    strands = int(rng.integers(1, 4))
    over = ((i + j) & 1) == 0
    row_tone = rng.normal(1, 0.08, j.max() + 1).astype(np.float32)[j]
    col_tone = rng.normal(1, 0.08, i.max() + 1).astype(np.float32)[i]
    fibre_h = 1 + 0.12 * _stretched_noise(rng, d, d, 12 * scale)
    fibre_v = 1 + 0.12 * _stretched_noise(rng, d, d, 12 * scale).T
    horizontal = np.sin(np.pi * ((fy * strands) % 1)) ** 0.6 * np.sin(np.pi * fx) ** 0.3
    vertical = np.sin(np.pi * ((fx * strands) % 1)) ** 0.6 * np.sin(np.pi * fy) ** 0.3
    t = np.where(over, horizontal * row_tone * fibre_h, vertical * col_tone * fibre_v)
    palette = [
        ((60, 130, 170), (150, 200, 225)),
        ((20, 24, 28), (70, 78, 84)),
        ((40, 70, 100), (110, 150, 190)),
        ((70, 80, 80), (170, 180, 180)),
        ((20, 30, 60), (60, 90, 150)),
    ]
    gap, strand = palette[rng.integers(len(palette))]
    return _lerp(np.clip(_rotated(t, w, h, rng.uniform(0, 90)), 0, 1.2), gap, strand)


def _gravel(rng, w: int, h: int) -> np.ndarray:
    """Pebbles of many sizes and colours with shading and dark gaps (small cards far away on
    gravel were not found)."""
    scale = max(w, h) / 1280
    img = np.empty((h, w, 3), np.float32)
    img[:] = rng.uniform(20, 45)
    mask = np.zeros((h, w), np.uint8)
    mean = rng.uniform(7, 16) * scale
    count = int(1.6 * w * h / (np.pi * mean**2))
    stones = np.array(
        [(150, 155, 160), (120, 150, 175), (90, 110, 140), (200, 205, 210), (70, 75, 80)],
        np.float32,
    )  # grey, sand, brown, white, dark: earth colours
    base = stones[rng.choice(len(stones), 2, replace=False)]
    for _ in range(count):
        r = mean * np.exp(rng.normal(0, 0.45))
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        axes = (max(2, int(r)), max(2, int(r * rng.uniform(0.55, 1))))
        tone = base[rng.integers(2)] * rng.uniform(0.6, 1.25)
        colour = np.clip(tone + rng.normal(0, 8, 3), 0, 255)
        ang = rng.uniform(0, 180)
        cv2.ellipse(img, c, axes, ang, 0, 360, colour.tolist(), -1, cv2.LINE_AA)
        cv2.ellipse(mask, c, axes, ang, 0, 360, 255, -1)
        cv2.ellipse(mask, c, axes, ang, 0, 360, 0, max(1, int(scale)))
        cv2.ellipse(img, c, axes, ang, 0, 360, (25, 25, 28), max(1, int(scale)), cv2.LINE_AA)
    dome = np.sqrt(cv2.distanceTransform(mask, cv2.DIST_L2, 3))
    light = cv2.Sobel(dome, cv2.CV_32F, 1, 0) * 0.7 + cv2.Sobel(dome, cv2.CV_32F, 0, 1) * 0.7
    img *= np.clip(0.75 - 0.12 * light + 0.1 * dome / (np.sqrt(mean) + 1e-6), 0.2, 1.4)[..., None]
    img += _speckle(rng, w, h, scale)[..., None] * 14
    return img


def _speckle(rng, w: int, h: int, scale: float) -> np.ndarray:
    """Multi-scale grain, as in stone."""
    fine = cv2.GaussianBlur(_noise(rng, (h, w)), (0, 0), 0.7 * scale)
    return (
        fine
        + 0.6 * _smooth_noise(rng, w, h, 6 * scale)
        + 0.4 * _smooth_noise(rng, w, h, 40 * scale)
    )


def _granite(rng, w: int, h: int) -> np.ndarray:
    """A polished stone counter: dark, light and tinted grains of several sizes."""
    scale = max(w, h) / 1280
    stones = [(150, 150, 150), (90, 100, 110), (150, 160, 190), (40, 40, 45), (120, 140, 160)]
    base = np.float32(stones[rng.integers(len(stones))]) * np.float32(rng.uniform(0.9, 1.1, 3))
    img = np.empty((h, w, 3), np.float32)
    img[:] = base
    img += _speckle(rng, w, h, scale)[..., None] * rng.uniform(6, 14)
    for colour, level in (
        (base * 0.25, 1.1),
        (np.minimum(base * 1.4, 250), 1.3),
        (rng.uniform(60, 200, 3), 1.6),
    ):
        grains = cv2.GaussianBlur(_noise(rng, (h, w)), (0, 0), rng.uniform(1, 3) * scale)
        grains = np.clip((grains / grains.std() - level) * 3, 0, 1)[..., None]
        img = img * (1 - grains) + np.float32(colour) * grains
    return img


def _desk(rng, w: int, h: int) -> np.ndarray:
    """A cluttered desk: sheets of paper, a keyboard, pens, a mug, notes and a phone, each
    with a soft shadow (clutter full of edges and rectangles)."""
    scale = max(w, h) / 1280
    img = _wood(rng, w, h) if rng.random() < 0.5 else _plain(rng, w, h, rng.uniform(70, 200))
    layer = img.copy()
    mask = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(5, 11))):
        kind = ("paper", "paper", "keyboard", "pen", "pen", "mug", "note", "phone")[rng.integers(8)]
        _desk_object(layer, mask, rng, kind, w, h, scale)
    shadow = _blur(mask.astype(np.float32) / 255, 8 * scale)
    shadow = cv2.warpAffine(shadow, np.float32([[1, 0, 6 * scale], [0, 1, 9 * scale]]), (w, h))
    img *= (1 - 0.45 * shadow)[..., None]
    inside = (mask > 0)[..., None]
    return np.where(inside, layer, img)


def _desk_object(layer, mask, rng, kind: str, w: int, h: int, scale: float) -> None:
    """One thing on a desk, drawn into `layer` and marked in `mask` (for its shadow)."""
    c = np.array([rng.uniform(0, w), rng.uniform(0, h)])
    angle = rng.uniform(0, 180)
    if kind in ("paper", "note", "phone", "keyboard"):
        size = {
            "paper": (210, 297),
            "note": (76, 76),
            "phone": (72, 150),
            "keyboard": (440, 140),
        }[kind]
        unit = rng.uniform(1.0, 1.6) * scale
        box = cv2.boxPoints(((c[0], c[1]), (size[0] * unit, size[1] * unit), angle)).astype(
            np.int32
        )
        colour = {
            "paper": rng.uniform(215, 245, 3) * [0.97, 1, 1],
            "note": (90, 220, 240),
            "phone": (28, 28, 30),
            "keyboard": (38, 38, 40) if rng.random() < 0.6 else (215, 215, 212),
        }[kind]
        cv2.fillConvexPoly(layer, box, np.asarray(colour, np.float64).tolist(), cv2.LINE_AA)
        cv2.fillConvexPoly(mask, box, 255)
        if kind == "paper":
            _ruled_text(layer, box, rng)
        elif kind == "keyboard":
            _keys(layer, box, colour)
    elif kind == "pen":
        end = c + 140 * scale * np.array([np.cos(np.deg2rad(angle)), np.sin(np.deg2rad(angle))])
        colour = ((150, 60, 20), (20, 20, 160), (30, 30, 30), (200, 200, 200))[rng.integers(4)]
        thick = int(10 * scale)
        cv2.line(layer, tuple(c.astype(int)), tuple(end.astype(int)), colour, thick, cv2.LINE_AA)
        cv2.line(
            layer,
            tuple(c.astype(int)),
            tuple(end.astype(int)),
            tuple(min(255, v + 90) for v in colour),
            max(1, thick // 4),
            cv2.LINE_AA,
        )
        cv2.line(mask, tuple(c.astype(int)), tuple(end.astype(int)), 255, thick)
    else:  # mug seen from above
        r = int(rng.uniform(38, 50) * scale)
        colour = rng.uniform(40, 230, 3).tolist()
        cv2.circle(layer, tuple(c.astype(int)), r, colour, -1, cv2.LINE_AA)
        cv2.circle(layer, tuple(c.astype(int)), int(r * 0.82), (30, 45, 60), -1, cv2.LINE_AA)
        cv2.circle(mask, tuple(c.astype(int)), r, 255, -1)


def _ruled_text(layer, box: np.ndarray, rng) -> None:
    """Grey lines of 'text' on a sheet of paper."""
    a, b, d = box[0].astype(float), box[1].astype(float), box[3].astype(float)
    for k in range(3, 29):
        t = k / 32
        p0 = a + (b - a) * 0.1 + (d - a) * t
        p1 = a + (b - a) * rng.uniform(0.5, 0.9) + (d - a) * t
        cv2.line(
            layer, tuple(p0.astype(int)), tuple(p1.astype(int)), (110, 110, 110), 1, cv2.LINE_AA
        )


def _keys(layer, box: np.ndarray, colour) -> None:
    """A keyboard's grid of keys."""
    a, b, d = box[0].astype(float), box[1].astype(float), box[3].astype(float)
    key = tuple(min(255, v + 30) if v < 128 else v - 40 for v in colour)
    for row in range(5):
        for col in range(15):
            u0, u1 = (col + 0.12) / 15, (col + 0.88) / 15
            v0, v1 = (row + 0.12) / 5, (row + 0.88) / 5
            pts = np.array(
                [a + (b - a) * u + (d - a) * v for u, v in ((u0, v0), (u1, v0), (u1, v1), (u0, v1))]
            )
            cv2.fillConvexPoly(layer, pts.astype(np.int32), key, cv2.LINE_AA)


def _plain(rng, w: int, h: int, level: float) -> np.ndarray:
    """A plain surface of about `level` with a faint mottle."""
    colour = level * rng.uniform(0.85, 1.1, 3)
    img = np.empty((h, w, 3), np.float32)
    img[:] = np.clip(colour, 0, 250)
    img *= (1 + 0.03 * _smooth_noise(rng, w, h, 60))[..., None]
    return img


def _carpet(rng, w: int, h: int) -> np.ndarray:
    """Loop pile: strong fine grain over a mottled colour, sometimes a printed pattern."""
    scale = max(w, h) / 1280
    img = np.empty((h, w, 3), np.float32)
    img[:] = rng.uniform(40, 180, 3)
    pile = cv2.GaussianBlur(_noise(rng, (h, w)), (0, 0), 0.9 * scale)
    img *= (1 + 0.22 * pile + 0.08 * _smooth_noise(rng, w, h, 30 * scale))[..., None]
    if rng.random() < 0.5:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        stripes = np.sin((xx + yy * rng.uniform(-1, 1)) / (rng.uniform(30, 90) * scale)) > 0.3
        img *= np.where(stripes, rng.uniform(0.6, 0.85), 1.0)[..., None]
    return img


def _fabric(rng, w: int, h: int) -> np.ndarray:
    """Woven cloth with folds: fine threads, a check or stripe pattern, soft wrinkles."""
    scale = max(w, h) / 1280
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a, b = rng.uniform(30, 200, 3), rng.uniform(30, 200, 3)
    period = rng.uniform(25, 80) * scale
    check = (np.sin(xx / period) > 0.2).astype(np.float32) * 0.5 + (np.sin(yy / period) > 0.2) * 0.5
    img = _lerp(check if rng.random() < 0.6 else np.zeros_like(check), a, b)
    thread = np.sin(xx * 2.2 / scale) * np.sin(yy * 2.2 / scale)
    folds = np.sin(
        (xx * 0.6 + yy) / (rng.uniform(80, 200) * scale) + 2 * _smooth_noise(rng, w, h, 200 * scale)
    )
    img *= (1 + 0.05 * thread + 0.12 * folds)[..., None]
    return img


def _room(rng, w: int, h: int) -> np.ndarray:
    """Behind a hand-held card: a wall, a bright window, furniture, a floor; out of focus."""
    img = _plain(rng, w, h, rng.uniform(120, 210))
    floor = int(h * rng.uniform(0.6, 0.9))
    img[floor:] = _plain(rng, w, h - floor, rng.uniform(40, 120))
    for _ in range(int(rng.integers(2, 5))):
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0.2, 0.8) * h)
        cv2.rectangle(
            img,
            (x, y),
            (x + int(rng.uniform(0.1, 0.3) * w), floor),
            rng.uniform(20, 160, 3).tolist(),
            -1,
        )
    if rng.random() < 0.6:  # a window, brighter than anything else
        x, y = int(rng.uniform(0, 0.7) * w), int(rng.uniform(0.05, 0.3) * h)
        cv2.rectangle(img, (x, y), (x + int(0.25 * w), y + int(0.35 * h)), (300, 290, 270), -1)
    return img


def _background(name: str, rng, w: int, h: int) -> np.ndarray:
    """The surface or scene behind the document, float32 BGR on a 0-255 scale."""
    return _surface(name, rng, w, h).astype(np.float32, copy=False)


def _surface(name: str, rng, w: int, h: int) -> np.ndarray:
    """Dispatch by name; light and dark tables are plain surfaces of a chosen level."""
    if name == "mottled":
        return background(rng, w, h)
    if name == "light_table":
        return _plain(rng, w, h, rng.uniform(195, 240))
    if name == "dark_table":
        return _plain(rng, w, h, rng.uniform(15, 50))
    return {
        "wood": _wood,
        "woven_mat": _woven_mat,
        "gravel": _gravel,
        "granite": _granite,
        "desk": _desk,
        "carpet": _carpet,
        "fabric": _fabric,
        "room": _room,
    }[name](rng, w, h)


# --- hands ------------------------------------------------------------------------------------


def _skin_tone(plan: VariedPlan, rng) -> np.ndarray:
    """The plan's skin tone (light to dark), a little varied per scene."""
    return np.float32(plan.skin) * rng.uniform(0.94, 1.06, 3).astype(np.float32)


def _draw_skin(
    img: np.ndarray, mask: np.ndarray, colour: np.ndarray, shadow: float, rng, texture=True
) -> None:
    """Shade a skin (or sleeve) shape as a smooth rounded body lit from the top-left, with
    blotchy skin colour, fine pores and a soft shadow on what lies beneath."""
    h, w = img.shape[:2]
    bx, by, bw, bh = cv2.boundingRect(mask)
    if bw == 0 or bh == 0:
        return
    pad = int(min(bw, bh) * 0.4) + 8  # room for the shadow
    x0, y0, x1, y1 = (
        max(0, bx - pad),
        max(0, by - pad),
        min(w, bx + bw + pad),
        min(h, by + bh + pad),
    )
    m = mask[y0:y1, x0:x1].astype(np.float32) / 255
    region = img[y0:y1, x0:x1]
    dist = cv2.distanceTransform((m > 0.5).astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    radius = max(float(dist.max()), 2.0)
    dome = np.sqrt(np.clip(1 - (1 - np.minimum(dist / (radius * 0.9), 1)) ** 2, 0, 1))
    dome = cv2.GaussianBlur(dome, (0, 0), max(1.0, radius * 0.08))
    slope = (cv2.Sobel(dome, cv2.CV_32F, 1, 0) + cv2.Sobel(dome, cv2.CV_32F, 0, 1)) * radius / 8
    shade = 0.68 + 0.28 * dome + 0.1 * np.clip(slope, -1.5, 1.5)  # lit from the top-left
    if texture:
        blotch = _smooth_noise(rng, x1 - x0, y1 - y0, max(radius * 0.5, 2))
        pores = _noise(rng, (y1 - y0, x1 - x0))
        shade = shade * (1 + 0.03 * blotch + 0.015 * pores)
    if shadow > 0:
        cast = _blur(m, radius * 0.3 + 1)
        move = np.float32([[1, 0, radius * 0.2], [0, 1, radius * 0.3]])
        cast = cv2.warpAffine(cast, move, cast.shape[::-1])
        region *= (1 - shadow * cast * (1 - m))[..., None]
    soft = cv2.GaussianBlur(m, (0, 0), 0.7)[..., None]
    body = np.float32(colour) * np.clip(shade, 0.35, 1.12)[..., None]
    if texture:  # blood shows redder where skin is thin, at the rims
        body[..., 2] *= 1 + 0.06 * (1 - dome)
    region[:] = region * (1 - soft) + body * soft


def _finger_mask(finger: Finger, shape: tuple[int, int]) -> np.ndarray:
    """Where the finger is, as the same outline the plan's overlap test uses."""
    mask = np.zeros(shape, np.uint8)
    cv2.fillConvexPoly(mask, finger.outline().astype(np.int32), 255, cv2.LINE_AA)
    return mask


def _draw_finger(img: np.ndarray, finger: Finger, colour: np.ndarray, rng, shadow=0.45) -> None:
    """A finger: rounded and shaded, faint creases at the joints, a nail seen from the back."""
    _draw_skin(img, _finger_mask(finger, img.shape[:2]), colour, shadow, rng)
    root, tip = np.array(finger.root), np.array(finger.tip)
    axis = (tip - root) / max(np.linalg.norm(tip - root), 1e-6)
    w = finger.width
    creases = np.zeros(img.shape[:2], np.uint8)
    angle = float(np.degrees(np.arctan2(axis[1], axis[0])))
    for back in (1.2, 2.4):  # the wrinkles over the joints: a couple of shallow arcs
        for k in range(2):
            c = tip - axis * w * (back + rng.uniform(-0.05, 0.12) + 0.1 * k)
            size = (max(1, int(w * 0.08)), int(w * rng.uniform(0.22, 0.32)))
            cv2.ellipse(
                creases,
                tuple(c.astype(int)),
                size,
                angle,
                -70,
                70,
                255,
                max(1, int(w / 40)),
                cv2.LINE_AA,
            )
    creases = cv2.GaussianBlur(creases.astype(np.float32) / 255, (0, 0), max(0.6, w / 60))
    img *= (1 - 0.14 * creases)[..., None]
    if finger.nail:
        _draw_nail(img, tip - axis * w * 0.4, axis, w, colour, rng)


def _draw_nail(img, centre, axis, width, colour, rng) -> None:
    """A nail: a little paler and glossier than the skin round it, with a thin free edge."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    angle = float(np.degrees(np.arctan2(axis[1], axis[0])))
    size = (int(width * 0.3), int(width * 0.27))
    c = tuple(int(v) for v in centre)
    cv2.ellipse(mask, c, size, angle, 0, 360, 255, -1, cv2.LINE_AA)
    soft = cv2.GaussianBlur(mask.astype(np.float32) / 255, (0, 0), max(0.8, width / 40))[..., None]
    nail = np.clip(np.float32(colour) * 0.9 + np.float32([185, 180, 205]) * 0.16, 0, 255)
    img[:] = img * (1 - 0.85 * soft) + nail * 0.85 * soft
    shine = tuple(
        int(v) for v in centre - axis * width * 0.05 + np.array([-axis[1], axis[0]]) * width * 0.08
    )
    cv2.ellipse(
        img,
        shine,
        (int(width * 0.14), max(1, int(width * 0.035))),
        angle,
        0,
        360,
        np.clip(nail * 1.15, 0, 255).tolist(),
        -1,
        cv2.LINE_AA,
    )


def _draw_hand_behind(img: np.ndarray, plan: VariedPlan, colour: np.ndarray, rng) -> None:
    """Forearm, palm and the fingers that go behind the document (drawn before it)."""
    hand = plan.hand
    h, w = img.shape[:2]
    palm, away = np.array(hand.palm), np.array(hand.direction)
    far = palm + away * 3 * max(w, h)
    arm = np.zeros((h, w), np.uint8)
    cv2.line(
        arm,
        tuple(palm.astype(int)),
        tuple(far.astype(int)),
        255,
        int(hand.forearm_width),
        cv2.LINE_AA,
    )
    if hand.sleeve is not None:
        _draw_skin(img, arm, np.float32(hand.sleeve), 0.3, rng, texture=False)
    else:
        _draw_skin(img, arm, colour * 0.95, 0.3, rng)
    _draw_skin(img, _palm_mask(hand, (h, w)), colour, 0.3, rng)
    for finger in hand.behind + ((hand.thumb,) if hand.thumb else ()):
        _draw_finger(img, finger, colour * rng.uniform(0.96, 1.02), rng, shadow=0.2)


def _palm_mask(hand: Hand, shape: tuple[int, int]) -> np.ndarray:
    """A palm: wide at the knuckles, narrower at the wrist, with rounded corners."""
    palm, away = np.array(hand.palm), np.array(hand.direction)
    across = np.array([-away[1], away[0]])
    half_len, half_w = hand.palm_axes
    pts = np.array(
        [
            palm - away * half_len - across * half_w,
            palm - away * half_len + across * half_w,
            palm + away * half_len + across * half_w * 0.72,
            palm + away * half_len - across * half_w * 0.72,
        ]
    )
    mask = np.zeros(shape, np.uint8)
    cv2.fillConvexPoly(mask, pts.astype(np.int32), 255, cv2.LINE_AA)
    rounded = _blur(mask.astype(np.float32), half_w * 0.25)
    return ((rounded > 127) * 255).astype(np.uint8)


def fingers_over(img: np.ndarray, rng, corners: np.ndarray, px_per_mm: float) -> float:
    """Fingers of a free hand over the document at `corners` (clockwise from top-left) of
    `img` (float32 BGR, drawn in place), as in FINGER scenes on a table, covering at least 2 %
    of it; returns the share covered. Public for benchmarks that put fingers on real
    pictures."""
    fingers, _ = _plan_fingers(rng, corners, px_per_mm, None)
    _draw_fingers(img, fingers, True, np.float32(_SKIN[rng.integers(len(_SKIN))]), rng)
    return _covered(fingers, corners)


def _draw_fingers(img, fingers: tuple[Finger, ...], free: bool, colour: np.ndarray, rng) -> None:
    """Fingers over the document; a `free` finger (no hand holding the document) comes with
    the back of its hand and arm."""
    h, w = img.shape[:2]
    for finger in fingers:
        if free:
            root, tip = np.array(finger.root), np.array(finger.tip)
            axis = (tip - root) / np.linalg.norm(tip - root)
            far = root - axis * 3 * max(w, h)
            back = np.zeros((h, w), np.uint8)
            cv2.line(
                back,
                tuple(root.astype(int)),
                tuple(far.astype(int)),
                255,
                int(finger.width * 3.6),
                cv2.LINE_AA,
            )
            _draw_skin(img, back, colour * 0.97, 0.35, rng)
        _draw_finger(img, finger, colour, rng)


# --- camera -----------------------------------------------------------------------------------


def _lighting(rng, w: int, h: int) -> np.ndarray:
    """Uneven light: a gradient, lens vignetting, sometimes the shadow of the phone, and the
    light's colour (warm lamp to cool daylight, as white balance leaves it)."""
    yy, xx = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
    sw, sh = xx.shape[1], xx.shape[0]
    u, v = xx / w - 0.5, yy / h - 0.5
    angle = rng.uniform(0, 2 * np.pi)
    light = 1 - rng.uniform(0, 0.3) * (0.5 + u * np.cos(angle) + v * np.sin(angle))
    light *= 1 - rng.uniform(0.05, 0.35) * (u**2 + v**2) * 2
    if rng.random() < 0.3:
        pts = (rng.uniform(-0.2, 1.2, (4, 2)) * [sw, sh]).astype(np.int32)
        shade = np.zeros((sh, sw), np.float32)
        cv2.fillConvexPoly(shade, cv2.convexHull(pts), 1.0)
        shade = cv2.GaussianBlur(shade, (0, 0), rng.uniform(3, 10))
        light *= 1 - rng.uniform(0.15, 0.35) * shade
    colour = np.float32(rng.uniform(0.9, 1.08, 3))
    return cv2.resize(light, (w, h))[..., None] * colour


def _exposure(rng, defect: Defect, img: np.ndarray, cover: np.ndarray) -> float:
    """Auto-exposure on the frame's mean (as phones do); DARK and BRIGHT are set on the
    document's own levels instead, so that a person would agree: its brightest print or paper
    ends up dim (DARK), its paper far past white and its print washed out (BRIGHT), whatever
    the card's colour."""
    luma = img[::4, ::4].mean(2)
    on_doc = luma[cover[::4, ::4, 0] > 0.9]
    if defect is Defect.DARK and on_doc.size:
        return float(rng.uniform(30, 65) / max(np.percentile(on_doc, 95), 1))
    if defect is Defect.BRIGHT and on_doc.size:
        return float(min(9.0, rng.uniform(340, 520) / max(np.percentile(on_doc, 25), 1)))
    return float(np.clip(120 / max(float(luma.mean()), 1), 0.82, 1.12) * rng.uniform(0.94, 1.05))


def _tone(img: np.ndarray) -> np.ndarray:
    """A camera's soft highlight shoulder: bright paper compresses towards white, clips only
    well beyond it (a specular core does)."""
    knee = 215.0
    over = np.maximum(img - knee, 0)
    return np.where(img > knee, knee + (255 - knee) * (1 - np.exp(-over / (255 - knee))), img)


def _specular_glare(img, rng, homography, parts: dict, cm: float, cover: np.ndarray) -> None:
    """A real specular reflection of a lamp or window on the laminate, over printed parts
    (portrait, data, MRZ), once or twice (specular_spot). `cm` is one centimetre of the
    document in frame pixels."""
    names = [k for k in ("portrait", "data", "mrz") if k in parts]
    for _ in range(int(rng.integers(1, 3))):
        x0, y0, x1, y1 = parts[names[rng.integers(len(names))]]
        mx, my = (x1 - x0) * 0.15, (y1 - y0) * 0.15
        centre = np.float32([[[rng.uniform(x0 + mx, x1 - mx), rng.uniform(y0 + my, y1 - my)]]])
        specular_spot(img, rng, cv2.perspectiveTransform(centre, homography)[0, 0], cm, cover)


def specular_spot(img, rng, centre: np.ndarray, cm: float, cover: np.ndarray) -> None:
    """One specular reflection at `centre` (frame pixels) added to `img` (float32 BGR, in
    place): a clipped core with a soft halo, round or a streak, only on the glossy document
    (`cover`, HxWx1 0-1), never on the matte table. `cm` is one centimetre of the document in
    frame pixels. Public for benchmarks that put reflections on real pictures."""
    h, w = img.shape[:2]
    sigma = cm * rng.uniform(0.5, 1.0)
    stretch = rng.uniform(1, 4) if rng.random() < 0.5 else 1.0
    angle = rng.uniform(0, np.pi)
    r = int(4 * sigma * stretch)
    bx0, by0, bx1, by1 = (
        max(0, int(centre[0]) - r),
        max(0, int(centre[1]) - r),
        min(w, int(centre[0]) + r),
        min(h, int(centre[1]) + r),
    )
    if bx1 <= bx0 or by1 <= by0:
        return
    yy, xx = np.mgrid[by0:by1, bx0:bx1].astype(np.float32)
    du, dv = xx - centre[0], yy - centre[1]
    a = (du * np.cos(angle) + dv * np.sin(angle)) / (sigma * stretch)
    b = (-du * np.sin(angle) + dv * np.cos(angle)) / sigma
    profile = np.exp(-(a * a + b * b))
    peak = 255 * np.exp(rng.uniform(0.5, 1.1))  # the core (profile > ~0.5) clips
    tint = np.float32(rng.uniform(0.92, 1.0, 3))
    on_document = cover[by0:by1, bx0:bx1]
    img[by0:by1, bx0:bx1] += (profile * peak)[..., None] * on_document * tint


def _lens(img: np.ndarray, rng, defect: Defect, scale: float) -> np.ndarray:
    """Defocus or motion blur for the blur defects, a lens's slight softness otherwise."""
    blurred = blur_defect(img, rng, defect, scale)
    if blurred is not None:
        return blurred
    return cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 0.9) * scale)


def _sensor(img: np.ndarray, rng, defect: Defect) -> np.ndarray:
    """A phone's sharpening, shot and read noise (colour blotches included), 8-bit output
    and JPEG."""
    h, w = img.shape[:2]
    soft = cv2.GaussianBlur(img, (0, 0), 1.2)
    img = img + np.float32(rng.uniform(0.2, 0.7)) * (img - soft)
    read = np.float32(rng.uniform(1.2, 3.0) * (2.5 if defect is Defect.DARK else 1.0))
    sigma = np.sqrt(read**2 + np.float32(rng.uniform(0.01, 0.05)) * np.clip(img, 0, 255))
    sigma *= img < 254  # a saturated photosite reads full scale, without noise
    img = img + _noise(rng, img.shape) * sigma
    chroma = _noise(rng, (h // 4 + 1, w // 4 + 1, 3))
    img += cv2.resize(chroma, (w, h)) * read * 0.6 * (img < 254)
    out = np.clip(img + 0.5, 0, 255).astype(np.uint8)
    quality = int(rng.integers(72, 95))
    return cv2.imdecode(cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])[1], 1)


def render_background(name: str, seed: int, frame: tuple[int, int] = (1280, 720)) -> np.ndarray:
    """One of BACKGROUNDS with no document on it (uint8 BGR, `frame` = (width, height)): what
    the camera sees before a card is shown, for timing and judging frames without one."""
    w, h = frame
    image = _background(name, np.random.default_rng(seed), w, h)
    return np.clip(image, 0, 255).astype(np.uint8)


# --- the scene --------------------------------------------------------------------------------


def render_varied_scene(
    seed: int, defect: Defect = Defect.CLEAN, frame: tuple[int, int] | None = None
) -> Scene:
    """A reproducible camera frame from the varied family (see the module's docstring; for
    booklets the ground truth is the data page)."""
    plan = plan_varied_scene(seed, defect, frame)
    rng = np.random.default_rng([seed, 0xD4A3])
    fw, fh = plan.frame
    scale = max(fw, fh) / 1280
    art, alpha, rect, parts = _document_art(plan, rng)
    warped, cover, homography, parts = _warp_art(art, alpha, rect, parts, plan.corners, (fw, fh))

    img = _background(plan.background, rng, fw, fh)
    skin = _skin_tone(plan, rng)
    if plan.held:
        img = _blur(img, rng.uniform(2, 7) * scale)  # depth of field
        _draw_hand_behind(img, plan, skin, rng)
    _document_shadow(img, cover, rng, plan.held, _short_side(plan.corners))
    img = img * (1 - cover) + warped * cover
    _draw_fingers(img, plan.fingers, plan.hand is None, skin, rng)

    img *= _lighting(rng, fw, fh)
    img *= _exposure(rng, defect, img, cover)
    if defect is Defect.GLARE:
        cm = 10 * _short_side(plan.corners) / _physical(plan.document).height_mm
        _specular_glare(img, rng, homography, parts, cm, cover)
    img = _tone(_lens(img, rng, defect, scale))
    out = _sensor(img, rng, defect)
    return Scene(out, order_corners(plan.corners), defect, plan.side, seed)


def _warp_art(art, alpha, rect, parts: dict, corners: np.ndarray, size: tuple[int, int]):
    """Put the drawn document into the frame as a camera sees it: averaged down first when
    the frame shows it much smaller than drawn (no aliasing sparkle on its print), with a
    sharp Lanczos kernel when larger (the drawing has 10 px/mm, a card filling a 1080p frame
    more, and bilinear magnification would soften its print as no lens does). Returns the
    warped image, its coverage (HxWx1, 0-1), the homography and the parts it maps."""
    shown = max(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[3] - corners[0]))
    drawn = max(np.linalg.norm(rect[1] - rect[0]), np.linalg.norm(rect[3] - rect[0]))
    scale = shown / drawn
    if scale < 0.5:
        k = 2 * scale
        art = cv2.resize(art, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(alpha, (art.shape[1], art.shape[0]), interpolation=cv2.INTER_AREA)
        rect = rect * k
        parts = {name: tuple(v * k for v in box) for name, box in parts.items()}
    homography = cv2.getPerspectiveTransform(rect.astype(np.float32), corners.astype(np.float32))
    flags = cv2.INTER_LANCZOS4 if scale > 1 else cv2.INTER_LINEAR
    warped = cv2.warpPerspective(art, homography, size, flags=flags)
    cover = cv2.warpPerspective(alpha, homography, size, flags=cv2.INTER_LINEAR)
    return warped, cover.astype(np.float32)[..., None] / 255, homography, parts


def _document_shadow(img, cover, rng, held: bool, short: float) -> None:
    """The document's shadow: tight on a table, wide and faint when held above the scene."""
    spread = short * (rng.uniform(0.04, 0.09) if held else rng.uniform(0.01, 0.03))
    shadow = _blur(cover[..., 0], max(spread, 0.5))
    offset = short * (rng.uniform(0.05, 0.12) if held else rng.uniform(0.008, 0.025))
    angle = rng.uniform(0, 2 * np.pi)
    move = np.float32([[1, 0, offset * np.cos(angle)], [0, 1, offset * np.sin(angle)]])
    shadow = cv2.warpAffine(shadow, move, shadow.shape[::-1])
    img *= (1 - rng.uniform(0.25, 0.45) * shadow)[..., None]
