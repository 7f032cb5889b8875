"""An uploaded photo of a card taken too close: part of it missing is refused with the words to
fix it, the whole card against the photo's edge is kept. The wizard knows the document chosen,
so a card without its right sixth, which has a letter page's shape, is told (quality.framing).
"""

import cv2
import numpy as np
from drive import choose, click, drop_file, view

from capture_wizard.core.specimens import Side, render_document
from capture_wizard.ui.pages.capture import View

MISSING = "Part of the document is missing"


def _photographed_close(cut_right: float) -> np.ndarray:
    """A rendered ID-1 card on a grained table, 4 % of table round it, its right side on the
    photo's edge, `cut_right` of its width beyond it."""
    card = render_document(Side.ID1_FRONT, 0).image
    h, w = card.shape[:2]
    m = round(0.04 * h)
    rng = np.random.default_rng(3)
    grain = cv2.GaussianBlur(rng.normal(0, 1, (h + 2 * m, w + 2 * m)).astype(np.float32), (0, 0), 3)
    photo = cv2.cvtColor(np.clip(120 + 50 * grain, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
    photo[m : m + h, m : m + w] = card
    return np.ascontiguousarray(photo[:, : m + w - round(cut_right * w)])


def _dropped(qtbot, wizard, path) -> str:
    """Drop the file on the upload page; the verdict shown."""
    drop_file(wizard.currentPage(), path)
    qtbot.waitUntil(lambda: view(wizard) is View.CONFIRM, timeout=10_000)
    return wizard.currentPage().verdict.text()


def test_an_upload_of_a_card_cut_off_at_one_side_asks_for_all_of_it(
    qtbot, make_wizard, good_camera, tmp_path
):
    cut, whole = tmp_path / "cut.png", tmp_path / "whole.png"
    cv2.imwrite(str(cut), _photographed_close(1 / 6))
    cv2.imwrite(str(whole), _photographed_close(0.0))
    wizard = make_wizard(good_camera)
    choose(qtbot, wizard, "DEU", "id_card", method="upload")

    refused = _dropped(qtbot, wizard, cut)
    assert MISSING in refused and "looks good" not in refused
    click(qtbot, wizard, "capture.retake")
    qtbot.waitUntil(lambda: view(wizard) is View.UPLOAD)
    assert "This photo looks good" in _dropped(qtbot, wizard, whole)
