"""The outbox: a directory of finished packages waiting to be sent (it is the upload queue).

A package appears under its final name only when it is complete and on disk: it is written to a
hidden temporary file, flushed with fsync, then renamed (atomic on one file system), and the
directory is fsynced so the rename survives a power cut. A writer killed at any moment leaves
either the complete package or a `.part` file that is never listed.

Such leftovers are removed whenever the outbox is opened (`Outbox(...)`: when the app starts
its sender, for every package written, for `outbox list` and `send`), with or without an upload
endpoint. Only our own temporary files are touched (regular files named `.incoming-*.part`), and
never one a live writer is still writing: the writer holds an exclusive lock (flock) on its
`.part` file from creation until after the rename, and the lock goes when its process dies,
however it dies. So a `.part` file that can be locked belongs to nobody. An age alone cannot
tell: a writer may stall (a slow network disk, a suspended process) past any threshold. The age
still covers the instant between the file's creation and its lock: files younger than a grace
period are left. On Windows, where a file that a process holds open cannot be deleted, that
refusal plays the part of the lock. Where the file system has no locks, only files older than an
hour are removed.

The outbox is the user's only, whatever the umask: its folders (the outbox, sent/, rejected/)
are 0700 and its files 0600. A folder found open to others (an older version made it 0755) is
tightened when the outbox is opened; one that is not the user's to change is refused when a
package is written (OutboxError says what to do). On Windows the folder keeps the access list
it inherits (the user's profile is private by default).
"""

import contextlib
import errno
import logging
import os
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

PACKAGE_SUFFIXES = (".zip.age", ".zip")
"""Encrypted packages, and plain ones (only when development settings allow them)."""
PART_PREFIX, PART_SUFFIX = ".incoming-", ".part"
PART_GRACE_SECONDS = 60.0
"""A `.part` file younger than this is never removed (its writer may not have locked it yet)."""
STALE_PART_SECONDS = 3600.0
"""Where the file system has no locks, a `.part` file older than this is taken for abandoned."""


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


def _private_dir(directory: Path, *, parents: bool = False, strict: bool = True) -> None:
    """Make `directory` if needed and keep it the user's only (0700). Raises OSError, or (when
    `strict`) OutboxError when others can open it and it is not ours to change. sent/ and
    rejected/ are not strict: inside a 0700 outbox, nobody else can reach them anyway."""
    directory.mkdir(mode=0o700, parents=parents, exist_ok=True)
    if os.name == "nt":
        return
    mode = stat.S_IMODE(os.stat(directory).st_mode)
    if mode == 0o700:
        return
    try:
        os.chmod(directory, 0o700)
    except PermissionError:
        if strict and mode & 0o077:
            raise OutboxError(
                f"other users can open it (mode {mode:04o}) and it is not yours to change: "
                f"{directory}; ask an administrator to make it yours only (chmod 700), or set "
                "package.outbox to a folder of your own"
            ) from None


def _private_file(fd: int) -> None:
    """0600 whatever the umask (a new file is made 0600 minus the umask)."""
    if os.name != "nt":
        os.fchmod(fd, 0o600)


def _lock_nowait(fd: int) -> bool | None:
    """Take an exclusive lock on the open file without waiting: True when taken, False when
    another open file holds it (a live writer), None when locks are not available here."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return None  # ENOLCK, EOPNOTSUPP...: a file system without locks
    return True


def _remove_if_abandoned(path: Path, older_than: float) -> bool:
    """Delete one of our `.part` files if no live writer has it. Raises OSError (gone, or
    not ours to delete) for the caller to skip it."""
    info = os.lstat(path)
    age = time.time() - info.st_mtime
    if not stat.S_ISREG(info.st_mode) or age < older_than:
        return False
    if fcntl is None:  # Windows: deleting a file that a live writer holds open fails
        path.unlink()
        return True
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        locked = _lock_nowait(fd)
        if locked is False or (locked is None and age < max(older_than, STALE_PART_SECONDS)):
            return False
        mine, now = os.fstat(fd), os.lstat(path)
        if (mine.st_dev, mine.st_ino) != (now.st_dev, now.st_ino):
            return False  # the name is another file now
        path.unlink()
        return True
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
        self._tighten()
        self.remove_stale_parts()

    def _tighten(self) -> None:
        """Make the existing folders the user's only; never raises (write() refuses)."""
        for directory in (self.directory, self.sent_dir, self.rejected_dir):
            if directory.is_dir():
                try:
                    _private_dir(directory)
                except (OSError, OutboxError) as exc:
                    log.warning("the outbox stays open to other users: %s", exc)

    def write(self, name: str, data: bytes) -> Entry:
        """Store a package atomically under `name`; never overwrites an existing one."""
        final = self.directory / name
        part, fd = None, -1
        try:
            _private_dir(self.directory, parents=True)
            if final.exists():
                raise OutboxError(f"a package named {name} is already in the outbox")
            fd, part = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=self.directory)
            _lock_nowait(fd)  # held until closed, after the rename: cleaners leave the file be
            _private_file(fd)
            with open(fd, "wb", closefd=False) as fh:
                fh.write(data)
            os.fsync(fd)
            if os.name == "nt":  # Windows cannot rename an open file
                os.close(fd)
                fd = -1
            os.replace(part, final)
            part = None
            _fsync_dir(self.directory)
        except OSError as exc:
            raise OutboxError(_plain_words(exc, self.directory)) from exc
        finally:
            if fd >= 0:
                os.close(fd)
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
                _private_dir(self.sent_dir, strict=False)
                os.replace(entry.path, self.sent_dir / entry.name)
            else:
                entry.path.unlink()
        except FileNotFoundError:
            pass

    def mark_refused(self, entry: Entry, reason: str) -> None:
        """The server refused it for good: keep it aside, with the reason, for a person."""
        _private_dir(self.rejected_dir, strict=False)
        reason_file = self.rejected_dir / f"{entry.name}.reason.txt"
        fd = os.open(reason_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        _private_file(fd)
        with open(fd, "w", encoding="utf-8") as fh:
            fh.write(reason + "\n")
        with contextlib.suppress(FileNotFoundError):
            os.replace(entry.path, self.rejected_dir / entry.name)

    def remove_stale_parts(self, older_than: float = PART_GRACE_SECONDS) -> int:
        """Delete `.part` files that writers which died left behind; returns how many. Never
        raises: a file that is gone, locked, or not ours to delete is left alone."""
        try:
            names = os.listdir(self.directory)
        except OSError:
            return 0
        removed = 0
        for name in names:
            if name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX):
                with contextlib.suppress(OSError):
                    removed += _remove_if_abandoned(self.directory / name, older_than)
        return removed
