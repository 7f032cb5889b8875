"""ICAO 9303 machine-readable zone: check digits and composing TD1/TD3 lines.

Used to print valid MRZs on specimens; the OCR reader checks what it reads with the same rules.
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
    """Three 30-character lines of an ID-1 card. Dates are YYMMDD."""
    num = _field(number, 9)
    line1 = _field(doc_code, 2) + _field(issuer, 3) + num + check_digit(num) + _field(optional1, 15)
    head = birth + check_digit(birth) + sex + expiry + check_digit(expiry)
    head += _field(nationality, 3) + _field(optional2, 11)
    composite = check_digit(line1[5:30] + head[0:7] + head[8:15] + head[18:29])
    return line1, head + composite, _name(surname, given_names, 30)
