"""The outbox: atomic writes that survive a killed writer, plain errors for a full disk."""

import contextlib
import errno
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from file_helpers import file_mode, move_at_stat

from capture_wizard.cli import main
from capture_wizard.core.package.crypto import generate_keypair, parse_identity
from capture_wizard.core.package.outbox import Outbox, OutboxError
from capture_wizard.core.package.store import save_package
from capture_wizard.core.package.verify import verify_package
from capture_wizard.core.settings import PackageSettings
from capture_wizard.core.specimens.session import specimen_session

WRITER = Path(__file__).with_name("outbox_writer.py")


def test_write_lists_and_marks_packages(tmp_path):
    outbox = Outbox(tmp_path / "out")
    assert outbox.pending() == []
    first = outbox.write("CW-AAAA-0001.zip.age", b"one")
    second = outbox.write("CW-AAAA-0002.zip.age", b"two")
    (tmp_path / "out" / ".incoming-x.part").write_bytes(b"half")
    assert [e.reference for e in outbox.pending()] == ["CW-AAAA-0001", "CW-AAAA-0002"]
    with pytest.raises(OutboxError, match="already in the outbox"):
        outbox.write(first.name, b"again")
    outbox.mark_sent(first, keep=True)
    outbox.mark_sent(first, keep=True)  # a second sender finding it gone is fine
    outbox.mark_refused(second, "HTTP 422: bad")
    assert outbox.pending() == [] and [e.name for e in outbox.sent()] == [first.name]
    assert [e.name for e in outbox.rejected()] == [second.name]
    assert "422" in (outbox.rejected_dir / f"{second.name}.reason.txt").read_text()
    assert outbox.remove_stale_parts(older_than=3600) == 0
    assert outbox.remove_stale_parts(older_than=0) == 1


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "disk is full"), (errno.EACCES, "no permission")]
)
def test_a_failed_write_says_why_and_leaves_nothing(tmp_path, monkeypatch, code, words):
    outbox = Outbox(tmp_path)

    def fail(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutboxError, match=words):
        outbox.write("CW-AAAA-0003.zip.age", b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_a_writer_killed_at_random_moments_leaves_whole_packages_or_none(tmp_path):
    keys = generate_keypair()
    settings = PackageSettings(recipients=(keys.recipient,), outbox=str(tmp_path / "source"))
    for document in ("id_card", "passport"):  # real encrypted packages, a few MB each
        save_package(specimen_session(document), settings, consent_at=datetime.now(UTC))
    source = tmp_path / "source"
    originals = {p.read_bytes() for p in source.iterdir()}
    outbox = Outbox(tmp_path / "outbox")
    identity = parse_identity(keys.identity)
    rng = random.Random(4)
    parts_seen = 0
    for run in range(30):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(outbox.directory), str(source), f"run{run:02d}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        parts_seen += outbox.remove_stale_parts(older_than=0)
    packages = outbox.pending()
    assert packages, "the writer never finished a package"
    for entry in packages:  # byte for byte one of the originals, which all verify
        assert entry.path.read_bytes() in originals, f"{entry.name} is not a complete copy"
    assert all(verify_package(data, identity).ok for data in originals)
    print(f"{len(packages)} complete packages, {parts_seen} unfinished .part files removed")


def test_a_package_another_sender_moves_during_the_listing_is_skipped(tmp_path, monkeypatch):
    """The other sender moves the package just before our 1st, 2nd, ... stat() of it, until
    our listing no longer looks at it: never an error, and it is listed only while there."""
    outbox = Outbox(tmp_path / "out")
    outbox.write("CW-AAAA-0001.zip.age", b"one")
    victim = outbox.write("CW-AAAA-0002.zip.age", b"two")
    moved = outbox.sent_dir / victim.name
    for nth in range(1, 10):
        with monkeypatch.context() as patch:
            move_at_stat(patch, victim.path, moved, nth)
            listed = [e.reference for e in outbox.pending()]
        if not moved.exists():  # the listing stat()s it fewer than nth times
            assert nth > 1 and listed == ["CW-AAAA-0001", "CW-AAAA-0002"]
            break
        assert listed == ["CW-AAAA-0001"]
        assert [e.name for e in outbox.sent()] == [victim.name]  # not lost: the other has it
        os.replace(moved, victim.path)
    else:
        pytest.fail("the listing stat()s a package more than 9 times")


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_leftover_parts_are_removed_whenever_the_outbox_is_opened(tmp_path, capsys):
    """Without [upload] nothing ever sends, so opening the outbox (for a package, for `outbox
    list`) is when a killed writer's `.part` files go (issue 18, item 11)."""
    directory = tmp_path / "out"
    Outbox(directory).write("CW-AAAA-0001.zip.age", b"one")
    leftover, fresh = directory / ".incoming-dead1.part", directory / ".incoming-new.part"
    not_ours = [directory / "notes.part", directory / ".incoming-x.txt", directory / "x.part"]
    for path in (leftover, fresh, *not_ours):
        path.write_bytes(b"half")
    for path in (leftover, *not_ours):
        _age(path, 7200)
    (directory / ".incoming-dir.part").mkdir()
    _age(directory / ".incoming-dir.part", 7200)
    Outbox(directory)
    assert not leftover.exists()
    assert fresh.exists(), "a part younger than the grace period may be a writer starting"
    assert all(path.exists() for path in not_ours) and (directory / ".incoming-dir.part").is_dir()
    assert [e.name for e in Outbox(directory).pending()] == ["CW-AAAA-0001.zip.age"]

    another = directory / ".incoming-dead2.part"
    another.write_bytes(b"half")
    _age(another, 7200)
    config = tmp_path / "config.toml"
    config.write_text(f'[package]\nallow_unencrypted = true\noutbox = "{directory}"\n')
    assert main(["--config", str(config), "outbox", "list"]) == 0  # no [upload] at all
    assert "Waiting: 1" in capsys.readouterr().out and not another.exists()


def test_a_live_writers_part_is_never_removed_however_old_it_looks(tmp_path, monkeypatch):
    """The writer holds a lock on its `.part` file until the rename; a cleaner removes only
    unlocked ones (a writer that died released its lock). Age alone is not trusted: a writer
    can stall (a slow network disk, a suspended process) past any threshold."""
    outbox = Outbox(tmp_path / "out")
    writing, finish, failures = threading.Event(), threading.Event(), []
    real_fsync = os.fsync

    def slow_fsync(fd):
        if not writing.is_set():
            writing.set()
            finish.wait(10)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_fsync)

    def write():
        try:
            outbox.write("CW-AAAA-0009.zip.age", b"x" * 100_000)
        except Exception as exc:
            failures.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    assert writing.wait(10)
    (part,) = outbox.directory.glob(".incoming-*.part")
    _age(part, 7200)
    Outbox(outbox.directory)
    assert outbox.remove_stale_parts(older_than=0) == 0
    assert part.exists()
    finish.set()
    writer.join(10)
    assert failures == [] and not part.exists()
    assert (outbox.directory / "CW-AAAA-0009.zip.age").read_bytes() == b"x" * 100_000


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_outbox_is_the_users_only_whatever_the_umask(tmp_path, open_umask):
    outbox = Outbox(tmp_path / "data" / "outbox")
    first = outbox.write("CW-AAAA-0001.zip.age", b"one")
    second = outbox.write("CW-AAAA-0002.zip.age", b"two")
    outbox.mark_sent(first, keep=True)
    outbox.mark_refused(second, "HTTP 422: bad")
    assert file_mode(outbox.directory) == 0o700
    assert file_mode(outbox.sent_dir) == 0o700 and file_mode(outbox.rejected_dir) == 0o700
    files = [*outbox.sent_dir.iterdir(), *outbox.rejected_dir.iterdir()]
    assert len(files) == 3 and {file_mode(p) for p in files} == {0o600}


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_outbox_left_open_to_others_is_tightened_or_refused(tmp_path, monkeypatch, open_umask):
    directory = tmp_path / "outbox"
    (directory / "sent").mkdir(parents=True, mode=0o755)
    directory.chmod(0o755)
    outbox = Outbox(directory)  # an older version made it 0755: opening it tightens it
    assert file_mode(directory) == 0o700 and file_mode(directory / "sent") == 0o700

    directory.chmod(0o750)

    def not_the_owner(path, mode, *args, **kwargs):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", not_the_owner)
    Outbox(directory)  # opening never fails: the app still starts and sends what waits
    with pytest.raises(OutboxError, match=r"other users can open it \(mode 0750\)"):
        outbox.write("CW-AAAA-0003.zip.age", b"three")
    assert outbox.pending() == []


def test_the_app_start_removes_leftover_parts_without_an_upload_endpoint(tmp_path):
    """Starting the app opens the outbox even when nothing is ever sent from it, so a killed
    writer's parts do not pile up on a kiosk without [upload] (issue 18, item 11)."""
    from capture_wizard.app import start_courier
    from capture_wizard.core.settings import Settings

    directory = tmp_path / "out"
    directory.mkdir()
    leftover = directory / ".incoming-dead.part"
    leftover.write_bytes(b"half")
    _age(leftover, 7200)
    settings = Settings(package=PackageSettings(outbox=str(directory)))
    assert start_courier(settings) is None  # no [upload]: no sender
    assert not leftover.exists()
