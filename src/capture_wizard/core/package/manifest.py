"""The manifest of a package: its version, the reference number, and its JSON Schema."""

import json
import secrets
from datetime import datetime
from functools import cache

from capture_wizard.resources import resource

FORMAT_VERSION = 1
_REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford base32: no I, L, O or U, so a reference read out over the phone is unambiguous."""


def new_reference() -> str:
    """A reference number for the person, e.g. CW-7K3M-9XQ2 (40 random bits)."""
    chars = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"CW-{chars[:4]}-{chars[4:]}"


def timestamp(moment: datetime) -> str:
    """UTC, ISO 8601, to the millisecond, with a Z."""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@cache
def schema() -> dict:
    return json.loads(resource("package", "manifest.schema.json").read_text(encoding="utf-8"))


def schema_problems(manifest: object) -> list[str]:
    """Every way `manifest` breaks the schema, as short sentences naming the field."""
    from jsonschema import Draft202012Validator  # only packaging and verifying need it

    validator = Draft202012Validator(schema())
    problems = []
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path) or "(root)"
        problems.append(f"manifest {where}: {error.message}")
    return problems
