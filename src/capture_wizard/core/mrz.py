"""ICAO 9303 machine-readable zone: check digits and composing TD1, TD2, TD3, MRV-A and MRV-B
lines.

Used to print valid MRZs on specimens and to make test zones of every format; the reader
(`core.ocr.mrz_parse`) checks what it reads with the same rules.
"""

_WEIGHTS = (7, 3, 1)


def _value(char: str) -> int:
    if char.isdigit():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == "<":
        return 0
    raise ValueError(f"character not allowed in an MRZ: {char!r}")


def check_digit(field: str) -> str:
    """ICAO 9303 part 3 check digit: weights 7, 3, 1 repeating, sum modulo 10."""
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def _field(text: str, length: int) -> str:
    cleaned = "".join(c if c.isalnum() else "<" for c in text.upper())
    if len(cleaned) > length:
        raise ValueError(f"{text!r} is longer than {length} MRZ characters")
    return cleaned.ljust(length, "<")


def _name(surname: str, given_names: str, length: int) -> str:
    joined = _field(surname, len(surname)) + "<<" + "<".join(given_names.upper().split())
    return _field(joined[:length], length)


def td3(
    *,
    doc_code: str,
    issuer: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: str,
    sex: str,
    expiry: str,
    optional: str = "",
) -> tuple[str, str]:
    """Two 44-character lines of a passport data page. Dates are YYMMDD."""
    line1 = _field(doc_code, 2) + _field(issuer, 3) + _name(surname, given_names, 39)
    num = _field(number, 9)
    opt = _field(optional, 14)
    parts = [num + check_digit(num), birth + check_digit(birth), expiry + check_digit(expiry)]
    opt_cd = opt + check_digit(opt)
    composite = check_digit(parts[0] + parts[1] + parts[2] + opt_cd)
    line2 = parts[0] + _field(nationality, 3) + parts[1] + sex + parts[2] + opt_cd + composite
    return line1, line2


def _number(number: str, optional: str, opt_len: int) -> tuple[str, str]:
    """The number field with its check digit (10 characters), and the optional data field
    (`opt_len`). A number longer than 9 characters puts its first 9 in the number field, a
    filler in the check digit's place, and the rest, its check digit (over the whole number)
    and a filler at the start of the optional data (ICAO 9303 parts 5 and 6)."""
    cleaned = _field(number, len(number))
    if len(cleaned) <= 9:
        num = _field(cleaned, 9)
        return num + check_digit(num), _field(optional, opt_len)
    extra = cleaned[9:] + check_digit(cleaned) + "<" + _field(optional, len(optional))
    return cleaned[:9] + "<", _field(extra.rstrip("<"), opt_len)


def td2(
    *,
    doc_code: str,
    issuer: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: str,
    sex: str,
    expiry: str,
    optional: str = "",
) -> tuple[str, str]:
    """Two 36-character lines of an ID-2 card (TD2). Dates are YYMMDD."""
    line1 = _field(doc_code, 2) + _field(issuer, 3) + _name(surname, given_names, 31)
    num_cd, opt = _number(number, optional, 7)
    head = num_cd + _field(nationality, 3) + birth + check_digit(birth) + sex
    head += expiry + check_digit(expiry) + opt
    composite = check_digit(head[0:10] + head[13:20] + head[21:35])
    return line1, head + composite


def _visa(width: int, **kw: str) -> tuple[str, str]:
    name_len, opt_len = width - 5, width - 28
    line1 = _field(kw["doc_code"], 2) + _field(kw["issuer"], 3)
    line1 += _name(kw["surname"], kw["given_names"], name_len)
    num = _field(kw["number"], 9)
    line2 = num + check_digit(num) + _field(kw["nationality"], 3)
    line2 += kw["birth"] + check_digit(kw["birth"]) + kw["sex"]
    line2 += kw["expiry"] + check_digit(kw["expiry"]) + _field(kw.get("optional", ""), opt_len)
    return line1, line2


def mrva(**kw: str) -> tuple[str, str]:
    """Two 44-character lines of a full-page visa (MRV-A): no composite check digit. Takes the
    keywords of `td3`; the document code starts with V."""
    return _visa(44, **kw)


def mrvb(**kw: str) -> tuple[str, str]:
    """Two 36-character lines of a smaller visa (MRV-B), as `mrva`."""
    return _visa(36, **kw)


def td1(
    *,
    doc_code: str,
    issuer: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: str,
    sex: str,
    expiry: str,
    optional1: str = "",
    optional2: str = "",
) -> tuple[str, str, str]:
    """Three 30-character lines of an ID-1 card (TD1). Dates are YYMMDD. A number longer than
    9 characters continues in the optional data (ICAO 9303 part 5)."""
    num_cd, opt = _number(number, optional1, 15)
    line1 = _field(doc_code, 2) + _field(issuer, 3) + num_cd + opt
    head = birth + check_digit(birth) + sex + expiry + check_digit(expiry)
    head += _field(nationality, 3) + _field(optional2, 11)
    composite = check_digit(line1[5:30] + head[0:7] + head[8:15] + head[18:29])
    return line1, head + composite, _name(surname, given_names, 30)
