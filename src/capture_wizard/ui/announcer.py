"""Tells people who cannot see the capture screen what it says: Qt's accessibility
announcement, which a screen reader reads out (AT-SPI on Linux, UI Automation on Windows,
NSAccessibility on macOS), and, when `ui.speak_instructions` is on, the computer's own voice
(QtTextToSpeech, imported only then). core/announce.py decides when; this only says it."""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from capture_wizard.core.announce import AnnouncementPacer, spoken_text

if TYPE_CHECKING:
    from capture_wizard.ui.context import WizardContext

log = logging.getLogger(__name__)
Politeness = QAccessible.AnnouncementPoliteness


class Speaker:
    """The computer's voice, in the wizard's language. `engine` names a QtTextToSpeech engine
    ("" = the platform's: speech-dispatcher on Linux; tests use "mock"); `window` owns it."""

    def __init__(self, engine: str, window: QObject) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        # Owned by the window, so Qt deletes it on the GUI thread: left to Python's garbage
        # collector it could be deleted on whichever thread collects (a crash).
        self.voice = QTextToSpeech(engine, window) if engine else QTextToSpeech(window)
        self._language = ""
        if self.voice.state() == QTextToSpeech.State.Error:
            log.warning(
                "ui.speak_instructions is on but there is no voice (%s); on Linux install "
                "speech-dispatcher and espeak-ng",
                self.voice.errorString(),
            )

    def say(self, text: str, language: str) -> None:
        if language != self._language:
            self._language = language
            wanted = QLocale(language)
            self.voice.setLocale(wanted)  # unchanged when no voice here speaks it
            if self.voice.locale().language() != wanted.language():
                log.warning(
                    "no voice here speaks %s; instructions are spoken in %s",
                    language,
                    self.voice.locale().name(),
                )
        self.voice.say(text)  # cuts off what is still being said: the newest counts


class Announcer:
    """One per wizard (`WizardContext.announcer`): the capture pages hand it what their banners
    show; it says what core/announce.py lets through, in the context's language, aloud too
    when the context's settings say so."""

    def __init__(self, context: "WizardContext") -> None:
        self._context = context
        self._pacer = AnnouncementPacer()
        self.speaker: Speaker | None = None
        """The voice, made with the first words said when `ui.speak_instructions` is on."""

    def reset(self) -> None:
        """A capture step starts (again): its first instruction is said even if it was the
        last one said before."""
        self._pacer.reset()

    def live(self, widget: QWidget, text: str) -> None:
        """`widget` shows the live instruction `text` (called for every analysed frame)."""
        said = self._pacer.live(spoken_text(text), self._context.clock())
        if said is not None:
            self._say(widget, said, Politeness.Polite)

    def at_once(self, widget: QWidget, text: str) -> None:
        """`widget` shows a one-off message (checking the photo, the verdict, a problem)."""
        said = self._pacer.at_once(spoken_text(text), self._context.clock())
        if said is not None:
            self._say(widget, said, Politeness.Assertive)

    def _say(self, widget: QWidget, text: str, politeness: Politeness) -> None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
        if self._context.settings.ui.speak_instructions:
            if self.speaker is None:
                self.speaker = Speaker(self._context.speech_engine, widget.window())
            self.speaker.say(text, self._context.language)
