"""Each check fires on its defect and stays quiet on clean scenes (specimen scenes, seeds
disjoint from both the tuning and the evaluation sets)."""

import cv2
import numpy as np
import pytest

from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.geometry import clip_to_frame, iou
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.exposure import document_exposure, histogram
from capture_wizard.core.specimens import DEFECT_ISSUE, Defect, Side, render_scene

TEST_SEEDS = 3_000_000


@pytest.mark.parametrize("seed", range(TEST_SEEDS, TEST_SEEDS + 6))
def test_clean_scenes_pass_and_the_document_is_found(seed):
    scene = render_scene(seed, Defect.CLEAN)
    report = analyze(scene.image)
    assert report.issues == ()
    h, w = scene.image.shape[:2]
    # > 0.8, not ~1: a card border of the background's colour can hide its outer edge
    # (docs/quality.md); the evaluation measures the mean.
    assert iou(scene.corners, clip_to_frame(report.corners, w, h)) > 0.8


@pytest.mark.parametrize("defect", [d for d in Defect if d is not Defect.CLEAN])
@pytest.mark.parametrize("k", range(2))
def test_each_defect_is_reported(defect, k):
    scene = render_scene(TEST_SEEDS + 1000 * (list(Defect).index(defect) + 1) + k, defect)
    report = analyze(scene.image)
    assert DEFECT_ISSUE[defect] in report.issues


def test_corners_are_clockwise_from_top_left_in_input_pixels():
    scene = render_scene(TEST_SEEDS + 99, Defect.CLEAN, frame=(1920, 1080), side=Side.ID1_FRONT)
    corners = analyze(scene.image).corners
    assert np.abs(corners - scene.corners).max() < 12  # pixels at 1080p
    top_left, top_right, bottom_right, bottom_left = corners
    assert top_left[0] < top_right[0] and bottom_left[0] < bottom_right[0]
    assert top_left[1] < bottom_left[1] and top_right[1] < bottom_right[1]


def test_verdict_does_not_depend_on_camera_resolution():
    scene = render_scene(TEST_SEEDS + 7, Defect.CLEAN, frame=(1920, 1080))
    for size in ((1280, 720), (3840, 2160)):
        resized = cv2.resize(scene.image, size, interpolation=cv2.INTER_AREA)
        assert analyze(resized).issues == analyze(scene.image).issues


def test_dark_room_without_document_is_too_dark_first():
    rng = np.random.default_rng(0)
    frame = rng.normal(12, 3, (720, 1280, 3)).clip(0, 255).astype(np.uint8)
    report = analyze(frame)
    assert report.issues[0] is IssueCode.TOO_DARK
    assert IssueCode.NO_DOCUMENT in report.issues


def test_empty_table_is_no_document():
    frame = np.full((720, 1280, 3), (60, 90, 120), np.uint8)
    report = analyze(frame)
    assert report.issues == (IssueCode.NO_DOCUMENT,)
    assert report.corners is None


@pytest.mark.parametrize("size", [(3840, 2160), (4032, 3024)])
def test_fine_print_on_a_large_frame_does_not_alias_in_the_working_copy(size):
    # 2-pixel lines every 6 pixels: a third of the frame is white. Scaling a 4K frame or a
    # 12 MP photo down by skipping pixels saw only black (too dark) or moire (a "document").
    w, h = size
    row = np.where((np.arange(w) // 2) % 3 == 0, 255, 0).astype(np.uint8)
    frame = np.repeat(np.repeat(row[None, :, None], h, axis=0), 3, axis=2)
    report = analyze(frame)
    assert report.corners is None
    assert IssueCode.TOO_DARK not in report.issues
    assert report.metrics["frame_brightness"] == pytest.approx(85, abs=3)


def test_blurred_frame_without_document_is_reported_blurred():
    rng = np.random.default_rng(1)
    texture = cv2.resize(
        rng.integers(0, 255, (90, 160, 3), dtype=np.uint8),
        (1280, 720),
        interpolation=cv2.INTER_NEAREST,
    )
    sharp, blurred = analyze(texture), analyze(cv2.GaussianBlur(texture, (0, 0), 8))
    assert IssueCode.BLUR not in sharp.issues
    assert IssueCode.BLUR in blurred.issues


def test_issues_are_ordered_by_what_to_fix_first():
    scene = render_scene(TEST_SEEDS + 12, Defect.FAR)
    dark = (scene.image.astype(np.float32) * 0.15).astype(np.uint8)
    issues = analyze(dark).issues
    assert issues.index(IssueCode.TOO_DARK) < issues.index(IssueCode.TOO_FAR)


def _card_on_table(frame_size, card_box, table_bgr, band_bgr):
    """A plain card (white body, coloured header band a fifth of its height) on a table."""
    w, h = frame_size
    frame = np.full((h, w, 3), table_bgr, np.uint8)
    x0, y0, x1, y1 = card_box
    cv2.rectangle(frame, (x0, y0), (x1, y1), (225, 225, 225), -1)
    cv2.rectangle(frame, (x0, y0), (x1, y0 + (y1 - y0) // 5), band_bgr, -1)
    for row in range(6):  # some print, so the body is not featureless
        y = y0 + (y1 - y0) * (row + 3) // 10
        cv2.line(frame, (x0 + (x1 - x0) // 10, y), (x0 + (x1 - x0) // 2, y), (40, 40, 40), 3)
    return cv2.GaussianBlur(frame, (0, 0), 1.2)


@pytest.mark.xfail(
    strict=True,
    reason="the outline search finds the whole card, but the learned detector's map misses "
    "the band of the table's brightness (map IoU with the card 0.80 < OUTLINE_MAP_IOU 0.85), so "
    "its own quadrilateral, the card below the band, is taken (IoU with the truth 0.80)",
)
def test_a_header_differing_from_the_table_only_in_green_magenta_is_found():
    # Same brightness (about 76-81) and the same red/blue balance as the table: only the
    # green/magenta channel separates the band from it.
    box = (340, 200, 940, 578)
    frame = _card_on_table((1280, 720), box, (70, 70, 90), (40, 100, 60))
    report = analyze(frame)
    truth = np.array([[340, 200], [940, 200], [940, 578], [340, 578]], np.float32)
    assert iou(truth, report.corners) > 0.95  # not the band's lower edge (IoU 0.8)


def test_a_card_filling_the_frame_with_one_side_in_view_is_too_close():
    # Only the top edge is in view; the card runs out of the frame on the other three sides
    # (a sliver of table too thin to see at the left and right).
    frame = _card_on_table((1280, 720), (6, 150, 1274, 950), (90, 50, 40), (140, 60, 30))
    report = analyze(frame)
    assert IssueCode.TOO_CLOSE in report.issues
    assert IssueCode.CUT_OFF in report.issues
    assert IssueCode.OCCLUDED not in report.issues
    assert abs(float(report.corners[:, 1].min()) - 150) < 8


def test_known_format_is_used_but_does_not_narrow_the_search():
    scene = render_scene(TEST_SEEDS + 13, Defect.CLEAN, side=Side.ID3_PAGE)
    assert analyze(scene.image, ID3).format_name == "ID-3"
    # Seen at a slant, a card's apparent ratio strays from its format's: squeezed to 80 % of
    # its width, an ID-1 card (1.59) looks 1.27, nearer an ID-3 page. Told it is an ID-1
    # card, the checks still find it, and judge it as one (narrowed to its ratio, they did not).
    scene = render_scene(TEST_SEEDS + 14, Defect.CLEAN, side=Side.ID1_FRONT)
    h, w = scene.image.shape[:2]
    squeezed = cv2.resize(scene.image, (round(0.8 * w), h), interpolation=cv2.INTER_AREA)
    truth = scene.corners * (0.8, 1.0)
    report = analyze(squeezed, ID1)
    assert report.ok, report.issues
    assert report.format_name == "ID-1"
    assert iou(truth, report.corners) > 0.9


def test_accepts_grey_and_bgra_frames_and_refuses_garbage():
    scene = render_scene(TEST_SEEDS + 15, Defect.CLEAN, frame=(1280, 720))
    assert analyze(cv2.cvtColor(scene.image, cv2.COLOR_BGR2BGRA)).ok
    analyze(cv2.cvtColor(scene.image, cv2.COLOR_BGR2GRAY))  # must not raise
    with pytest.raises(TypeError):
        analyze(scene.image.astype(np.float32))


@pytest.mark.parametrize("still", [False, True])
@pytest.mark.parametrize("shape", [(1, 1000), (1000, 1), (64, 4000)])
def test_a_frame_too_thin_to_show_a_document_is_no_document(shape, still):
    """A strip of stripes a pixel high once failed inside OpenCV (a model window of no
    height); an embedder passing such a frame gets an answer, not an exception."""
    h, w = shape
    stripes = ((np.indices((h, w))[1 if w > h else 0] // 4) % 2 * 255).astype(np.uint8)
    report = analyze(cv2.merge([stripes] * 3), still=still)
    assert report.issues[0] == IssueCode.NO_DOCUMENT
    assert report.corners is None


def _document(ground: int, ink: int, clipped: float) -> np.ndarray:
    """A rectified document: its ground, 5 % print and a share clipped white."""
    gray = np.full((200, 300), ground, np.uint8)
    gray[:10] = ink
    gray[200 - round(200 * clipped) :] = 255
    return gray


def test_a_dark_card_over_exposed_is_too_bright_though_little_of_it_clips():
    """Too much light on a dark or colourful card clips only its light zones (a fifth of it),
    which the rule for reflections leaves to glare; but it lifts even the darkest print to
    grey. A reflection on a well-lit card leaves the print beside it dark."""
    over_exposed = histogram(_document(ground=170, ink=80, clipped=0.2))
    assert IssueCode.TOO_BRIGHT in document_exposure(over_exposed, reflected=0.05)[0]
    # The same clipped zone a reflection, on a design with no black print:
    assert IssueCode.TOO_BRIGHT not in document_exposure(over_exposed, reflected=0.2)[0]
    dark_print = histogram(_document(ground=110, ink=15, clipped=0.2))  # lit, not washed out
    assert IssueCode.TOO_BRIGHT not in document_exposure(dark_print, reflected=0.05)[0]
    a_light_zone = histogram(_document(ground=170, ink=80, clipped=0.06))  # a white band
    assert IssueCode.TOO_BRIGHT not in document_exposure(a_light_zone)[0]
    # A blur lifts thin print to grey too; a still's document whose paper may be white (a
    # scan) keeps the still's rule.
    assert IssueCode.TOO_BRIGHT not in document_exposure(over_exposed, False, 0.05, False)[0]
    assert IssueCode.TOO_BRIGHT not in document_exposure(over_exposed, True, 0.05)[0]


def test_a_camera_frame_washed_out_round_a_dark_card_is_too_bright():
    """Too much light clips the table and the card's white zones alike; the card found is its
    coloured part, whose own histogram looks fine. A scan's white paper is not a camera's."""
    from capture_wizard.core.specimens.varied import render_varied_scene

    scene = render_varied_scene(6040023, Defect.BRIGHT)  # a dark card on a blown-out desk
    assert IssueCode.TOO_BRIGHT in analyze(scene.image).issues
    frame = np.full((720, 1280, 3), 255, np.uint8)
    cv2.rectangle(frame, (400, 200), (880, 500), (90, 40, 30), -1)
    cv2.putText(frame, "UTOPIA 123", (430, 360), cv2.FONT_HERSHEY_SIMPLEX, 2, (240, 240, 240), 4)
    assert IssueCode.TOO_BRIGHT in analyze(frame).issues
    assert IssueCode.TOO_BRIGHT not in analyze(frame, still=True).issues
    frame[frame == 255] = 235  # a white table the camera did not clip
    assert IssueCode.TOO_BRIGHT not in analyze(frame).issues
