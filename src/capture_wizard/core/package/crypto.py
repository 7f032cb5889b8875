"""age encryption (X25519 recipients) through pyrage: a standard format the back office opens
with the `age` tool or any age library. Nothing here is home-made cryptography."""

from dataclasses import dataclass

import pyrage
from pyrage import x25519

AGE_MAGIC = b"age-encryption.org/v1\n"


class InvalidKey(ValueError):
    """A recipient or identity string is not a valid age X25519 key."""


class DecryptionFailed(Exception):
    """The identity does not open this file, or the file is damaged."""


@dataclass(frozen=True)
class KeyPair:
    identity: str
    """The secret key ("AGE-SECRET-KEY-1..."): stays with the back office."""
    recipient: str
    """The public key ("age1..."): goes into the app's configuration."""


def generate_keypair() -> KeyPair:
    identity = x25519.Identity.generate()
    return KeyPair(str(identity), str(identity.to_public()))


def parse_recipients(keys: tuple[str, ...] | list[str]) -> list[x25519.Recipient]:
    parsed = []
    for key in keys:
        try:
            parsed.append(x25519.Recipient.from_str(key.strip()))
        except Exception:
            raise InvalidKey(f"not an age public key (age1...): {key[:12]}...") from None
    return parsed


def parse_identity(text: str) -> x25519.Identity:
    """The secret key from the text of an identity file (comment lines are skipped)."""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return x25519.Identity.from_str(line)
            except Exception:
                break
    raise InvalidKey("no valid age secret key (AGE-SECRET-KEY-1...) found")


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def encrypt(data: bytes, recipients: list[x25519.Recipient]) -> bytes:
    if not recipients:
        raise InvalidKey("at least one recipient is needed")
    return pyrage.encrypt(data, recipients)


def decrypt(data: bytes, identity: x25519.Identity) -> bytes:
    try:
        return pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as exc:
        raise DecryptionFailed(
            "this key cannot open the package, or the package is damaged"
        ) from exc
