"""How large the text is: the setting, the system's font, the cap, and the style sheet in
points."""

import pytest

from capture_wizard.core.settings import SettingsError, load_settings
from capture_wizard.core.text_size import (
    MAX_SCALE,
    points,
    rows_that_fit,
    scaled_style,
    system_text_scale,
    text_scale,
)


@pytest.mark.parametrize(
    ("platform", "point_size", "scale"),
    [
        ("windows", 9.0, 1.0),  # Segoe UI 9 pt: as usual
        ("windows", 13.5, 1.5),  # "make text bigger" to 150 %
        ("cocoa", 13.0, 1.0),
        ("xcb", 9.0, 1.0),  # Qt's own Sans Serif: never made smaller than the design
        ("xcb", 11.0, 1.0),  # GNOME's Cantarell 11
        ("wayland", 16.5, 1.5),  # a desktop font set to 16.5 pt
        ("offscreen", -1.0, 1.0),  # a font given in pixels: no point size
    ],
)
def test_a_system_font_larger_than_usual_makes_text_larger(platform, point_size, scale):
    assert system_text_scale(platform, point_size) == pytest.approx(scale)


def test_the_setting_and_the_system_multiply_up_to_the_cap():
    assert text_scale("normal") == 1.0
    assert text_scale("large") == 1.25
    assert text_scale("larger", 1.2) == pytest.approx(1.8)
    assert text_scale("larger", 1.5) == MAX_SCALE
    with pytest.raises(ValueError, match="huge"):
        text_scale("huge")


@pytest.mark.parametrize(
    ("height", "scale"), [(600, 1.25), (719, 1.25), (800, 1.5), (1080, 1.8), (0, 1.8)]
)
def test_a_small_screen_limits_how_large_text_grows(height, scale):
    assert text_scale("larger", 1.2, screen_height=height) == pytest.approx(scale)
    assert text_scale("normal", screen_height=height) == 1.0


def test_font_sizes_in_a_style_sheet_become_points():
    style = "QWidget { font-size: 20px; min-height: 56px; }\nQLabel { font-size:38px; }"
    assert scaled_style(style, 1.0) == (
        "QWidget { font-size: 15pt; min-height: 56px; }\nQLabel { font-size: 28.5pt; }"
    )
    assert scaled_style(style, 1.5) == (
        "QWidget { font-size: 22.5pt; min-height: 56px; }\nQLabel { font-size: 35.6pt; }"
    )
    assert points(17, 1.25) == 15.9


def test_large_print_grows_half_as_much():
    assert points(29, 1.5) == pytest.approx(29 * 0.75 * 1.5, abs=0.05)
    assert points(30, 1.5) == 28.1  # 30 px = 22.5 pt, times 1.25
    assert points(38, 2.0) == 42.8  # 28.5 pt times 1.5


def test_text_size_setting_is_validated(tmp_path):
    path = tmp_path / "kiosk.toml"
    assert load_settings(search_defaults=False).ui.text_size == "normal"
    path.write_text('[ui]\ntext_size = "larger"\n')
    assert load_settings(path, search_defaults=False).ui.text_size == "larger"
    path.write_text('[ui]\ntext_size = "big"\n')
    with pytest.raises(SettingsError, match=r"ui.text_size = 'big' is not allowed; use one of"):
        load_settings(path, search_defaults=False)


def test_items_go_into_as_few_and_as_even_rows_as_fit():
    chips = [150, 130, 100, 90, 130, 157]  # the six check chips at the normal size
    assert rows_that_fit(chips, 10, 922) == [6]
    assert rows_that_fit([w * 5 // 4 for w in chips], 10, 922) == [3, 3]  # large text
    assert rows_that_fit([180, 220, 540], 10, 922) == [2, 1]  # a long third chip
    assert rows_that_fit([600, 700], 10, 500) == [1, 1]  # wider than the row: one each
    cards = [286] * 4  # the review's photo cards, as narrow as their German words at 1.25x
    assert rows_that_fit(cards, 24, 1300) == [4]
    assert rows_that_fit(cards, 24, 908) == [2, 2]  # 1024x600: two by two
