"""Typed, validated settings loaded from TOML files; built once and passed in, never global.

Files are read in this order, each overriding the keys it sets:
1. the system-wide file (kiosks):   <site config dir>/capture-wizard/config.toml
2. the per-user file:               <user config dir>/capture-wizard/config.toml
3. a file given with --config FILE
Each value is checked in its file; rules across keys (statement.enabled needs statement.word)
are checked once all files are merged. Every key is documented in docs/configuration.md.
"""

import ipaddress
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from capture_wizard.core.contrast import parse_hex
from capture_wizard.core.documents import DocumentType
from capture_wizard.core.kiosk import PinError, parse_pin_hash
from capture_wizard.core.languages import LANGUAGES
from capture_wizard.core.text_size import TEXT_SIZES

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
class MrzSettings:
    expiry_grace_days: int = 0
    """A document whose MRZ expiry date is at most this many days past is not yet judged
    expired (0 = expired from the day after its expiry date)."""


@dataclass(frozen=True)
class PackageSettings:
    recipients: tuple[str, ...] = ()
    """age X25519 public keys ("age1...") the package is encrypted for (the back office)."""
    allow_unencrypted: bool = False
    """Development only: with no recipients, write a plain zip instead of refusing."""
    outbox: str = ""
    """Where packages wait to be sent; empty = <user data dir>/outbox."""
    device_id: str = ""
    """This computer's or kiosk's id, written into every manifest ("" = none)."""

    def outbox_dir(self) -> Path:
        if self.outbox:
            return Path(self.outbox).expanduser()
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox"


@dataclass(frozen=True)
class FaceSettings:
    match_required: bool = False
    """True: a selfie whose face does not match the document's portrait cannot be kept (only
    retaken). False: the mismatch is shown as a warning and recorded in the package, and the
    person may continue (the back office decides)."""


@dataclass(frozen=True)
class StatementSettings:
    enabled: bool = False
    """Add the hand-held statement step: the person holds their document and a paper with
    today's date and `word`, beside their face."""
    word: str = ""
    """The word the paper must show (e.g. the company's name). Required when enabled."""


@dataclass(frozen=True)
class UiSettings:
    language: str = ""
    """The wizard's first language (en, de, fr, es, pl, ar); "" = the system's, else English.
    `--lang` overrides it, and the person can change it on the Welcome page."""
    speak_instructions: bool = False
    """Say the capture screens' instructions aloud as they change (QtTextToSpeech: on Linux
    speech-dispatcher with espeak-ng), in the wizard's language. Screen readers are told
    either way."""
    text_size: str = "normal"
    """All text "large" (1.25x) or "larger" (1.5x), on top of the system's text scaling
    (core.text_size)."""


@dataclass(frozen=True)
class KioskSettings:
    enabled: bool = False
    """Run as a kiosk (as `--kiosk`): full screen, frameless, no way out for customers, a fresh
    start after every person."""
    screen: str = ""
    """The screen to fill: its name (e.g. "HDMI-1") or number from 0; "" = the primary one."""
    idle_seconds: float = 90.0
    """After this long without a touch, key or click, ask "Are you still there?"."""
    warning_seconds: float = 20.0
    """The question's countdown; then the photos are wiped and the wizard starts over."""
    admin_pin_hash: str = ""
    """The staff exit's PIN, salted and hashed: make it with `capture-wizard kiosk-pin`. Staff
    press Ctrl+Alt+Shift+Q, then the PIN. "" = no exit (stop the service instead)."""
    allow_upload: bool = False
    """Offer "Upload photos", from USB sticks and SD cards only (no file-system browsing)."""


@dataclass(frozen=True)
class BrandingSettings:
    organisation: str = ""
    """Your organisation's name, shown at the top of the wizard."""
    logo: str = ""
    """A logo image (PNG or SVG) shown beside the name; "" = none."""
    accent: str = ""
    """The accent colour of buttons and highlights, e.g. "#0f766e"; "" = the wizard's blue.
    It must reach 4.5:1 against white text, else the blue is kept and a warning logged."""


@dataclass(frozen=True)
class HandoffSettings:
    enabled: bool = True
    """Offer "Continue on your phone" (a QR code the phone scans on the same network)."""
    address: str = ""
    """The IP address to serve on and put in the QR code; "" = the network interface that
    carries the default route, with the others offered in a list."""
    port: int = 0
    """The TCP port; 0 = any free port. Set one when a firewall must let phones in."""
    lifetime_minutes: float = 15.0
    """A link stops working this long after it is shown, and as soon as the phone is done."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    """The mail server for "send the link by e-mail"; "" = no e-mail option."""
    port: int = 587
    security: str = "starttls"
    """"starttls" (port 587), "ssl" (port 465) or "none" (a relay on a trusted network)."""
    username: str = ""
    """Log in with this user name; "" = send without logging in."""
    password: str = ""
    password_file: str = ""
    """Read the password from this file instead (keeps it out of a shared config file)."""
    sender: str = ""
    """The From address of the e-mails (required when `host` is set)."""
    timeout: float = 15.0
    """Seconds to wait for the mail server."""

    def login_password(self) -> str:
        """`password`, or the first line of `password_file` when that is set."""
        return _secret("smtp.password_file", self.password_file, self.password)


@dataclass(frozen=True)
class UploadSettings:
    endpoint: str = ""
    """http(s) URL packages are POSTed to; empty = keep them in the outbox."""
    token: str = ""
    """Bearer token sent with every upload."""
    token_file: str = ""
    """Read the token from this file instead (keeps it out of a shared config file)."""
    timeout: float = 30.0
    """Seconds to wait for the server on one attempt."""
    attempts: int = 5
    """Attempts per package in one sending round before waiting for the next round."""
    backoff_initial: float = 1.0
    """Seconds before the first retry; doubles every retry (with random jitter)."""
    backoff_max: float = 60.0
    """The longest wait between two retries."""
    interval: float = 300.0
    """Seconds between sending rounds while the app runs (the outbox is retried)."""
    after_send: str = "move"
    """"move" sent packages to <outbox>/sent, or "delete" them."""

    def bearer_token(self) -> str:
        """`token`, or the first line of `token_file` when that is set."""
        return _secret("upload.token_file", self.token_file, self.token)


def _secret(key: str, file: str, value: str) -> str:
    """A secret given directly, or the first line of a file when one is named."""
    if not file:
        return value
    try:
        return Path(file).expanduser().read_text().strip()
    except OSError as exc:
        raise SettingsError(f"{key} {file}: cannot be read ({exc.strerror or exc})") from None


@dataclass(frozen=True)
class Settings:
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    check: CheckSettings = field(default_factory=CheckSettings)
    mrz: MrzSettings = field(default_factory=MrzSettings)
    package: PackageSettings = field(default_factory=PackageSettings)
    upload: UploadSettings = field(default_factory=UploadSettings)
    face: FaceSettings = field(default_factory=FaceSettings)
    statement: StatementSettings = field(default_factory=StatementSettings)
    handoff: HandoffSettings = field(default_factory=HandoffSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    branding: BrandingSettings = field(default_factory=BrandingSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    sources: tuple[str, ...] = ()
    """The files these settings were read from, in order (for messages and `--help`)."""


_SECTIONS = {
    "logging": LoggingSettings,
    "check": CheckSettings,
    "mrz": MrzSettings,
    "package": PackageSettings,
    "upload": UploadSettings,
    "face": FaceSettings,
    "statement": StatementSettings,
    "handoff": HandoffSettings,
    "smtp": SmtpSettings,
    "kiosk": KioskSettings,
    "branding": BrandingSettings,
    "ui": UiSettings,
}
_CHOICES = {
    ("logging", "level"): LOG_LEVELS,
    ("check", "document"): ("", *(t.value for t in DocumentType)),
    ("upload", "after_send"): ("move", "delete"),
    ("smtp", "security"): ("starttls", "ssl", "none"),
    ("ui", "language"): ("", *LANGUAGES),
    ("ui", "text_size"): tuple(TEXT_SIZES),
}
_POSITIVE = {
    ("upload", "timeout"),
    ("upload", "attempts"),
    ("upload", "interval"),
    ("handoff", "lifetime_minutes"),
    ("smtp", "timeout"),
    ("kiosk", "idle_seconds"),
    ("kiosk", "warning_seconds"),
}
_PORTS = {("handoff", "port"), ("smtp", "port")}
_NOT_NEGATIVE = {
    ("upload", "backoff_initial"),
    ("upload", "backoff_max"),
    ("mrz", "expiry_grace_days"),
}
_REQUIRES = (
    (
        ("statement", "enabled"),
        "word",
        "set the word people must write on the paper (for example your company's name)",
    ),
    (
        ("smtp", "host"),
        "sender",
        "set the From address of the e-mailed links (for example verify@example.com)",
    ),
)
"""(section, key) that switches something on, the key it then needs, and what to do."""


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


def _typed(path: Path, key: str, value: Any, expected: type) -> Any:
    """`value` as the field's type; TOML integers are fine where a float is expected and
    arrays of strings where a tuple is."""
    if expected is tuple:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise SettingsError(f"{path}: {key} must be a list of strings, got {value!r}")
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise SettingsError(f"{path}: {key} must be a {expected.__name__}, got {value!r}")
    return value


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
        value = _typed(path, f"{name}.{key}", value, type(getattr(current, key)))
        if (name, key) in _POSITIVE and value <= 0:
            raise SettingsError(f"{path}: {name}.{key} must be greater than 0, got {value!r}")
        if (name, key) in _NOT_NEGATIVE and value < 0:
            raise SettingsError(f"{path}: {name}.{key} must not be negative, got {value!r}")
        if (name, key) in _PORTS and not 0 <= value <= 65535:
            raise SettingsError(f"{path}: {name}.{key} must be a port from 0 to 65535, got {value}")
        if (name, key) == ("handoff", "address") and value:
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise SettingsError(
                    f"{path}: handoff.address must be an IP address such as 192.168.1.20, "
                    f"got {value!r}"
                ) from None
        if (name, key) == ("kiosk", "admin_pin_hash") and value:
            try:
                parse_pin_hash(value)
            except PinError as exc:
                raise SettingsError(f"{path}: kiosk.admin_pin_hash is {exc}") from None
        if (name, key) == ("branding", "accent") and value:
            try:
                parse_hex(value)
            except ValueError as exc:
                raise SettingsError(f"{path}: branding.accent: {exc}") from None
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
    origins: dict[str, Path] = {}
    for path in paths:
        for name, values in _read(path).items():
            sections[name] = _merge_section(path, name, values, sections.get(name))
            origins.update({f"{name}.{key}": path for key in values})
    _check_rules(sections, origins)
    return Settings(**sections, sources=tuple(str(p) for p in paths))


def _check_rules(sections: dict[str, Any], origins: dict[str, Path]) -> None:
    """Rules across keys, judged on the merged settings: one file may switch a feature on and
    a later one give what it needs. The message says which file set each key."""
    for (name, switch), needed, advice in _REQUIRES:
        section = sections[name]
        if not getattr(section, switch) or getattr(section, needed).strip():
            continue
        shown = "is true" if isinstance(getattr(section, switch), bool) else "is set"
        where = [
            f"{name}.{key} in {origins[f'{name}.{key}']}"
            if f"{name}.{key}" in origins
            else f"{name}.{key} is not set in any file"
            for key in (switch, needed)
        ]
        raise SettingsError(
            f"{name}.{switch} {shown} but {name}.{needed} is empty ({'; '.join(where)}); {advice}"
        )
