"""What a kiosk decides without a screen: the admin PIN's salted hash, when an idle person's
session is warned about and then wiped, and which drives count as removable media."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

# scrypt's cost: about 50 ms and 16 MiB per try on a small kiosk; a stolen config file's hash
# cannot be tried through all 4-8 digit PINs in seconds.
_N, _R, _P = 2**14, 8, 1
PIN_DIGITS = (4, 12)


class PinError(ValueError):
    """A PIN or a stored hash that cannot be used; the message says what is allowed."""


def check_pin_format(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isdigit() and pin.isascii() and low <= len(pin) <= high):
        raise PinError(f"the PIN must be {low} to {high} digits")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$hash` (base64): what goes into kiosk.admin_pin_hash."""
    check_pin_format(pin)
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda data: base64.b64encode(data).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def parse_pin_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """The parts of a stored hash; PinError when it is not one `hash_pin` writes."""
    parts = stored.split("$")
    try:
        if len(parts) != 6 or parts[0] != "scrypt":
            raise ValueError
        n, r, p = (int(v) for v in parts[1:4])
        salt, digest = (base64.b64decode(part, validate=True) for part in parts[4:])
        if n < 2**10 or n & (n - 1) or not (salt and digest):
            raise ValueError
    except ValueError:
        raise PinError(
            "not a PIN hash made by `capture-wizard kiosk-pin` (scrypt$N$r$p$salt$hash)"
        ) from None
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` is the one `stored` was made from (compared in constant time)."""
    n, r, p, salt, digest = parse_pin_hash(stored)
    if not pin.isdigit():
        return False
    tried = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(digest))
    return hmac.compare_digest(tried, digest)


class Idle(Enum):
    ACTIVE = "active"
    WARNING = "warning"
    """Ask "are you still there?" with a countdown."""
    EXPIRED = "expired"
    """Wipe the session and start over."""


@dataclass
class IdleWatch:
    """No input for `idle_seconds`: a warning for `warning_seconds`, then the end."""

    idle_seconds: float
    warning_seconds: float
    last_input: float

    def touch(self, now: float) -> None:
        self.last_input = now

    def state(self, now: float) -> tuple[Idle, float]:
        """The phase, and the seconds left before the session is wiped."""
        quiet = now - self.last_input
        left = self.idle_seconds + self.warning_seconds - quiet
        if quiet < self.idle_seconds:
            return Idle.ACTIVE, left
        if left > 0:
            return Idle.WARNING, left
        return Idle.EXPIRED, 0.0


REMOVABLE_ROOTS = ("/media", "/run/media")
"""Where desktop Linux (udisks) mounts USB sticks and SD cards."""


def removable_mounts(mounts: str, roots: tuple[str, ...] = REMOVABLE_ROOTS) -> list[Path]:
    """The mount points under `roots` in a /proc/self/mounts text (octal escapes such as
    \\040 for a space decoded), in the order mounted."""
    found = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        point = fields[1].encode().decode("unicode_escape")
        if any(point.startswith(root.rstrip("/") + "/") for root in roots):
            found.append(Path(point))
    return found


IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".bmp", ".tif", ".tiff")


def images_on(root: Path, max_depth: int = 3, limit: int = 500) -> list[Path]:
    """Picture files on a drive, at most `max_depth` folders deep (a camera's DCIM/100XXX),
    sorted by path; hidden files and folders are skipped. Unreadable folders are left out."""
    found: list[Path] = []

    def walk(folder: Path, depth: int) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if len(found) >= limit or entry.name.startswith("."):
                continue
            if entry.is_dir() and not entry.is_symlink():
                if depth < max_depth:
                    walk(entry, depth + 1)
            elif entry.suffix.lower() in IMAGE_SUFFIXES and entry.is_file():
                found.append(entry)

    walk(root, 0)
    return found
