"""The wizard's side of test_announcements_atspi.py, run by pytest in its own process under
Xvfb, with Qt's accessibility on and atspi_listener.py writing what a screen reader hears to
$HEARD_FILE. A person with a screen reader holds the card too far away, hears the instruction
once (though the screen shows it for every frame), takes the photo and hears the verdict."""

import json
import os
from pathlib import Path

from PySide6.QtGui import QAccessible

from capture_wizard.core.announce import spoken_text
from capture_wizard.core.specimens import Defect
from capture_wizard.testing import specimen_frame
from capture_wizard.ui.pages.capture import View


def announced() -> list[dict]:
    """The announcements heard so far (the last line may still be being written)."""
    heard = []
    for line in Path(os.environ["HEARD_FILE"]).read_text(encoding="utf-8").splitlines():
        try:
            heard.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return [h for h in heard if h["type"] == "object:announcement"]


def texts() -> list[str]:
    return [h["text"] for h in announced()]


def test_a_screen_reader_hears_the_instruction_once_and_the_verdict(
    make_driver, camera_showing, qtbot
):
    driver = make_driver(camera_showing([specimen_frame(Defect.FAR)]))
    driver.choose_document("FRA", "id_card")
    # Qt's AT-SPI bridge joins the bus a moment after start-up; a person takes longer than this
    # script to reach the camera. (Waited for after the document: with the bridge on, the
    # driver's click on the document list under Xvfb selected nothing; not yet understood.)
    qtbot.waitUntil(QAccessible.isActive, timeout=15_000)
    driver.choose_method("camera")
    instruction = driver.wait_for_verdict("adjust").instruction
    qtbot.waitUntil(lambda: instruction in texts(), timeout=15_000)
    assert texts() == ["Starting the camera…", instruction]  # not once per frame
    said = announced()[-1]
    assert said["source"] == instruction  # from the banner, whose accessible name is its text

    driver.click("capture.shutter")
    qtbot.waitUntil(lambda: driver.view() is View.CONFIRM, timeout=20_000)
    verdict = spoken_text(driver.text("capture.verdict"))
    qtbot.waitUntil(lambda: verdict in texts(), timeout=15_000)
    assert texts() == ["Starting the camera…", instruction, "Checking the photo…", verdict]
