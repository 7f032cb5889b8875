"""The per-country catalogue of accepted and refused identity documents.

The data lives in `resources/documents/catalogue.toml` (an acceptance policy an operator can
edit); this module only reads and validates it. Country names come from pycountry (ISO 3166),
in the person's language through pycountry's own gettext catalogues.
"""

import gettext
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pycountry

from capture_wizard.core.documents import ID1, ID3, DocumentFormat, DocumentType
from capture_wizard.core.steps import Step
from capture_wizard.resources import resource

_FORMATS = {"ID-1": ID1, "ID-3": ID3}
_MRZ_SIDES = {"front": Step.FRONT, "back": Step.BACK, "none": None}
_MRZ_EXCEPTIONS = ("none", "optional", "either")


class CatalogueError(Exception):
    """The catalogue file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class MrzPlan:
    """Where one country's document of one type carries its machine-readable zone."""

    sides: tuple[Step, ...] = ()
    """The sides whose photos are read (empty: no zone, nothing is read)."""
    required: bool = False
    """Each side in `sides` must carry a readable zone (else unreadable_mrz)."""

    def reads(self, side: Step) -> bool:
        return side in self.sides

    def requires(self, side: Step) -> bool:
        return self.required and side in self.sides


@dataclass(frozen=True)
class Country:
    code: str
    """ISO 3166-1 alpha-3."""
    name: str


@dataclass(frozen=True)
class DocumentOption:
    """One line of the document list for a country: accepted (with its sides) or refused."""

    key: str
    label: str
    accepted: bool
    sides: tuple[Step, ...] = ()
    format: DocumentFormat | None = None
    mrz: str = "none"
    mrz_side: Step | None = None
    """The side that carries the machine-readable zone (None: no zone)."""
    front_label: str = "Front"
    reason: str = ""
    """Why a refused type is refused, in words for the person."""

    @property
    def type(self) -> DocumentType | None:
        return DocumentType(self.key) if self.accepted else None

    @property
    def two_sided(self) -> bool:
        return Step.BACK in self.sides


def _country_name(country, translate=lambda name: name) -> str:
    """The short name ("Bolivia", not "Bolivia, Plurinational State of") in the language of
    `translate` (a gettext function). Some catalogues lack a common name ("Iran"): then the
    official name's translation, which is better than English."""
    common = getattr(country, "common_name", None) or country.name
    translated = translate(common)
    if translated == common and common != country.name:
        official = translate(country.name)
        return official if official != country.name else common
    return translated


def _sort_key(name: str) -> str:
    """Alphabetical in any Latin or Arabic script: accents do not send "Österreich" last."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def country_names(language: str) -> dict[str, str]:
    """alpha-3 code -> country name in `language` (an ISO 639-1 code); English where
    pycountry has no catalogue for it."""
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    return {c.alpha_3: _country_name(c, catalogue.gettext) for c in pycountry.countries}


class Catalogue:
    def __init__(self, data: dict, origin: str = "catalogue") -> None:
        try:
            self._types = {
                key: DocumentOption(
                    key=DocumentType(key).value,
                    label=str(entry["label"]),
                    accepted=True,
                    sides=tuple(Step(s) for s in entry["sides"]),
                    format=_FORMATS[entry["format"]],
                    mrz=str(entry.get("mrz", "none")),
                    mrz_side=_MRZ_SIDES[entry.get("mrz_side", "none")],
                    front_label=str(entry.get("front_label", "Front")),
                )
                for key, entry in data["types"].items()
            }
            self._refused = [
                DocumentOption(
                    key=key, label=str(e["label"]), accepted=False, reason=str(e["reason"])
                )
                for key, e in data.get("refused", {}).items()
            ]
            policy = data["policy"]
            self._default = tuple(policy.get("default", ()))
            self._by_country: dict[str, set[str]] = {}
            for key, entry in policy.items():
                if key == "default":
                    continue
                if key not in self._types:
                    raise CatalogueError(f"{origin}: policy.{key}: unknown document type")
                for code in entry["countries"]:
                    if pycountry.countries.get(alpha_3=code) is None:
                        raise CatalogueError(f"{origin}: policy.{key}: unknown country {code!r}")
                    self._by_country.setdefault(code, set()).add(key)
            self._mrz_exceptions = self._read_mrz_exceptions(data.get("mrz", {}), origin)
        except CatalogueError:
            raise
        except (KeyError, ValueError, TypeError) as exc:
            raise CatalogueError(f"{origin}: malformed entry ({exc!s})") from exc
        for key in self._default:
            if key not in self._types:
                raise CatalogueError(f"{origin}: policy.default: unknown document type {key!r}")
        self._english = {c.alpha_3: _country_name(c) for c in pycountry.countries}
        self.use_language("en")

    def use_language(self, language: str) -> None:
        """Name and sort the countries in `language`; search finds English names too."""
        names = self._english if language == "en" else country_names(language)
        self.countries: tuple[Country, ...] = tuple(
            sorted(
                (Country(code, name) for code, name in names.items()),
                key=lambda c: _sort_key(c.name),
            )
        )
        self._country_by_code = {c.code: c for c in self.countries}

    def _read_mrz_exceptions(self, tables: dict, origin: str) -> dict[tuple[str, str], str]:
        """(type, country) -> none / optional / either, from the [mrz.<type>] tables."""
        out = {}
        for key, table in tables.items():
            if key not in self._types:
                raise CatalogueError(f"{origin}: mrz.{key}: unknown document type")
            for kind, codes in table.items():
                if kind not in _MRZ_EXCEPTIONS:
                    raise CatalogueError(f"{origin}: mrz.{key}.{kind}: unknown kind")
                for code in codes:
                    if pycountry.countries.get(alpha_3=code) is None:
                        raise CatalogueError(f"{origin}: mrz.{key}: unknown country {code!r}")
                    if (key, code) in out:
                        raise CatalogueError(f"{origin}: mrz.{key}: {code} is listed twice")
                    out[key, code] = kind
        return out

    def mrz_plan(self, country: str | None, key: str) -> MrzPlan:
        """Which sides of this document are read, and whether they must carry a zone. Without
        a country (or for one not listed in [mrz.<type>]) the type's `mrz_side` is required."""
        option = self._types.get(key)
        if option is None or option.mrz_side is None:
            return MrzPlan()
        kind = self._mrz_exceptions.get((key, country or ""))
        if kind == "none":
            return MrzPlan()
        if kind == "either":
            return MrzPlan(option.sides)
        return MrzPlan((option.mrz_side,), required=kind != "optional")

    @classmethod
    def load(cls, path: Path | None = None) -> "Catalogue":
        path = path or resource("documents", "catalogue.toml")
        try:
            with open(path, "rb") as fh:
                return cls(tomllib.load(fh), origin=str(path))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CatalogueError(f"{path}: cannot read the document catalogue ({exc})") from exc

    def country(self, code: str) -> Country:
        return self._country_by_code[code]

    def search(self, text: str) -> list[Country]:
        """Countries whose name or code contains `text` (case-insensitive), best matches first."""
        needle = _sort_key(text.strip())
        if not needle:
            return list(self.countries)

        def names(c: Country) -> tuple[str, str]:
            return _sort_key(c.name), _sort_key(self._english[c.code])

        starts = [c for c in self.countries if any(n.startswith(needle) for n in names(c))]
        rest = [
            c
            for c in self.countries
            if c not in starts
            and (any(needle in n for n in names(c)) or needle == c.code.casefold())
        ]
        return starts + rest

    def options(self, code: str) -> list[DocumentOption]:
        """Accepted types for the country (catalogue order), then the refused ones."""
        accepted = set(self._default) | self._by_country.get(code, set())
        return [t for k, t in self._types.items() if k in accepted] + list(self._refused)
