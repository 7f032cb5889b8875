"""Does read text contain today's date and the configured word? Pure string logic, so it is
tested without tesseract. OCR confusions between letters and digits are forgiven where the
context makes the reading clear (an O between digits is a 0)."""

import re
from datetime import date

MONTHS = [
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
]
"""English month names; the written forms also accept their first three letters (SEPT too)."""

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1"})
_SEPARATORS = re.compile(r"[\s.,/\\\-_:]+")
_ORDINAL = re.compile(r"(?<=\d)(ST|ND|RD|TH)\b")


def normalize(text: str) -> str:
    """Upper case; every run of separators (space . , / - _ :) becomes one space; letters that
    look like digits inside a number become digits; ordinal endings (22nd) are dropped."""
    text = text.upper()
    text = re.sub(
        r"(?<=\d)[OQDIL|]+|[OQDIL|]+(?=\d)", lambda m: m.group().translate(_DIGIT_LOOKALIKES), text
    )
    text = _ORDINAL.sub("", text)
    return " " + _SEPARATORS.sub(" ", text).strip() + " "


def date_forms(today: date) -> list[str]:
    """Common written forms of `today` with a four-digit year, normalised: 2026-11-22,
    22.11.2026, 11/22/2026, 22 November 2026, Nov 22, 2026 ... (day and month with or without
    a leading zero)."""
    y = str(today.year)
    days = {str(today.day), f"{today.day:02d}"}
    months = {str(today.month), f"{today.month:02d}"}
    name = MONTHS[today.month - 1]
    names = {name, name[:3]} | ({"SEPT"} if today.month == 9 else set())
    forms = set()
    for d in days:
        for m in months:
            forms |= {f"{y} {m} {d}", f"{d} {m} {y}", f"{m} {d} {y}"}
        for n in names:
            forms |= {f"{d} {n} {y}", f"{n} {d} {y}", f"{y} {n} {d}"}
    return sorted(forms)


def contains_date(text: str, today: date) -> bool:
    norm = normalize(text)
    return any(f" {form} " in norm for form in date_forms(today))


def _near(a: str, b: str) -> bool:
    """Equal, or one letter wrong, missing or extra (for words of 5 letters or more)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def contains_word(text: str, word: str) -> bool:
    """The word (or words, in order) appears, forgiving one OCR slip per word of 5+ letters."""
    wanted = re.findall(r"[^\W_]+", word.upper())
    if not wanted:
        return False
    tokens = re.findall(r"[^\W_]+", text.upper())
    for start in range(len(tokens) - len(wanted) + 1):
        if all(_near(tokens[start + i], w) for i, w in enumerate(wanted)):
            return True
    return False
