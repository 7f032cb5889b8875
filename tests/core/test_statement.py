"""The hand-held statement: date and word matching, and rendered statements read with tesseract."""

from datetime import date

import pytest

from capture_wizard.core.documents import ID1
from capture_wizard.core.guidance import CheckState, StatementCheckGroup, Verdict, guide_statement
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr import statement
from capture_wizard.core.ocr.statement import OcrUnavailable, check_statement
from capture_wizard.core.ocr.text import contains_date, contains_word, date_forms
from capture_wizard.core.settings import SettingsError, load_settings
from capture_wizard.core.specimens.statements import StatementDefect, render_statement

TODAY = date(2026, 11, 22)
WORD = "Northwind Bank"


@pytest.mark.parametrize(
    "written",
    [
        "2026-11-22",
        "22.11.2026",
        "22/11/2026",
        "11/22/2026",
        "22 November 2026",
        "November 22nd, 2026",
        "Nov 22 2026",
        "22-nov-2026",
        "Date: 22. 11. 2026",
        "22.1l.2O26",  # OCR slips: l for 1, O for 0
    ],
)
def test_todays_date_is_found_in_common_forms(written):
    assert contains_date(f"Northwind Bank\n{written}\n", TODAY)


@pytest.mark.parametrize(
    "written", ["21.11.2026", "22.11.2025", "22.12.2026", "22.11.26", "2026", "Nov 2026", ""]
)
def test_another_or_incomplete_date_is_not_today(written):
    assert not contains_date(written, TODAY)


def test_a_single_digit_day_and_month_may_be_written_without_zero():
    day = date(2026, 3, 5)
    assert {"5 3 2026", "05 03 2026", "2026 3 5", "5 MAR 2026"} <= set(date_forms(day))
    assert contains_date("5.3.2026", day) and contains_date("March 5, 2026", day)


def test_the_word_is_found_forgiving_one_ocr_slip_in_long_words():
    assert contains_word("I am with NORTHWIND bank today", WORD)
    assert contains_word("Northwlnd Bank", WORD)  # one letter misread
    assert not contains_word("Northwind", WORD)  # both words are needed, in order
    assert not contains_word("Bank Northwind", WORD)
    assert not contains_word("ACNE", "ACME")  # short words must match exactly
    assert not contains_word("anything", "  ")


@pytest.mark.parametrize(
    ("defect", "expected"),
    [
        (StatementDefect.CLEAN, ()),
        (StatementDefect.WRONG_DATE, (IssueCode.STATEMENT_WRONG_DATE,)),
        (StatementDefect.NO_DATE, (IssueCode.STATEMENT_WRONG_DATE,)),
        (StatementDefect.NO_WORD, (IssueCode.STATEMENT_MISSING_WORD,)),
        (StatementDefect.NO_DOCUMENT, (IssueCode.NO_DOCUMENT,)),
        (StatementDefect.TWO_FACES, (IssueCode.MULTIPLE_FACES,)),
    ],
)
@pytest.mark.parametrize("seed", [41, 42])
def test_rendered_statements(defect, expected, seed):
    scene = render_statement(seed, defect, TODAY, WORD)
    report = check_statement(scene.image, WORD, TODAY, ID1)
    assert report.issues == expected, scene.written
    assert report.text_read
    if defect is not StatementDefect.NO_DOCUMENT:
        assert report.document is not None  # the card, not the paper
    summary = report.as_dict()
    assert "Northwind" not in str(summary)  # what was read is never stored


def test_live_frames_check_the_person_and_document_without_reading():
    scene = render_statement(43, StatementDefect.WRONG_DATE, TODAY, WORD)
    live = check_statement(scene.image, WORD, TODAY, ID1, read=False)
    assert live.ok and not live.text_read and live.anchor is not None
    nobody = check_statement(scene.image[:, 640:], WORD, TODAY, ID1, read=False)
    assert IssueCode.NO_FACE in nobody.issues


def test_the_card_is_told_apart_from_the_paper_held_just_above_it():
    # The learned detector sees the card and the paper above it as one document; the outline
    # search, asked for the card's own shape, finds the card alone.
    scene = render_statement(51, StatementDefect.CLEAN, TODAY, WORD)
    live = check_statement(scene.image, WORD, TODAY, ID1, read=False)
    assert live.ok and live.document is not None


def test_statement_guidance_leaves_the_text_unjudged_until_it_is_read():
    scene = render_statement(45, StatementDefect.WRONG_DATE, TODAY, WORD)
    live = guide_statement(check_statement(scene.image, WORD, TODAY, ID1, read=False))
    assert live.verdict is Verdict.GOOD
    assert live.checks[StatementCheckGroup.TEXT] is CheckState.UNKNOWN
    assert live.checks[StatementCheckGroup.DOCUMENT] is CheckState.PASS
    taken = guide_statement(check_statement(scene.image, WORD, TODAY, ID1))
    assert taken.verdict is Verdict.ADJUST and taken.issue is IssueCode.STATEMENT_WRONG_DATE
    assert taken.checks[StatementCheckGroup.TEXT] is CheckState.FAIL


def test_missing_tesseract_is_a_clear_error(monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    scene = render_statement(44, StatementDefect.CLEAN, TODAY, WORD)
    with pytest.raises(OcrUnavailable, match="tesseract is not available"):
        statement.check_statement(scene.image, WORD, TODAY, ID1)


def test_the_statement_step_needs_its_word(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('[statement]\nenabled = true\nword = ""\n')
    with pytest.raises(SettingsError, match=r"statement\.word is empty"):
        load_settings(config, search_defaults=False)
    config.write_text('[statement]\nenabled = true\nword = "Northwind Bank"\n')
    settings = load_settings(config, search_defaults=False)
    assert settings.statement.enabled and settings.statement.word == "Northwind Bank"
