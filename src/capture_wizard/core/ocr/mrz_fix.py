"""From OCR text to MRZ lines: pick the lines that make a zone, bring them to their format's
width, and repair look-alike characters where the check digits confirm it. Pure string logic,
tested without tesseract.

What a reader gets wrong on a real zone, and what is done about it:

- a stray character at either end (a page edge, a border line, print beside the zone): up to 2
  characters are tried off each end;
- a miscounted run of fillers (`<<<<<`): fillers are added to or taken from a run;
- look-alike characters (O/0, I/1, B/8, S/5, Z/2, G/6, and Z/7): letters in places that only
  hold digits become their digit; other swaps are made only when exactly one smallest set of
  swaps makes every check digit valid (`repair`).

Of the ways to fit the read lines, the one whose fields look most like a zone wins: valid check
digits, digits where digits belong, a known issuing state, few edits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from capture_wizard.core.ocr.mrz_parse import FORMATS, LAYOUTS, ParsedMrz, _digit_ok, try_parse
from capture_wizard.core.ocr.mrz_verdict import known_state

MAX_TRIM = 2
"""Characters tried off each end of a read line."""
MAX_WIDTH_ERROR = 3
"""A line this many characters off a format's width (after trimming) is still fitted."""
MAX_REPAIRS = 2
"""A repair swaps at most this many characters (beyond letters in digit-only places)."""
KEEP_VARIANTS = 3
"""Fittings kept per line for trying the lines together."""

TO_DIGIT = {"O": "0", "I": "1", "B": "8", "S": "5", "Z": "2", "G": "6", "D": "0", "Q": "0"}
"""What a letter in a digit-only place (dates, check digits) stands for."""
SWAPS: dict[str, tuple[str, ...]] = {
    "O": ("0",),
    "0": ("O",),
    "I": ("1",),
    "1": ("I",),
    "B": ("8",),
    "8": ("B",),
    "S": ("5",),
    "5": ("S",),
    "Z": ("2", "7"),
    "2": ("Z",),
    "7": ("Z",),
    "G": ("6",),
    "6": ("G",),
}
"""Look-alikes tried where letters and digits may both stand (numbers, optional data)."""
TO_LETTER = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G"}
"""What a digit in a name stands for (names hold no digits)."""

_NOT_MRZ = re.compile(r"[^A-Z0-9<]")


def text_lines(text: str) -> list[str]:
    """MRZ-like lines of OCR text: upper case, spaces dropped, characters outside the MRZ
    alphabet removed, lines shorter than 20 characters left out."""
    out = []
    for raw in text.upper().splitlines():
        line = _NOT_MRZ.sub("", raw.replace(" ", ""))
        if len(line) >= 20:
            out.append(line)
    return out


# ---------------------------------------------------------------------------------------------
# Fitting lines to a format


def _length_fixes(core: str, width: int) -> list[tuple[str, int]]:
    """Ways to bring a line to `width`: fillers added to or taken from one of its runs of
    fillers, or at its end. (line, edits)."""
    diff = width - len(core)
    if diff == 0:
        return [(core, 0)]
    out = []
    for m in re.finditer(r"<{2,}", core):
        if diff > 0:
            out.append((core[: m.end()] + "<" * diff + core[m.end() :], diff))
        elif m.end() - m.start() > -diff:
            out.append(
                (core[: m.start()] + "<" * (m.end() - m.start() + diff) + core[m.end() :], -diff)
            )
    out.append(((core + "<" * diff)[:width], abs(diff)))
    return out


def line_variants(line: str, width: int) -> dict[str, int]:
    """Candidate fittings of one read line to `width`, with their number of edits."""
    out: dict[str, int] = {}
    for start in range(MAX_TRIM + 1):
        for end in range(MAX_TRIM + 1):
            core = line[start : len(line) - end]
            if not core or abs(width - len(core)) > MAX_WIDTH_ERROR:
                continue
            for fixed, edits in _length_fixes(core, width):
                total = start + end + edits
                if total < out.get(fixed, 99):
                    out[fixed] = total
    return out


def _line_score(fmt: str, row: int, text: str, edits: int) -> float:
    """How much one fitted line looks like line `row` of a zone of this format."""
    layout = LAYOUTS[fmt]
    score = -0.6 * edits
    for check in layout.checks:
        rows = {r for r, _, _ in check.covers} | {check.digit[0]}
        if rows == {row}:
            value = "".join(text[s:e] for _, s, e in check.covers)
            if _digit_ok(value, text[check.digit[1]], check.optional):
                score += 3.0
    for r, c in layout.numeric:
        if r == row:
            ch = text[c]
            score += 0.15 if ch.isdigit() else 0.05 if ch in TO_DIGIT else -0.3
    for positions in state_positions(fmt):
        if positions[0][0] == row:
            code = "".join(text[c] for _, c in positions)
            score += 1.5 if known_state(code) else 0.0
    if row == 0:
        score += 1.0 if text[0] in "PIACV" else -1.0
    if row == _name_row(fmt):
        # a name ends in fillers: a letter after a long run of them is something beside the
        # zone read along with it
        name = text[:30] if fmt == "FRA_CNI" else text  # the card's office code follows
        score -= 2.0 if re.search(r"<{3,}[A-Z0-9][A-Z0-9<]*$", name) else 0.0
    return score


def _name_row(fmt: str) -> int:
    return 2 if fmt == "TD1" else 0


def _kind_fits(fmt: str, first: str) -> bool:
    """Whether a zone whose first line is this may have this format (visas start with V, the
    old French card with IDFRA)."""
    if (first[:1] == "V") != fmt.startswith("MRV"):
        return False
    return fmt != "FRA_CNI" or first[2:5] == "FRA"


def fittings(lines: Sequence[str]) -> list[tuple[float, str, list[str], int]]:
    """Ways the read lines make a zone, best first: (score, format, lines of its width, edits
    made to them)."""
    out = []
    for fmt, (count, width) in FORMATS.items():
        for start in range(0, len(lines) - count + 1):
            group = lines[start : start + count]
            per_line = []
            for row, line in enumerate(group):
                variants = line_variants(line, width)
                if not variants:
                    break
                scored = sorted(
                    ((_line_score(fmt, row, text, e), text, e) for text, e in variants.items()),
                    reverse=True,
                )
                per_line.append(scored[:KEEP_VARIANTS])
            else:
                for combo in itertools.product(*per_line):
                    texts = [text for _, text, _ in combo]
                    if not _kind_fits(fmt, texts[0]):
                        continue
                    score = sum(s for s, _, _ in combo) + 2.0 * count  # more lines: more evidence
                    parsed = try_parse(texts, fmt=fmt)
                    cross = fmt in ("TD1", "FRA_CNI")  # a composite over two lines
                    if parsed is not None and cross and parsed.checks.get("composite"):
                        score += 3.0
                    out.append((score, fmt, texts, sum(e for _, _, e in combo)))
    out.sort(key=lambda item: -item[0])
    return out


def state_positions(fmt: str) -> list[list[tuple[int, int]]]:
    """The (line, index) positions of the issuing state and of the nationality."""
    issuer = [(0, i) for i in range(2, 5)]
    if fmt == "FRA_CNI":
        return [issuer]
    nationality = [(1, i) for i in (range(15, 18) if fmt == "TD1" else range(10, 13))]
    return [issuer, nationality]


# ---------------------------------------------------------------------------------------------
# Repairing with the check digits


def _valid(lines: list[str], fmt: str) -> bool:
    parsed = try_parse(lines, fmt=fmt)
    return parsed is not None and parsed.valid


def _with(lines: list[str], subs: dict[tuple[int, int], str]) -> list[str]:
    out = [list(x) for x in lines]
    for (r, c), ch in subs.items():
        out[r][c] = ch
    return ["".join(x) for x in out]


def repair(lines: Sequence[str], fmt: str) -> list[str]:
    """`repair_counted` without the count."""
    return repair_counted(lines, fmt)[0]


def repair_counted(lines: Sequence[str], fmt: str) -> tuple[list[str], int]:
    """Swap look-alike characters where the check digits confirm exactly one repair.

    Letters in places that only hold digits (dates, check digits) are taken as their digit;
    then the fewest further swaps (up to MAX_REPAIRS) among the places the check digits cover
    that make every check digit valid are applied, but only when exactly one set of swaps of
    that size does. Otherwise the lines are returned as read. Also returns the number of
    swaps made (letters taken as digits not counted)."""
    lines = list(lines)
    if _valid(lines, fmt):
        return lines, 0
    layout = LAYOUTS[fmt]
    forced = {
        pos: TO_DIGIT[lines[pos[0]][pos[1]]]
        for pos in layout.numeric
        if lines[pos[0]][pos[1]] in TO_DIGIT
    }
    base = _with(lines, forced)
    if _valid(base, fmt):
        return base, 0
    covered = {
        (r, c)
        for check in layout.checks
        for r, start, end in check.covers
        for c in range(start, end)
    } - layout.numeric
    options = [(pos, alt) for pos in sorted(covered) for alt in SWAPS.get(base[pos[0]][pos[1]], ())]
    for size in range(1, MAX_REPAIRS + 1):
        hits = []
        for combo in itertools.combinations(options, size):
            if len({pos for pos, _ in combo}) < size:
                continue  # two swaps of one place
            if _valid(_with(base, dict(combo)), fmt):
                hits.append(combo)
                if len(hits) > 1:
                    break
        if len(hits) == 1:
            return _with(base, dict(hits[0])), size
        if hits:
            break  # more than one repair fits: do not guess
    return lines, 0


def tidy(parsed: ParsedMrz, today: date | None = None) -> ParsedMrz:
    """In a valid zone, digits where only letters stand become their look-alike letters: in
    the names always (names hold no digits), in the issuing state and nationality where that
    makes a known code of one that is not. Returns the zone as it was otherwise."""
    if not parsed.valid:
        return parsed
    lines = [list(x) for x in parsed.lines]
    states = state_positions(parsed.format)
    skip = {pos for group in states for pos in group}
    for r, c in LAYOUTS[parsed.format].alpha:
        if (r, c) not in skip and lines[r][c] in TO_LETTER and _in_name(parsed.format, r, c):
            lines[r][c] = TO_LETTER[lines[r][c]]
    for positions in states:
        code = "".join(lines[r][c] for r, c in positions)
        fixed = "".join(TO_LETTER.get(ch, ch) for ch in code)
        if fixed != code and not known_state(code) and known_state(fixed):
            for (r, c), ch in zip(positions, fixed, strict=True):
                lines[r][c] = ch
    texts = ["".join(x) for x in lines]
    if texts == list(parsed.lines):
        return parsed
    return try_parse(texts, today, parsed.format) or parsed


def _in_name(fmt: str, row: int, col: int) -> bool:
    if fmt == "FRA_CNI":
        return 5 <= col < 30 if row == 0 else 13 <= col < 27
    if fmt == "TD1":
        return row == 2
    return row == 0 and col >= 5


@dataclass(frozen=True)
class Zone:
    format: str
    lines: list[str]
    parsed: ParsedMrz | None
    edits: int
    """Characters added, dropped or swapped to get here from what was read (letters in
    digit-only places not counted): a valid zone that needed several is less sure."""


def best_zone(lines: Sequence[str], today: date | None = None, tries: int = 4) -> Zone | None:
    """The zone the read lines make: the best fitting that repairs to a valid zone among the
    first `tries`, else the best fitting as it is; None when no lines fit a format."""
    fits = fittings(lines)
    if not fits:
        return None
    for _, fmt, texts, edits in fits[:tries]:
        fixed, swaps = repair_counted(texts, fmt)
        parsed = try_parse(fixed, today, fmt)
        if parsed is not None and parsed.valid:
            parsed = tidy(parsed, today)
            return Zone(fmt, list(parsed.lines), parsed, edits + swaps)
    _, fmt, texts, edits = fits[0]
    return Zone(fmt, texts, try_parse(texts, today, fmt), edits)
