"""The package zip: the captures as JPEG plus manifest.json, built in memory.

The zip never touches the disk here; `store.py` encrypts it first. JPEGs are encoded from the
pixels (so orientation is already applied and no camera or file metadata survives).
"""

import hashlib
import io
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import cv2
import numpy as np

from capture_wizard import __version__
from capture_wizard.core.package.manifest import FORMAT_VERSION, timestamp
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.steps import Step

JPEG_QUALITY = 95
"""High enough that a back-office reviewer (or OCR) loses nothing the camera saw."""
MANIFEST_NAME = "manifest.json"
MAX_MEMBER_BYTES = 64 * 1024 * 1024
"""Reading refuses zip members larger than this (a package is a few MB per image)."""


class PackageError(Exception):
    """A package cannot be built or read; the message says why in plain words."""


@dataclass(frozen=True)
class Archive:
    data: bytes
    """The zip file's bytes: identity images in plain form, so never written to disk as is."""
    manifest: dict


def encode_jpeg(image: np.ndarray) -> bytes:
    """BGR pixels -> JPEG bytes with no metadata at all (no EXIF, no GPS, no camera model)."""
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise PackageError("an image could not be encoded as JPEG")
    return buffer.tobytes()


def encode_all(images: list[np.ndarray]) -> list[bytes]:
    """JPEG-encode on two threads: OpenCV releases the GIL while it encodes."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(encode_jpeg, images))


def write_zip(manifest: dict, members: list[tuple[str, bytes]]) -> bytes:
    """The zip bytes: manifest.json deflated, the JPEGs stored (they do not compress)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        text = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
        archive.writestr(MANIFEST_NAME, text, compress_type=zipfile.ZIP_DEFLATED)
        for name, jpeg in members:
            archive.writestr(name, jpeg, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


_KIND = {Step.FACE: "face", Step.STATEMENT: "statement"}


def build_archive(
    session: CaptureSession,
    *,
    reference: str,
    consent_at: datetime,
    device_id: str = "",
) -> Archive:
    """The zip for a complete session: every document side, and the face when taken."""
    document = session.document
    if document is None or document.format is None or not session.documents_complete:
        raise PackageError("the session is not complete: a document side is missing")
    captures = [
        session.captures[s]
        for s in (*document.sides, Step.FACE, Step.STATEMENT)
        if s in session.captures
    ]
    encoded = encode_all([c.image for c in captures])
    images = []
    members = []
    for capture, jpeg in zip(captures, encoded, strict=True):
        name = f"images/{capture.side.value}.jpg"
        height, width = capture.image.shape[:2]
        images.append(
            {
                "file": name,
                "kind": _KIND.get(capture.side, "document"),
                "side": capture.side.value,
                "source": capture.source.value,
                "taken_at": timestamp(capture.taken_at),
                "width": width,
                "height": height,
                "bytes": len(jpeg),
                "sha256": hashlib.sha256(jpeg).hexdigest(),
                "quality": capture.report.as_dict(),
            }
        )
        members.append((name, jpeg))
    manifest = {
        "format_version": FORMAT_VERSION,
        "app": {"name": "capture-wizard", "version": __version__},
        "reference": reference,
        "session_id": session.id,
        "started_at": timestamp(session.started_at),
        "created_at": timestamp(datetime.now(UTC)),
        "consent_at": timestamp(consent_at),
        "device_id": device_id or None,
        "country": session.country,
        "document": {
            "type": document.key,
            "format": document.format.name,
            "sides": [s.value for s in document.sides],
        },
        "images": images,
        "face": _face_summary(session),
    }
    return Archive(write_zip(manifest, members), manifest)


def _face_summary(session: CaptureSession) -> dict | None:
    """The face check's outcome at a glance (the full report is the face image's `quality`),
    with its comparison with the document's portrait (null when none was made)."""
    capture = session.captures.get(Step.FACE)
    if capture is None:
        return None
    return {
        "image": f"images/{Step.FACE.value}.jpg",
        "ok": capture.report.ok,
        "issues": [str(i) for i in capture.report.issues],
        "match": capture.report.match.as_dict() if capture.report.match else None,
    }


def read_archive(data: bytes) -> tuple[dict, dict[str, bytes]]:
    """(manifest, {member name: bytes}) of a package zip; PackageError if it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {}
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if info.file_size > MAX_MEMBER_BYTES:
                    raise PackageError(f"{info.filename} is implausibly large")
                members[info.filename] = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise PackageError(f"not a valid zip archive ({exc})") from None
    if MANIFEST_NAME not in members:
        raise PackageError("manifest.json is missing")
    try:
        manifest = json.loads(members.pop(MANIFEST_NAME).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"manifest.json is not valid JSON ({exc})") from None
    return manifest, members
