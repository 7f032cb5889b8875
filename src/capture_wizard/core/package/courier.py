"""Deliver the outbox: retries with exponential backoff and jitter, in rounds, in the background.

The outbox is the queue, so nothing is kept in memory between rounds: after a restart the next
round simply finds the packages that are still there. A package leaves the outbox (moved to
sent/ or deleted) only after the server said it has stored it.
"""

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from capture_wizard.core.package.delivery import (
    HttpUploader,
    Refused,
    SettingsProblem,
    TryLater,
)
from capture_wizard.core.package.outbox import Entry, Outbox
from capture_wizard.core.settings import UploadSettings

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    SENT = "sent"
    TRY_LATER = "try_later"
    """Still in the outbox; a later round tries again."""
    REFUSED = "refused"
    """Moved to rejected/ with the server's reason."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    initial: float = 1.0
    maximum: float = 60.0

    def delay(self, retry: int, rng: random.Random) -> float:
        """Wait before retry number `retry` (1, 2, ...): doubling, capped, with "equal jitter"
        (half fixed, half random) so that many kiosks coming back online do not retry in step."""
        ceiling = min(self.maximum, self.initial * 2 ** (retry - 1))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


@dataclass
class Round:
    """What one pass over the outbox achieved."""

    sent: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    problem: str = ""
    """The last error in words ("" when all went through)."""


class Courier:
    """Sends outbox packages through an uploader; one round at a time (thread-safe)."""

    def __init__(
        self,
        outbox: Outbox,
        uploader,
        policy: RetryPolicy,
        keep_sent: bool = True,
        rng: random.Random | None = None,
    ) -> None:
        self.outbox = outbox
        self.uploader = uploader
        self.policy = policy
        self.keep_sent = keep_sent
        self._stop = threading.Event()
        """Set by stop(): ends the waits between retries."""
        self._rng = rng or random.Random()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, outbox: Outbox, upload: UploadSettings) -> "Courier":
        uploader = HttpUploader(upload.endpoint, upload.bearer_token(), upload.timeout)
        policy = RetryPolicy(upload.attempts, upload.backoff_initial, upload.backoff_max)
        return cls(outbox, uploader, policy, keep_sent=upload.after_send == "move")

    def stop(self) -> None:
        """Ends the retry waits of a running round (the current request finishes first)."""
        self._stop.set()

    def try_send_now(self, entry: Entry) -> tuple[Outcome, str] | None:
        """One attempt at once (a person is waiting), unless a round is running: then None, and
        the package goes with the next round. SettingsProblem propagates."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self._send(entry, 1)
        finally:
            self._lock.release()

    def send_pending(self) -> Round:
        """One round over everything in the outbox, oldest first."""
        result = Round()
        with self._lock:
            for entry in self.outbox.pending():
                if self._stop.is_set():
                    result.waiting.append(entry.reference)
                    continue
                try:
                    outcome, message = self._send(entry, self.policy.attempts)
                except SettingsProblem as exc:
                    result.problem = str(exc)
                    result.waiting += [e.reference for e in self.outbox.pending()]
                    break
                {
                    Outcome.SENT: result.sent,
                    Outcome.TRY_LATER: result.waiting,
                    Outcome.REFUSED: result.refused,
                }[outcome].append(entry.reference)
                if message:
                    result.problem = message
        return result

    def _send(self, entry: Entry, attempts: int) -> tuple[Outcome, str]:
        try:
            data = entry.path.read_bytes()
        except FileNotFoundError:  # another sender (e.g. `capture-wizard outbox send`) took it
            return Outcome.SENT, ""
        last = ""
        for attempt in range(1, attempts + 1):
            try:
                self.uploader.upload(entry.name, entry.reference, data)
            except TryLater as exc:
                last = str(exc)
                log.info("package %s: attempt %d failed: %s", entry.reference, attempt, last)
                if attempt < attempts and self._stop.wait(self.policy.delay(attempt, self._rng)):
                    break
                continue
            except Refused as exc:
                log.warning("package %s refused: %s", entry.reference, exc)
                self.outbox.mark_refused(entry, str(exc))
                return Outcome.REFUSED, str(exc)
            self.outbox.mark_sent(entry, keep=self.keep_sent)
            log.info("package %s sent", entry.reference)
            return Outcome.SENT, ""
        return Outcome.TRY_LATER, last


class BackgroundCourier:
    """Runs a round now, then every `interval` seconds or when woken, on its own thread."""

    def __init__(
        self,
        courier: Courier,
        interval: float,
        on_round: Callable[[Round], None] = lambda result: None,
    ) -> None:
        self.courier = courier
        self.interval = interval
        self.on_round = on_round
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox-courier", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._stopping.set()
        self.courier.stop()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                result = self.courier.send_pending()
            except Exception:  # a bug must not kill the queue silently
                log.exception("sending the outbox failed")
                result = Round(problem="an unexpected error; see the log file")
            if result.sent or result.waiting or result.refused or result.problem:
                self.on_round(result)
            self._wake.wait(self.interval)
            self._wake.clear()
