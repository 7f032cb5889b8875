"""What the occluder map sees at the document's edge is a thumb only where it hides that edge."""

import cv2
import numpy as np

from capture_wizard.core.quality.detect import Detection
from capture_wizard.core.quality.edge_in_view import without_print_at_the_edge
from capture_wizard.core.quality.learned import covered_share

CORNERS = np.float32([[60, 40], [260, 40], [260, 150], [60, 150]])


def _card_on_table() -> np.ndarray:
    frame = np.full((180, 320, 3), 60, np.uint8)
    cv2.rectangle(frame, (60, 40), (260, 150), (215, 220, 225), -1)
    return frame


def _blob_over_top_side() -> np.ndarray:
    """The occluder map: a thumb-sized part over the card's top side, half of it outside."""
    occluder = np.zeros((180, 320), np.float32)
    cv2.ellipse(occluder, (110, 45), (18, 14), 0, 0, 360, 1.0, -1)
    return occluder


def _found(occluder: np.ndarray) -> Detection:
    return Detection(CORNERS, 1.0, covered_share(occluder, CORNERS), 4, occluder=occluder)


def test_a_part_of_the_map_with_the_card_s_edge_in_view_beneath_it_is_set_aside():
    found = _found(_blob_over_top_side())
    assert found.occlusion > 0
    assert without_print_at_the_edge(_card_on_table(), found).occlusion == 0


def test_a_thumb_that_hides_the_card_s_edge_still_counts():
    frame = _card_on_table()
    cv2.ellipse(frame, (110, 45), (18, 14), 0, 0, 360, (120, 150, 200), -1)  # skin over the edge
    found = _found(_blob_over_top_side())
    assert without_print_at_the_edge(frame, found).occlusion == found.occlusion
