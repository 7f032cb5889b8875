"""The document's own portrait is not a finger over it (stills): where it is printed, and what
the occluder map sees there set aside."""

import cv2
import numpy as np
import pytest

from capture_wizard.core.documents import ID1
from capture_wizard.core.face.printed_portrait import printed_portraits, tile_faces
from capture_wizard.core.quality.detect import Detection
from capture_wizard.core.quality.learned import covered_share, covers_a_fingertip
from capture_wizard.core.quality.portrait_skin import occlusion_besides_portraits
from capture_wizard.core.specimens.documents import Side, render_document

FACE_LEFT = 106  # the specimen front's face box, 856 px wide (measured: 104-106, 212-343)


def _whole(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    return np.float32([[0, 0], [w, 0], [w, h], [0, h]])


def _tight_crop(k: int) -> np.ndarray:
    """A specimen card front cropped tight on its portrait's side: the face 3 % of the crop's
    width from its left edge, as a person may crop a photo of a card."""
    card = render_document(Side.ID1_FRONT, k).image
    return np.ascontiguousarray(card[:, FACE_LEFT - 25 :])


def _face_box(image: np.ndarray) -> tuple[int, int, int, int]:
    """x0, y0, x1, y1 of the one portrait found on a document picture taken whole."""
    (portrait,) = printed_portraits(image, _whole(image), image.shape[1] / image.shape[0])
    x0, y0 = np.round(portrait.outline.min(axis=0)).astype(int)
    x1, y1 = np.round(portrait.outline.max(axis=0)).astype(int)
    return x0, y0, x1, y1


def _box_map(shape, *boxes) -> np.ndarray:
    occluder = np.zeros(shape[:2], np.float32)
    for x0, y0, x1, y1 in boxes:
        occluder[y0:y1, x0:x1] = 1.0
    return occluder


@pytest.mark.parametrize("k", range(2))
def test_the_portrait_is_found_where_it_is_printed_any_way_up(k):
    card = render_document(Side.ID1_FRONT, k).image
    h, w = card.shape[:2]
    (upright,) = printed_portraits(card, _whole(card), w / h)
    x, y = upright.outline.mean(axis=0)
    assert 0.15 < upright.height < 0.35
    assert x < 0.35 * w and 0.3 * h < y < 0.7 * h  # the card's left end
    turned = printed_portraits(cv2.rotate(card, cv2.ROTATE_180), _whole(card), w / h)
    assert turned
    for portrait in turned:  # the same place, seen upside down
        assert (
            np.abs(portrait.outline.mean(axis=0) - ((w, h) - upright.outline.mean(axis=0))).max()
            < 0.03 * w
        )


def test_a_face_found_turned_over_is_given_in_the_pixels_of_the_document_as_it_lies():
    """A card lying upside down: its face is found with the picture turned over, and given
    where it lies in the picture as it came, its keypoints on it."""
    card = render_document(Side.ID1_FRONT, 0).image
    h, w = card.shape[:2]
    (upright,) = tile_faces(card)
    (face,) = tile_faces(cv2.rotate(card, cv2.ROTATE_180), turned=True)
    assert np.abs(np.subtract(face.center, np.subtract((w, h), upright.center))).max() < 0.03 * w
    x, y, fw, fh = face.box
    inside = (face.keypoints >= (x - 0.2 * fw, y - 0.2 * fh)) & (
        face.keypoints <= (x + 1.2 * fw, y + 1.2 * fh)
    )
    assert inside.all()


@pytest.mark.parametrize("k", range(2))
def test_skin_seen_on_a_portrait_at_the_crops_edge_is_not_a_finger(k):
    crop = _tight_crop(k)
    _, y0, x1, y1 = _face_box(crop)
    # What the map saw on a real tight crop: the face, reaching the crop's edge beside it.
    occluder = _box_map(crop.shape, (0, y0, x1, y1))
    found = Detection(
        _whole(crop), 1.0, covered_share(occluder, _whole(crop)), 4, occluder=occluder
    )
    assert covers_a_fingertip(found.occlusion, ID1)
    assert not covers_a_fingertip(occlusion_besides_portraits(crop, 1.0, found, ID1), ID1)


@pytest.mark.parametrize("k", range(2))
def test_a_finger_over_the_portrait_still_counts_beside_it(k):
    """A thumb from the card's top edge down onto the face: the part between the edge and the
    head is a fingertip's worth and more."""
    crop = _tight_crop(k)
    x0, y0, x1, y1 = _face_box(crop)
    thumb = ((x0 + x1) // 2 - 40, 0, (x0 + x1) // 2 + 40, (y0 + y1) // 2)
    occluder = _box_map(crop.shape, thumb)
    found = Detection(
        _whole(crop), 1.0, covered_share(occluder, _whole(crop)), 4, occluder=occluder
    )
    assert covers_a_fingertip(occlusion_besides_portraits(crop, 1.0, found, ID1), ID1)


def test_without_a_portrait_nothing_is_set_aside():
    back = render_document(Side.ID1_BACK, 0).image
    occluder = _box_map(back.shape, (0, 200, 120, 330))
    found = Detection(
        _whole(back), 1.0, covered_share(occluder, _whole(back)), 4, occluder=occluder
    )
    assert occlusion_besides_portraits(back, 1.0, found, ID1) == found.occlusion
