"""Helpers shared by the outbox and package command tests: file modes and a deterministic
race with another sender."""

import os
from pathlib import Path


def file_mode(path: Path) -> int:
    """The permission bits of `path`."""
    return path.stat().st_mode & 0o777


def move_at_stat(monkeypatch, victim: Path, destination: Path, nth: int) -> None:
    """Another sender moves `victim` to `destination` just before our `nth` stat() of it: a
    race made deterministic. Every stat() after the listing is a chance for it to be gone."""
    real_stat, calls = Path.stat, []

    def stat(self, *args, **kwargs):
        if self == victim:
            calls.append(self)
            if len(calls) == nth:
                destination.parent.mkdir(exist_ok=True)
                os.replace(victim, destination)
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
