"""Too dark / too bright, judged on the document's paper or, without one, on the whole frame."""

import cv2
import numpy as np

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.learned import quad_mask


def histogram(gray: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Cumulative share of pixels at or below each grey level (256 values, ends at 1)."""
    hist = cv2.calcHist([gray], [0], mask, [256], [0, 256]).ravel()
    return np.cumsum(hist) / max(1.0, float(hist.sum()))


def percentile(cumulative: np.ndarray, share: float) -> int:
    return int(np.searchsorted(cumulative, share))


def document_exposure(
    cumulative: np.ndarray, still: bool = False, reflected: float = 0.0, sharp: bool = True
) -> tuple[set[IssueCode], dict]:
    """`cumulative` is the rectified document's `histogram`; only the document's own content
    counts, never the paper or table round it. `reflected` is the share of it clipped by
    specular reflections (glare.glare_metrics' glare_spot_share): a lamp's reflection on a
    light card clips a wide halo round its core while the print elsewhere stays dark, and that
    is glare, whatever share it clips; too much light washes out the print too (its darkest
    above BRIGHT_INK_LEVEL), and its clipped zones count whatever their shape.

    Too dark: its light parts are dark, and either its brightest print is dark too or half of
    it is crushed to black (a black card under good light keeps a lit ground and bright
    print). Too bright: much of it is clipped white. On a camera's picture that is always too
    much light; a still may be a flatbed scan or a digital image of a white document, whose
    paper is pure white, so there it must also have lost its dark print. On a camera's
    picture, less clipped is too much light as well when even its darkest print is lifted to
    grey (BRIGHT_LIFTED_INK): a dark or colourful card over-exposed clips only its light
    zones, which a reflection's rule would otherwise take for glare, but the light lifts all
    of it. Only clipping beside the reflections counts there (a design with no black print
    under a lamp's reflection is glare), and only on a `sharp` document (a blur lifts thin
    print to grey as well).
    """
    ink, middle = percentile(cumulative, 0.01), percentile(cumulative, 0.5)
    white, brightest = percentile(cumulative, 0.9), percentile(cumulative, 0.98)
    saturated = 1.0 - float(cumulative[T.SATURATED - 1])
    print_lost = ink > T.BRIGHT_INK_LEVEL
    clipped = saturated if print_lost else saturated - reflected
    lifted = not still and print_lifted(cumulative, reflected, sharp)
    issues = set()
    if white < T.DARK_WHITE_LEVEL and (
        brightest < T.DARK_PRINT_LEVEL or middle < T.DARK_CRUSHED_LEVEL
    ):
        issues.add(IssueCode.TOO_DARK)
    elif (clipped > T.BRIGHT_SATURATED_SHARE and (not still or print_lost)) or lifted:
        issues.add(IssueCode.TOO_BRIGHT)
    return issues, {
        "ink_level": float(ink),
        "white_level": float(white),
        "saturated_share": round(saturated, 4),
    }


def print_lifted(cumulative: np.ndarray, reflected: float, sharp: bool) -> bool:
    """Whether too much light lifted even a sharp document's darkest print to grey
    (BRIGHT_LIFTED_INK) while clipping BRIGHT_LIFTED_SHARE of it beside its reflections
    (`reflected`; `cumulative` as in document_exposure). A still of a white page may lift thin
    print at the checks' resolution without any reflection: there it is asked only of a
    document the glare check would refuse."""
    saturated = 1.0 - float(cumulative[T.SATURATED - 1])
    return (
        sharp
        and saturated - reflected >= T.BRIGHT_LIFTED_SHARE
        and percentile(cumulative, 0.01) >= T.BRIGHT_LIFTED_INK
    )


def colour_clipped_share(source_bgr: np.ndarray, corners: np.ndarray) -> float:
    """Share of the document (at `corners` in `source_bgr`'s pixels) whose brightest colour
    channel is clipped (COLOUR_CLIPPED) while another is not near it (COLOUR_KEPT): the mark
    of too much light on colour, which a white reflection does not leave (COLOUR_CLIPPED_SHARE).
    A large document is sampled every few pixels (under 1280 along its bounding box)."""
    x0, y0 = (max(0, int(v)) for v in corners.min(axis=0))
    x1, y1 = (int(np.ceil(v)) for v in corners.max(axis=0))
    crop = source_bgr[y0:y1, x0:x1]
    step = max(1, max(crop.shape[:2]) // 640)
    crop = crop[::step, ::step]
    inside = quad_mask(crop.shape[:2], (corners - (x0, y0)) / step)
    b, g, r = cv2.split(crop)
    brightest, darkest = cv2.max(cv2.max(b, g), r), cv2.min(cv2.min(b, g), r)
    shifted = (brightest >= T.COLOUR_CLIPPED) & (darkest <= T.COLOUR_KEPT) & inside
    return np.count_nonzero(shifted) / max(np.count_nonzero(inside), 1)


def frame_exposure(gray: np.ndarray, still: bool = False) -> tuple[set[IssueCode], dict]:
    """The whole frame's light, when no document was found. A still with white paper and
    dark print in it (a scan) is not too bright (see document_exposure)."""
    mean = float(gray.mean())
    cumulative = histogram(gray)
    saturated = 1.0 - float(cumulative[T.SATURATED - 1])
    washed_out = not still or percentile(cumulative, 0.01) > T.BRIGHT_INK_LEVEL
    issues = set()
    if mean < T.FRAME_DARK_MEAN:
        issues.add(IssueCode.TOO_DARK)
    elif (mean > T.FRAME_BRIGHT_MEAN or saturated > T.FRAME_BRIGHT_SATURATED_SHARE) and washed_out:
        issues.add(IssueCode.TOO_BRIGHT)
    return issues, {"frame_brightness": round(mean, 1), "saturated_share": round(saturated, 4)}


def paper_may_clip(small_bgr: np.ndarray, corners: np.ndarray) -> bool:
    """Whether a still's document may be clipped white without too much light: the picture
    round it is a scan's or a digital image's canvas (plain, or clipped white itself), or
    there is hardly any (a crop). In a camera's photo of a scene the table round the document
    is lit like it and not clipped, so white paper clipped there has had too much light.
    White clipped flat round it is taken for a canvas: the document found in a white digital
    image may be a part of it, and its white paper round that part must not make it too
    bright. A table clipped by too much light is not flat: it rolls off into white where it is
    lit less (CANVAS_ROLL_OFF)."""
    gray = cv2.cvtColor(small_bgr, cv2.COLOR_BGR2GRAY)
    outside = np.full(gray.shape, 255, np.uint8)
    cv2.fillConvexPoly(outside, corners.astype(np.int32), 0)
    if cv2.countNonZero(outside) < T.STILL_SCENE_MIN_SHARE * gray.size:
        return True
    _, std = cv2.meanStdDev(gray, mask=outside)
    if float(std[0, 0]) < T.PLAIN_MARGIN_STD:
        return True
    clipped = cv2.countNonZero(outside & (gray >= T.SATURATED).view(np.uint8))
    if clipped <= T.FRAME_BRIGHT_SATURATED_SHARE * cv2.countNonZero(outside):
        return False
    near_white = outside & ((gray >= T.CANVAS_NEAR_WHITE) & (gray < T.SATURATED)).view(np.uint8)
    return cv2.countNonZero(near_white) < T.CANVAS_ROLL_OFF * clipped


def washed_out_frame(small_bgr: np.ndarray) -> bool:
    """Whether much of a camera frame is clipped white round the document found in it. Too
    much light clips the table and the document's own white zones alike, and the clipped zones
    merge with the table, so the document found is only its coloured part, whose histogram
    looks fine. A camera's auto-exposure keeps a well-lit white table below clipping."""
    gray = cv2.cvtColor(small_bgr, cv2.COLOR_BGR2GRAY)
    return np.count_nonzero(gray >= T.SATURATED) / gray.size > T.FRAME_BRIGHT_SATURATED_SHARE
