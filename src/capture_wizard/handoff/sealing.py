"""End-to-end encryption of the phone's photos (scheme `secretbox-v1`).

Each hand-off has a fresh 32-byte key. It travels only in the fragment of the link
(`…/s/<token>#k=<base64url>`), which browsers never send to a server: the phone's page reads it
from `location.hash`, seals every photo with TweetNaCl's `nacl.secretbox` (XSalsa20-Poly1305,
a fresh random 24-byte nonce each time) and uploads `nonce || secretbox(photo)` as
`application/octet-stream` with the header `X-Encryption: secretbox-v1`. The desktop opens it
here, with libsodium (PyNaCl), before anything else looks at the bytes. Without the key a photo
can be neither read nor forged: a body that does not open is refused.

This keeps the photos from whoever only listens on the network. It does not stop an attacker who
can change traffic: the page itself comes over plain HTTP, so a changed page could read the key.
See docs/handoff.md.
"""

import base64
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import nacl.bindings
import nacl.secret
from nacl._sodium import ffi, lib  # libsodium itself, to open a body in place (see open_sealed)

SCHEME = "secretbox-v1"
HEADER = "X-Encryption"
"""The request header that names the scheme of an upload's body."""
KEY_BYTES = nacl.bindings.crypto_secretbox_KEYBYTES  # 32
NONCE_BYTES = nacl.bindings.crypto_secretbox_NONCEBYTES  # 24
MAC_BYTES = nacl.bindings.crypto_secretbox_MACBYTES  # 16
OVERHEAD = NONCE_BYTES + MAC_BYTES
"""A sealed photo is this many bytes longer than the photo."""
FRAGMENT = "k"
"""The link's fragment is `#k=<the key, base64url without padding>`."""


class Undecryptable(Exception):
    """A body that is not a photo sealed with this hand-off's key (too short, altered, another
    key)."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def encode_key(key: bytes) -> str:
    """base64url without padding: 43 characters, safe in a URL fragment."""
    return base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii")


def decode_key(text: str) -> bytes:
    key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(key) != KEY_BYTES:
        raise ValueError(f"a key has {KEY_BYTES} bytes, not {len(key)}")
    return key


def link_fragment(key: bytes) -> str:
    return f"{FRAGMENT}={encode_key(key)}"


def key_from_link(url: str) -> bytes:
    """The key in a hand-off link's fragment (what the phone's page does, for tests and tools)."""
    _, _, fragment = url.partition("#")
    for part in fragment.split("&"):
        name, _, value = part.partition("=")
        if name == FRAGMENT:
            return decode_key(value)
    raise ValueError("the link carries no key")


def seal(key: bytes, photo: bytes) -> bytes:
    """`nonce || secretbox(photo)`, as the phone's page sends it (a fresh random nonce)."""
    return bytes(nacl.secret.SecretBox(key).encrypt(bytes(photo)))


@contextmanager
def opened(key: bytes, body: bytearray) -> Iterator[memoryview]:
    """The photo in a sealed body, opened in place: a view of `body` (released on leaving).

    The photo is never copied into an object that cannot be wiped (PyNaCl's `SecretBox.decrypt`
    returns immutable `bytes`, and libsodium's buffer behind it is freed as it is): it is written
    over the body's own ciphertext, so when the caller zeroes `body` afterwards, as the server
    does with every upload, the only clear copy made here goes with it. libsodium checks the tag
    before it writes anything and allows its output to overlap its input.

    Raises Undecryptable for a body that is too short or does not open with `key`."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a key has {KEY_BYTES} bytes, not {len(key)}")
    if len(body) < OVERHEAD:
        raise Undecryptable("too short to be a sealed photo")
    size = len(body) - OVERHEAD
    nonce = bytes(body[:NONCE_BYTES])
    buffer = ffi.from_buffer("unsigned char[]", body, require_writable=True)
    try:
        sealed = buffer + NONCE_BYTES  # mac || ciphertext; the photo is written from here
        failed = lib.crypto_secretbox_open_easy(sealed, sealed, len(body) - NONCE_BYTES, nonce, key)
    finally:
        ffi.release(buffer)
    if failed:
        raise Undecryptable("the photo does not open with this hand-off's key")
    with memoryview(body) as whole, whole[NONCE_BYTES : NONCE_BYTES + size] as photo:
        yield photo
