"""The outbox: a directory of finished packages waiting to be sent (it is the upload queue).

A package appears under its final name only when it is complete and on disk: it is written to a
hidden temporary file, flushed with fsync, then renamed (atomic on one file system), and the
directory is fsynced so the rename survives a power cut. A writer killed at any moment leaves
either the complete package or a `.part` file that is never listed and is cleaned up later.
"""

import contextlib
import errno
import os
import tempfile
import time
from dataclasses import dataclass
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


def _is_package(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".") and path.name.endswith(PACKAGE_SUFFIXES)


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
        return Entry(final)

    def pending(self) -> list[Entry]:
        """Packages waiting to be sent, oldest first."""
        if not self.directory.is_dir():
            return []
        paths = [p for p in self.directory.iterdir() if _is_package(p)]
        return [Entry(p) for p in sorted(paths, key=lambda p: (p.stat().st_mtime, p.name))]

    def _listed(self, directory: Path) -> list[Entry]:
        if not directory.is_dir():
            return []
        return [Entry(p) for p in sorted(directory.iterdir()) if _is_package(p)]

    def sent(self) -> list[Entry]:
        return self._listed(self.sent_dir)

    def rejected(self) -> list[Entry]:
        return self._listed(self.rejected_dir)

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
