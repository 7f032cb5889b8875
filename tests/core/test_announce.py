"""When the capture screen's words are said to a screen reader or aloud (core/announce.py)."""

from itertools import pairwise

from capture_wizard.core.announce import (
    GAP_SECONDS,
    STEADY_SECONDS,
    AnnouncementPacer,
    spoken_text,
)


def frames(pacer, texts, start=0.0, step=0.1):
    """Feed one live instruction per frame (10 frames a second); what was said, with when."""
    said = []
    for i, text in enumerate(texts):
        now = start + i * step
        out = pacer.live(text, now)
        if out is not None:
            said.append((round(now, 2), out))
    return said


def test_a_steady_instruction_is_said_once_after_it_has_held():
    pacer = AnnouncementPacer()
    said = frames(pacer, ["Move closer"] * 30)
    assert said == [(STEADY_SECONDS, "Move closer")]


def test_a_flickering_instruction_is_not_said():
    pacer = AnnouncementPacer()
    assert frames(pacer, ["Move closer", "Hold it flat"] * 20) == []


def test_instructions_that_change_are_said_no_faster_than_the_gap():
    pacer = AnnouncementPacer()
    # a new instruction every 0.7 s for 10 s: steady long enough, but far too many to hear
    texts = [f"instruction {i // 7}" for i in range(100)]
    said = frames(pacer, texts)
    times = [t for t, _ in said]
    assert len(said) >= 3
    assert all(b - a >= GAP_SECONDS for a, b in pairwise(times))
    assert len(said) <= 10 / GAP_SECONDS + 1


def test_the_newest_instruction_is_said_when_the_gap_is_over_not_a_stale_one():
    pacer = AnnouncementPacer()
    said = frames(pacer, ["A"] * 6 + ["B"] * 6 + ["C"] * 30)
    assert [text for _, text in said] == ["A", "C"]
    assert said[1][0] >= said[0][0] + GAP_SECONDS


def test_the_same_instruction_is_not_repeated_after_a_brief_other_one():
    pacer = AnnouncementPacer()
    said = frames(pacer, ["A"] * 30 + ["B"] * 2 + ["A"] * 30)
    assert [text for _, text in said] == ["A"]


def test_an_empty_instruction_is_never_said():
    pacer = AnnouncementPacer()
    assert frames(pacer, [""] * 30) == []
    assert pacer.at_once("", 10.0) is None


def test_a_one_off_message_is_said_at_once_even_right_after_an_instruction():
    pacer = AnnouncementPacer()
    frames(pacer, ["Hold still"] * 6)
    assert pacer.at_once("Checking the photo", 0.6) == "Checking the photo"
    assert pacer.at_once("This photo looks good", 0.7) == "This photo looks good"
    assert pacer.at_once("This photo looks good", 0.8) is None  # already said


def test_a_live_instruction_after_a_one_off_message_waits_for_the_gap():
    pacer = AnnouncementPacer()
    assert pacer.at_once("Starting the camera", 0.0) == "Starting the camera"
    said = frames(pacer, ["Place the document"] * 40, start=0.1)
    assert said == [(GAP_SECONDS, "Place the document")]


def test_after_a_reset_the_first_instruction_is_said_again():
    pacer = AnnouncementPacer()
    frames(pacer, ["Move closer"] * 10)
    pacer.reset()
    assert frames(pacer, ["Move closer"] * 10, start=1.0) == [(1.0 + STEADY_SECONDS, "Move closer")]


def test_what_is_said_leaves_out_the_decorating_symbols():
    assert spoken_text("✓ This photo looks good — moving on…") == (
        "This photo looks good — moving on…"
    )
    assert spoken_text("⟲  Now turn your document over") == "Now turn your document over"
    assert spoken_text("Halte es still…") == "Halte es still…"
    assert spoken_text("أمسكه بثبات") == "أمسكه بثبات"
