"""Stills (uploads, phone photos, files) against camera frames: each rule of the still checks
on synthetic pictures built from the specimen scenes (crops to the document's edges, scans on
white, a document running out of the picture) or drawn with cv2.

Seeds come from the base test_quality uses (clean scenes TEST_SEEDS + k, a defect's scenes
TEST_SEEDS + 1000 * (its index + 1) + k), taken in order from k = 0, not picked to pass.
"""

from functools import cache

import cv2
import numpy as np
import pytest

from capture_wizard.core.documents import ID1, ID2, ID3, PAPER_FORMATS, whole_shapes
from capture_wizard.core.geometry import aspect_of, clip_to_frame, iou, side_lengths
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.exposure import (
    colour_clipped_share,
    document_exposure,
    histogram,
)
from capture_wizard.core.quality.framing import has_paper_shape, still_cut_off
from capture_wizard.core.quality.glare import glare_metrics, has_glare
from capture_wizard.core.quality.learned import quad_mask
from capture_wizard.core.specimens import Defect, Side, render_document, render_scene
from capture_wizard.core.specimens.varied import render_background, specular_spot
from capture_wizard.resources import resource

TEST_SEEDS = 3_000_000  # test_quality's base
CROP_WIDTH = 1000
CORNER_TOLERANCE = 0.06
"""Corners of a whole-picture document may sit this share of the picture's short side inside
its edge: a plain strip along the document's edge (the top of a header band above its text)
cannot be told from a plain margin and is trimmed with it (about 3 mm on an ID-1 card)."""


def _defect_seed(defect: Defect, k: int) -> int:
    return TEST_SEEDS + 1000 * (list(Defect).index(defect) + 1) + k


def _issues(report) -> str:
    corners = None if report.corners is None else report.corners.round(1).tolist()
    return f"issues={[str(i) for i in report.issues]} corners={corners} metrics={report.metrics}"


def _box(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)


def _picture_corners(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    return _box(0, 0, w, h)


# --- pictures -------------------------------------------------------------------------------


@cache
def _landscape_scene(side: Side, k: int):
    """A clean 1280x720 camera scene of one document side (document variant k)."""
    return render_scene(TEST_SEEDS + k, Defect.CLEAN, frame=(1280, 720), side=side, variant=k)


@cache
def _clean_scene(k: int):
    """test_quality's clean scenes (random frame size and document side)."""
    return render_scene(TEST_SEEDS + k, Defect.CLEAN)


@cache
def _crop(side: Side, k: int) -> np.ndarray:
    """The document of a clean scene cut out to its edges with the scene's true corners and
    seen straight on, as a person crops a photo: upright (a scene turns the card over in one
    case in seven), CROP_WIDTH wide, the format's shape."""
    scene = _landscape_scene(side, k)
    w = CROP_WIDTH
    h = round(w / side.format.aspect)
    matrix = cv2.getPerspectiveTransform(scene.corners, _box(0, 0, w, h))
    crop = cv2.warpPerspective(scene.image, matrix, (w, h), flags=cv2.INTER_LINEAR)
    reference = cv2.resize(
        cv2.cvtColor(render_document(side, k).image, cv2.COLOR_BGR2GRAY), (w, h)
    ).astype(np.float32)
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY).astype(np.float32)
    if np.abs(gray[::-1, ::-1] - reference).mean() < np.abs(gray - reference).mean():
        crop = crop[::-1, ::-1]
    return np.ascontiguousarray(crop)


def _scan(crop: np.ndarray, margin: tuple[int, int] = (300, 250)) -> tuple[np.ndarray, np.ndarray]:
    """The crop on a white page with a wide white margin (a flatbed scan) and its corners."""
    mx, my = margin
    h, w = crop.shape[:2]
    page = np.full((h + 2 * my, w + 2 * mx, 3), 255, np.uint8)
    page[my : my + h, mx : mx + w] = crop
    return page, _box(mx, my, mx + w, my + h)


_FIELDS = ("SURNAME  ERIKSSON", "GIVEN NAMES  ANNA MARIA", "BORN  12.08.1974", "EXPIRY  15.04.2031")
_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def _pastel_card(w: int = CROP_WIDTH, band_top: float = 0.7) -> np.ndarray:
    """An ID-1 card drawn edge to edge: pastel paper (grey ~205), a header band, a portrait,
    dark fields, and across its bottom, from `band_top`, a pure white (255) MRZ band with black
    lines at its foot."""
    h = round(w / ID1.aspect)
    card = np.full((h, w, 3), (190, 205, 215), np.uint8)
    cv2.rectangle(card, (0, 0), (w, int(0.15 * h)), (120, 60, 20), -1)
    cv2.putText(
        card, "REPUBLIC OF UTOPIA", (int(0.05 * w), int(0.1 * h)), cv2.FONT_HERSHEY_SIMPLEX,
        w / 1000, (255, 255, 255), 2, cv2.LINE_AA,
    )  # fmt: skip
    cv2.rectangle(
        card, (int(0.04 * w), int(0.2 * h)), (int(0.3 * w), int(0.65 * h)), (90, 100, 120), -1
    )
    for i, text in enumerate(_FIELDS):
        y = int((0.27 + 0.1 * i) * h)
        cv2.putText(
            card, text, (int(0.35 * w), y), cv2.FONT_HERSHEY_SIMPLEX, w / 1300, (20, 20, 20), 2,
            cv2.LINE_AA,
        )  # fmt: skip
    card[int(band_top * h) :] = 255
    top = int(0.7 * h)
    for i, line in enumerate(_MRZ):
        y = top + (i + 1) * (h - top) // 3 + int(0.03 * h)
        cv2.putText(
            card, line, (int(0.02 * w), y), cv2.FONT_HERSHEY_PLAIN, w / 560, (0, 0, 0), 2,
            cv2.LINE_AA,
        )  # fmt: skip
    return card


def _with_glare(card: np.ndarray) -> np.ndarray:
    """A specular spot over the fields: a clipped (255) disc of 8 % of the card's width with
    a Gaussian halo."""
    h, w = card.shape[:2]
    radius = 0.08 * w
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    distance = np.hypot(xx - 0.55 * w, yy - 0.4 * h)
    alpha = np.exp(-((np.maximum(distance - radius, 0) / (0.5 * radius)) ** 2))[..., None]
    return (card * (1 - alpha) + 255 * alpha).clip(0, 255).astype(np.uint8)


def _on_table(card: np.ndarray, frame=(1280, 720), at=(140, 45), table=(70, 90, 110)):
    """The card lying on a plain table in a photo, and its corners."""
    w, h = frame
    x, y = at
    ch, cw = card.shape[:2]
    photo = np.full((h, w, 3), table, np.uint8)
    photo[y : y + ch, x : x + cw] = card
    return photo, _box(x, y, x + cw, y + ch)


def _rectified_gray(card: np.ndarray) -> np.ndarray:
    """The card as the checks see it: straight on, grey, RECTIFIED_LONG_SIDE wide."""
    w = T.RECTIFIED_LONG_SIDE
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    return cv2.resize(gray, (w, round(w / ID1.aspect)), interpolation=cv2.INTER_AREA)


# --- 1. a crop to the document's edges --------------------------------------------------------

SIDES = [Side.ID1_FRONT, Side.ID1_BACK, Side.ID3_PAGE]
CROPS = [(side, k) for side in SIDES for k in range(3)]


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_edge_to_edge_crop_is_accepted_as_a_still(side, k):
    report = analyze(_crop(side, k), still=True)
    assert report.issues == (), _issues(report)


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_edge_to_edge_crop_is_the_whole_document(side, k):
    crop = _crop(side, k)
    report = analyze(crop, still=True)
    assert report.corners is not None, _issues(report)
    tolerance = CORNER_TOLERANCE * min(crop.shape[:2])
    assert np.abs(report.corners - _picture_corners(crop)).max() <= tolerance, _issues(report)


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_edge_to_edge_crop_turned_by_a_quarter_is_accepted_as_a_still(side, k):
    """Phones and scanners often leave a crop on its side: its rows of print then run down the
    picture, and it is still a whole document (17 of these 18 were refused as cut off)."""
    report = analyze(cv2.rotate(_crop(side, k), cv2.ROTATE_90_CLOCKWISE), still=True)
    assert report.issues == (), _issues(report)


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_edge_to_edge_crop_is_too_close_or_cut_off_in_a_camera_frame(side, k):
    report = analyze(_crop(side, k))
    assert {IssueCode.TOO_CLOSE, IssueCode.CUT_OFF} & set(report.issues), _issues(report)


# --- 2. a scan on white -----------------------------------------------------------------------


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_scan_on_white_is_accepted_and_found_as_a_still(side, k):
    page, corners = _scan(_crop(side, k))
    report = analyze(page, still=True)
    assert IssueCode.TOO_BRIGHT not in report.issues, _issues(report)
    assert report.issues == (), _issues(report)
    tolerance = 0.015 * CROP_WIDTH  # 1.3 mm on a card
    assert np.abs(report.corners - corners).max() <= tolerance, _issues(report)


# --- 3. distance ------------------------------------------------------------------------------


@pytest.mark.parametrize("k", range(6))
def test_clean_camera_scene_is_accepted_as_a_still(k):
    scene = _clean_scene(k)
    h, w = scene.image.shape[:2]
    report = analyze(scene.image, still=True)
    assert report.issues == (), _issues(report)
    # As test_quality asks of the camera rules: the card, not the whole picture.
    assert iou(scene.corners, clip_to_frame(report.corners, w, h)) > 0.8, _issues(report)


@cache
def _far_scene(k: int):
    return render_scene(_defect_seed(Defect.FAR, k), Defect.FAR, frame=(1280, 720))


@pytest.mark.parametrize("k", range(2))
def test_far_card_at_720p_is_too_far_as_a_still(k):
    scene = _far_scene(k)
    report = analyze(scene.image, still=True)
    assert IssueCode.TOO_FAR in report.issues, _issues(report)
    assert iou(scene.corners, report.corners) > 0.8, _issues(report)


@pytest.mark.parametrize("k", range(2))
def test_far_card_with_plenty_of_pixels_is_not_too_far_as_a_still(k):
    scene = _far_scene(k)
    scale = 4000 / 1280
    big = cv2.resize(scene.image, (4000, 2250), interpolation=cv2.INTER_CUBIC)
    corners = scene.corners * scale
    assert side_lengths(corners).max() > 1.2 * T.STILL_TOO_FAR_LONG_SIDE  # the premise
    report = analyze(big, still=True)
    assert IssueCode.TOO_FAR not in report.issues, _issues(report)
    assert iou(corners, report.corners) > 0.8, _issues(report)
    # A camera frame still asks to come closer: the card covers too little of the view.
    assert IssueCode.TOO_FAR in analyze(big).issues


# --- 4. part of the document missing ------------------------------------------------------------


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_document_running_out_at_top_and_bottom_is_cut_off_as_a_still(side, k):
    scene = _landscape_scene(side, k)
    top, bottom = scene.corners[:, 1].min(), scene.corners[:, 1].max()
    cut = 0.25 * (bottom - top)
    band = np.ascontiguousarray(scene.image[int(top + cut) : int(bottom - cut)])
    report = analyze(band, still=True)
    assert IssueCode.CUT_OFF in report.issues, _issues(report)


@pytest.mark.parametrize(("side", "k"), CROPS)
def test_document_with_its_left_third_outside_is_cut_off_as_a_still(side, k):
    scene = _landscape_scene(side, k)
    left, right = scene.corners[:, 0].min(), scene.corners[:, 0].max()
    picture = np.ascontiguousarray(scene.image[:, int(left + (right - left) / 3) :])
    report = analyze(picture, still=True)
    assert IssueCode.CUT_OFF in report.issues, _issues(report)


def _framed_close(
    crop: np.ndarray, margins: tuple[float, float, float, float], plain: bool = False
) -> np.ndarray:
    """The crop on a textured (or `plain`) table, photographed close: `margins` of its size
    beyond each side (top, right, bottom, left; negative: cut into it)."""
    h, w = crop.shape[:2]
    top, right, bottom, left = (round(m * s) for m, s in zip(margins, (h, w, h, w), strict=True))
    ph, pw = h + abs(top) + abs(bottom), w + abs(left) + abs(right)
    rng = np.random.default_rng(5)
    grain = cv2.GaussianBlur(rng.normal(0, 1, (ph, pw)).astype(np.float32), (0, 0), 3)
    table = np.clip(110 + (0 if plain else 60) * grain, 0, 255).astype(np.uint8)[
        :, :, None
    ] * np.float32((0.7, 0.9, 1.1))
    photo = np.clip(table, 0, 255).astype(np.uint8)
    y, x = abs(top), abs(left)
    photo[y : y + h, x : x + w] = crop
    y0, x0 = (2 * abs(top) if top < 0 else 0), (2 * abs(left) if left < 0 else 0)
    y1 = ph - 2 * abs(bottom) if bottom < 0 else ph
    x1 = pw - 2 * abs(right) if right < 0 else pw
    return np.ascontiguousarray(photo[y0:y1, x0:x1])


@pytest.mark.parametrize("side", SIDES)
def test_document_photographed_close_running_off_one_side_is_cut_off(side):
    """Its top 15 % (or right quarter) beyond the picture, a thin margin of table round the
    rest: the part in view has no document's shape. (A card's right 15 % missing leaves 1.35,
    between a letter's shape and A4's: not told.)"""
    for margins in ((-0.15, 0.04, 0.04, 0.04), (0.04, -0.25, 0.04, 0.04)):
        report = analyze(_framed_close(_crop(side, 0), margins), still=True)
        assert IssueCode.CUT_OFF in report.issues, (margins, _issues(report))


@pytest.mark.parametrize("side", SIDES)
def test_whole_document_photographed_against_one_edge_is_not_cut_off(side):
    """Its top (or right) side on the picture's edge, a thin margin round the rest (a scan laid
    against the glass's edge): whole."""
    for margins in ((0.0, 0.03, 0.04, 0.03), (0.03, 0.0, 0.03, 0.04)):
        report = analyze(_framed_close(_crop(side, 0), margins), still=True)
        assert IssueCode.CUT_OFF not in report.issues, (margins, _issues(report))


@pytest.mark.parametrize(
    ("side", "margins"),
    [
        (Side.ID1_FRONT, (0.04, -0.17, 0.04, 0.04)),  # 1.32: a letter page's shape
        (Side.ID1_BACK, (0.04, 0.04, 0.04, -0.20)),  # 1.27: a letter page's too
        (Side.ID3_PAGE, (-0.10, 0.04, 0.04, 0.04)),  # 1.58: a card's
    ],
)
def test_document_running_off_into_another_formats_shape_is_cut_off_when_its_type_is_known(
    side, margins
):
    """A card or page cut so that the part in view has another format's shape is told only
    when the wizard knows which document it expects."""
    report = analyze(_framed_close(_crop(side, 0), margins), side.format, still=True)
    assert IssueCode.CUT_OFF in report.issues, _issues(report)


@pytest.mark.parametrize("side", SIDES)
def test_whole_document_against_one_edge_is_not_cut_off_when_its_type_is_known(side):
    for margins in ((0.0, 0.03, 0.04, 0.03), (0.03, 0.0, 0.03, 0.04)):
        report = analyze(_framed_close(_crop(side, 0), margins), side.format, still=True)
        assert IssueCode.CUT_OFF not in report.issues, (margins, _issues(report))


@pytest.mark.parametrize("side", SIDES)
def test_document_running_off_one_side_of_a_plain_table_is_cut_off(side):
    """On a plain table the picture less its plain margins may be taken for the document: with its
    top 15 % beyond the picture it has no document's shape; whole against the edge it has."""
    cut = analyze(_framed_close(_crop(side, 0), (-0.15, 0.04, 0.04, 0.04), plain=True), still=True)
    assert IssueCode.CUT_OFF in cut.issues, _issues(cut)
    whole = analyze(_framed_close(_crop(side, 0), (0.0, 0.03, 0.04, 0.03), plain=True), still=True)
    assert IssueCode.CUT_OFF not in whole.issues, _issues(whole)


# --- 5. still_cut_off ---------------------------------------------------------------------------

W, H = 320, 202  # a working copy of an ID-1 picture


def test_whole_picture_on_the_border_is_not_cut_off():
    assert not still_cut_off(_box(0, 0, W, H), W, H, whole_picture=True)


def test_corner_well_beyond_the_picture_is_cut_off_even_for_the_whole_picture():
    assert still_cut_off(_box(-0.1 * W, 0, W, H), W, H, whole_picture=True)


def test_one_side_at_the_edge_and_wide_margins_elsewhere_is_cut_off():
    # Left side along the edge; 20-30 % of the picture free at the top, right and bottom.
    assert still_cut_off(_box(0, 0.2 * H, 0.7 * W, 0.8 * H), W, H, whole_picture=False)


def test_one_side_at_the_edge_and_tight_margins_elsewhere_is_not_cut_off():
    # A crop with a thin margin: left side along the edge, 3 % free on the other sides.
    assert not still_cut_off(_box(0, 0.03 * H, 0.97 * W, 0.97 * H), W, H, whole_picture=False)


def test_one_side_at_the_edge_and_tight_margins_without_a_document_shape_is_cut_off():
    # A card photographed close in a 16:9 picture, its top beyond the edge: 1.74, no format's.
    w, h = 320, 180
    assert still_cut_off(_box(0.03 * w, 0, 0.97 * w, 0.96 * h), w, h, whole_picture=False)


def test_a_document_seen_at_a_slant_against_one_edge_is_not_cut_off():
    """A card photographed close from a tilted phone, its near (bottom) side on the picture's
    edge, its far side a tenth shorter: beside each slanted side the room left is measured at
    the side's middle (5 %), not where its far corner leaves 8 %."""
    w, h = 400, 260
    card_w = 0.94 * w
    inset = 0.05 * card_w
    x0, y0, y1 = 0.03 * w, 0.03 * h, h
    seen = np.array(
        [[x0 + inset, y0], [x0 + card_w - inset, y0], [x0 + card_w, y1], [x0, y1]], np.float32
    )
    assert not still_cut_off(seen, w, h, whole_picture=False)


def test_a_card_seen_at_a_slant_keeps_a_cards_shape_within_a_wider_tolerance():
    """A card seen at a slant, its far side a tenth shorter and its depth foreshortened,
    measures 5.2 % off ID-1: still a card's shape (the tolerance grows with the keystone). The
    same measured shape without a slant is not, and a card cut by a sixth across its width
    (1.32) at the same slant is not either."""
    near, far, depth = 158.6, 142.7, 90.0
    inset = (near - far) / 2
    slanted = np.array([[inset, 0], [near - inset, 0], [near, depth], [0, depth]], np.float32)
    assert abs((near + far) / 2 / depth / ID1.aspect - 1) > T.STILL_FORMAT_TOLERANCE
    assert has_paper_shape(slanted, (ID1,))
    straight = _box(0, 0, (near + far) / 2, depth)
    assert not has_paper_shape(straight, (ID1,))
    cut = slanted * np.float32([1, (near + far) / 2 / depth / 1.32])
    assert abs(aspect_of(cut) - 1.32) < 0.01
    assert not has_paper_shape(cut, (ID1,))


def test_a_large_document_the_map_sees_reach_an_edge_is_cut_off_without_a_document_shape():
    """The outline stops at a line of print 12 % above the bottom edge, the map goes on to it:
    a whole card's shape is a crop whose outline is an inner part, any other a card cut off."""
    cut = _box(10, 5, 290, 150)  # 1.93
    reach = (0.0, 0.0, 0.5, 0.0)
    assert not still_cut_off(cut, 300, 170, False)
    assert still_cut_off(cut, 300, 170, False, reach)
    whole = _box(10, 5, 290, 5 + 280 / ID1.aspect)
    assert not still_cut_off(whole, 300, 200, False, reach)


@pytest.mark.parametrize(
    ("ratio", "whole"),
    [(ID1.aspect, True), (1.42, True), (1 / 1.414, True), (1 / 1.294, True), (1.63, True),
     (1.87, False), (1.2, False), (1.5, False), (1.75, False)],
)  # fmt: skip
def test_paper_shapes_are_cards_passport_pages_and_paper(ratio, whole):
    assert has_paper_shape(_box(0, 0, 100 * ratio, 100)) is whole


def test_an_expected_format_narrows_the_whole_shapes():
    """A card cut across its width by a sixth (1.32) passes for a letter page unless a card is
    expected; an ID-2 card (an older identity card) is whole where an ID-1 one is expected."""
    cut_card = _box(0, 0, 132, 100)
    assert has_paper_shape(cut_card, whole_shapes(None))
    assert not has_paper_shape(cut_card, whole_shapes(ID1))
    assert has_paper_shape(_box(0, 0, 100 * ID2.aspect, 100), whole_shapes(ID1))
    assert not has_paper_shape(_box(0, 0, 100 * ID1.aspect, 100), whole_shapes(ID3))
    assert whole_shapes(None) == PAPER_FORMATS


def test_a_content_box_reaching_one_side_with_margins_round_the_rest_needs_a_document_shape():
    """The whole picture's content box, its top on the edge and a table 4 % wide round the rest:
    1.87 (a card without its top 15 %) is cut off, a card's shape is not; trimmed by 0.5 % at
    one side (a scan's white trimmed unevenly), reaching two sides (a scan's corner) or with
    wide margins (an open booklet whose facing page runs off), it is left whole."""
    h = 260

    def cut(shape: float, left: float = 0.04, bottom: float = 0.04, **kwargs) -> bool:
        box_h = (1 - bottom) * h
        box_w = box_h * shape
        w = box_w / (1 - left - 0.04)
        box = _box(left * w, 0, left * w + box_w, box_h)
        return still_cut_off(box, round(w), h, whole_picture=True, **kwargs)

    assert cut(1.87)
    assert not cut(ID1.aspect)
    assert not cut(1.87, left=0.005)
    assert not cut(1.87, left=0)
    assert not cut(1.87, bottom=0.3)
    assert not cut(1.32)  # a card without its right sixth: a letter page's shape
    assert cut(1.32, formats=whole_shapes(ID1))


def test_opposite_sides_at_the_edges_are_cut_off():
    assert still_cut_off(_box(0.2 * W, 0, 0.8 * W, H), W, H, whole_picture=False)


def test_wide_margins_all_round_are_not_cut_off():
    assert not still_cut_off(_box(0.2 * W, 0.2 * H, 0.8 * W, 0.8 * H), W, H, whole_picture=False)


# --- 6. exposure --------------------------------------------------------------------------------


def _dark_card_photo(light: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """A black card (paper 40) with a few lines of white print (3-4 % of it, so its light parts
    are dark and only its print is bright) on a mid-grey table, under `light`."""
    photo, corners = _on_table(
        np.full((441, 700, 3), 40, np.uint8), at=(290, 160), table=(120, 130, 140)
    )
    for i, text in enumerate(_FIELDS):
        cv2.putText(
            photo, text, (330, 250 + 80 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (235, 235, 235), 2,
            cv2.LINE_AA,
        )  # fmt: skip
    photo = cv2.GaussianBlur(photo, (0, 0), 0.8)
    return (photo.astype(np.float32) * light).clip(0, 255).astype(np.uint8), corners


@pytest.mark.parametrize("still", [True, False])
def test_black_card_with_white_print_under_good_light_is_not_too_dark(still):
    photo, corners = _dark_card_photo()
    report = analyze(photo, still=still)
    assert IssueCode.TOO_DARK not in report.issues, _issues(report)
    assert iou(corners, report.corners) > 0.9, _issues(report)


@pytest.mark.parametrize("still", [True, False])
def test_black_card_with_white_print_in_the_dark_is_too_dark(still):
    photo, _ = _dark_card_photo(light=0.1)
    report = analyze(photo, still=still)
    assert IssueCode.TOO_DARK in report.issues, _issues(report)


def _white_card(header: bool, portrait: bool = True) -> np.ndarray:
    """An ID-1 card drawn edge to edge on pure white (255) paper with black print (4 % of it)
    and a portrait (a grey block, 12 % of it) or only the portrait's frame."""
    w = CROP_WIDTH
    h = round(w / ID1.aspect)
    card = np.full((h, w, 3), 255, np.uint8)
    if header:
        cv2.rectangle(card, (0, 0), (w, int(0.15 * h)), (120, 60, 20), -1)
    cv2.rectangle(
        card, (int(0.04 * w), int(0.2 * h)), (int(0.3 * w), int(0.65 * h)),
        (90, 100, 120) if portrait else (60, 60, 60), -1 if portrait else 2,
    )  # fmt: skip
    for i, text in enumerate(_FIELDS):
        y = int((0.27 + 0.1 * i) * h)
        cv2.putText(
            card, text, (int(0.35 * w), y), cv2.FONT_HERSHEY_SIMPLEX, w / 1300, (10, 10, 10), 2,
            cv2.LINE_AA,
        )  # fmt: skip
    for i, line in enumerate(_MRZ):
        cv2.putText(
            card, line, (int(0.02 * w), int((0.8 + 0.1 * i) * h)), cv2.FONT_HERSHEY_PLAIN,
            w / 560, (0, 0, 0), 2, cv2.LINE_AA,
        )  # fmt: skip
    return card


_PRINT_ONLY = pytest.param(False, id="print_only")  # only 4 % of the card is print


@pytest.mark.parametrize(
    "portrait",
    [pytest.param(True, id="with_portrait"), _PRINT_ONLY],
)
def test_white_paper_with_black_print_is_too_bright_only_for_the_camera(portrait):
    gray = _rectified_gray(_white_card(header=False, portrait=portrait))
    cumulative = histogram(gray)
    assert IssueCode.TOO_BRIGHT not in document_exposure(cumulative, still=True)[0]
    assert IssueCode.TOO_BRIGHT in document_exposure(cumulative, still=False)[0]
    washed_out = histogram(np.maximum(gray, 200))  # the print lost too
    assert IssueCode.TOO_BRIGHT in document_exposure(washed_out, still=True)[0]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(False, id="plain"),
        pytest.param(True, id="header_band"),
    ],
)
def test_white_render_edge_to_edge_is_not_too_bright_as_a_still(header):
    report = analyze(_white_card(header), still=True)
    assert IssueCode.TOO_BRIGHT not in report.issues, _issues(report)
    assert report.corners is not None, _issues(report)


@pytest.mark.parametrize(
    "portrait",
    [pytest.param(True, id="with_portrait"), _PRINT_ONLY],
)
def test_white_card_on_a_table_is_too_bright_for_the_camera_only(portrait):
    photo, corners = _on_table(_white_card(header=False, portrait=portrait))
    still, live = analyze(photo, still=True), analyze(photo)
    assert iou(corners, still.corners) > 0.9, _issues(still)
    assert IssueCode.TOO_BRIGHT not in still.issues, _issues(still)
    assert IssueCode.TOO_BRIGHT in live.issues, _issues(live)


def test_white_card_clipped_in_a_photo_of_a_scene_is_too_bright_as_a_still():
    """A table with texture round the card, lit like it and not clipped: a camera's photo, in
    which a card clipped white over 35 % of it had too much light, upload or not. On a canvas
    clipped white itself (a digital image, a scan) the same card is fine."""
    card = _white_card(header=False)
    table = np.random.default_rng(3).normal((70, 90, 110), 40, (720, 1280, 3))
    photo = np.clip(table, 0, 255).astype(np.uint8)
    photo[45 : 45 + card.shape[0], 140 : 140 + card.shape[1]] = card
    report = analyze(photo, still=True)
    assert iou(_box(140, 45, 140 + card.shape[1], 45 + card.shape[0]), report.corners) > 0.9
    assert IssueCode.TOO_BRIGHT in report.issues, _issues(report)
    canvas, _ = _on_table(card, table=(255, 255, 255))
    cv2.rectangle(canvas, (139, 44), (141 + card.shape[1], 46 + card.shape[0]), (90, 90, 90), 2)
    report = analyze(canvas, still=True)
    assert report.corners is not None, _issues(report)
    assert IssueCode.TOO_BRIGHT not in report.issues, _issues(report)


def test_white_card_on_a_table_clipped_by_too_much_light_is_too_bright_as_a_still():
    """Too much light clips the table round the card too, but not flat as a digital canvas
    (above): it rolls off into white towards where it is lit less."""
    card = _white_card(header=False)
    yy, xx = np.mgrid[0:720, 0:1280].astype(np.float32)
    level = 360 - 250 * np.hypot(xx / 1280 - 0.5, yy / 720 - 0.5)  # clipped under the lamp
    table = level[..., None] * np.float32([0.95, 1.0, 1.05])
    table += np.random.default_rng(3).normal(0, 3, table.shape)
    photo = np.clip(table, 0, 255).astype(np.uint8)
    photo[45 : 45 + card.shape[0], 140 : 140 + card.shape[1]] = card
    report = analyze(photo, still=True)
    assert report.corners is not None, _issues(report)
    assert IssueCode.TOO_BRIGHT in report.issues, _issues(report)


@pytest.mark.parametrize("k", range(2))
def test_overexposed_camera_scene_is_too_bright(k):
    scene = render_scene(_defect_seed(Defect.BRIGHT, k), Defect.BRIGHT)
    report = analyze(scene.image)
    assert IssueCode.TOO_BRIGHT in report.issues, _issues(report)


def test_too_much_light_clips_the_colours_of_a_card_and_a_white_reflection_does_not():
    card = _pastel_card()  # paper (190, 205, 215): its brightest channel clips first
    h, w = card.shape[:2]
    whole = _box(0, 0, w, h)
    assert colour_clipped_share(card, whole) < 0.01
    assert colour_clipped_share(_with_glare(card), whole) < 0.01
    over_exposed = np.clip(card.astype(np.float32) * 1.2, 0, 255).astype(np.uint8)
    assert colour_clipped_share(over_exposed, whole) > T.COLOUR_CLIPPED_SHARE


# --- 7. glare -----------------------------------------------------------------------------------


def test_white_mrz_band_is_not_glare_and_a_clipped_spot_is():
    clean = _rectified_gray(_pastel_card())
    assert not has_glare(glare_metrics(clean, histogram(clean)))
    spot = _rectified_gray(_with_glare(_pastel_card()))
    assert has_glare(glare_metrics(spot, histogram(spot)))


def test_white_mrz_zone_with_blank_paper_above_its_lines_is_not_glare():
    """The white zone runs from one side of the card to the other; blank paper above its lines
    leaves room for a disc, as on a real Austrian ID scanned, but it is the design, not a
    reflection. A clipped spot elsewhere on the same card still is."""
    card = _pastel_card(band_top=0.55)
    gray = _rectified_gray(card)
    assert not has_glare(glare_metrics(gray, histogram(gray)))
    assert IssueCode.GLARE not in analyze(_on_table(card)[0], still=True).issues
    spot = _rectified_gray(_with_glare(card))
    assert has_glare(glare_metrics(spot, histogram(spot)))


def _white_backed_portrait(card: np.ndarray) -> np.ndarray:
    """The card with a photographed portrait (the bundled astronaut's) on a clipped white
    background: everything but her head and shoulders made 255."""
    h, w = card.shape[:2]
    x0, y0, x1, y1 = int(0.04 * w), int(0.2 * h), int(0.3 * w), int(0.65 * h)
    photo = cv2.imread(str(resource("specimens", "astronaut-portrait.jpg")))
    ph, pw = photo.shape[:2]
    keep = np.zeros((ph, pw), np.uint8)
    cv2.ellipse(keep, (pw // 2, int(0.38 * ph)), (int(0.3 * pw), int(0.33 * ph)), 0, 0, 360, 1, -1)
    cv2.ellipse(keep, (pw // 2, ph), (pw // 2, int(0.32 * ph)), 0, 180, 360, 1, -1)
    photo[keep == 0] = 255
    card = card.copy()
    card[y0:y1, x0:x1] = cv2.resize(photo, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    return card


def test_a_portraits_white_background_is_not_glare_and_a_reflection_on_it_is():
    """A portrait photographed on white: its background, clipped, wraps round the head and
    shoulders with room for a disc, and carries no print. The face printed there tells it from
    a reflection (a second renderer's clean cards were `glare` on it). A reflection over the
    face, which washes the face out, still is glare."""
    card = _white_backed_portrait(_pastel_card(640))
    photo, _ = _on_table(card, at=(320, 160))
    gray = _rectified_gray(card)
    assert has_glare(glare_metrics(gray, histogram(gray)))  # the faces not looked for
    assert IssueCode.GLARE not in analyze(photo, still=True).issues
    assert IssueCode.GLARE not in analyze(photo).issues
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    distance = np.hypot(xx - 0.17 * w, yy - 0.33 * h)
    alpha = np.exp(-((np.maximum(distance - 0.08 * w, 0) / (0.04 * w)) ** 2))[..., None]
    washed = (card * (1 - alpha) + 255 * alpha).clip(0, 255).astype(np.uint8)
    assert IssueCode.GLARE in analyze(_on_table(washed, at=(320, 160))[0], still=True).issues


def _noisy(card: np.ndarray, sigma: float = 3.0) -> np.ndarray:
    noise = np.random.default_rng(0).normal(0, sigma, card.shape)
    return np.clip(card + noise, 0, 255).astype(np.uint8)


def test_a_reflection_just_short_of_clipping_is_glare_and_a_white_panel_is_not():
    """A soft lamp's reflection can peak just below clipping; a sensor's noise then breaks its
    core into specks no disc fits in (a second renderer's reflections were missed so).
    Smoothed, it is nearly white, brighter than any paper on the card, and it fades out
    through a halo that washes out the print under it. A blank white data panel on the same
    card, as bright and as noisy, ends at a printed edge with dark print beside it: not
    glare."""
    card = _pastel_card(640, band_top=1.0)  # no white band: the card's paper is pastel
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    distance = np.hypot(xx - 0.6 * w, yy - 0.45 * h)
    alpha = np.exp(-((np.maximum(distance - 0.05 * w, 0) / (0.07 * w)) ** 2))[..., None]
    lit = _noisy(card * (1 - alpha) + 249 * alpha)
    for still in (True, False):
        report = analyze(_on_table(lit, at=(320, 160))[0], still=still)
        assert IssueCode.GLARE in report.issues, _issues(report)
    panel = card.copy()
    top_left, bottom_right = (int(0.33 * w), int(0.17 * h)), (int(0.97 * w), int(0.4 * h))
    cv2.rectangle(panel, top_left, bottom_right, (249, 249, 249), -1)
    clean = _noisy(panel)
    for still in (True, False):
        report = analyze(_on_table(clean, at=(320, 160))[0], still=still)
        assert IssueCode.GLARE not in report.issues, _issues(report)


def _soft_reflection_on(card: np.ndarray, peak: float) -> np.ndarray:
    """`card` with a soft lamp's reflection over its fields, peaking at `peak`, and noise."""
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    distance = np.hypot(xx - 0.6 * w, yy - 0.45 * h)
    alpha = np.exp(-((np.maximum(distance - 0.05 * w, 0) / (0.04 * w)) ** 2))[..., None]
    return _noisy(card * (1 - alpha) + peak * alpha)


def _light_card(paper: tuple[int, int, int]) -> np.ndarray:
    """The pastel card on lighter `paper`, its MRZ band at 242: white paper that carries
    print, as light as a soft reflection nearly."""
    card = _pastel_card(640)
    card[np.all(card == (190, 205, 215), axis=2)] = paper
    card[np.all(card == (255, 255, 255), axis=2)] = (242, 242, 242)
    return card


@pytest.mark.parametrize("paper", [(200, 212, 220), (214, 222, 228)])
@pytest.mark.parametrize("peak", [246, 248])
def test_a_soft_reflection_barely_over_a_light_cards_white_is_glare_by_its_halo(paper, peak):
    """A soft reflection over the fields of a light card whose band is nearly as white rises
    only a few levels over the card's white paper, and was accepted. Its halo washes the print
    round it out most of the way to its light and glows (the paper round it lighter than
    further out). A blank white panel as light, on blank paper, does neither: no print round
    it to lift, and its paper is flat."""
    card = _light_card(paper)
    for still in (True, False):
        report = analyze(_on_table(_soft_reflection_on(card, peak), at=(320, 160))[0], still=still)
        assert IssueCode.GLARE in report.issues, _issues(report)
    h, w = card.shape[:2]
    panel = card.copy()
    cv2.rectangle(panel, (int(0.36 * w), int(0.12 * h)), (int(0.95 * w), int(0.62 * h)), paper, -1)
    top_left, bottom_right = (int(0.5 * w), int(0.3 * h)), (int(0.8 * w), int(0.48 * h))
    cv2.rectangle(panel, top_left, bottom_right, (peak, peak, peak), -1)
    for still in (True, False):
        report = analyze(_on_table(_noisy(panel), at=(320, 160))[0], still=still)
        assert IssueCode.GLARE not in report.issues, _issues(report)


def _white_band_document(reflection: bool) -> np.ndarray:
    """A rectified pastel card whose lower 40 % is a white MRZ band (251, with a sensor's
    noise, so its rows are not clipped from side to side), and optionally a clipped reflection
    over the data just above the band's first line, running into it."""
    w = T.RECTIFIED_LONG_SIDE
    h = round(w / ID1.aspect)
    card = _pastel_card(w)
    card[int(0.6 * h) :] = 251
    for i, line in enumerate(_MRZ):
        y = int((0.72 + 0.1 * i) * h)
        cv2.putText(card, line, (8, y), cv2.FONT_HERSHEY_PLAIN, 0.8, (0, 0, 0), 1, cv2.LINE_AA)
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY).astype(np.float32)
    if reflection:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        distance = np.hypot(xx - 0.5 * w, yy - 0.62 * h)
        alpha = np.exp(-((np.maximum(distance - 0.05 * w, 0) / (0.04 * w)) ** 2))
        gray = gray * (1 - alpha) + 255 * alpha
    return _noisy(gray)


def test_a_reflection_running_into_a_white_mrz_band_is_glare():
    """A reflection just above a white MRZ band merges with the band's clipped paper, whose
    characters make holes in the area (21 %): as one area it carries print. Its solid part,
    where a disc fits, is glare, because its halo has washed out the print round it. The band
    alone is not: beside its blank paper the characters stay black."""
    plain = _white_band_document(reflection=False)
    assert not has_glare(glare_metrics(plain, histogram(plain)))
    lit = _white_band_document(reflection=True)
    assert has_glare(glare_metrics(lit, histogram(lit)))


def test_a_reflection_clipping_much_of_a_light_card_is_glare_not_too_bright():
    """A lamp's reflection on a light card clips a wide halo round its core: with the white
    MRZ band, over 35 % of the card is clipped, which alone would read as too much light. The
    person must tilt the card, not dim the room. The same card over-exposed all over is too
    bright."""
    card = np.clip(_pastel_card(640).astype(np.float32) * 1.1, 0, 255).astype(np.uint8)
    photo, corners = _on_table(card, at=(320, 160))
    assert not analyze(photo).issues
    lit = photo.astype(np.float32)
    cover = quad_mask(lit.shape[:2], corners).astype(np.float32)[..., None]
    centre = corners[0] + (corners[2] - corners[0]) * (0.55, 0.4)
    specular_spot(lit, np.random.default_rng(0), centre, card.shape[1] / 8.56, cover)
    report = analyze(np.clip(lit, 0, 255).astype(np.uint8))
    assert report.metrics["saturated_share"] > T.BRIGHT_SATURATED_SHARE, _issues(report)
    assert IssueCode.GLARE in report.issues, _issues(report)
    assert IssueCode.TOO_BRIGHT not in report.issues, _issues(report)
    over = analyze(np.clip(photo.astype(np.float32) * 1.6, 0, 255).astype(np.uint8))
    assert IssueCode.TOO_BRIGHT in over.issues, _issues(over)


def test_glare_on_an_edge_to_edge_crop_as_a_still():
    # Framing is not asserted here (the crop tests above); when the outline found is the
    # card's body between its header and MRZ bands, the band is not judged: the table test
    # below judges the whole card.
    clean = analyze(_pastel_card(), still=True)
    assert IssueCode.GLARE not in clean.issues, _issues(clean)
    spot = analyze(_with_glare(_pastel_card()), still=True)
    assert IssueCode.GLARE in spot.issues, _issues(spot)


def test_glare_on_a_card_lying_on_a_table_as_a_still():
    photo, corners = _on_table(_pastel_card())
    clean = analyze(photo, still=True)
    # The whole card is judged, its MRZ band included.
    assert iou(corners, clean.corners) > 0.95, _issues(clean)
    assert IssueCode.GLARE not in clean.issues, _issues(clean)
    spot = analyze(_on_table(_with_glare(_pastel_card()))[0], still=True)
    assert IssueCode.GLARE in spot.issues, _issues(spot)


# --- 8. occlusion -------------------------------------------------------------------------------


@pytest.mark.parametrize("still", [True, False])
@pytest.mark.parametrize("k", range(6))
def test_clean_scene_is_not_occluded(k, still):
    report = analyze(_clean_scene(k).image, still=still)
    assert IssueCode.OCCLUDED not in report.issues, _issues(report)


@cache
def _finger_scene(k: int):
    return render_scene(_defect_seed(Defect.FINGER, k), Defect.FINGER)


@pytest.mark.parametrize("still", [False, True])
@pytest.mark.parametrize("k", range(3))
def test_finger_on_the_card_is_occluded(k, still):
    report = analyze(_finger_scene(k).image, still=still)
    assert IssueCode.OCCLUDED in report.issues, _issues(report)


# --- 9. no document ----------------------------------------------------------------------------


def _painting(seed: int) -> np.ndarray:
    """Large sharp shapes in strong colours, the size of a card crop: a picture, no print."""
    rng = np.random.default_rng(seed)
    canvas = np.full((540, 860, 3), rng.integers(0, 255, 3).tolist(), np.uint8)
    for _ in range(25):
        centre = (int(rng.integers(0, 860)), int(rng.integers(0, 540)))
        axes = (int(rng.integers(40, 200)), int(rng.integers(40, 200)))
        colour = rng.integers(0, 255, 3).tolist()
        cv2.ellipse(canvas, centre, axes, float(rng.uniform(0, 180)), 0, 360, colour, -1)
    return canvas


@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_a_painting_on_a_table_is_no_document_as_a_still(seed):
    """A document's shape without print (a painting, a mural, a poster) is no document; these
    four were accepted before a found document had to carry print."""
    photo, _ = _on_table(_painting(seed))
    report = analyze(photo, still=True)
    assert report.issues == (IssueCode.NO_DOCUMENT,), _issues(report)


@pytest.mark.parametrize("seed", [0, 2])
def test_a_12_mp_photo_of_bare_gravel_is_no_document(seed):
    """Straight lines drawn through the stones made a quadrilateral of four sides seen, and the
    stones passed for print: these two were accepted. A document's side steps from its colour
    to the table's the same way all along; a line through gravel does not (lines.py)."""
    report = analyze(render_background("gravel", seed, (4032, 3024)), still=True)
    assert report.issues == (IssueCode.NO_DOCUMENT,), _issues(report)


def _printed_form(width: int, seed: int) -> np.ndarray:
    """A US-letter form, photographed lit (not clipped): a bold title, ruled lines and two short
    small labels below each, as on a tax form. Its print is a card's in millimetres on a page
    three times the size."""
    rng = np.random.default_rng(seed)
    height = round(width * 279.4 / 215.9)
    page = np.full((height, width, 3), 232, np.uint8)
    ink = (25, 25, 25)
    title_at = (int(0.05 * width), int(0.07 * height))
    cv2.putText(page, "11-C", title_at, cv2.FONT_HERSHEY_DUPLEX, 2.2, ink, 6, cv2.LINE_AA)
    y = int(0.12 * height)
    while y < 0.95 * height:
        x0, x1 = int(0.04 * width), int(0.96 * width)
        cv2.line(page, (x0, y), (x1, y), ink, 3 if rng.random() < 0.3 else 1)
        for left in (0.06, 0.55):
            label = "".join(rng.choice(list("abcdefghijklmnoprstuvwyz"), rng.integers(4, 12)))
            at = (int(left * width), y + 24)
            cv2.putText(page, label, at, cv2.FONT_HERSHEY_SIMPLEX, 0.6, ink, 1, cv2.LINE_AA)
        y += int(rng.uniform(0.04, 0.07) * height)
    return page


@pytest.mark.parametrize("seed", range(6))
def test_a_form_with_small_print_on_a_grey_table_is_found_as_a_still(seed):
    """At a card's scale (640 px along the page) its labels are too small to count as print,
    and the page was `no_document`; looked at closer, they are rows of print (still.py,
    carries_small_print)."""
    form = _printed_form(1100, seed)
    photo = np.full((1700, 2000, 3), (120, 125, 130), np.uint8)
    photo[250 : 250 + form.shape[0], 450:1550] = form
    report = analyze(photo, still=True)
    assert report.issues == (), _issues(report)
    assert iou(report.corners, _box(450, 250, 1550, 250 + form.shape[0])) > 0.9
