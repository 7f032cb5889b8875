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
"""Never larger than twice the design: beyond that a page shows a line or two at a time."""
SCREEN_LIMITS = ((720, 1.25), (1000, 1.5))
"""(screen height below, largest scale): a capture page holds the live picture, the
instruction, the checks and the buttons without scrolling, so on a 1024x600 screen text grows
to 1.25x at most, to 1.5x below 1000 pixels, to MAX_SCALE above."""

MAX_BUTTON_SCALE = 1.25
"""Buttons' text grows at most this much: the wizard's row holds four buttons side by side
(Back, Upload a file instead, Take photo, Cancel), which fill a 1024-pixel-wide window at
1.25x with a third of the padding (`button_padding`)."""
BUTTON_PADDING_PX = 28
"""A button's padding left and right (design pixels) at the normal text size."""

LARGE_PRINT_PX = 30
"""Text this large already (headings, the live instruction, the reference number) grows half as
much as the rest: it is large print at the normal size, and the capture pages must keep room
for the live picture at 1024x600."""

POINTS_PER_PIXEL = 72 / 96
"""A design pixel in points: CSS pixels are 1/96 inch, points 1/72."""

_FONT_SIZE_PX = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")


def system_text_scale(platform: str, point_size: float) -> float:
    """How much larger than usual the system's font is (`point_size`, the platform's general
    font: a person who chose larger text in the system settings), at least 1. An unknown size
    (Qt says -1 for a font given in pixels) counts as usual."""
    usual = USUAL_POINT_SIZE.get(platform, USUAL_POINT_SIZE_ELSEWHERE)
    return max(1.0, point_size / usual) if point_size > 0 else 1.0


def text_scale(text_size: str, system: float = 1.0, screen_height: int = 0) -> float:
    """The factor for all text: the setting's times the system's, at most what the screen
    (`screen_height` in logical pixels; 0: unknown) holds, and at most MAX_SCALE."""
    if text_size not in TEXT_SIZES:
        raise ValueError(f"unknown text size {text_size!r}; known: {', '.join(TEXT_SIZES)}")
    limit = next((most for below, most in SCREEN_LIMITS if 0 < screen_height < below), MAX_SCALE)
    return min(limit, TEXT_SIZES[text_size] * system)


def button_scale(scale: float) -> float:
    """The factor for buttons' text (`scale`, at most MAX_BUTTON_SCALE)."""
    return min(scale, MAX_BUTTON_SCALE)


def button_padding(scale: float) -> int:
    """A button's padding left and right (design pixels): a third once its text is larger
    than normal, so the larger labels still fit side by side (and beside a scroll bar)."""
    return BUTTON_PADDING_PX // 3 if scale > 1.0 else BUTTON_PADDING_PX


def points(pixels: float, scale: float) -> float:
    """A design size in pixels (at 96 dpi) as points, times `scale` (half of it from
    LARGE_PRINT_PX up), to a tenth of a point."""
    if pixels >= LARGE_PRINT_PX:
        scale = 1 + (scale - 1) / 2
    return round(pixels * POINTS_PER_PIXEL * scale, 1)


def scaled_style(style: str, scale: float) -> str:
    """A Qt style sheet with every `font-size: Npx` in points, times `scale`."""
    return _FONT_SIZE_PX.sub(lambda m: f"font-size: {points(float(m[1]), scale):g}pt", style)


def rows_that_fit(widths: list[int], spacing: int, width: int) -> list[int]:
    """How many of the items (their widths, in order) go on each row: the fewest rows, as even
    as they can be, whose items side by side fit `width` (larger text, a narrow window); one
    item per row at worst."""
    for rows in range(1, len(widths) + 1):
        per_row = -(-len(widths) // rows)
        chunks = [widths[i : i + per_row] for i in range(0, len(widths), per_row)]
        if all(sum(c) + (len(c) - 1) * spacing <= width for c in chunks):
            return [len(c) for c in chunks]
    return [1] * len(widths)
