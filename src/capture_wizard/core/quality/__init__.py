"""Document quality engine: frame (BGR) -> QualityReport.

One small module per check (framing, exposure, sharpness, glare, occlusion from detection);
every threshold lives in `thresholds`. Frames are scaled to a fixed working resolution first,
so verdicts do not depend on the camera's resolution.
"""

import cv2
import numpy as np

from capture_wizard.core.documents import ID1, ID3, DocumentFormat, whole_shapes
from capture_wizard.core.geometry import aspect_of, side_lengths
from capture_wizard.core.issues import IssueCode, ordered
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection, detect_document
from capture_wizard.core.quality.edge_in_view import without_print_at_the_edge
from capture_wizard.core.quality.exposure import (
    colour_clipped_share,
    document_exposure,
    frame_exposure,
    histogram,
    paper_may_clip,
    print_lifted,
    washed_out_frame,
)
from capture_wizard.core.quality.framing import framing_issues, still_framing_issues
from capture_wizard.core.quality.glare import glare_metrics, has_glare
from capture_wizard.core.quality.learned import covers_a_fingertip
from capture_wizard.core.quality.locate import locate_document, seen_closer_for_fingers
from capture_wizard.core.quality.overlay import without_drawn_guides
from capture_wizard.core.quality.portrait_skin import occlusion_besides_portraits, portrait_centres
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.quality.sharpness import blur_score
from capture_wizard.core.quality.still import carries_small_print

__all__ = ["QualityReport", "analyze", "outline_corners"]


def _as_bgr(frame: np.ndarray) -> np.ndarray:
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
        raise TypeError("frame must be a uint8 numpy array (H x W x 3, BGR)")
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"frame must be H x W x 3 (BGR), got shape {frame.shape}")
    return frame


def _scaled_copies(frame: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, float]:
    """(working copy, its scale, rectification source, its scale) relative to `frame`.

    The working copy has WORK_LONG_SIDE; the rectification source is the frame itself up to
    RECTIFY_SOURCE_MAX, else the frame halved, which still holds more detail than the
    rectified document needs. Exact halving with INTER_LINEAR is a 2x2 average and cheap;
    the last step is area-averaged. From a source more than twice the intermediate size (a
    phone photo, 4K) a bilinear step would skip pixels and alias, so that step averages too.
    """
    h, w = frame.shape[:2]
    source, source_scale = frame, 1.0
    if max(h, w) > T.RECTIFY_SOURCE_MAX:
        source = cv2.resize(frame, (w // 2, h // 2), interpolation=cv2.INTER_LINEAR)
        source_scale = (w // 2) / w
    scale = T.WORK_LONG_SIDE / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    if scale >= 0.5:
        small = cv2.resize(
            frame, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        )
    else:
        mid_size = (size[0] * 2, size[1] * 2)
        skips = source.shape[1] > 2 * mid_size[0]
        mid = cv2.resize(
            source, mid_size, interpolation=cv2.INTER_AREA if skips else cv2.INTER_LINEAR
        )
        small = cv2.resize(mid, size, interpolation=cv2.INTER_AREA)
    return small, scale, source, source_scale


def _rectify(
    frame: np.ndarray, corners: np.ndarray, fmt: DocumentFormat
) -> tuple[np.ndarray, np.ndarray | None]:
    """The document seen straight on, long side horizontal, at RECTIFIED_LONG_SIDE, in grey.

    Also a mask (255 = inside) of the part that lies within the frame, when some does not.
    """
    sides = side_lengths(corners)
    if sides[1] + sides[3] > sides[0] + sides[2]:  # turned: start at a long side
        corners = np.roll(corners, -1, axis=0)
    fh, fw = frame.shape[:2]
    x0, y0 = (max(0, int(v) - 1) for v in corners.min(0))
    x1, y1 = (int(v) + 2 for v in corners.max(0))
    rows = frame[y0 : min(fh, y1)]
    if x1 - x0 > fw // 2:  # whole rows lie in one block: converted several times faster
        crop = cv2.cvtColor(rows, cv2.COLOR_BGR2GRAY)[:, x0 : min(fw, x1)]
    else:
        crop = cv2.cvtColor(rows[:, x0 : min(fw, x1)], cv2.COLOR_BGR2GRAY)
    w = T.RECTIFIED_LONG_SIDE
    h = round(w / fmt.aspect)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform((corners - (x0, y0)).astype(np.float32), dst)
    gray = cv2.warpPerspective(
        crop, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    if corners.min() >= 0 and (corners[:, 0] <= fw).all() and (corners[:, 1] <= fh).all():
        return gray, None
    inside = np.full(crop.shape, 255, np.uint8)
    valid = cv2.warpPerspective(inside, matrix, (w, h), flags=cv2.INTER_NEAREST)
    return gray, cv2.erode(valid, np.ones((9, 9), np.uint8))


def frame_blur(frame: np.ndarray) -> float:
    """Blur score of a whole frame, judged at FRAME_BLUR_LONG_SIDE."""
    h, w = frame.shape[:2]
    scale = min(1.0, T.FRAME_BLUR_LONG_SIDE / max(h, w))
    small = cv2.resize(frame, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    return blur_score(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))


def _nearest_format(corners: np.ndarray) -> DocumentFormat:
    aspect = aspect_of(corners)
    return min((ID1, ID3), key=lambda f: abs(f.aspect - aspect))


def _document_checks(
    small,
    scale,
    source,
    source_scale,
    det: Detection,
    fmt: DocumentFormat,
    still: bool,
    shapes: tuple[DocumentFormat, ...],
):
    if still:
        issues, metrics = still_framing_issues(
            det.corners,
            small.shape[1],
            small.shape[0],
            1 / scale,
            det.whole_picture,
            det.edge_reach,
            shapes,
        )
    else:
        issues, metrics = framing_issues(
            det.corners, small.shape[1], small.shape[0], det.edge_reach, det.map_at_edge
        )
    corners = det.corners * (source_scale / scale)
    gray, valid = _rectify(source, corners, fmt)
    cumulative = histogram(gray, valid)
    glare = glare_metrics(gray, cumulative, portrait_centres)
    paper_clips = still and (det.whole_picture or paper_may_clip(small, det.corners))
    metrics["blur"] = round(blur_score(gray, valid), 4)
    sharp = metrics["blur"] <= T.BLUR_DOCUMENT
    exposure, exposure_metrics = document_exposure(
        cumulative, paper_clips, glare["glare_spot_share"], sharp
    )
    if not still and not exposure and washed_out_frame(small):
        exposure = {IssueCode.TOO_BRIGHT}
    issues |= exposure
    metrics |= exposure_metrics
    metrics["coverage"] = round(det.coverage, 4)
    metrics |= glare
    occlusion = det.occlusion
    if IssueCode.TOO_FAR not in issues:  # too small to judge its content fairly
        if not sharp:
            issues.add(IssueCode.BLUR)
        if IssueCode.TOO_BRIGHT not in issues and has_glare(glare):
            clipped_colour = colour_clipped_share(source, corners)
            metrics["colour_clipped"] = round(clipped_colour, 4)
            too_much_light = clipped_colour >= T.COLOUR_CLIPPED_SHARE or print_lifted(
                cumulative, glare["glare_spot_share"], sharp
            )
            issues.add(IssueCode.TOO_BRIGHT if too_much_light else IssueCode.GLARE)
        if still and not det.whole_picture:
            # A finger over a card filling a third of a still is a few cells of the model's
            # input when it saw the whole picture: a closer look, four ways up, for every one.
            det = seen_closer_for_fingers(small, det, T.STILL_MAP_TURNS)
            occlusion = det.occlusion
        elif not still and covers_a_fingertip(occlusion, fmt):
            # A camera frame about to be refused gets one closer look: a portrait or a
            # hologram the whole frame's look took for a finger is not one.
            det = seen_closer_for_fingers(small, det, turns=1)
            occlusion = det.occlusion
        if covers_a_fingertip(occlusion, fmt) and still:  # a still can afford a second look
            det = without_print_at_the_edge(small, det)
            occlusion = det.occlusion
            if covers_a_fingertip(occlusion, fmt):
                occlusion = occlusion_besides_portraits(source, source_scale / scale, det, fmt)
        if covers_a_fingertip(occlusion, fmt):
            issues.add(IssueCode.OCCLUDED)
    metrics["occlusion"] = round(occlusion, 4)
    return issues, metrics


def analyze(
    frame_bgr: np.ndarray, spec: DocumentFormat | None = None, *, still: bool = False
) -> QualityReport:
    """Check one camera frame or photo (H x W x 3 uint8 BGR) of an identity document.

    `spec` is the expected physical format when the document type is known: the document is
    rectified to its true shape and a fingertip over it is measured on its true size. It does
    not narrow the search to its ratio: that loses documents seen at a slant, whose apparent
    ratio strays from their format's (on own renders it refused many more clean cards and
    pages, docs/quality.md). `still` is
    for a picture a person gives (an upload, a phone photo, a file): the document may fill it
    edge to edge, and only what makes it unusable counts; camera frames (the default) also
    need a margin round the document and the right orientation, for the live guidance.
    """
    frame = _as_bgr(frame_bgr)
    h, w = frame.shape[:2]
    small, scale, source, source_scale = _scaled_copies(frame)
    if min(small.shape[:2]) < T.MIN_WORK_SHORT_SIDE:
        return _without_document(small, source, still, (w, h))
    small, source = without_drawn_guides(small, source)
    det = locate_document(small, still, source, source_scale / scale)
    if det is None:
        return _without_document(small, source, still, (w, h))
    fmt = spec or _nearest_format(det.corners)
    issues, metrics = _document_checks(
        small, scale, source, source_scale, det, fmt, still, whole_shapes(spec)
    )
    in_source = det.corners * (source_scale / scale)
    if (
        still
        and not issues
        and not det.whole_picture
        and not carries_small_print(source, in_source)
    ):
        return _without_document(small, source, still, (w, h))
    corners = (det.corners / scale).astype(np.float32)
    return QualityReport(tuple(ordered(issues)), corners, (w, h), fmt.name, metrics)


def _without_document(
    small: np.ndarray, source: np.ndarray, still: bool, size: tuple[int, int]
) -> QualityReport:
    """No document: the whole frame's exposure and sharpness say what else to fix."""
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    issues, metrics = frame_exposure(gray, still)
    issues.add(IssueCode.NO_DOCUMENT)
    if float(gray.std()) >= T.FRAME_MIN_CONTRAST:
        metrics["frame_blur"] = round(frame_blur(source), 4)
        if metrics["frame_blur"] > T.BLUR_FRAME:
            issues.add(IssueCode.BLUR)
    return QualityReport(tuple(ordered(issues)), None, size, None, metrics)


def outline_corners(frame_bgr: np.ndarray, spec: DocumentFormat | None = None) -> np.ndarray | None:
    """Corners (in the frame's pixels) of the most plausible document outline the outline
    search alone finds, of about `spec`'s ratio when given; None if none. For picking a card
    out among other rectangles (core.ocr.statement: a card and the paper held just above it),
    where the learned detector sees both as one document region and judging them is not asked."""
    small, scale, _, _ = _scaled_copies(_as_bgr(frame_bgr))
    found = detect_document(small, spec.aspect if spec else None)
    return None if found is None else (found.corners / scale).astype(np.float32)
