"""How large the wizard's text is: its own sizes (designed for a kiosk at arm's length, in
pixels at 96 dpi), made larger by the `ui.text_size` setting and by a system font set larger
than the platform's usual one, and written in points so that a screen's logical DPI counts too.
Pure: the theme asks Qt for the system font and hands the numbers in."""

import re

TEXT_SIZES = {"normal": 1.0, "large": 1.25, "larger": 1.5}
"""`ui.text_size`: how much larger than the design all text is."""

USUAL_POINT_SIZE = {"windows": 9.0, "cocoa": 13.0}
"""The platform's usual system font (Qt platform name: size in points): Segoe UI 9 pt, the
macOS system font 13 pt. Linux desktops (xcb, wayland) use 9 to 11 pt (Qt's own, KDE,
GNOME): `USUAL_POINT_SIZE_ELSEWHERE`. A system font this size or smaller changes nothing."""
USUAL_POINT_SIZE_ELSEWHERE = 11.0

MAX_SCALE = 2.0
"""Never larger than twice the design: beyond that a 1024x600 screen shows a line or two per
page (the pages scroll, the buttons stay in view, but nobody can follow the flow)."""

POINTS_PER_PIXEL = 72 / 96
"""A design pixel in points: CSS pixels are 1/96 inch, points 1/72."""

_FONT_SIZE_PX = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")


def system_text_scale(platform: str, point_size: float) -> float:
    """How much larger than usual the system's font is (`point_size`, the platform's general
    font: a person who chose larger text in the system settings), at least 1. An unknown size
    (Qt says -1 for a font given in pixels) counts as usual."""
    usual = USUAL_POINT_SIZE.get(platform, USUAL_POINT_SIZE_ELSEWHERE)
    return max(1.0, point_size / usual) if point_size > 0 else 1.0


def text_scale(text_size: str, system: float = 1.0) -> float:
    """The factor for all text: the setting's times the system's, at most MAX_SCALE."""
    if text_size not in TEXT_SIZES:
        raise ValueError(f"unknown text size {text_size!r}; known: {', '.join(TEXT_SIZES)}")
    return min(MAX_SCALE, TEXT_SIZES[text_size] * system)


def points(pixels: float, scale: float) -> float:
    """A design size in pixels (at 96 dpi) as points, times `scale`, to a tenth of a point."""
    return round(pixels * POINTS_PER_PIXEL * scale, 1)


def scaled_style(style: str, scale: float) -> str:
    """A Qt style sheet with every `font-size: Npx` in points, times `scale`."""
    return _FONT_SIZE_PX.sub(lambda m: f"font-size: {points(float(m[1]), scale):g}pt", style)
