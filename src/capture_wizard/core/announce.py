"""When a capture screen's words are worth saying to someone who cannot see them (a screen
reader's announcement, or the speakers when `ui.speak_instructions` is on).

The live instruction is recomputed for every analysed frame, ten or more times a second, and
may flicker between two issues while a hand moves; nobody can listen to that. An instruction
is said once it has stayed the same for `STEADY_SECONDS`, never sooner than `GAP_SECONDS`
after the last thing said, and never twice in a row. A one-off message (checking the photo,
the verdict on it) is said at once, unless it is what was just said."""

import unicodedata

STEADY_SECONDS = 0.5
"""A live instruction must hold this long before it is said (a flicker is not)."""
GAP_SECONDS = 2.0
"""The least time between two live instructions said: about one short sentence read aloud."""


class AnnouncementPacer:
    """Decides, frame by frame, whether the text shown now should be said now. Pure logic: the
    caller passes the time (seconds on any monotonic clock)."""

    def __init__(self, steady_seconds: float = STEADY_SECONDS, gap_seconds: float = GAP_SECONDS):
        self.steady_seconds = steady_seconds
        self.gap_seconds = gap_seconds
        self.reset()

    def reset(self) -> None:
        """Forget what was said (a capture step starts again: its first words are said)."""
        self._shown = ""
        self._shown_since = 0.0
        self._said = ""
        self._said_at: float | None = None

    def live(self, text: str, now: float) -> str | None:
        """`text` is the live instruction on screen at `now` (call it for every frame): the
        text to say now, or None."""
        if text != self._shown:
            self._shown, self._shown_since = text, now
        if not text or text == self._said or now - self._shown_since < self.steady_seconds:
            return None
        if self._said_at is not None and now - self._said_at < self.gap_seconds:
            return None
        return self._say(text, now)

    def at_once(self, text: str, now: float) -> str | None:
        """`text` is a one-off message shown at `now`: the text to say now (None when empty or
        just said)."""
        self._shown, self._shown_since = text, now
        if not text or text == self._said:
            return None
        return self._say(text, now)

    def _say(self, text: str, now: float) -> str:
        self._said, self._said_at = text, now
        return text


def spoken_text(text: str) -> str:
    """`text` without the pictographs and arrows that only decorate it ("✓", "⟲"): a voice
    would read them out as words ("check mark"). Runs of white space become one space."""
    kept = "".join(c for c in text if not _decoration(c))
    return " ".join(kept.split())


def _decoration(char: str) -> bool:
    category = unicodedata.category(char)
    return category == "So" or (category == "Sm" and not char.isascii())  # keeps + = < >
