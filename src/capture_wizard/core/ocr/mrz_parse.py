"""Parse an ICAO 9303 machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B) into its fields and
check every check digit, the composite included. Pure string logic, no OCR.

Our own small parser: the `mrz` package on PyPI is GPL-3.0, which does not fit Apache-2.0.

Layouts (0-based slices; ICAO Doc 9303 parts 4 to 7):

- TD3 (passport, 2 x 44): line 1 code 0:2, issuer 2:5, name 5:44; line 2 number 0:9 + check 9,
  nationality 10:13, birth 13:19 + check 19, sex 20, expiry 21:27 + check 27, personal number
  28:42 + check 42, composite 43 over 0:10 + 13:20 + 21:43.
- TD2 (2 x 36): line 1 as TD3 with the name in 5:36; line 2 as TD3 up to 28, optional data
  28:35, composite 35 over 0:10 + 13:20 + 21:35.
- TD1 (ID-1 card, 3 x 30): line 1 code 0:2, issuer 2:5, number 5:14 + check 14, optional data
  15:30; line 2 birth 0:6 + check 6, sex 7, expiry 8:14 + check 14, nationality 15:18,
  optional data 18:29, composite 29 over line 1 5:30 + line 2 0:7 + 8:15 + 18:29; line 3 name.
- MRV-A (visa, 2 x 44) and MRV-B (2 x 36): as TD3 and TD2 but the document code starts with V,
  the optional data runs to the end and there is no composite check digit.
- FRA_CNI, the French national ID card of 1988-2021 (2 x 36, line 1 starts IDFRA; valid until
  2034 at the latest, so still shown): not the ICAO TD2 layout. Line 1 code 0:2, issuer 2:5,
  surname 5:30, issuing office 30:36; line 2 card number 0:12 + check 12, given names 13:27,
  birth 27:33 + check 33, sex 34, composite 35 over line 1 and line 2 0:35. No expiry date.

A document number longer than 9 characters (TD1, TD2) has a filler in its check digit's place
and continues in the optional data, ending with its check digit before the next filler.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from capture_wizard.core.mrz import check_digit

ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")

FORMATS: dict[str, tuple[int, int]] = {
    "TD1": (3, 30),
    "TD2": (2, 36),
    "TD3": (2, 44),
    "MRVA": (2, 44),
    "MRVB": (2, 36),
    "FRA_CNI": (2, 36),
}
"""Format name -> (number of lines, characters per line)."""

EXPIRY_WINDOW_YEARS = 50
"""An expiry date's two-digit year is put in the century that brings it within this many years
of today (after today: 2000-2076 seen from 2026; 77-99 are the 1900s)."""


@dataclass(frozen=True)
class CheckedField:
    """Where a check digit sits and what it covers: (line, start, end) slices."""

    name: str
    covers: tuple[tuple[int, int, int], ...]
    digit: tuple[int, int]
    """(line, index) of the check digit."""
    optional: bool = False
    """An unused field (all fillers) may have a filler as its check digit (TD3 personal
    number)."""


@dataclass(frozen=True)
class Layout:
    format: str
    checks: tuple[CheckedField, ...]
    numeric: frozenset[tuple[int, int]]
    """(line, index) positions that only hold digits: dates and check digits."""
    alpha: frozenset[tuple[int, int]]
    """Positions that only hold letters or fillers: issuer, nationality, names."""


def _span(line: int, start: int, end: int) -> set[tuple[int, int]]:
    return {(line, i) for i in range(start, end)}


def _layout_2line(fmt: str) -> Layout:
    width = FORMATS[fmt][1]
    visa = fmt.startswith("MRV")
    checks = [
        CheckedField("number", ((1, 0, 9),), (1, 9)),
        CheckedField("birth", ((1, 13, 19),), (1, 19)),
        CheckedField("expiry", ((1, 21, 27),), (1, 27)),
    ]
    if fmt == "TD3":
        checks.append(CheckedField("personal", ((1, 28, 42),), (1, 42), optional=True))
    if not visa:
        end = width - 1
        checks.append(CheckedField("composite", ((1, 0, 10), (1, 13, 20), (1, 21, end)), (1, end)))
    numeric = _span(1, 13, 20) | _span(1, 21, 28)
    numeric |= {(1, 9)} | ({(1, 42)} if fmt == "TD3" else set())
    numeric |= set() if visa else {(1, width - 1)}
    alpha = _span(0, 2, width) | _span(1, 10, 13)
    return Layout(fmt, tuple(checks), frozenset(numeric), frozenset(alpha))


def _layout_td1() -> Layout:
    checks = (
        CheckedField("number", ((0, 5, 14),), (0, 14)),
        CheckedField("birth", ((1, 0, 6),), (1, 6)),
        CheckedField("expiry", ((1, 8, 14),), (1, 14)),
        CheckedField("composite", ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), (1, 29)),
    )
    numeric = _span(1, 0, 7) | _span(1, 8, 15) | {(1, 29)}
    alpha = _span(0, 2, 5) | _span(1, 15, 18) | _span(2, 0, 30)
    return Layout("TD1", checks, frozenset(numeric), frozenset(alpha))


def _layout_fra_cni() -> Layout:
    checks = (
        CheckedField("number", ((1, 0, 12),), (1, 12)),
        CheckedField("birth", ((1, 27, 33),), (1, 33)),
        CheckedField("composite", ((0, 0, 36), (1, 0, 35)), (1, 35)),
    )
    numeric = _span(1, 27, 34) | {(1, 12), (1, 35)}
    alpha = _span(0, 2, 30) | _span(1, 13, 27)
    return Layout("FRA_CNI", checks, frozenset(numeric), frozenset(alpha))


LAYOUTS: dict[str, Layout] = {
    "TD1": _layout_td1(),
    "FRA_CNI": _layout_fra_cni(),
    **{fmt: _layout_2line(fmt) for fmt in ("TD2", "TD3", "MRVA", "MRVB")},
}


@dataclass(frozen=True)
class ParsedMrz:
    format: str
    lines: tuple[str, ...]
    fields: dict[str, str]
    """document_code, issuer, surname, given_names, number, nationality, birth_date and
    expiry_date (YYMMDD as printed), sex, optional_data (TD1 also optional_data_2; TD3 calls
    its optional data the personal number)."""
    checks: dict[str, bool]
    """Every check digit: number, birth, expiry, personal (TD3), composite (not on visas)."""
    birth: date | None = None
    """The birth date with its century (None when not a date)."""
    expiry: date | None = None
    """The expiry date with its century (None when not a date, e.g. all fillers)."""
    notes: tuple[str, ...] = field(default=())

    @property
    def valid(self) -> bool:
        """Every check digit is right."""
        return bool(self.checks) and all(self.checks.values())

    def as_dict(self) -> dict:
        """The JSON form (`check --read`, the package manifest)."""
        return {
            "format": self.format,
            "lines": list(self.lines),
            "valid": self.valid,
            "fields": {
                **self.fields,
                "birth": self.birth.isoformat() if self.birth else None,
                "expiry": self.expiry.isoformat() if self.expiry else None,
            },
            "checks": dict(self.checks),
        }


def detect_format(lines: Sequence[str]) -> str | None:
    """The format these lines have by count and length (and V for visas), or None."""
    shape = (len(lines), *{len(line) for line in lines})
    if len(shape) != 2:  # lines of different lengths
        return None
    visa = bool(lines) and lines[0][:1] == "V"
    if shape == (2, 36) and lines[0].startswith("IDFRA"):
        # the old French card, unless the zone is a valid ICAO TD2 one
        td2 = try_parse(lines, fmt="TD2")
        return "TD2" if td2 is not None and td2.valid else "FRA_CNI"
    for fmt, want in FORMATS.items():
        if want == shape and fmt.startswith("MRV") == visa and fmt != "FRA_CNI":
            return fmt
    return None


def _digit_ok(value: str, digit: str, optional: bool) -> bool:
    if optional and digit == "<" and set(value) <= {"<"}:
        return True
    try:
        return check_digit(value) == digit
    except ValueError:
        return False


def _long_number(number: str, digit: str, optional: str) -> tuple[str, str, str] | None:
    """(number, check digit, rest of the optional data) when the number continues into the
    optional data (a filler in the check digit's place), else None."""
    if digit != "<" or not optional or optional[0] == "<":
        return None
    end = optional.find("<")
    end = len(optional) if end < 0 else end
    if end < 2:  # at least one more number character and the check digit
        return None
    return number + optional[: end - 1], optional[end - 1], optional[end:].lstrip("<")


def _date(yymmdd: str) -> tuple[int, int, int] | None:
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    return (yy, mm, dd) if 1 <= mm <= 12 and 1 <= dd <= 31 else None


def _make(year: int, mm: int, dd: int) -> date | None:
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def birth_date(yymmdd: str, today: date) -> date | None:
    """The latest century that does not put the birth after today."""
    parts = _date(yymmdd)
    if parts is None:
        return None
    yy, mm, dd = parts
    candidate = _make(2000 + yy, mm, dd)
    if candidate is not None and candidate <= today:
        return candidate
    return _make(1900 + yy, mm, dd)


def expiry_date(yymmdd: str, today: date, birth: date | None = None) -> date | None:
    """The century that brings the expiry within EXPIRY_WINDOW_YEARS after today; never before
    the birth."""
    parts = _date(yymmdd)
    if parts is None:
        return None
    yy, mm, dd = parts
    century = 2000 if 2000 + yy <= today.year + EXPIRY_WINDOW_YEARS else 1900
    result = _make(century + yy, mm, dd)
    if result is not None and birth is not None and result < birth:
        result = _make(century + 100 + yy, mm, dd)
    return result


def split_name(field_text: str) -> tuple[str, str]:
    """(surname, given names): the primary and secondary identifiers split at the first `<<`,
    single fillers becoming spaces."""
    primary, _, secondary = field_text.partition("<<")

    def words(s: str) -> str:
        return " ".join(part for part in s.split("<") if part)

    return words(primary), words(secondary)


def _clean(text: str) -> str:
    return text.replace("<", " ").strip()


def parse(lines: Sequence[str], today: date | None = None, fmt: str | None = None) -> ParsedMrz:
    """Parse lines of one of the formats (upper case, fillers `<`). Raises ValueError when they
    do not have a format's shape; check digits that fail are reported in `checks`, never
    raised."""
    lines = tuple(lines)
    fmt = fmt or detect_format(lines)
    if fmt is None or fmt not in FORMATS or (len(lines), len(lines[0])) != FORMATS[fmt]:
        raise ValueError(f"not an MRZ shape: {[len(x) for x in lines]} characters per line")
    if any(len(line) != len(lines[0]) for line in lines):
        raise ValueError("the lines of an MRZ have the same length")
    bad = {c for line in lines for c in line} - ALPHABET
    if bad:
        raise ValueError(f"characters outside the MRZ alphabet: {''.join(sorted(bad))}")
    today = today or date.today()
    notes: list[str] = []
    f: dict[str, str] = {}
    checks: dict[str, bool] = {}
    l1, l2 = lines[0], lines[1]
    f["document_code"] = _clean(l1[0:2])
    f["issuer"] = l1[2:5].rstrip("<")  # Germany is D<<
    if fmt == "FRA_CNI":
        name = l1[5:30] + "<<" + l2[13:27]
        number, birth_raw, expiry_raw = l2[0:12], l2[27:33], ""
        checks["number"] = _digit_ok(number, l2[12], False)
        checks["birth"] = _digit_ok(birth_raw, l2[33], False)
        checks["composite"] = _digit_ok(l1 + l2[0:35], l2[35], False)
        f["number"] = number.replace("<", "")
        f["nationality"] = "FRA"
        f["sex"] = l2[34]
        f["optional_data"] = _clean(l1[30:36])
    elif fmt == "TD1":
        name = lines[2]
        number, digit, opt1 = l1[5:14], l1[14], l1[15:30]
        long = _long_number(number, digit, opt1)
        if long is not None:
            number, digit, opt1 = long
            notes.append("long document number")
        checks["number"] = _digit_ok(number, digit, False)
        birth_raw, expiry_raw = l2[0:6], l2[8:14]
        checks["birth"] = _digit_ok(birth_raw, l2[6], False)
        checks["expiry"] = _digit_ok(expiry_raw, l2[14], False)
        checks["composite"] = _digit_ok(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29], False)
        f["number"] = number.replace("<", "")
        f["nationality"] = l2[15:18].rstrip("<")
        f["sex"] = l2[7]
        f["optional_data"] = _clean(opt1)
        f["optional_data_2"] = _clean(l2[18:29])
    else:
        name = l1[5:]
        width = len(l1)
        number, digit = l2[0:9], l2[9]
        opt = l2[28:35] if fmt == "TD2" else l2[28:42] if fmt == "TD3" else l2[28:width]
        if fmt == "TD2":
            long = _long_number(number, digit, opt)
            if long is not None:
                number, digit, opt = long
                notes.append("long document number")
        checks["number"] = _digit_ok(number, digit, False)
        birth_raw, expiry_raw = l2[13:19], l2[21:27]
        checks["birth"] = _digit_ok(birth_raw, l2[19], False)
        checks["expiry"] = _digit_ok(expiry_raw, l2[27], False)
        if fmt == "TD3":
            checks["personal"] = _digit_ok(l2[28:42], l2[42], True)
        if not fmt.startswith("MRV"):
            composite = l2[0:10] + l2[13:20] + l2[21 : width - 1]
            checks["composite"] = _digit_ok(composite, l2[width - 1], False)
        f["number"] = number.replace("<", "")
        f["nationality"] = l2[10:13].rstrip("<")
        f["sex"] = l2[20]
        f["optional_data"] = _clean(opt)
    surname, given = split_name(name)
    f["surname"], f["given_names"] = surname, given
    f["birth_date"], f["expiry_date"] = birth_raw, expiry_raw
    born = birth_date(birth_raw, today)
    expires = expiry_date(expiry_raw, today, born)
    ordered = {
        k: f[k]
        for k in (
            "document_code",
            "issuer",
            "surname",
            "given_names",
            "number",
            "nationality",
            "birth_date",
            "sex",
            "expiry_date",
            "optional_data",
            "optional_data_2",
        )
        if k in f
    }
    return ParsedMrz(fmt, lines, ordered, checks, born, expires, tuple(notes))


def try_parse(
    lines: Sequence[str], today: date | None = None, fmt: str | None = None
) -> ParsedMrz | None:
    """`parse`, or None for lines without an MRZ shape."""
    try:
        return parse(lines, today, fmt)
    except ValueError:
        return None
