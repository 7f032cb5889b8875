"""The outbox: a directory of finished packages waiting to be sent (it is the upload queue).

A package appears under its final name only when it is complete and on disk: it is written to a
hidden temporary file, flushed with fsync, then renamed (atomic on one file system), and the
directory is fsynced so the rename survives a power cut. A writer killed at any moment leaves
either the complete package or a `.part` file that is never listed and is cleaned up later.
"""

import contextlib
import errno
import os
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_SUFFIXES = (".zip.age", ".zip")
"""Encrypted packages, and plain ones (only when development settings allow them)."""
PART_PREFIX, PART_SUFFIX = ".incoming-", ".part"
STALE_PART_SECONDS = 3600.0
"""Leftover `.part` files older than this come from a writer that died; they are removed."""


class OutboxError(Exception):
    """The outbox cannot be written; the message says why and what to do."""


@dataclass(frozen=True)
class Entry:
    path: Path
    size: int = field(default=0, compare=False)
    mtime: float = field(default=0.0, compare=False)
    """Size and modification time as the listing saw them (0 when not listed)."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def reference(self) -> str:
        name = self.path.name
        for suffix in PACKAGE_SUFFIXES:
            if name.endswith(suffix):
                return name[: -len(suffix)]
        return name


def _packages(directory: Path) -> list[Entry]:
    """The packages in `directory`, each stat()ed once. Another sender may move or delete a
    package at any moment (after sending it): one gone between the listing and its stat() is
    simply not listed — the sender that took it is responsible for it."""
    try:
        paths = list(directory.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    entries = []
    for path in paths:
        if path.name.startswith(".") or not path.name.endswith(PACKAGE_SUFFIXES):
            continue
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(info.st_mode):
            entries.append(Entry(path, info.st_size, info.st_mtime))
    return entries


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _plain_words(exc: OSError, directory: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full ({directory}); free some space and try again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission to write to {directory}; ask an administrator"
    return f"{directory} cannot be written ({exc.strerror or exc})"


class Outbox:
    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.sent_dir = self.directory / "sent"
        self.rejected_dir = self.directory / "rejected"

    def write(self, name: str, data: bytes) -> Entry:
        """Store a package atomically under `name`; never overwrites an existing one."""
        final = self.directory / name
        part = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if final.exists():
                raise OutboxError(f"a package named {name} is already in the outbox")
            fd, part = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=self.directory)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, final)
            part = None
            _fsync_dir(self.directory)
        except OSError as exc:
            raise OutboxError(_plain_words(exc, self.directory)) from exc
        finally:
            if part is not None:
                Path(part).unlink(missing_ok=True)
        return Entry(final, len(data), time.time())

    def pending(self) -> list[Entry]:
        """Packages waiting to be sent, oldest first."""
        return sorted(_packages(self.directory), key=lambda e: (e.mtime, e.name))

    def sent(self) -> list[Entry]:
        return sorted(_packages(self.sent_dir), key=lambda e: e.name)

    def rejected(self) -> list[Entry]:
        return sorted(_packages(self.rejected_dir), key=lambda e: e.name)

    def mark_sent(self, entry: Entry, keep: bool) -> None:
        """Move to sent/ (keep=True) or delete. Gone already = another sender did it."""
        try:
            if keep:
                self.sent_dir.mkdir(exist_ok=True)
                os.replace(entry.path, self.sent_dir / entry.name)
            else:
                entry.path.unlink()
        except FileNotFoundError:
            pass

    def mark_refused(self, entry: Entry, reason: str) -> None:
        """The server refused it for good: keep it aside, with the reason, for a person."""
        self.rejected_dir.mkdir(exist_ok=True)
        (self.rejected_dir / f"{entry.name}.reason.txt").write_text(reason + "\n")
        with contextlib.suppress(FileNotFoundError):
            os.replace(entry.path, self.rejected_dir / entry.name)

    def remove_stale_parts(self, older_than: float = STALE_PART_SECONDS) -> int:
        """Delete `.part` files left by writers that died; returns how many."""
        if not self.directory.is_dir():
            return 0
        removed = 0
        now = time.time()
        for path in self.directory.glob(f"{PART_PREFIX}*{PART_SUFFIX}"):
            try:
                if now - path.stat().st_mtime >= older_than:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
        return removed
