"""Typed, validated settings loaded from TOML files; built once and passed in, never global.

Files are read in this order, each overriding the keys it sets:
1. the system-wide file (kiosks):   <site config dir>/capture-wizard/config.toml
2. the per-user file:               <user config dir>/capture-wizard/config.toml
3. a file given with --config FILE
Every key is documented in docs/configuration.md.
"""

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from capture_wizard.core.documents import DocumentType

APP_NAME = "capture-wizard"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class SettingsError(Exception):
    """A configuration file or value is wrong; the message names file, key and what is allowed."""


@dataclass(frozen=True)
class LoggingSettings:
    level: str = "INFO"
    """One of DEBUG, INFO, WARNING, ERROR."""
    file: str = ""
    """Log file path; empty means <user log dir>/capture-wizard.log."""


@dataclass(frozen=True)
class CheckSettings:
    document: str = ""
    """Default document type for `check` when --document is not given: "", "passport",
    "id_card" or "driving_licence" ("" = detect any format)."""


@dataclass(frozen=True)
class Settings:
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    check: CheckSettings = field(default_factory=CheckSettings)
    sources: tuple[str, ...] = ()
    """The files these settings were read from, in order (for messages and `--help`)."""


_SECTIONS = {"logging": LoggingSettings, "check": CheckSettings}
_CHOICES = {
    ("logging", "level"): LOG_LEVELS,
    ("check", "document"): ("", *(t.value for t in DocumentType)),
}


def system_config_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _merge_section(path: Path, name: str, values: Any, current: Any) -> Any:
    cls = _SECTIONS.get(name)
    if cls is None:
        raise SettingsError(
            f"{path}: unknown section [{name}]; known sections: {', '.join(sorted(_SECTIONS))}"
        )
    if not isinstance(values, dict):
        raise SettingsError(f"{path}: [{name}] must be a table of keys")
    allowed = {f.name: f for f in fields(cls)}
    updates = {}
    for key, value in values.items():
        if key not in allowed:
            raise SettingsError(
                f"{path}: unknown key {name}.{key}; known keys in [{name}]: "
                f"{', '.join(sorted(allowed))}"
            )
        expected = type(getattr(current, key))
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise SettingsError(
                f"{path}: {name}.{key} must be a {expected.__name__}, got {value!r}"
            )
        choices = _CHOICES.get((name, key))
        if choices is not None and value not in choices:
            shown = ", ".join(repr(c) for c in choices)
            raise SettingsError(
                f"{path}: {name}.{key} = {value!r} is not allowed; use one of {shown}"
            )
        updates[key] = value
    return cls(**{**{f.name: getattr(current, f.name) for f in fields(cls)}, **updates})


def load_settings(extra: Path | str | None = None, *, search_defaults: bool = True) -> Settings:
    """Settings from the system and user files (when present) and `extra` (must exist)."""
    paths: list[Path] = []
    if search_defaults:
        paths += [p for p in (system_config_file(), user_config_file()) if p.is_file()]
    if extra is not None:
        extra = Path(extra)
        if not extra.is_file():
            raise SettingsError(f"{extra}: configuration file not found")
        paths.append(extra)
    sections = {name: cls() for name, cls in _SECTIONS.items()}
    for path in paths:
        for name, values in _read(path).items():
            sections[name] = _merge_section(path, name, values, sections.get(name))
    return Settings(**sections, sources=tuple(str(p) for p in paths))
