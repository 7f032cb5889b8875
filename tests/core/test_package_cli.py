"""`capture-wizard keygen`, `package verify|open` and `outbox list|send`."""

import json
import os
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from file_helpers import file_mode, move_at_stat
from waiting import wait_until

from capture_wizard.cli import main
from capture_wizard.core.package.store import save_package
from capture_wizard.core.settings import PackageSettings
from capture_wizard.core.specimens.session import specimen_session


@pytest.fixture
def key(tmp_path, capsys):
    path = tmp_path / "backoffice.key"
    assert main(["keygen", "--out", str(path)]) == 0
    public = next(w for w in capsys.readouterr().out.split() if w.startswith("age1"))
    return path, public


@pytest.fixture
def package(tmp_path, key):
    settings = PackageSettings(recipients=(key[1],), outbox=str(tmp_path / "outbox"))
    return save_package(specimen_session(), settings, consent_at=datetime.now(UTC)).entry.path


def test_keygen_writes_a_private_key_file_once(key, capsys):
    path, public = key
    assert path.stat().st_mode & 0o777 == 0o600
    text = path.read_text()
    assert f"# public key: {public}" in text and "AGE-SECRET-KEY-1" in text
    assert main(["keygen", "--out", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["keygen"]) == 0
    captured = capsys.readouterr()
    assert "AGE-SECRET-KEY-1" in captured.out and "Public key: age1" in captured.err


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_accepts_the_generated_key(key, package):
    plain = subprocess.run(
        ["age", "-d", "-i", str(key[0]), str(package)], capture_output=True, check=True
    ).stdout
    assert plain.startswith(b"PK\x03\x04")


def test_verify_with_and_without_the_key(key, package, tmp_path, capsys):
    assert main(["package", "verify", str(package)]) == 0
    assert "only the envelope" in capsys.readouterr().out
    assert main(["package", "verify", "--identity", str(key[0]), str(package)]) == 0
    assert "hashes match" in capsys.readouterr().out
    broken = tmp_path / "broken.zip.age"
    broken.write_bytes(package.read_bytes()[:-100])
    args = ["package", "verify", "--json", "--identity", str(key[0])]
    assert main([*args, str(package), str(broken), str(tmp_path / "none")]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["ok"] for line in lines] == [True, False, False]
    assert lines[0]["reference"] and lines[0]["contents_checked"]
    assert "cannot be read" in lines[2]["problems"][0]


def test_verify_refuses_a_file_that_is_not_a_key(package, tmp_path, capsys):
    not_a_key = tmp_path / "key.txt"
    not_a_key.write_text("hello\n")
    assert main(["package", "verify", "--identity", str(not_a_key), str(package)]) == 2
    assert "no valid age secret key" in capsys.readouterr().err


def test_open_writes_the_manifest_and_images(key, package, tmp_path, capsys):
    out = tmp_path / "opened"
    assert (
        main(["package", "open", str(package), "--identity", str(key[0]), "--out", str(out)]) == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["back.jpg", "front.jpg", "manifest.json"]
    assert json.loads((out / "manifest.json").read_text())["format_version"] == 1
    assert "delete them when done" in capsys.readouterr().out
    again = ["package", "open", str(package), "--identity", str(key[0]), "--out", str(out)]
    assert main(again) == 2 and "not empty" in capsys.readouterr().err
    other = tmp_path / "other.key"
    assert main(["keygen", "--out", str(other)]) == 0
    capsys.readouterr()
    wrong = ["package", "open", str(package), "--identity", str(other), "--out", str(out / "x")]
    assert main(wrong) == 2 and "cannot open the package" in capsys.readouterr().err


def test_outbox_list_and_send(tmp_path, key, receiver, capsys):
    config = tmp_path / "config.toml"
    config.write_text(
        f'[package]\nrecipients = ["{key[1]}"]\noutbox = "{tmp_path / "outbox"}"\n'
        f'[upload]\nendpoint = "{receiver.url}"\ntoken = "{receiver.token}"\n'
        "backoff_initial = 0.01\n"
    )
    settings = PackageSettings(recipients=(key[1],), outbox=str(tmp_path / "outbox"))
    saved = save_package(specimen_session(), settings, consent_at=datetime.now(UTC))
    assert main(["--config", str(config), "outbox"]) == 0
    listing = capsys.readouterr().out
    assert "Waiting: 1" in listing and saved.reference in listing and "encrypted for 1" in listing
    assert main(["--config", str(config), "outbox", "send"]) == 0
    assert "Sent: 1" in capsys.readouterr().out and saved.reference in receiver.stored
    receiver.answer = 503
    save_package(specimen_session(), settings, consent_at=datetime.now(UTC))
    config.write_text(config.read_text() + "attempts = 2\n")
    assert main(["--config", str(config), "outbox", "send"]) == 1
    assert "HTTP 503" in capsys.readouterr().out


def test_the_app_sends_what_waits_in_the_outbox_when_it_starts(tmp_path, key, receiver):
    from capture_wizard.app import start_courier
    from capture_wizard.core.settings import Settings, UploadSettings

    package = PackageSettings(recipients=(key[1],), outbox=str(tmp_path / "outbox"))
    saved = save_package(specimen_session(), package, consent_at=datetime.now(UTC))
    assert start_courier(Settings(package=package)) is None  # no endpoint: nothing to start
    upload = UploadSettings(endpoint=receiver.url, token=receiver.token)
    background = start_courier(Settings(package=package, upload=upload))
    try:
        wait_until(lambda: saved.reference in receiver.stored, timeout=5.0)
        assert saved.reference in receiver.stored
    finally:
        background.stop(timeout=5)
    broken = UploadSettings(endpoint="ftp://nope")
    assert start_courier(Settings(package=package, upload=broken)) is None  # logged, not fatal


def test_outbox_send_and_list_skip_a_package_another_sender_takes(
    tmp_path, key, receiver, capsys, monkeypatch
):
    """Another sender moves a package to sent/ just before our 1st, 2nd, ... stat() of it: we
    neither fail nor send it again, and it is not lost (issue 18, item 12)."""
    for nth in range(1, 10):
        outbox = tmp_path / f"outbox{nth}"
        config = tmp_path / "config.toml"
        config.write_text(
            f'[package]\nrecipients = ["{key[1]}"]\noutbox = "{outbox}"\n'
            f'[upload]\nendpoint = "{receiver.url}"\ntoken = "{receiver.token}"\n'
        )
        settings = PackageSettings(recipients=(key[1],), outbox=str(outbox))
        kept = save_package(specimen_session(), settings, consent_at=datetime.now(UTC))
        taken = save_package(specimen_session(), settings, consent_at=datetime.now(UTC))
        moved = outbox / "sent" / taken.entry.name
        with monkeypatch.context() as patch:
            move_at_stat(patch, taken.entry.path, moved, nth)
            assert main(["--config", str(config), "outbox", "list"]) == 0
        listing = capsys.readouterr().out
        if moved.exists():
            assert "Waiting: 1" in listing and taken.reference not in listing
            moved.rename(taken.entry.path)
        stored_before = set(receiver.stored)
        with monkeypatch.context() as patch:
            move_at_stat(patch, taken.entry.path, moved, nth)
            assert main(["--config", str(config), "outbox", "send"]) == 0
        capsys.readouterr()
        stored = set(receiver.stored) - stored_before
        assert {p.name for p in moved.parent.iterdir()} == {kept.entry.name, moved.name}
        if stored == {kept.reference, taken.reference}:  # we stat() it fewer than nth times
            assert nth > 1
            break
        assert stored == {kept.reference}  # the other sender's package is not sent again
    else:
        pytest.fail("listing and sending stat() a package more than 9 times")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_open_writes_for_the_user_only_whatever_the_umask(
    key, package, tmp_path, capsys, open_umask
):
    args = ["package", "open", str(package), "--identity", str(key[0]), "--out"]
    new = tmp_path / "cases" / "opened"
    assert main([*args, str(new)]) == 0
    assert file_mode(new) == 0o700 and sorted(file_mode(p) for p in new.iterdir()) == [0o600] * 3
    assert "yours only" not in capsys.readouterr().out  # made private: nothing to say

    existing = tmp_path / "inbox"
    existing.mkdir(mode=0o755)
    assert main([*args, str(existing)]) == 0
    assert (
        file_mode(existing) == 0o700
        and sorted(file_mode(p) for p in existing.iterdir()) == [0o600] * 3
    )
    assert "was open to other users (mode 0755); it is now yours only" in capsys.readouterr().out


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_open_refuses_a_folder_others_can_read_that_it_cannot_tighten(
    key, package, tmp_path, capsys, monkeypatch, open_umask
):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o775)

    def not_the_owner(path, mode, *args, **kwargs):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", not_the_owner)
    args = ["package", "open", str(package), "--identity", str(key[0]), "--out", str(shared)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "other users can open it (mode 0775)" in err and "chmod 700" in err
    assert list(shared.iterdir()) == []  # nothing decrypted was written
