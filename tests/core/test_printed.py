"""Print: characters standing in rows (core/quality/printed.py)."""

import cv2
import numpy as np
import pytest

from capture_wizard.core.quality import printed
from capture_wizard.core.quality import thresholds as T


def _page(lines: int) -> np.ndarray:
    page = np.full((400, 640), 235, np.uint8)
    for i in range(lines):
        y = 40 + 30 * i
        cv2.putText(page, "SPECIMEN 1234 ERIKSSON", (20, y), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 20, 1)
    return page


def test_rows_of_characters_are_print_and_scattered_dots_are_not():
    assert printed.print_density(_page(10)) >= T.PRINT_MIN_DENSITY
    dots = np.full((400, 640), 235, np.uint8)
    rng = np.random.default_rng(0)
    for x, y in rng.integers((10, 10), (630, 390), (40, 2)):
        cv2.circle(dots, (int(x), int(y)), 3, 20, -1)
    assert printed.print_density(dots) < T.PRINT_MIN_DENSITY_FOUND
    assert printed.print_density(np.full((400, 640), 235, np.uint8)) == 0


def _all_pairs(xy: np.ndarray, height: np.ndarray) -> np.ndarray:
    """The row-neighbour count by its definition, every pair compared."""
    dx = np.abs(xy[:, None, 0] - xy[None, :, 0])
    dy = np.abs(xy[:, None, 1] - xy[None, :, 1])
    dh = np.abs(height[:, None] - height[None, :])
    reach = height[:, None]
    return ((dy < 0.4 * reach) & (dx < 2.5 * reach) & (dh < 0.4 * reach)).sum(axis=1)


@pytest.mark.parametrize("count", [4, 255, 256, 257, 1000, 3000])
def test_row_neighbours_counted_in_blocks_are_every_pairs_count(count):
    """Compared in blocks against only the marks in reach (fast on a textured picture's
    thousands of marks), the counts are those of comparing every pair, rows sharing a
    height on the page included."""
    rng = np.random.default_rng(count)
    xy = np.column_stack([rng.uniform(0, 640, count), np.round(rng.uniform(0, 480, count))])
    height = rng.integers(4, 40, count).astype(np.float32)
    assert np.array_equal(printed._row_neighbours(xy, height), _all_pairs(xy, height))
