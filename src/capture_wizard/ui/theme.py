"""Look and feel for kiosk distance: large type, big targets, high contrast (all text colours
reach WCAG AA against their background), one accent colour."""

import logging
from dataclasses import astuple

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from capture_wizard.core.branding import DEFAULT, Palette, palette_for
from capture_wizard.core.guidance import CheckState, Verdict
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
REFUSED_INK = "#808080"
"""A choice that is not accepted (a refused document type)."""
BORDER = "#6b7280"
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
    Verdict.ADJUST: ("#f59e0b", INK),
    Verdict.MISSING: (DANGER, WHITE),
}

# (background, text) for each check indicator's state.
CHECK_COLOURS = {
    CheckState.PASS: (GOOD_TINT, GOOD_INK),
    CheckState.FAIL: (DANGER_TINT, DANGER_INK),
    CheckState.UNKNOWN: (SURFACE, MUTED),
}

STYLE = f"""
QWidget {{ color: {INK}; font-size: 20px; }}
QWizard, QWizardPage, QStackedWidget > QWidget {{ background: #ffffff; }}
QLabel#heading {{ font-size: 38px; font-weight: 700; }}
QLabel#subheading {{ font-size: 22px; color: {MUTED}; }}
QLabel[role="section"] {{ font-size: 24px; font-weight: 700; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{
    background: #fee2e2; border-left: 6px solid #b91c1c; padding: 14px; color: #7f1d1d;
}}
QLabel[role="warning"] {{
    background: #fef3c7; border-left: 6px solid #b45309; padding: 14px; color: #78350f;
    font-weight: 600;
}}
QCheckBox {{ spacing: 14px; font-size: 22px; }}
QCheckBox::indicator {{
    width: 32px; height: 32px; border: 3px solid {MUTED}; border-radius: 6px; background: #ffffff;
}}
QCheckBox::indicator:focus {{ border-color: {ACCENT}; }}
QCheckBox::indicator:disabled {{ border-color: #9ca3af; background: {SURFACE}; }}
QProgressBar {{ border: none; border-radius: 7px; background: #e5e7eb; }}
QProgressBar::chunk {{ border-radius: 7px; background: {ACCENT}; }}
QFrame[role="card"] {{
    background: {SURFACE}; border-radius: 14px;
}}
QPushButton {{
    min-height: 56px; padding: 0 28px; border-radius: 10px; font-weight: 600;
    border: 2px solid {ACCENT}; background: #ffffff; color: {ACCENT};
}}
QPushButton:hover {{ background: #eff6ff; }}
QPushButton:focus {{ outline: none; border: 3px solid #1e3a8a; }}
QPushButton[primary="true"], QPushButton:default {{ background: {ACCENT}; color: #ffffff; }}
QPushButton[primary="true"]:hover, QPushButton:default:hover {{ background: #1e40af; }}
QPushButton:disabled {{ border-color: #9ca3af; color: #6b7280; background: #f3f4f6; }}
QPushButton[role="option"] {{
    text-align: left; padding: 18px 24px; min-height: 96px; color: {INK};
    border: 2px solid #9ca3af; background: #ffffff;
}}
QPushButton[role="option"]:checked {{ border: 4px solid {ACCENT}; background: #eff6ff; }}
QPushButton[role="option"]:disabled {{ color: #4b5563; border: 2px dashed #9ca3af; }}
QPushButton[role="language"] {{ min-height: 48px; padding: 0 18px; }}
QPushButton[role="language"]:checked {{ background: {ACCENT}; color: #ffffff; }}
QLineEdit, QComboBox {{
    min-height: 52px; padding: 0 14px; border: 2px solid #6b7280; border-radius: 10px;
    background: #ffffff;
}}
QLineEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QListWidget {{
    border: 2px solid #6b7280; border-radius: 10px; background: #ffffff; padding: 4px;
}}
QListWidget::item {{ padding: 12px 10px; border-radius: 6px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: #ffffff; }}
QScrollBar:vertical {{ width: 18px; }}
QLabel[role="step-number"] {{
    background: {ACCENT}; color: {WHITE}; border-radius: 26px; font-size: 26px; font-weight: 700;
    qproperty-alignment: AlignCenter;
}}
QLabel[role="reference"] {{
    font-size: 56px; font-weight: 700; letter-spacing: 4px; color: {ACCENT};
}}
QLabel[role="brand"] {{ font-size: 22px; font-weight: 700; }}
"""


def restyle(*widgets: QWidget) -> None:
    """Apply the style sheet again after a property it selects on (e.g. `primary`) changed."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def apply_theme(target: QApplication | QWidget, accent: str = "") -> None:
    """Bundled fonts, so the wizard looks the same on every system (and in screenshots). On the
    application (the wizard's own process), or on one widget and its children only (a host
    application embedding the wizard keeps its own look). `accent`: branding.accent, used when
    text on it stays readable (else the default, with a warning in the log)."""
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
        target.setFont(QFont(family, 15))
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
    target.setStyleSheet(branded(STYLE + checked, palette))


def branded(style: str, palette: Palette) -> str:
    """`style` with the default accent and its shades swapped for the palette's."""
    for default, colour in zip(astuple(DEFAULT), astuple(palette), strict=True):
        style = style.replace(default, colour)
    return style
