"""Turn a finished session into a package in the outbox: build, encrypt, write atomically.

The plain zip exists only in memory; what reaches the disk is the age-encrypted file, unless the
configuration explicitly allows unencrypted packages for development.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from capture_wizard.core.package.crypto import InvalidKey, encrypt, parse_recipients
from capture_wizard.core.package.manifest import new_reference
from capture_wizard.core.package.outbox import Entry, Outbox
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import PackageSettings


class Protection(StrEnum):
    """How packages will be written with the current settings."""

    ENCRYPTED = "encrypted"
    UNENCRYPTED = "unencrypted"
    """No recipients, and the development switch allows plain zips."""
    REFUSED = "refused"
    """No recipients (or a broken one) and no permission to write plain zips."""


class PackageRefused(Exception):
    """The settings do not allow writing a package; the message says what to configure."""


class Stage(StrEnum):
    PACKAGING = "packaging"
    ENCRYPTING = "encrypting"
    SAVING = "saving"
    SENDING = "sending"


@dataclass(frozen=True)
class BuiltPackage:
    reference: str
    name: str
    """`<reference>.zip.age` (or `.zip` when unencrypted)."""
    data: bytes
    encrypted: bool


@dataclass(frozen=True)
class SavedPackage:
    reference: str
    entry: Entry
    encrypted: bool


def protection(settings: PackageSettings) -> tuple[Protection, str]:
    """What will happen to a package, and why (for the Submit page and `outbox list`)."""
    try:
        recipients = parse_recipients(settings.recipients)
    except InvalidKey as exc:
        return Protection.REFUSED, f"package.recipients is wrong: {exc}"
    if recipients:
        return Protection.ENCRYPTED, f"encrypted for {len(recipients)} recipient(s)"
    if settings.allow_unencrypted:
        return Protection.UNENCRYPTED, "package.allow_unencrypted is on (development only)"
    return Protection.REFUSED, "no recipient key is configured (package.recipients)"


def build_package(
    session: CaptureSession,
    settings: PackageSettings,
    *,
    consent_at: datetime,
    progress: Callable[[Stage], None] = lambda stage: None,
) -> BuiltPackage:
    """The session's package, in memory (encrypted unless the settings allow otherwise).
    Raises PackageRefused, PackageError."""
    state, why = protection(settings)
    if state == Protection.REFUSED:
        raise PackageRefused(why)
    recipients = parse_recipients(settings.recipients)
    reference = new_reference()
    progress(Stage.PACKAGING)
    # Loaded here: it encodes images with OpenCV, which `protection` (asked by the wizard's
    # first page) and the outbox tools do not need.
    from capture_wizard.core.package.archive import build_archive

    archive = build_archive(
        session, reference=reference, consent_at=consent_at, device_id=settings.device_id
    )
    if recipients:
        progress(Stage.ENCRYPTING)
        data, name = encrypt(archive.data, recipients), f"{reference}.zip.age"
    else:
        data, name = archive.data, f"{reference}.zip"
    return BuiltPackage(reference, name, data, encrypted=bool(recipients))


def save_package(
    session: CaptureSession,
    settings: PackageSettings,
    *,
    consent_at: datetime,
    progress: Callable[[Stage], None] = lambda stage: None,
) -> SavedPackage:
    """Package the session into the outbox. Raises PackageRefused, PackageError, OutboxError."""
    outbox = Outbox(settings.outbox_dir())
    built = build_package(session, settings, consent_at=consent_at, progress=progress)
    progress(Stage.SAVING)
    entry = outbox.write(built.name, built.data)
    return SavedPackage(built.reference, entry, encrypted=built.encrypted)
