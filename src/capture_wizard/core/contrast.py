"""WCAG 2.2 contrast: relative luminance of sRGB colours and their ratio."""

import re

AA_TEXT = 4.5
"""WCAG AA for normal-size text."""
AA_LARGE_TEXT = 3.0
"""WCAG AA for large text (24 px, or 18.7 px bold, and larger)."""
AA_NON_TEXT = 3.0
"""WCAG AA for what marks a control or its state: a boundary, a focus ring (1.4.11)."""


def parse_hex(colour: str) -> tuple[int, int, int]:
    """ "#1d4ed8" or "#fff" -> (r, g, b); ValueError otherwise."""
    match = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", colour.strip())
    if not match:
        raise ValueError(f"{colour!r} is not a colour like #1d4ed8")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
