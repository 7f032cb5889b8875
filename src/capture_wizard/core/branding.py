"""An organisation's accent colour, accepted only when text on it stays readable (WCAG AA),
with the shades the wizard derives from it (hover, light tint)."""

from dataclasses import dataclass

from capture_wizard.core.contrast import AA_TEXT, contrast_ratio, parse_hex

WHITE = "#ffffff"


@dataclass(frozen=True)
class Palette:
    accent: str
    """Buttons, highlights; white text is drawn on it, and it is drawn as text on white."""
    hover: str
    tint: str
    """A light background behind accent-coloured text (hovered and chosen options)."""


DEFAULT = Palette("#1d4ed8", "#1e40af", "#eff6ff")


def mix(colour: str, other: str, share: float) -> str:
    """`colour` moved `share` of the way towards `other`."""
    a, b = parse_hex(colour), parse_hex(other)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def palette_for(accent: str) -> tuple[Palette, str | None]:
    """The palette for a branding accent ("" = the default), or the default and why the
    accent was refused: white text on it, and it as text on its tint, must reach 4.5:1."""
    if not accent:
        return DEFAULT, None
    accent = accent.strip().lower()
    palette = Palette(
        accent,
        hover=mix(accent, "#000000", 0.15),
        tint=mix(accent, WHITE, 0.93),
    )
    worst = min(contrast_ratio(accent, WHITE), contrast_ratio(accent, palette.tint))
    if worst < AA_TEXT:
        return DEFAULT, (
            f"branding.accent {accent} is not used: text on it reaches only {worst:.2f}:1, "
            f"WCAG AA needs {AA_TEXT}:1 (choose a darker colour); the default blue is used"
        )
    return palette, None
