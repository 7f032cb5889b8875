"""Before the camera's first picture there is nothing to take: the shutter says so by being off."""

from drive import choose
from PySide6.QtWidgets import QLabel, QPushButton

from capture_wizard.testing import FakeProvider, FakeSource, good_frame


def test_the_shutter_is_off_until_the_first_frame(qtbot, make_wizard):
    sources = []

    def make(side, fmt):
        sources.append(
            FakeSource([good_frame(side, fmt)], interval_ms=60_000)
        )  # one frame a minute
        return sources[-1]

    wizard = make_wizard(FakeProvider(make))
    choose(qtbot, wizard, "FRA", "passport")
    page = wizard.currentPage()
    shutter = page.findChild(QPushButton, "capture.shutter")
    banner = page.findChild(QLabel, "capture.instruction")
    qtbot.waitUntil(lambda: sources and sources[-1].started)
    assert shutter.isVisible() and not shutter.isEnabled()
    assert "Starting the camera" in banner.text()

    sources[-1].push()  # the first picture arrives
    qtbot.waitUntil(shutter.isEnabled)
    assert wizard.focusWidget() is shutter  # Enter takes the photo
