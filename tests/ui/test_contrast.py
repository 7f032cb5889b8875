"""Every colour pair the theme draws reaches WCAG 2.2 AA, and docs/accessibility.md shows the
same figures."""

import re
from pathlib import Path

from capture_wizard.core.contrast import contrast_ratio
from capture_wizard.ui import theme

DOC = Path(__file__).parents[2] / "docs" / "accessibility.md"


def row(what: str, colour: str, against: str, minimum: float) -> str:
    ratio = contrast_ratio(colour, against)
    return f"| {what} | `{colour}` | `{against}` | {ratio:.2f}:1 | {minimum:g}:1 |"


def test_every_colour_pair_reaches_wcag_aa():
    failing = [row(*pair) for pair in theme.CONTRAST if contrast_ratio(pair[1], pair[2]) < pair[3]]
    assert not failing, "\n".join(failing)


def test_the_style_sheet_uses_only_named_colours():
    named = {
        value.lower()
        for name, value in vars(theme).items()
        if name.isupper() and isinstance(value, str) and value.startswith("#")
    }
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", theme.STYLE)}
    assert used <= named, used - named


def test_the_document_shows_every_ratio():
    text = DOC.read_text(encoding="utf-8")
    missing = [row(*pair) for pair in theme.CONTRAST if row(*pair) not in text]
    assert not missing, "docs/accessibility.md lacks:\n" + "\n".join(missing)
