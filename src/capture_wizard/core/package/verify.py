"""Verify a package: encryption envelope, zip structure, manifest schema, image hashes."""

import hashlib
from dataclasses import dataclass, field

import cv2
import numpy as np

from capture_wizard.core.package.archive import PackageError, read_archive
from capture_wizard.core.package.crypto import AGE_MAGIC, DecryptionFailed, decrypt, is_encrypted
from capture_wizard.core.package.manifest import schema_problems


@dataclass
class Verification:
    encrypted: bool
    contents_checked: bool = False
    """False when the package is encrypted and no identity was given."""
    manifest: dict | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def open_package(data: bytes, identity=None) -> bytes:
    """The zip bytes inside a package (decrypted when it is an age file)."""
    if not is_encrypted(data):
        return data
    if identity is None:
        raise PackageError("the package is encrypted: an identity (secret key) is needed")
    try:
        return decrypt(data, identity)
    except DecryptionFailed as exc:
        raise PackageError(str(exc)) from None


def _envelope_problems(data: bytes) -> list[str]:
    """Without the key only the age header can be checked: version line, stanzas, MAC."""
    header_end = data.find(b"\n---", len(AGE_MAGIC))
    if header_end < 0:
        return ["the age header is incomplete"]
    stanzas = data[len(AGE_MAGIC) : header_end].split(b"\n-> ")
    if not any(s.lstrip(b"-> ").startswith(b"X25519 ") for s in stanzas):
        return ["the age header has no X25519 recipient"]
    if len(data) <= data.find(b"\n", header_end + 1) + 1:
        return ["the encrypted payload is missing"]
    return []


def verify_package(data: bytes, identity=None) -> Verification:
    encrypted = is_encrypted(data)
    result = Verification(encrypted=encrypted)
    if encrypted and identity is None:
        result.problems = _envelope_problems(data)
        return result
    try:
        manifest, members = read_archive(open_package(data, identity))
    except PackageError as exc:
        result.problems = [str(exc)]
        return result
    result.contents_checked = True
    result.manifest = manifest
    result.problems = schema_problems(manifest)
    if result.problems:
        return result
    listed = set()
    for image in manifest["images"]:
        name = image["file"]
        listed.add(name)
        blob = members.get(name)
        if blob is None:
            result.problems.append(f"{name} is listed in the manifest but missing")
            continue
        if hashlib.sha256(blob).hexdigest() != image["sha256"]:
            result.problems.append(f"{name}: sha256 does not match the manifest")
            continue
        if len(blob) != image["bytes"]:
            result.problems.append(f"{name}: size does not match the manifest")
        pixels = cv2.imdecode(np.frombuffer(blob, np.uint8), cv2.IMREAD_COLOR)
        if pixels is None:
            result.problems.append(f"{name} is not a readable JPEG")
        elif pixels.shape[:2] != (image["height"], image["width"]):
            result.problems.append(f"{name}: resolution does not match the manifest")
    for name in sorted(set(members) - listed):
        result.problems.append(f"{name} is in the zip but not in the manifest")
    sides = {i["side"] for i in manifest["images"]}
    for side in manifest["document"]["sides"]:
        if side not in sides:
            result.problems.append(f"the {side} of the document is missing")
    return result
