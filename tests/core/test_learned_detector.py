"""The learned document detector and how it joins the outline search (core/quality/learned.py,
locate.py, detect.fit_region).

Varied scenes come from seeds 8_000_000 on: apart from training (20_000_000 on), the varied
evaluation (6_000_000, 6_500_000) and render_scene's sets; taken in order from k = 0.
"""

import hashlib
import re
from dataclasses import replace
from functools import cache

import cv2
import numpy as np
import pytest

from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.geometry import clip_to_frame, iou
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze, learned
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.detect import Detection, detect_document, fit_region
from capture_wizard.core.quality.framing import NO_REACH, framing_issues, still_cut_off
from capture_wizard.core.quality.locate import _onto_border, _outline_holds
from capture_wizard.core.specimens import Defect, render_scene
from capture_wizard.core.specimens.varied import render_varied_scene
from capture_wizard.resources import resource

TEST_SEEDS = 8_000_000


@cache
def _varied(defect: Defect, k: int):
    return render_varied_scene(TEST_SEEDS + 10_000 * list(Defect).index(defect) + k, defect)


def _small(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    k = 320 / max(h, w)
    return cv2.resize(image, (round(w * k), round(h * k)), interpolation=cv2.INTER_AREA)


def test_the_bundled_model_is_the_documented_file():
    data = resource(*learned.MODEL).read_bytes()
    provenance = resource("models", "PROVENANCE.md").read_text()
    row = re.search(r"`document_detector.onnx` \| (\d+) \| `([0-9a-f]{64})`", provenance)
    assert row, "document_detector.onnx has no size and hash in resources/models/PROVENANCE.md"
    assert (len(data), hashlib.sha256(data).hexdigest()) == (int(row[1]), row[2])


def test_maps_are_probabilities_of_the_working_frame_size():
    small = _small(render_scene(TEST_SEEDS).image)
    document, occluder = learned.document_maps(small)
    assert document.shape == occluder.shape == small.shape[:2]
    for probabilities in (document, occluder):
        assert probabilities.min() >= 0 and probabilities.max() <= 1


def test_a_still_is_seen_the_same_whichever_way_up_it_comes():
    """With STILL_MAP_TURNS the maps of a picture turned by a quarter are its maps turned (a
    square picture, so squeezing it to the model's input and turning it commute); one look
    alone differs by up to 0.77 there."""
    image = render_scene(TEST_SEEDS + 1).image
    h, w = image.shape[:2]
    x0 = (w - h) // 2
    square = cv2.resize(image[:, x0 : x0 + h], (256, 256), interpolation=cv2.INTER_AREA)
    document, occluder = learned.document_maps(square, T.STILL_MAP_TURNS)
    turned = learned.document_maps(np.ascontiguousarray(np.rot90(square)), T.STILL_MAP_TURNS)
    assert np.abs(np.rot90(document) - turned[0]).max() < 1e-3
    assert np.abs(np.rot90(occluder) - turned[1]).max() < 1e-3


def test_the_map_covers_the_document_and_not_the_table():
    scene = render_scene(TEST_SEEDS + 1)
    small = _small(scene.image)
    document, _ = learned.document_maps(small)
    k = small.shape[1] / scene.image.shape[1]
    truth = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(truth, np.round(scene.corners * k).astype(np.int32), 1)
    found = document > 0.5
    assert (found & (truth > 0)).sum() / ((found | (truth > 0)).sum()) > 0.85


def test_a_bare_table_has_no_document():
    table = np.full((720, 1280, 3), (60, 90, 120), np.uint8)
    table = cv2.add(table, np.random.default_rng(0).integers(0, 20, table.shape, np.uint8))
    document, _ = learned.document_maps(_small(table))
    assert learned.document_outline(document) is None


def test_fit_region_moves_a_coarse_outline_onto_the_card_edges():
    img = np.full((180, 320, 3), 70, np.uint8)
    card = np.array([[60, 40], [250, 45], [245, 160], [58, 150]], np.float32)
    cv2.fillConvexPoly(img, card.astype(np.int32), (225, 215, 200))
    coarse = card + np.array([[-4, 3], [3, 4], [-3, -4], [4, -3]], np.float32)  # a blocky mask
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, coarse.astype(np.int32), 1)
    outlines, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    found = fit_region(img, outlines[0])
    assert found is not None
    assert iou(found.corners, card) > max(0.98, iou(coarse, card))


def test_a_region_torn_across_its_middle_is_fitted_whole():
    """The map can fade across a card's middle (a dark portrait on a dark card) and leave a
    neck there: opening it away is no thin attachment taken off but the card torn in two,
    and the half kept is an inner part of it (a second renderer's navy card, found as its
    portrait)."""
    img = np.full((180, 320, 3), 70, np.uint8)
    card = np.array([[60, 40], [260, 40], [260, 166], [60, 166]], np.float32)
    cv2.fillConvexPoly(img, card.astype(np.int32), (225, 215, 200))
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, card.astype(np.int32), 1)
    mask[40:92, 140:180] = 0  # the map unsure over the middle, but for a neck
    mask[114:167, 140:180] = 0
    outline = max(cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0], key=len)
    found = fit_region(img, outline)
    assert found is not None and iou(found.corners, card) > 0.95


@pytest.mark.parametrize("degrees", [-20.0, -30.0, -45.0])
def test_a_turned_card_whose_corners_the_opening_rounds_off_is_fitted_whole(degrees):
    """Opening a region with an upright square rounds off the corners of a card turned on the
    table; four corners of what is left can be an inner quadrilateral, filled wholly by the
    region. The whole outline's quadrilateral, which the region fills a little less (print
    bitten out of its edge) but explains far better, is the card (a real business card turned
    30° on wood, with grain lines joined to its sides, was found as an inner part of it)."""
    img = np.full((240, 320, 3), 40, np.uint8)
    card = cv2.boxPoints(((160, 120), (200, 120), degrees)).astype(np.float32)
    cv2.fillConvexPoly(img, card.astype(np.int32), (150, 215, 200))
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, card.astype(np.int32), 1)
    centre = card.mean(axis=0)
    for i in (0, 2):  # a grain line joined to the middle of each long side
        middle = (card[i] + card[(i + 1) % 4]) / 2
        tip = middle + (middle - centre) / np.linalg.norm(middle - centre) * 25
        cv2.line(mask, tuple(np.int32(middle)), tuple(np.int32(tip)), 1, 3)
    bitten = card[1] + 0.5 * (card[2] - card[1])  # dark print at a short side's middle
    cv2.circle(mask, tuple(np.int32(bitten)), 14, 0, -1)
    outline = max(cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0], key=len)
    found = fit_region(img, outline)
    assert found is not None and iou(found.corners, card) > 0.95


def test_a_region_without_edges_along_it_is_no_document_when_it_must_snap():
    """A convex hull is a guess: its sides must lie on edges of the picture to be a card."""
    img = np.full((180, 320, 3), 70, np.uint8)  # nothing drawn: no edges anywhere
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, np.array([[60, 40], [250, 45], [245, 160], [58, 150]]), 1)
    outline = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0][0]
    assert fit_region(img, outline) is not None
    assert fit_region(img, outline, snapped_only=True) is None


def _det(corners) -> Detection:
    return Detection(np.array(corners, np.float32), 1.0, 0.0, 4)


def test_an_outline_holds_where_the_map_agrees_or_it_fills_the_frame():
    document = np.zeros((100, 300), np.float32)
    document[10:70, 10:110] = 0.9  # the map sees the card there
    card = _det([[10, 10], [110, 10], [110, 70], [10, 70]])
    booklet = _det([[10, 10], [210, 10], [210, 70], [10, 70]])  # twice the card
    assert _outline_holds(card, document)
    assert not _outline_holds(booklet, document)
    assert _outline_holds(replace(booklet, whole_picture=True), document)
    # One side in view (too close): it holds where the map, too, sees the document reach the
    # frame's edge, not where the map sees a card well inside the frame (the outline ran round
    # the hand holding it).
    close = replace(_det([[0, 0], [300, 0], [300, 60], [0, 60]]), sides_in_view=1)
    assert not _outline_holds(close, document)
    filling = np.zeros_like(document)
    filling[:65, :] = 0.9
    assert _outline_holds(close, filling)


def test_an_outline_corner_at_the_edge_is_not_cut_off_where_the_map_sees_the_card_inside():
    """An outline that ran into the fingers holding the card reaches the frame's edge; the map
    sees the whole card well inside it. Where the map sees a document along the edge too, the
    corner at the edge is believed."""
    inside = np.zeros((100, 300), np.float32)
    inside[20:80, 40:200] = 0.9
    outline = np.array([[40, 1], [200, 20], [200, 80], [40, 80]], np.float32)  # one corner at y=1
    assert not learned.seen_at_frame_edge(inside)
    at_edge = learned.seen_at_frame_edge(inside)
    assert IssueCode.CUT_OFF not in framing_issues(outline, 300, 100, NO_REACH, at_edge)[0]
    running_out = inside.copy()
    running_out[0:20, 40:120] = 0.9
    at_edge = learned.seen_at_frame_edge(running_out)
    assert at_edge
    assert IssueCode.CUT_OFF in framing_issues(outline, 300, 100, NO_REACH, at_edge)[0]


def test_a_document_the_map_sees_reach_the_frame_edge_is_cut_off_in_a_live_frame():
    """The fitted outline can stop at a line of print just inside the edge; the map goes on."""
    document = np.zeros((100, 300), np.float32)
    document[20:100, 40:200] = 0.9  # the card runs off the bottom
    document[0:8, 250:290] = 0.9  # something else at the top: not this document
    card = np.array([[40, 20], [200, 20], [200, 90], [40, 90]], np.float32)
    reach = learned.edge_reach(document, card)
    assert reach == pytest.approx((0, 0, 160 / 300, 0), abs=0.01)  # the bottom only
    assert IssueCode.CUT_OFF in framing_issues(card, 300, 100, reach)[0]
    assert IssueCode.CUT_OFF not in framing_issues(card, 300, 100)[0]
    assert learned.edge_reach(document, card - [0, 15]) == reach  # the same region
    inside = np.zeros_like(document)
    inside[20:80, 40:200] = 0.9
    assert learned.edge_reach(inside, card) == NO_REACH


def test_a_document_the_map_sees_run_out_of_a_still_with_room_round_it_is_cut_off():
    """The outline stops at a line of print just above the picture's bottom edge, the map
    goes on to it, and the other sides leave room: the card goes on beyond the picture."""
    card = np.array([[40, 20], [200, 20], [200, 95], [40, 95]], np.float32)
    assert not still_cut_off(card, 300, 100, False)
    assert still_cut_off(card, 300, 100, False, (0.0, 0.0, 0.53, 0.0))
    assert not still_cut_off(card, 300, 100, True, (0.0, 0.0, 0.53, 0.0))  # a crop: its edge


def test_clean_varied_scenes_are_found_better_than_by_outlines_alone():
    """Booklets, hands, gravel, clutter: the outline search alone misses or misplaces some."""
    both = alone = 0
    for k in range(8):
        scene = _varied(Defect.CLEAN, k)
        report = analyze(scene.image)
        both += report.corners is not None and iou(report.corners, scene.corners) > 0.9
        small = _small(scene.image)
        outline = detect_document(small)
        scale = scene.image.shape[1] / small.shape[1]
        alone += outline is not None and iou(outline.corners * scale, scene.corners) > 0.9
    assert both >= 7 and both > alone


@pytest.mark.parametrize("k", range(4))
def test_a_finger_over_the_card_is_occluded(k):
    scene = _varied(Defect.FINGER, k)
    assert IssueCode.OCCLUDED in analyze(scene.image).issues


@pytest.mark.parametrize("k", range(4))
def test_a_clean_card_held_or_lying_is_not_occluded(k):
    scene = _varied(Defect.CLEAN, k)
    assert IssueCode.OCCLUDED not in analyze(scene.image).issues


def test_the_model_is_loaded_on_first_use_only():
    import subprocess
    import sys

    code = "import sys; import capture_wizard.core.quality as q;print('onnxruntime' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_corners_within_a_map_cell_of_the_frame_edge_are_put_on_it():
    corners = np.array([[2, 1], [300, 2], [318, 178], [40, 179]], np.float32)  # cells 5 x 2.8 px
    moved = _onto_border(corners, (180, 320))
    assert moved.tolist() == [[0, 0], [300, 0], [320, 180], [40, 180]]


def test_an_outline_that_took_in_more_than_the_card_gives_way_to_the_learned_one():
    """The outline search ran round a shadow beside the card; the map agrees with it only
    roughly (IoU 0.86), and the learned detector's own quadrilateral fits the map better."""
    scene = render_varied_scene(6_000_019, Defect.CLEAN)
    report = analyze(scene.image)
    h, w = scene.image.shape[:2]
    assert report.issues == ()
    assert iou(clip_to_frame(report.corners, w, h), clip_to_frame(scene.corners, w, h)) > 0.95


def _blob(shape, x0, y0, x1, y1, value=0.9):
    document = np.zeros(shape, np.float32)
    document[y0:y1, x0:x1] = value
    return document


def test_a_large_document_needs_no_second_look():
    assert learned.closer_window(_blob((180, 320), 60, 30, 260, 150)) is None


def test_a_small_document_is_looked_at_again_in_a_window_round_it():
    document = _blob((180, 320), 200, 100, 240, 120)  # 1.4 % of the frame
    x0, y0, x1, y1 = learned.closer_window(document)
    assert x0 <= 200 and y0 <= 100 and x1 >= 240 and y1 >= 120
    assert (x1 - x0) / (y1 - y0) == pytest.approx(320 / 180, rel=0.02)  # the frame's shape
    assert (x1 - x0) * (y1 - y0) < 0.5 * 320 * 180


def test_a_weak_response_is_looked_at_again_and_nothing_is_not():
    weak = _blob((180, 320), 20, 20, 60, 50, value=0.3)
    x0, y0, x1, y1 = learned.closer_window(weak)
    assert x0 <= 40 <= x1 and y0 <= 35 <= y1
    assert learned.closer_window(np.zeros((180, 320), np.float32)) is None


def test_a_far_card_on_gravel_is_found_after_a_closer_look():
    """Own render (seed outside training and tests): the first look saw only the card's white
    band and gave no document; the second look round it finds the card, too far away."""
    scene = render_varied_scene(9070028, Defect.FAR)
    report = analyze(scene.image)
    assert IssueCode.TOO_FAR in report.issues
    assert IssueCode.NO_DOCUMENT not in report.issues


def test_a_notched_region_is_filled_to_its_convex_hull():
    region = np.zeros((100, 160), np.uint8)
    region[20:80, 30:130] = 1
    region[20:50, 60:90] = 0  # a notch at the top edge where the map lost the portrait
    hull = learned.filled_hull(_outline(region), region.shape)
    assert cv2.contourArea(hull) == pytest.approx(99 * 59, rel=0.02)
    assert len(hull) > 100  # every pixel along it, for the side fitting


def _outline(region: np.ndarray) -> np.ndarray:
    outlines, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(outlines, key=cv2.contourArea)


def test_a_fingertip_is_the_same_size_on_a_card_and_on_a_passport_page():
    """About 46 mm² covered: 1 % of an ID-1 card, 0.42 % of a passport page."""
    assert learned.covers_a_fingertip(0.010, ID1)
    assert not learned.covers_a_fingertip(0.009, ID1)
    assert learned.covers_a_fingertip(0.0045, ID3)
    assert not learned.covers_a_fingertip(0.0038, ID3)


@pytest.mark.parametrize("seed", [31_000_002, 31_000_043])
def test_a_card_in_a_scene_is_no_crop_when_the_map_sees_it_small(seed):
    """The picture has a document's shape and the card puts print in it, so the still rule
    took the whole picture for a crop (and the finger over the card went unseen); the map
    sees the card, under half the picture."""
    scene = render_varied_scene(seed, Defect.FINGER)
    report = analyze(scene.image, still=True)
    assert iou(scene.corners, report.corners) > 0.9, report.metrics
    assert IssueCode.OCCLUDED in report.issues, report.metrics


def test_a_stills_document_is_looked_at_again_for_fingers_in_a_window_round_it(monkeypatch):
    """The occluder map is replaced by the second look's in the document's box grown by
    OCCLUDER_WINDOW_GROW on each side, and kept as it was elsewhere."""
    from capture_wizard.core.quality import locate

    looked_at = []

    def model_maps(bgr, turns):
        looked_at.append((bgr.shape[:2], turns))
        return np.zeros(bgr.shape[:2], np.float32), np.ones(bgr.shape[:2], np.float32)

    monkeypatch.setattr(locate, "model_maps", model_maps)
    first = np.full((360, 640), 0.25, np.float32)
    corners = np.array([[200, 100], [400, 100], [400, 220], [200, 220]], np.float32)
    occluder = locate.occluder_seen_closer(np.zeros((360, 640, 3), np.uint8), corners, first, 4)
    grow_x, grow_y = T.OCCLUDER_WINDOW_GROW * 200, T.OCCLUDER_WINDOW_GROW * 120
    x0, y0, x1, y1 = int(200 - grow_x), int(100 - grow_y), int(400 + grow_x), int(220 + grow_y)
    assert looked_at == [((y1 - y0, x1 - x0), 4)]
    assert (occluder[y0:y1, x0:x1] == 1).all()
    occluder[y0:y1, x0:x1] = 0.25
    assert (occluder == first).all()
    assert (first == 0.25).all()  # the first look's map is left as it was


def test_a_document_filling_the_still_is_not_looked_at_again(monkeypatch):
    from capture_wizard.core.quality import locate

    monkeypatch.setattr(locate, "model_maps", lambda *_: pytest.fail("looked at again"))
    first = np.zeros((360, 640), np.float32)
    corners = np.array([[20, 15], [620, 15], [620, 345], [20, 345]], np.float32)
    small = np.zeros((360, 640, 3), np.uint8)
    assert locate.occluder_seen_closer(small, corners, first, 1) is first
