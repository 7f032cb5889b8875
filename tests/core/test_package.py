"""The package: contents, manifest schema, age encryption, verification, nothing plain on disk."""

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime

import numpy as np
import pytest
from PIL import Image

from capture_wizard.core.package.archive import build_archive, read_archive
from capture_wizard.core.package.crypto import generate_keypair, parse_identity
from capture_wizard.core.package.manifest import new_reference, schema_problems
from capture_wizard.core.package.store import PackageRefused, Protection, protection, save_package
from capture_wizard.core.package.verify import verify_package
from capture_wizard.core.settings import PackageSettings
from capture_wizard.core.specimens.session import specimen_session
from capture_wizard.core.steps import Step

NOW = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def keys():
    return generate_keypair()


@pytest.fixture
def settings(tmp_path, keys):
    return PackageSettings(recipients=(keys.recipient,), outbox=str(tmp_path / "outbox"))


def _zip(session) -> tuple[dict, dict[str, bytes]]:
    archive = build_archive(session, reference=new_reference(), consent_at=NOW, device_id="k-7")
    return read_archive(archive.data)


def test_the_manifest_describes_every_image_and_follows_the_schema():
    session = specimen_session("id_card", "FRA")
    manifest, members = _zip(session)
    assert schema_problems(manifest) == []
    assert manifest["format_version"] == 1 and manifest["country"] == "FRA"
    assert manifest["document"] == {"type": "id_card", "format": "ID-1", "sides": ["front", "back"]}
    assert manifest["session_id"] == session.id and manifest["device_id"] == "k-7"
    assert manifest["consent_at"] == "2026-11-22T10:30:00.000Z" and manifest["face"] is None
    assert [i["side"] for i in manifest["images"]] == ["front", "back"]
    for image in manifest["images"]:
        capture = session.captures[Step(image["side"])]
        assert image["source"] == "demo" and image["kind"] == "document"
        assert (image["height"], image["width"]) == capture.image.shape[:2]
        assert image["quality"]["ok"] is True and image["quality"]["document"]["corners"]
        assert image["bytes"] == len(members[image["file"]])
    assert sorted(members) == ["images/back.jpg", "images/front.jpg"]


def test_the_face_photo_and_its_outcome_are_in_the_manifest():
    session = specimen_session("passport", "FRA", face=True)
    manifest, members = _zip(session)
    assert schema_problems(manifest) == []
    assert manifest["face"] == {"image": "images/face.jpg", "ok": True, "issues": [], "match": None}
    face = manifest["images"][-1]
    assert (face["kind"], face["side"], face["file"]) == ("face", "face", "images/face.jpg")
    assert len(face["quality"]["faces"]) == 1 and "document" not in face["quality"]
    assert sorted(members) == ["images/face.jpg", "images/front.jpg"]
    broken = json.loads(json.dumps(manifest))
    broken["face"]["match"] = 0.97  # a match is an object: {"score", "same_person"}
    assert schema_problems(broken)


def test_images_are_high_quality_jpegs_without_metadata():
    session = specimen_session("passport")
    original = session.captures[Step.FRONT].image.copy()
    _, members = _zip(session)
    jpeg = members["images/front.jpg"]
    picture = Image.open(io.BytesIO(jpeg))
    assert picture.format == "JPEG" and not picture.getexif() and b"Exif" not in jpeg[:4096]
    reference = io.BytesIO()  # quality 92 as the floor: our tables must be at least as fine
    Image.fromarray(original[..., ::-1]).save(reference, "JPEG", quality=92)
    floor = Image.open(reference).quantization[0]
    assert sum(picture.quantization[0]) < sum(floor)
    decoded = np.asarray(picture)[..., ::-1].astype(np.float32)
    mse = float(np.mean((decoded - original) ** 2))
    assert 10 * np.log10(255**2 / mse) > 38  # PSNR: the back office sees what the camera saw


def test_a_session_with_a_missing_side_is_not_packaged():
    session = specimen_session("id_card")
    session.discard(Step.BACK)
    with pytest.raises(Exception, match="side is missing"):
        build_archive(session, reference=new_reference(), consent_at=NOW)


def test_saved_packages_are_age_files_that_verify_with_the_identity(settings, keys):
    saved = save_package(specimen_session(), settings, consent_at=NOW)
    data = saved.entry.path.read_bytes()
    assert saved.encrypted and saved.entry.name == f"{saved.reference}.zip.age"
    assert data.startswith(b"age-encryption.org/v1\n") and b"PK\x03\x04" not in data
    result = verify_package(data, parse_identity(keys.identity))
    assert result.ok and result.contents_checked, result.problems
    assert result.manifest["reference"] == saved.reference
    without_key = verify_package(data)  # only the envelope can be checked
    assert without_key.ok and not without_key.contents_checked
    assert not verify_package(data[:60]).ok
    wrong = verify_package(data, parse_identity(generate_keypair().identity))
    assert not wrong.ok and "cannot open" in wrong.problems[0]


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_standard_age_tool_decrypts_a_package(settings, keys, tmp_path):
    saved = save_package(specimen_session("passport"), settings, consent_at=NOW)
    identity_file = tmp_path / "key.txt"
    identity_file.write_text(f"# back office\n{keys.identity}\n")
    plain = subprocess.run(
        ["age", "--decrypt", "--identity", str(identity_file), str(saved.entry.path)],
        capture_output=True,
        check=True,
    ).stdout
    manifest, members = read_archive(plain)
    assert manifest["reference"] == saved.reference and "images/front.jpg" in members
    assert verify_package(plain).ok


def test_no_recipient_means_no_package_unless_development_allows_it(tmp_path):
    session = specimen_session()
    refused = PackageSettings(outbox=str(tmp_path / "a"))
    assert protection(refused)[0] == Protection.REFUSED
    with pytest.raises(PackageRefused, match="no recipient"):
        save_package(session, refused, consent_at=NOW)
    assert not (tmp_path / "a").exists()
    broken = PackageSettings(recipients=("age1notakey",), outbox=str(tmp_path / "b"))
    state, why = protection(broken)
    assert state == Protection.REFUSED and "package.recipients" in why
    allowed = PackageSettings(allow_unencrypted=True, outbox=str(tmp_path / "c"))
    assert protection(allowed)[0] == Protection.UNENCRYPTED
    saved = save_package(session, allowed, consent_at=NOW)
    assert not saved.encrypted and saved.entry.name.endswith(".zip")
    assert verify_package(saved.entry.path.read_bytes()).ok


def _rezip(members: dict[str, bytes], manifest: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()


def test_verify_finds_tampering_and_broken_structure():
    manifest, members = _zip(specimen_session())
    assert verify_package(_rezip(members, manifest)).ok
    changed = dict(members)
    front = bytearray(changed["images/front.jpg"])
    front[5000] ^= 0xFF
    changed["images/front.jpg"] = bytes(front)
    assert "sha256 does not match" in verify_package(_rezip(changed, manifest)).problems[0]
    missing = {k: v for k, v in members.items() if k != "images/back.jpg"}
    assert "missing" in verify_package(_rezip(missing, manifest)).problems[0]
    extra = {**members, "notes.txt": b"hello"}
    assert "not in the manifest" in verify_package(_rezip(extra, manifest)).problems[0]
    bad = {**manifest, "format_version": 2}
    assert "format_version" in verify_package(_rezip(members, bad)).problems[0]
    no_country = {k: v for k, v in manifest.items() if k != "country"}
    assert (
        "'country' is a required property"
        in verify_package(_rezip(members, no_country)).problems[0]
    )
    assert "not a valid zip" in verify_package(b"PK\x03\x04 broken").problems[0]


def test_no_identity_image_reaches_the_disk_unencrypted(settings, tmp_path, monkeypatch):
    """Every file opened for writing while a package is made, temporary ones included, is
    recorded by an audit hook: all of them are in the outbox and hold age-encrypted data."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    session = specimen_session("id_card")
    written: list[str] = []
    recording = True

    def hook(event, args):
        if recording and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            mode, flags = args[1] or "", args[2] or 0
            if set(mode) & set("wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                written.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)  # audit hooks cannot be removed; `recording` switches it off
    try:
        saved = save_package(session, settings, consent_at=NOW)
    finally:
        recording = False
    outbox = settings.outbox_dir().resolve()
    assert written, "the audit hook saw no file being written"
    for path in written:
        assert os.path.realpath(os.path.dirname(path)) == str(outbox), path
    assert list(temp.iterdir()) == []
    for path in outbox.iterdir():
        assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert [p.name for p in outbox.iterdir()] == [saved.entry.name]
