"""Straight-edge quadrilaterals (core.quality.lines): a card among clutter that breaks every
closed outline still shows its four straight sides, and a still finds it by them."""

from functools import cache

import cv2
import numpy as np
import pytest

from capture_wizard.core.geometry import iou
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality import thresholds as T
from capture_wizard.core.quality.lines import (
    card_off_the_edge,
    line_document_inside,
    line_quadrilaterals,
)
from capture_wizard.core.quality.still import holds_the_print
from capture_wizard.core.specimens import Defect, Side, render_scene

SEED = 3_000_000  # test_quality's base


def _painting(width: int = 1000, height: int = 750, seed: int = 0, words: int = 25) -> np.ndarray:
    """A busy mural: overlapping coloured blobs, and words painted across it (it carries
    print, as a real mural's signs do), but no long straight edge."""
    rng = np.random.default_rng(seed)
    out = np.full((height, width, 3), 90, np.uint8)
    for _ in range(25):
        centre = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        axes = (int(rng.integers(40, 300)), int(rng.integers(40, 300)))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        cv2.ellipse(out, centre, axes, float(rng.uniform(0, 180)), 0, 360, colour, -1)
    out = cv2.GaussianBlur(out, (0, 0), 8)
    for _ in range(words):
        origin = (int(rng.integers(0, width - 300)), int(rng.integers(30, height)))
        cv2.putText(out, "SPACE CAFE 2024", origin, cv2.FONT_HERSHEY_SIMPLEX, 1.0, (20, 20, 20), 2)
    return out


@cache
def _card() -> np.ndarray:
    """A clean own card cut out to its edges, straight on."""
    scene = render_scene(SEED, Defect.CLEAN, frame=(1280, 720), side=Side.ID1_FRONT, variant=0)
    w, h = 640, round(640 / Side.ID1_FRONT.format.aspect)
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(scene.corners, target)
    return cv2.warpPerspective(scene.image, matrix, (w, h), flags=cv2.INTER_AREA)


def _pasted(ground: np.ndarray, degrees: float, width: int = 640) -> tuple[np.ndarray, np.ndarray]:
    """The card, `width` pixels wide, pasted turned in the middle of the picture, and its
    corners there."""
    card, out = _card(), ground.copy()
    card = cv2.resize(card, None, fx=width / 640, fy=width / 640, interpolation=cv2.INTER_AREA)
    h, w = card.shape[:2]
    gh, gw = out.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    turn[:, 2] += (gw / 2 - w / 2, gh / 2 - h / 2)
    inside = cv2.warpAffine(np.full((h, w), 255, np.uint8), turn, (gw, gh)) > 0
    out[inside] = cv2.warpAffine(card, turn, (gw, gh))[inside]
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    return out, cv2.transform(corners[None], turn)[0]


def _small(picture: np.ndarray) -> tuple[np.ndarray, float]:
    scale = 320 / max(picture.shape[:2])
    return cv2.resize(picture, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), scale


@pytest.mark.parametrize(("seed", "degrees"), [(0, -8.0), (1, 12.0), (2, 12.0)])
def test_a_card_on_a_painting_is_among_the_quadrilaterals_looked_at(seed, degrees):
    picture, corners = _pasted(_painting(seed=seed), degrees)
    small, scale = _small(picture)
    found = line_quadrilaterals(small)[: T.LINE_CANDIDATES]
    assert found, "no quadrilateral of straight edges"
    assert max(iou(quad, corners * scale) for _, quad in found) > 0.95


def test_a_painting_without_a_card_has_no_quadrilateral_of_straight_edges():
    small, _ = _small(_painting(seed=1))
    assert line_quadrilaterals(small) == []


@pytest.mark.parametrize(("seed", "degrees"), [(0, -8.0), (2, 12.0)])
def test_a_still_of_a_card_on_a_painting_is_judged_on_the_card(seed, degrees):
    """Without the straight edges, the first was taken whole (the painting carries print) and
    the second was no document: the learned detector's map is lost on the painting."""
    picture, corners = _pasted(_painting(seed=seed), degrees)
    report = analyze(picture, still=True)
    assert report.corners is not None, report.issues
    assert iou(report.corners, corners) > 0.9, report.issues
    assert report.ok, report.issues


def test_a_small_card_on_a_painting_in_a_camera_frame_is_found_by_its_sides_and_too_far():
    """The learned map finds nothing here: without the straight sides it was `no_document`."""
    ground = cv2.resize(_painting(seed=1), (1280, 720), interpolation=cv2.INTER_AREA)
    picture, corners = _pasted(ground, -8.0, width=314)  # 7 % of the frame
    report = analyze(picture)
    assert report.corners is not None, report.issues
    assert iou(report.corners, corners) > 0.9
    assert report.issues == (IssueCode.TOO_FAR,)


def test_a_small_card_on_a_painting_holds_the_picture_s_print():
    picture, corners = _pasted(_painting(seed=0, words=0), 10.0, width=400)
    h, w = picture.shape[:2]
    whole = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    assert holds_the_print(picture, corners, whole)


def test_a_part_of_a_card_cropped_to_its_edges_does_not_hold_its_print():
    card = _card()
    h, w = card.shape[:2]
    whole = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    left_third = np.float32([[0, 0], [w / 3, 0], [w / 3, h], [0, h]])  # its portrait
    assert not holds_the_print(card, left_third, whole)


def _whole_map(small: np.ndarray) -> np.ndarray:
    """A learned map that sees document everywhere (as on the real mural)."""
    return np.ones(small.shape[:2], np.float32)


def test_a_card_inside_a_region_merged_with_the_painting_round_it_is_found():
    """The region a learned map lost on a painting may take in much of it; the card's sides
    and print show the card."""
    picture, corners = _pasted(_painting(seed=0, words=0), -8.0, width=400)
    small, scale = _small(picture)
    h, w = small.shape[:2]
    region = np.float32(
        [[0.08 * w, 0.1 * h], [0.9 * w, 0.08 * h], [0.92 * w, 0.9 * h], [0.1 * w, 0.88 * h]]
    )
    found = line_document_inside(small, picture, 1 / scale, region, _whole_map(small))
    assert found is not None
    assert iou(found.corners, corners * scale) > 0.9


def test_a_part_of_a_card_found_whole_is_not_taken_for_the_card():
    """Its portrait and its bands are quadrilaterals of straight edges inside it, but they
    share its sides or hold only part of its print."""
    table = np.full((750, 1000, 3), (90, 110, 120), np.uint8)
    picture, corners = _pasted(table, 6.0, width=700)
    small, scale = _small(picture)
    assert (
        line_document_inside(small, picture, 1 / scale, corners * scale, _whole_map(small)) is None
    )


def _run_off_the_frame(cut: int) -> tuple[np.ndarray, np.ndarray]:
    """The card on a table with its left `cut` pixels outside the picture, and the
    quadrilateral of the part in view."""
    table = np.full((750, 1000, 3), (90, 110, 120), np.uint8)
    picture, corners = _pasted(table, 0.0, width=700)
    visible = np.float32(
        [
            [0, corners[0, 1]],
            [corners[1, 0] - cut, corners[1, 1]],
            [corners[2, 0] - cut, corners[2, 1]],
            [0, corners[3, 1]],
        ]
    )
    return picture[:, cut:], visible


def test_a_part_of_a_card_cut_off_by_the_frame_is_not_taken_for_the_card():
    picture, visible = _run_off_the_frame(350)  # the card's left half is outside the picture
    small, scale = _small(picture)
    assert (
        line_document_inside(small, picture, 1 / scale, visible * scale, _whole_map(small)) is None
    )


def _on_a_sheet_running_off() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The card lying on a sheet of white paper that runs off the picture's top, on a table:
    the picture, the card's corners and the quadrilateral of the card and the sheet beyond it
    (as one region found would merge them), in the picture's pixels."""
    table = np.full((750, 1000, 3), (70, 95, 125), np.uint8)
    picture, corners = _pasted(table, 0.0, width=480)
    (x0, y0), (x1, y1) = corners.min(axis=0), corners.max(axis=0)
    cv2.rectangle(picture, (round(x0), 0), (round(x1) - 1, round(y0) - 1), (244, 246, 246), -1)
    return picture, corners, np.float32([[x0, 0], [x1, 0], [x1, y1], [x0, y1]])


def test_a_card_on_a_sheet_running_off_the_frame_is_found_inside_the_region():
    picture, corners, sheet = _on_a_sheet_running_off()
    small, scale = _small(picture)
    found = card_off_the_edge(small, picture, 1 / scale, sheet * scale, _whole_map(small))
    assert found is not None
    assert iou(found.corners, corners * scale) > 0.9


def test_a_card_running_off_the_frame_is_not_found_inside_itself():
    """Its panels and bands are quadrilaterals of straight edges clear of the frame's edge,
    but the card's print runs off the frame, and beyond them lies the rest of the card."""
    picture, visible = _run_off_the_frame(250)
    small, scale = _small(picture)
    assert card_off_the_edge(small, picture, 1 / scale, visible * scale, _whole_map(small)) is None


def test_a_region_whose_four_sides_are_found_again_is_not_looked_inside():
    """A quadrilateral that shares all four sides with the region is the region itself."""
    picture, corners, _ = _on_a_sheet_running_off()
    small, scale = _small(picture)
    assert card_off_the_edge(small, picture, 1 / scale, corners * scale, _whole_map(small)) is None
