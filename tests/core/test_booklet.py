"""A whole open booklet is narrowed to its data page; a data page alone stays whole."""

import cv2
import numpy as np

from capture_wizard.core.geometry import clip_to_frame, iou
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import analyze
from capture_wizard.core.quality.booklet import data_page
from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.varied import render_varied_scene

# An upright open booklet on a dark table, 250 x 352 pixels: the facing page above, the data
# page below, the fold between them.
LEFT, TOP, WIDTH, PAGE = 60, 40, 250, 176
BOOKLET = np.float32(
    [[LEFT, TOP], [LEFT + WIDTH, TOP], [LEFT + WIDTH, TOP + 2 * PAGE], [LEFT, TOP + 2 * PAGE]]
)
DATA_PAGE = np.float32(
    [
        [LEFT, TOP + PAGE],
        [LEFT + WIDTH, TOP + PAGE],
        [LEFT + WIDTH, TOP + 2 * PAGE],
        [LEFT, TOP + 2 * PAGE],
    ]
)


def _print(img, top):
    """A data page's print below its header: a portrait and lines of text."""
    cv2.rectangle(img, (LEFT + 15, top + 70), (LEFT + 80, top + 160), 60, -1)
    for k in range(6):
        y = top + 72 + 15 * k
        for x in range(LEFT + 95, LEFT + 200, 16):
            cv2.rectangle(img, (x, y), (x + 6, y + 7), 30, -1)


def _booklet(fold=True, busy_facing_page=False, data_page_grey=215):
    img = np.full((440, 400), 50, np.uint8)
    cv2.fillConvexPoly(img, BOOKLET.astype(np.int32), 215)
    cv2.fillConvexPoly(img, DATA_PAGE.astype(np.int32), data_page_grey)
    _print(img, TOP + PAGE)
    if busy_facing_page:
        _print(img, TOP)
    if fold:  # its shadow: 70 % of the paper's brightness
        band = img[TOP + PAGE - 6 : TOP + PAGE + 6, LEFT : LEFT + WIDTH]
        band[:] = (band * 0.7).astype(np.uint8)
    return img


def test_a_whole_booklet_is_narrowed_to_its_printed_page():
    page = data_page(_booklet(), BOOKLET)
    assert page is not None and iou(page, DATA_PAGE) > 0.9


def test_a_dark_data_page_beside_a_light_facing_page_is_found_too():
    """The fold's shadow darkens a dark page by the same share as a light one."""
    page = data_page(_booklet(data_page_grey=90), BOOKLET)
    assert page is not None and iou(page, DATA_PAGE) > 0.9


def test_a_booklet_found_turned_is_narrowed_too():
    img = cv2.rotate(_booklet(), cv2.ROTATE_90_CLOCKWISE)  # 440 rows -> 440 columns
    turned = np.float32([[440 - y, x] for x, y in BOOKLET])
    page = data_page(img, np.roll(turned, 1, axis=0))
    expected = np.float32([[440 - y, x] for x, y in DATA_PAGE])
    assert page is not None and iou(page, expected) > 0.9


def test_no_fold_or_two_printed_pages_or_another_shape_stays_whole():
    assert data_page(_booklet(fold=False), BOOKLET) is None
    assert data_page(_booklet(busy_facing_page=True), BOOKLET) is None
    card = np.float32([[LEFT, TOP], [LEFT + 222, TOP], [LEFT + 222, TOP + 352], [LEFT, TOP + 352]])
    assert data_page(_booklet(), card) is None  # ID-1's shape: a card, not a booklet


def test_a_booklet_in_view_whole_is_judged_on_its_data_page():
    """A passport opened upright in a portrait frame: the data page lies across it (wrong
    orientation), though the whole booklet fits the frame's shape."""
    scene = render_varied_scene(6100008, Defect.PORTRAIT_FRAME)
    report = analyze(scene.image)
    h, w = scene.image.shape[:2]
    assert iou(clip_to_frame(report.corners, w, h), clip_to_frame(scene.corners, w, h)) > 0.8
    assert IssueCode.WRONG_ORIENTATION in report.issues


def _finger_across_the_middle(img):
    """A finger from the side lying across the middle of the page, over 60 % of its width (a
    thumb holding a card): as dark across there as a fold's shadow. Also the learned
    detector's map of it, coarse (its edge a few pixels inside the finger's)."""
    finger = np.zeros(img.shape, np.uint8)
    cv2.rectangle(finger, (LEFT - 30, TOP + PAGE - 14), (LEFT + 150, TOP + PAGE + 14), 255, -1)
    img[finger > 0] = 120
    occluder = cv2.erode(finger, np.ones((7, 7), np.uint8)).astype(np.float32) / 255
    return img, occluder


def test_a_finger_across_the_middle_is_no_fold():
    img, occluder = _finger_across_the_middle(_booklet(fold=False))
    assert data_page(img, BOOKLET) is not None  # taken for a fold without the map
    assert data_page(img, BOOKLET, occluder) is None


def test_a_fold_with_a_finger_elsewhere_is_still_found():
    img = _booklet()
    finger = np.zeros(img.shape, np.uint8)
    cv2.rectangle(finger, (LEFT - 30, TOP + 40), (LEFT + 150, TOP + 70), 255, -1)
    img[finger > 0] = 120
    page = data_page(img, BOOKLET, finger.astype(np.float32) / 255)
    assert page is not None and iou(page, DATA_PAGE) > 0.9
