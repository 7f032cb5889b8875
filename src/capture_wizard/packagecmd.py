"""Package tools for the command line: keygen, package verify/open, outbox list/send.

Output is plain words for the person at the terminal; exit status 0 = all good, 1 = some
package failed or is still waiting, 2 = a file or the settings could not be used.
"""

import json
import os
import stat
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from capture_wizard.core.package.archive import PackageError, read_archive
from capture_wizard.core.package.crypto import InvalidKey, generate_keypair, parse_identity
from capture_wizard.core.package.outbox import Outbox
from capture_wizard.core.package.store import protection
from capture_wizard.core.package.verify import open_package, verify_package
from capture_wizard.core.settings import Settings, SettingsError

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


class CommandError(Exception):
    """Stops the command with exit status 2 and this message."""


def _read(path: str) -> bytes:
    try:
        file = Path(path)
        if file.is_dir():
            raise CommandError(f"{path}: is a directory, not a package")
        return file.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def load_identity(path: str | None):
    if path is None:
        return None
    try:
        return parse_identity(_read(path).decode("utf-8", "replace"))
    except InvalidKey as exc:
        raise CommandError(f"{path}: {exc}") from None


def keygen(out: str | None, stdout: TextIO, stderr: TextIO) -> int:
    """A new age key pair, the secret written like `age-keygen` writes it (mode 0600)."""
    pair = generate_keypair()
    created = datetime.now(UTC).isoformat(timespec="seconds")
    text = f"# created: {created}\n# public key: {pair.recipient}\n{pair.identity}\n"
    if out is None:
        stdout.write(text)
        stderr.write(f"Public key: {pair.recipient}\n")
        return EXIT_OK
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CommandError(f"{out}: already exists; it is not overwritten") from None
    except OSError as exc:
        raise CommandError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    stdout.write(
        f"Secret key written to {out} — keep it in the back office, never on a kiosk.\n"
        f"Public key: {pair.recipient}\n"
        f'Put it in the app\'s configuration: [package] recipients = ["{pair.recipient}"]\n'
    )
    return EXIT_OK


def verify(paths: list[str], identity_path: str | None, as_json: bool, stdout: TextIO) -> int:
    identity = load_identity(identity_path)
    status = EXIT_OK
    for path in paths:
        try:
            result = verify_package(_read(path), identity)
        except CommandError as exc:
            status = EXIT_UNUSABLE
            line = {"path": path, "ok": False, "problems": [str(exc)]}
            stdout.write((json.dumps(line) if as_json else f"{exc}") + "\n")
            continue
        if not result.ok and status == EXIT_OK:
            status = EXIT_FAILED
        if as_json:
            reference = result.manifest.get("reference") if result.manifest else None
            line = {
                "path": path,
                "ok": result.ok,
                "encrypted": result.encrypted,
                "contents_checked": result.contents_checked,
                "reference": reference,
                "problems": result.problems,
            }
            stdout.write(json.dumps(line) + "\n")
        elif not result.ok:
            stdout.write(f"{path}: FAILED\n" + "".join(f"  - {p}\n" for p in result.problems))
        elif result.contents_checked:
            manifest = result.manifest
            stdout.write(
                f"{path}: ok — {manifest['reference']}, {manifest['document']['type']} "
                f"({manifest['country']}), {len(manifest['images'])} images, hashes match\n"
            )
        else:
            stdout.write(
                f"{path}: ok as an age file — encrypted, so only the envelope was checked; "
                "give --identity KEY to check the contents\n"
            )
    return status


def _private_folder(target: Path, out: str) -> str:
    """`target` as an empty folder only the user can open (0700), made if missing. A folder
    that exists with looser permissions is tightened when it is the user's (it is empty, so
    nothing else changes), else refused. Returns what to tell the user ("" = nothing)."""
    try:
        target.mkdir(mode=0o700, parents=True)
        made = True
    except FileExistsError:
        made = False
    if not target.is_dir():
        raise CommandError(f"{out}: is not a directory; give a new or empty directory")
    if any(target.iterdir()):
        raise CommandError(f"{out}: is not empty; give a new or empty directory")
    if os.name == "nt":  # the folder keeps the access list it inherits
        return ""
    mode = stat.S_IMODE(target.stat().st_mode)
    if mode == 0o700:
        return ""
    try:
        os.chmod(target, 0o700)
    except PermissionError:
        raise CommandError(
            f"{out}: other users can open it (mode {mode:04o}) and it is not yours to change; "
            f"give a folder of your own, or make it yours only first (chmod 700 {out})"
        ) from None
    if made or not mode & 0o077:
        return ""  # only the umask made it differ
    return f"{out} was open to other users (mode {mode:04o}); it is now yours only (0700).\n"


def _write_private(path: Path, data: bytes) -> None:
    """A new file only the user can read (0600, whatever the umask); never follows a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    if os.name != "nt":
        os.fchmod(fd, 0o600)
    with open(fd, "wb") as fh:
        fh.write(data)


def open_to(path: str, identity_path: str, out: str, stdout: TextIO) -> int:
    """Decrypt, verify, and write the manifest and images into a new directory, for the user
    only: the folder 0700 (an existing empty one of the user's is tightened), files 0600."""
    identity = load_identity(identity_path)
    try:
        plain = open_package(_read(path), identity)  # decrypted once, then checked and read
    except PackageError as exc:
        raise CommandError(f"{path}: not opened, it does not verify: {exc}") from None
    result = verify_package(plain)
    if not result.ok:
        raise CommandError(f"{path}: not opened, it does not verify: {'; '.join(result.problems)}")
    manifest, members = read_archive(plain)
    target = Path(out)
    try:
        note = _private_folder(target, out)
        manifest_text = json.dumps(manifest, indent=2) + "\n"
        _write_private(target / "manifest.json", manifest_text.encode("utf-8"))
        for name, blob in members.items():
            _write_private(target / Path(name).name, blob)  # names are checked by the schema
    except OSError as exc:
        raise CommandError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    stdout.write(
        f"{note}Opened {manifest['reference']} into {out}: manifest.json and "
        f"{len(members)} images. They are identity documents: delete them when done.\n"
    )
    return EXIT_OK


def _age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min" if minutes < 2880 else f"{minutes // 1440} days"


def outbox_list(settings: Settings, stdout: TextIO) -> int:
    outbox = Outbox(settings.package.outbox_dir())
    state, why = protection(settings.package)
    pending, sent, rejected = outbox.pending(), outbox.sent(), outbox.rejected()
    stdout.write(f"Outbox: {outbox.directory}\nPackages are {state.value}: {why}\n")
    endpoint = settings.upload.endpoint or "none (packages stay here; set upload.endpoint)"
    stdout.write(f"Upload endpoint: {endpoint}\n")
    stdout.write(f"Waiting: {len(pending)}   sent: {len(sent)}   refused: {len(rejected)}\n")
    now = time.time()
    for entry in pending:  # size and age as listed: another sender may take it meanwhile
        size, waited = entry.size / 1e6, _age(now - entry.mtime)
        stdout.write(f"  {entry.reference}  {size:6.1f} MB  waiting {waited}\n")
    for entry in rejected:
        try:
            reason_file = outbox.rejected_dir / f"{entry.name}.reason.txt"
            reason = reason_file.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            reason = "no reason recorded"
        stdout.write(f"  {entry.reference}  refused: {reason}\n")
    return EXIT_OK


def outbox_send(settings: Settings, stdout: TextIO) -> int:
    from capture_wizard.core.package.courier import Courier
    from capture_wizard.core.package.delivery import SettingsProblem

    if not settings.upload.endpoint:
        raise CommandError("no upload endpoint is configured (upload.endpoint)")
    outbox = Outbox(settings.package.outbox_dir())
    outbox.remove_stale_parts()
    try:
        courier = Courier.from_settings(outbox, settings.upload)
    except (SettingsProblem, SettingsError) as exc:
        raise CommandError(str(exc)) from None
    result = courier.send_pending()
    stdout.write(
        f"Sent: {len(result.sent)}   still waiting: {len(result.waiting)}   "
        f"refused: {len(result.refused)}\n"
    )
    if result.problem:
        stdout.write(f"Last problem: {result.problem}\n")
    return EXIT_OK if not (result.waiting or result.refused) else EXIT_FAILED
