"""Branding from the settings: the organisation's name and logo on the Welcome page, its
accent on the wizard's buttons when text on it stays readable, and on the wizard only."""

import logging
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from capture_wizard.core.settings import BrandingSettings
from capture_wizard.ui.theme import ACCENT, apply_theme


@pytest.fixture
def logo(tmp_path):
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f766e"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def _button_colour(button: QPushButton) -> str:
    """The colour a person sees at the left edge of the button, inside its border."""
    picture = button.grab().toImage()
    return picture.pixelColor(8, picture.height() // 2).name()


def _branded(make_wizard, wizard_settings, **branding):
    settings = replace(wizard_settings, branding=BrandingSettings(**branding))
    wizard = make_wizard(settings=settings)
    apply_theme(wizard, settings.branding.accent)
    return wizard


def test_the_welcome_page_shows_the_organisation_and_its_accent(
    qtbot, make_wizard, wizard_settings, logo
):
    wizard = _branded(
        make_wizard,
        wizard_settings,
        organisation="Northwind Bank",
        logo=str(logo),
        accent="#0f766e",
    )
    page = wizard.currentPage()
    assert page.findChild(QLabel, "brand.name").text() == "Northwind Bank"
    shown = page.findChild(QLabel, "brand.logo")
    assert shown.isVisible() and shown.pixmap().height() == 48
    start = wizard.findChild(QPushButton, "wizard.next")
    qtbot.waitUntil(lambda: _button_colour(start) == "#0f766e")


def test_an_unreadable_accent_is_refused_with_a_warning(
    qtbot, make_wizard, wizard_settings, caplog
):
    with caplog.at_level(logging.WARNING):
        wizard = _branded(make_wizard, wizard_settings, accent="#facc15")
    assert "branding.accent #facc15 is not used" in caplog.text
    assert _button_colour(wizard.findChild(QPushButton, "wizard.next")) == ACCENT
    assert wizard.currentPage().findChild(QLabel, "brand.name") is None  # none configured


def test_a_missing_logo_is_logged_not_shown(qtbot, make_wizard, wizard_settings, caplog, tmp_path):
    with caplog.at_level(logging.WARNING):
        wizard = _branded(make_wizard, wizard_settings, logo=str(tmp_path / "gone.png"))
    assert "branding.logo" in caplog.text and "cannot be read" in caplog.text
    assert wizard.currentPage().findChild(QLabel, "brand.logo") is None


def test_an_embedded_wizard_keeps_its_accent_to_itself(qtbot, wizard_settings, good_camera):
    from capture_wizard.embed import CaptureWidget

    app = QApplication.instance()
    before = app.styleSheet()
    settings = replace(wizard_settings, branding=BrandingSettings(accent="#0f766e"))
    widget = CaptureWidget(settings, good_camera)
    qtbot.addWidget(widget)
    assert app.styleSheet() == before and "#0f766e" in widget.styleSheet()
    assert ACCENT not in widget.styleSheet()
