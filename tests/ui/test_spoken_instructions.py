"""`ui.speak_instructions`: the capture screen's instructions said aloud as they change, in the
wizard's language, through QtTextToSpeech; here through Qt's "mock" engine, whose words are
heard by listening to what it reads out (`sayingWord`). Screen readers' announcements are
tested through AT-SPI in test_announcements_atspi.py."""

import logging
import re
from dataclasses import replace

from capture_wizard.core.settings import UiSettings
from capture_wizard.core.specimens import Defect
from capture_wizard.testing import specimen_frame
from capture_wizard.ui.pages.capture import View


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


class Ears:
    """What a voice says, one list of words per utterance (a cut-off one ends early); the
    first holds what it was saying when the listening began."""

    def __init__(self, voice) -> None:
        self.utterances: list[list[str]] = [[]]
        voice.aboutToSynthesize.connect(lambda _id: self.utterances.append([]))
        voice.sayingWord.connect(lambda word, *_: self.utterances[-1].append(word))


def speaking(settings, on=True):
    return replace(settings, ui=UiSettings(speak_instructions=on))


def test_instructions_are_said_aloud_when_they_change(
    make_driver, camera_showing, wizard_settings, qtbot
):
    driver = make_driver(
        camera_showing([specimen_frame(Defect.FAR)]),
        settings=speaking(wizard_settings),
        speech_engine="mock",
    )
    driver.choose_document("FRA", "id_card")
    driver.choose_method("camera")
    announcer = driver.wizard.context.announcer
    qtbot.waitUntil(lambda: announcer.speaker is not None)  # "Starting the camera…"
    ears = Ears(announcer.speaker.voice)
    instruction = driver.wait_for_verdict("adjust").instruction
    qtbot.waitUntil(lambda: words(instruction) in ears.utterances, timeout=10_000)
    for _ in range(10):  # ten more frames judged, each showing the same instruction
        driver.wait_for_verdict("adjust")
    assert ears.utterances.count(words(instruction)) == 1  # said once

    driver.click("capture.shutter")
    qtbot.waitUntil(lambda: driver.view() is View.CONFIRM, timeout=20_000)
    verdict = driver.text("capture.verdict")
    qtbot.waitUntil(lambda: ears.utterances[-1] == words(verdict), timeout=10_000)
    assert "rejected" in verdict  # what a sighted person reads, heard as it is shown
    assert ears.utterances[-2] == words("Checking the photo…")[: len(ears.utterances[-2])]
    assert driver.wizard.context.announcer.speaker.voice.locale().language().name == "English"


def test_the_voice_is_asked_for_the_wizards_language(make_driver, wizard_settings, qtbot, caplog):
    driver = make_driver(settings=speaking(wizard_settings), speech_engine="mock")
    driver.click("language.de")
    caplog.set_level(logging.WARNING, logger="capture_wizard.ui.announcer")
    driver.choose_document("FRA", "passport")
    driver.choose_method("camera")
    qtbot.waitUntil(lambda: driver.wizard.context.announcer.speaker is not None)
    # Qt's mock engine has English, Norwegian and Finnish voices only
    assert "no voice here speaks de; instructions are spoken in en_GB" in caplog.text


def test_nothing_is_said_aloud_unless_switched_on(make_driver, wizard_settings, qtbot):
    driver = make_driver(settings=speaking(wizard_settings, on=False), speech_engine="mock")
    driver.choose_document("FRA", "passport")
    driver.choose_method("camera")
    driver.wait_for_verdict()
    assert driver.wizard.context.announcer.speaker is None
