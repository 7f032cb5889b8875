"""Verdicts from a read MRZ, given what the person chose: expired, wrong document type, wrong
country, unreadable, upside down. Pure logic: tested without tesseract.

Only a zone whose every check digit is right is trusted for the expiry, the type and the
country: a misread character must not turn into "your document has expired".

Decisions:

- **passport** expects a TD3 zone whose document code starts with P. A TD1/TD2 zone (an ID
  card), a code other than P, or a visa (MRV-A/MRV-B, code V) contradicts it.
- **id_card** expects a TD1 or TD2 zone whose code starts with I, A or C. A passport (TD3 or a
  P code) or a visa contradicts it.
- **driving_licence**: driving licences carry no ICAO 9303 zone (EU and most national
  licences have none; the few with an ISO 18013 one-line zone are not read as ICAO). Any valid
  ICAO zone there is a passport, an ID card or a visa: wrong_document_type.
- **country**: the issuing state (line 1, positions 3-5) against the chosen country's alpha-3
  code, when it is a known code (no check digit covers it: an unknown one is a misreading).
  Germany writes D (`D<<`); Kosovo RKS. UTO, ICAO's specimen state (Utopia), matches any
  country: specimens and the demo documents are not judged on their country. Organisations
  (UNO, EUE, XOM...) match no country.
- **expired**: the expiry date (century as in `mrz_parse.expiry_date`) is before today minus
  `grace_days`; a document valid until today is not expired. No expiry (fillers) never is.
- **unreadable_mrz**: the caller says this side must carry an MRZ (a passport's data page, an
  ID card's back) and no valid zone was read.
- **upside_down**: the zone read validly only with the picture (or document) turned by 180
  degrees.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from capture_wizard.core.issues import IssueCode, ordered

SPECIMEN_STATE = "UTO"
ALIASES = {"D": "DEU", "RKS": "XKX"}
"""MRZ state codes that are not the ISO 3166-1 alpha-3 code of their country."""
ICAO_EXTRA = frozenset(
    {"UTO", "D", "RKS", "EUE", "UNO", "UNA", "UNK", "XOM", "XPO", "XCC", "XXA", "XXB", "XXC"}
    | {"XXX", "GBD", "GBN", "GBO", "GBP", "GBS", "XBA", "XIM", "XCE", "XEC", "XDC"}
)
"""Codes ICAO Doc 9303 part 3 allows besides the ISO 3166-1 alpha-3 country codes."""

ID_CARD_CODES = frozenset("IAC")


@cache
def _iso_alpha3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def known_state(code: str) -> bool:
    """An issuing state or nationality code an MRZ may carry (fillers stripped)."""
    code = code.rstrip("<")
    return code in _iso_alpha3() or code in ICAO_EXTRA


def country_alpha3(country: str) -> str | None:
    """The ISO alpha-3 code of a chosen country given as alpha-3 or alpha-2 (None if
    unknown)."""
    import pycountry

    code = country.strip().upper()
    if len(code) == 3 and (code in _iso_alpha3() or code in ALIASES.values()):
        return code
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if code == "XK":
        return "XKX"
    return found.alpha_3 if found else None


def state_matches(issuer: str, country: str) -> bool:
    """Whether an MRZ issuing state is the chosen country (see the module's decisions)."""
    issuer = issuer.rstrip("<")
    if issuer == SPECIMEN_STATE:
        return True
    wanted = country_alpha3(country)
    if wanted is None:
        return True  # an unknown choice cannot be contradicted
    return ALIASES.get(issuer, issuer) == wanted


def type_contradicts(fmt: str, doc_code: str, document_type: str) -> bool:
    """Whether a zone of this format and document code contradicts the chosen type."""
    first = doc_code[:1]
    visa = fmt.startswith("MRV") or first == "V"
    if document_type == "passport":
        return visa or fmt != "TD3" or first != "P"
    if document_type == "id_card":
        return visa or fmt == "TD3" or first not in ID_CARD_CODES
    return document_type == "driving_licence"


def is_expired(expiry: date | None, today: date, grace_days: int = 0) -> bool:
    return expiry is not None and expiry + timedelta(days=max(0, grace_days)) < today


def verdicts(
    result,
    *,
    document_type: str | None = None,
    country: str | None = None,
    mrz_required: bool = False,
    today: date | None = None,
    grace_days: int = 0,
) -> list[IssueCode]:
    """The issue codes a read (an `MrzResult`) gives, most important first."""
    today = today or date.today()
    issues: set[IssueCode] = set()
    parsed = getattr(result, "parsed", None)
    if parsed is None or not parsed.valid:
        if mrz_required:
            issues.add(IssueCode.UNREADABLE_MRZ)
        return ordered(issues)
    if result.rotation == 180:
        issues.add(IssueCode.UPSIDE_DOWN)
    fields = parsed.fields
    if document_type and type_contradicts(parsed.format, fields["document_code"], document_type):
        issues.add(IssueCode.WRONG_DOCUMENT_TYPE)
    # no check digit covers the issuer: one that is no known code is a misreading, not a country
    if country and known_state(fields["issuer"]) and not state_matches(fields["issuer"], country):
        issues.add(IssueCode.WRONG_COUNTRY)
    if is_expired(parsed.expiry, today, grace_days):
        issues.add(IssueCode.EXPIRED)
    return ordered(issues)
