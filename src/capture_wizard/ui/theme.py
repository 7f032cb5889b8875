"""Look and feel for kiosk distance: large type, big targets, high contrast (every text colour,
UI boundary and focus ring reaches WCAG 2.2 AA against its background: CONTRAST, checked by
tests/ui/test_contrast.py), one accent colour. Every font size is in STYLE (a widget's own
style sheet sets colours only), in design pixels that `apply_theme` turns into points scaled
by `ui.text_size` and the system's text scaling (core.text_size)."""

import logging
from dataclasses import astuple

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from capture_wizard.core.branding import DEFAULT, Palette, palette_for
from capture_wizard.core.contrast import AA_LARGE_TEXT, AA_NON_TEXT, AA_TEXT
from capture_wizard.core.guidance import CheckState, Verdict
from capture_wizard.core.text_size import (
    button_padding,
    button_scale,
    points,
    scaled_style,
    system_text_scale,
    text_scale,
)
from capture_wizard.resources import resource

log = logging.getLogger(__name__)

# Every colour the wizard uses is named here, by what it means.
INK = "#111827"
MUTED = "#374151"
ACCENT = DEFAULT.accent
SURFACE = "#f3f4f6"
WHITE = "#ffffff"
BLACK = "#000000"
GOOD = "#15803d"
"""Text or a line that says "good" (received, sent)."""
DANGER = "#b91c1c"
"""Text or a line that says something is wrong."""
GOOD_INK, GOOD_TINT = "#14532d", "#dcfce7"
"""Dark green text; a light green background."""
DANGER_INK, DANGER_TINT = "#7f1d1d", "#fee2e2"
"""Dark red text; a light red background."""
ACCENT_HOVER, ACCENT_TINT = DEFAULT.hover, DEFAULT.tint
REFUSED_INK = "#6b7280"
"""A choice that is not accepted (a refused document type)."""
PLACEHOLDER = "#6b7280"
"""The hint inside an empty text field ("Type to search…")."""
BORDER = "#6b7280"
"""The edge of a field, a list, a card a person can choose (3:1 against white or more)."""
FOCUS_RING = INK
"""The ring round the control that has the keyboard focus: dark, so it stands out against the
white page and against the grey BORDER it replaces."""
TRACK = "#e5e7eb"
"""The empty part of a progress bar."""
DISABLED_INK, DISABLED_BORDER = "#6b7280", "#9ca3af"
"""A control that cannot be used now (WCAG exempts it from the contrast minimum)."""
OPTION_DISABLED_INK = "#4b5563"
WARNING_INK, WARNING_TINT, WARNING_EDGE = "#78350f", "#fef3c7", "#b45309"
ADJUST = "#b45309"
"""The "adjust" verdict (amber): white text on it, and it against the white page, reach AA."""
DROP_SURFACE = "#f9fafb"
PHOTO_BACKGROUND = "#0b0f19"
"""Behind a photo or the live picture (letterboxing, an empty viewfinder)."""
PHOTO_TEXT = "#e5e7eb"
"""Text on PHOTO_BACKGROUND ("Starting the camera…")."""
# Drawn over the picture (red, green, blue, alpha).
GUIDE_LINE = (255, 255, 255, 220)
"""The dashed guide frame or oval."""
RING_TRACK = (255, 255, 255, 160)
"""The empty part of the auto-capture countdown ring."""
OVAL_TRACK = (255, 255, 255, 170)
"""The empty part of the face oval's countdown."""
SHADE = (0, 0, 0, 90)
"""Darkens the picture outside the guide."""

# (background, text) for each verdict: the outline, the banner.
VERDICT_COLOURS = {
    Verdict.GOOD: (GOOD, WHITE),
    Verdict.ADJUST: (ADJUST, WHITE),
    Verdict.MISSING: (DANGER, WHITE),
}

# (background, text) for each check indicator's state.
CHECK_COLOURS = {
    CheckState.PASS: (GOOD_TINT, GOOD_INK),
    CheckState.FAIL: (DANGER_TINT, DANGER_INK),
    CheckState.UNKNOWN: (SURFACE, MUTED),
}


# Every pair of colours drawn against each other, the WCAG 2.2 AA minimum it must reach
# (tests/ui/test_contrast.py; the table in docs/accessibility.md).
CONTRAST = [
    ("Text on the page", INK, WHITE, AA_TEXT),
    ("Secondary text", MUTED, WHITE, AA_TEXT),
    ("Text on a card", INK, SURFACE, AA_TEXT),
    ("Secondary text on a card", MUTED, SURFACE, AA_TEXT),
    ("Button label", ACCENT, WHITE, AA_TEXT),
    ("Button label, hovered", ACCENT, ACCENT_TINT, AA_TEXT),
    ("Main button label", WHITE, ACCENT, AA_TEXT),
    ("Main button label, hovered", WHITE, ACCENT_HOVER, AA_TEXT),
    ("Chosen option's text", INK, ACCENT_TINT, AA_TEXT),
    ("Unavailable option's text", OPTION_DISABLED_INK, WHITE, AA_TEXT),
    ("Refused document type", REFUSED_INK, WHITE, AA_TEXT),
    ("Search placeholder", PLACEHOLDER, WHITE, AA_TEXT),
    ("Selected list item", WHITE, ACCENT, AA_TEXT),
    ("Error message", DANGER_INK, DANGER_TINT, AA_TEXT),
    ("Warning message", WARNING_INK, WARNING_TINT, AA_TEXT),
    ("Good news (sent, received)", GOOD, WHITE, AA_TEXT),
    ("Bad news, problem title", DANGER, WHITE, AA_TEXT),
    ("Review status, passed", GOOD_INK, WHITE, AA_TEXT),
    ("Review status, failed", DANGER_INK, WHITE, AA_TEXT),
    ("Step number", WHITE, ACCENT, AA_TEXT),
    ("Reference number", ACCENT, WHITE, AA_TEXT),
    ("Drop zone text", MUTED, DROP_SURFACE, AA_TEXT),
    ("Text over an empty viewfinder", PHOTO_TEXT, PHOTO_BACKGROUND, AA_TEXT),
    *(
        (f"Check chip, {state.value}", ink, background, AA_TEXT)
        for state, (background, ink) in CHECK_COLOURS.items()
    ),
    *(
        (f"Instruction banner, {verdict.value}", ink, background, AA_LARGE_TEXT)
        for verdict, (background, ink) in VERDICT_COLOURS.items()
    ),
    ("Field, list and option card border", BORDER, WHITE, AA_NON_TEXT),
    ("Check box", BORDER, WHITE, AA_NON_TEXT),
    ("Check box, ticked", ACCENT, WHITE, AA_NON_TEXT),
    ("Chosen option's border", ACCENT, WHITE, AA_NON_TEXT),
    ("Drop zone border", BORDER, DROP_SURFACE, AA_NON_TEXT),
    ("Drop zone border, file dragged over", ACCENT, DROP_SURFACE, AA_NON_TEXT),
    ("Progress bar", ACCENT, TRACK, AA_NON_TEXT),
    ("Error message's edge", DANGER, DANGER_TINT, AA_NON_TEXT),
    ("Warning message's edge", WARNING_EDGE, WARNING_TINT, AA_NON_TEXT),
    *(
        (f"Instruction banner against the page, {verdict.value}", background, WHITE, AA_NON_TEXT)
        for verdict, (background, _) in VERDICT_COLOURS.items()
    ),
    ("Focus ring against the page", FOCUS_RING, WHITE, AA_NON_TEXT),
    ("Focus ring against the border it replaces", FOCUS_RING, BORDER, AA_NON_TEXT),
    ("Focus ring against a chosen option", FOCUS_RING, ACCENT_TINT, AA_NON_TEXT),
]

STYLE = f"""
QWidget {{ color: {INK}; font-size: 20px; }}
QWizard, QWizardPage, QStackedWidget > QWidget {{ background: {WHITE}; }}
QLabel#heading {{ font-size: 38px; font-weight: 700; }}
QLabel#subheading {{ font-size: 22px; color: {MUTED}; }}
QLabel[role="section"] {{ font-size: 24px; font-weight: 700; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{
    background: {DANGER_TINT}; border-left: 6px solid {DANGER}; padding: 14px; color: {DANGER_INK};
}}
QLabel[role="warning"] {{
    background: {WARNING_TINT}; border-left: 6px solid {WARNING_EDGE}; padding: 14px;
    color: {WARNING_INK};
    font-weight: 600;
}}
QCheckBox {{ spacing: 14px; font-size: 22px; }}
QCheckBox::indicator {{
    width: 32px; height: 32px; border: 3px solid {BORDER}; border-radius: 6px; background: {WHITE};
}}
QCheckBox::indicator:focus {{ border: 5px solid {FOCUS_RING}; }}
QCheckBox::indicator:disabled {{ border-color: {DISABLED_BORDER}; background: {SURFACE}; }}
QProgressBar {{ border: none; border-radius: 7px; background: {TRACK}; }}
QProgressBar::chunk {{ border-radius: 7px; background: {ACCENT}; }}
QFrame[role="card"] {{
    background: {SURFACE}; border-radius: 14px;
}}
QPushButton {{
    min-height: 56px; border-radius: 10px; font-weight: 600;
    border: 2px solid {BORDER}; background: {WHITE}; color: {ACCENT};
}}
QPushButton:hover {{ background: {ACCENT_TINT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: {WHITE}; border-color: {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton:disabled {{
    border-color: {DISABLED_BORDER}; color: {DISABLED_INK}; background: {SURFACE};
}}
QPushButton[role="option"] {{
    text-align: left; padding: 18px 24px; min-height: 96px; color: {INK};
    border: 2px solid {BORDER}; background: {WHITE};
}}
QPushButton[role="option"]:checked {{ border: 4px solid {ACCENT}; background: {ACCENT_TINT}; }}
QPushButton[role="option"]:disabled {{
    color: {OPTION_DISABLED_INK}; border: 2px dashed {DISABLED_BORDER};
}}
QPushButton[role="language"] {{ min-height: 48px; padding: 0 18px; }}
QPushButton[role="language"]:checked {{ background: {ACCENT}; color: {WHITE}; }}
QLineEdit, QComboBox {{
    min-height: 52px; padding: 0 14px; border: 2px solid {BORDER}; border-radius: 10px;
    background: {WHITE}; placeholder-text-color: {PLACEHOLDER};
}}
QListWidget {{
    border: 2px solid {BORDER}; border-radius: 10px; background: {WHITE}; padding: 4px;
}}
QListWidget::item {{ padding: 12px 10px; border-radius: 6px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: {WHITE}; }}
QPushButton:focus, QPushButton[role="option"]:focus, QLineEdit:focus, QComboBox:focus,
QListWidget:focus {{ outline: none; border: 4px solid {FOCUS_RING}; }}
QScrollBar:vertical {{ width: 18px; }}
QLabel[role="step-number"] {{
    background: {ACCENT}; color: {WHITE}; border-radius: 26px; font-size: 26px; font-weight: 700;
    qproperty-alignment: AlignCenter;
}}
QLabel[role="reference"] {{
    font-size: 56px; font-weight: 700; letter-spacing: 4px; color: {ACCENT};
}}
QLabel[role="brand"] {{ font-size: 22px; font-weight: 700; }}
QLabel[role="banner"] {{ font-size: 30px; font-weight: 700; }}
QLabel[role="chip"] {{ font-size: 19px; font-weight: 600; }}
QLabel[role="option-title"] {{ font-size: 24px; font-weight: 700; }}
QLabel[role="problem"] {{ font-size: 32px; font-weight: 700; color: {DANGER}; }}
QLabel[role="drop"] {{ font-size: 26px; font-weight: 600; }}
QLabel[role="check-label"] {{ font-size: 22px; }}
QLabel[role="status"] {{ font-size: 24px; }}
QLabel[role="link"] {{ font-family: monospace; font-size: 16px; font-weight: 700; }}
QLabel[role="phone-step"] {{ font-size: 22px; font-weight: 600; }}
QFrame[details="true"] QLabel {{ font-size: 17px; }}
QFrame[details="true"] QLabel[role="details-title"] {{ font-size: 20px; font-weight: 700; }}
"""
BODY_PX = 20
"""The body text's size in design pixels (STYLE's QWidget rule)."""


def restyle(*widgets: QWidget) -> None:
    """Apply the style sheet again after a property it selects on (e.g. `primary`) changed."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def current_text_scale(text_size: str = "normal") -> float:
    """`ui.text_size`'s factor times the system's: how much larger than usual the platform's
    own font is (a person's choice in the system settings; Qt's system font, not the
    application's, which `apply_theme` replaces); limited by the primary screen's height."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    screen = QGuiApplication.primaryScreen()
    height = screen.availableGeometry().height() if screen is not None else 0
    return text_scale(text_size, system_text_scale(QGuiApplication.platformName(), system), height)


def apply_theme(
    target: QApplication | QWidget, accent: str = "", text_size: str = "normal"
) -> None:
    """Bundled fonts, so the wizard looks the same on every system (and in screenshots). On the
    application (the wizard's own process), or on one widget and its children only (a host
    application embedding the wizard keeps its own look). `accent`: branding.accent, used when
    text on it stays readable (else the default, with a warning in the log). `text_size`:
    ui.text_size; font sizes are in points (a screen's logical DPI counts) and follow the
    system's text scaling."""
    scale = current_text_scale(text_size)
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        except FileNotFoundError:
            font_id = -1
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family is None:
        log.warning("bundled fonts not found; using the system font")
    else:
        font = QFont(family)
        font.setPointSizeF(points(BODY_PX, scale))
        target.setFont(font)
    try:  # the tick: a bundled SVG, so it is drawn the same (and large) everywhere
        tick = resource("icons", "check.svg").as_posix()
        checked = (
            f"QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; "
            f'image: url("{tick}"); }}'
        )
    except FileNotFoundError:
        checked = f"QCheckBox::indicator:checked {{ background: {ACCENT}; }}"
    palette, problem = palette_for(accent)
    if problem:
        log.warning(problem)
    style = scaled_style(branded(STYLE + checked, palette), scale) + _button_style(scale)
    target.setStyleSheet(style)


def _button_style(scale: float) -> str:
    """Buttons' text grows less than the rest, and their padding narrows (core.text_size);
    a button with a role keeps its own padding (a more specific rule in STYLE)."""
    size = points(BODY_PX, button_scale(scale))
    return f"QPushButton {{ font-size: {size:g}pt; padding: 0 {button_padding(scale)}px; }}\n"


def branded(style: str, palette: Palette) -> str:
    """`style` with the default accent and its shades swapped for the palette's."""
    for default, colour in zip(astuple(DEFAULT), astuple(palette), strict=True):
        style = style.replace(default, colour)
    return style
