"""Locate bundled resources both in an installed wheel and in a source checkout."""

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The `resources/` folder: inside the package when installed, the repo root when editable."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (looked in {path})")
    return path
