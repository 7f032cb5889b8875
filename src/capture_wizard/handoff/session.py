"""One hand-off: its secret token, the key its photos are sealed with, its deadline, the one
phone allowed to use it, and how far each step has come. The server (another thread) and the
desktop both use it, so every change happens under a lock and is reported to the desktop as an
event."""

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np

from capture_wizard.core import instructions
from capture_wizard.core.checks import Report
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.languages import untranslated
from capture_wizard.core.session import Capture, CaptureSource
from capture_wizard.core.steps import Step
from capture_wizard.handoff import sealing

TOKEN_BYTES = 16
"""128 bits of randomness: the link cannot be guessed."""


class StepState(StrEnum):
    WAITING = "waiting"
    CHECKING = "checking"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class PhoneStep:
    """One photo the phone takes: which step, and what its page says."""

    side: Step
    title: str
    """What to photograph, for the phone's page ("Front of your identity card")."""
    hint: str
    camera: str
    """Which phone camera the page asks for: "environment" (back) or "user" (selfie)."""
    state: StepState = StepState.WAITING
    issues: tuple[IssueCode, ...] = ()


class Refused(Exception):
    """A request the hand-off turns down; `code` is stable, `message` is for the person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# Events, reported to the desktop's listener (called on the server's threads).
@dataclass(frozen=True)
class PhoneConnected:
    pass


@dataclass(frozen=True)
class Checking:
    side: Step


@dataclass(frozen=True)
class Accepted:
    capture: Capture
    """The desktop now owns the image (and wipes it with its session)."""


@dataclass(frozen=True)
class Rejected:
    side: Step
    issues: tuple[IssueCode, ...]


@dataclass(frozen=True)
class Finished:
    pass


Event = PhoneConnected | Checking | Accepted | Rejected | Finished


class HandoffSession:
    def __init__(
        self,
        steps: list[PhoneStep],
        lifetime_seconds: float,
        listener: Callable[[Event], None] = lambda event: None,
        clock: Callable[[], float] = time.monotonic,
        translate: Callable[[str, str], str] = untranslated,
        language: str = "en",
    ) -> None:
        """`translate(context, text)`: the desktop's translator (thread-safe), so the phone's
        page, its instructions and refusals speak the person's `language`."""
        self.translate = translate
        self.language = language
        if not steps:
            raise ValueError("a hand-off needs at least one step")
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        self.key = sealing.new_key()
        """This hand-off's own 32 random bytes, which seal the phone's photos. They go to the
        phone only in the link's fragment (`HandoffServer.url`), never in anything served."""
        self._steps = {step.side: step for step in steps}
        self._listener = listener
        self._clock = clock
        self._deadline = clock() + lifetime_seconds
        self._phone: str | None = None
        self._finished = False
        self._closed = False
        self._lock = threading.Lock()
        self.decoding = threading.Lock()
        """Held while an upload is decoded: one decode at a time, so two large uploads at
        once cannot double the memory the desktop spends on what phones send."""

    # --- who may come in ----------------------------------------------------------------------
    def admit(self, token: str, phone: str | None, claim: bool = True) -> str | None:
        """Check a request's token and phone key; returns the phone key (a new one binds the
        first phone that comes). Refused: a wrong token, an ended hand-off, a second phone.

        With `claim=False` (a HEAD, a prefetch, a link preview) a link no phone has used yet is
        only checked, not bound: the answer is None and the real phone can still come."""
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            raise Refused(
                "invalid_link",
                self.translate("Phone", "This link is not valid. Scan the QR code again."),
            )
        with self._lock:
            self._refuse_if_ended()
            if self._phone is None and not claim:
                return None
            if self._phone is None:
                self._phone = secrets.token_urlsafe(TOKEN_BYTES)
                connected = True
            elif phone is not None and hmac.compare_digest(phone.encode(), self._phone.encode()):
                connected = False
            else:
                raise Refused(
                    "in_use",
                    self.translate(
                        "Phone",
                        "This link is already being used on another phone. Ask for a new link "
                        "on the computer.",
                    ),
                )
            key = self._phone
        if connected:
            self._listener(PhoneConnected())
        return key

    def _refuse_if_ended(self) -> None:
        if self._finished:
            raise Refused(
                "finished",
                self.translate("Phone", "All photos were received. Continue on the computer."),
            )
        if self._closed:
            raise Refused(
                "closed", self.translate("Phone", "This link was closed on the computer.")
            )
        if self._clock() > self._deadline:
            raise Refused(
                "expired",
                self.translate(
                    "Phone", "This link has expired. Ask for a new one on the computer."
                ),
            )

    # --- the steps ------------------------------------------------------------------------------
    def begin(self, side: str) -> Step:
        """An upload for `side` starts being checked."""
        with self._lock:
            self._refuse_if_ended()
            step = self._step(side)
            self._steps[step.side] = replace(step, state=StepState.CHECKING, issues=())
        self._listener(Checking(step.side))
        return step.side

    def abandon(self, side: Step) -> None:
        """The upload could not be checked (not an image...): the step waits again."""
        with self._lock:
            self._steps[side] = replace(self._steps[side], state=StepState.WAITING)
        self._listener(Rejected(side, ()))

    def conclude(self, side: Step, image: np.ndarray, report: Report) -> dict:
        """Record the checks' verdict; an accepted image goes to the desktop, a rejected one is
        wiped. Returns the verdict for the phone."""
        with self._lock:
            try:
                self._refuse_if_ended()
            except Refused:
                image.fill(0)  # too late: the hand-off ended while the photo was checked
                raise
            issues = tuple(report.issues)
            state = StepState.ACCEPTED if report.ok else StepState.REJECTED
            self._steps[side] = replace(self._steps[side], state=state, issues=issues)
            self._finished = all(s.state is StepState.ACCEPTED for s in self._steps.values())
            finished = self._finished
            waiting = [
                s.side.value for s in self._steps.values() if s.state is not StepState.ACCEPTED
            ]
        if report.ok:
            self._listener(Accepted(Capture(side, image, report, CaptureSource.PHONE)))
        else:
            image.fill(0)
            self._listener(Rejected(side, issues))
        if finished:
            self._listener(Finished())
        return {
            "side": side.value,
            "accepted": report.ok,
            "issues": [code.value for code in issues],
            "instruction": self._instruction(issues),
            "next": waiting[0] if waiting else None,
            "finished": finished,
        }

    def _step(self, side: str) -> PhoneStep:
        for step in self._steps.values():
            if step.side.value == side:
                return step
        raise Refused(
            "unknown_step", self.translate("Phone", "This photo is not part of the verification.")
        )

    def _instruction(self, issues: tuple[IssueCode, ...]) -> str | None:
        """What the phone shows for a verdict: the first issue's sentence, or nothing (the
        phone's own sentence, context "Phone", else the desktop's, context "Guidance")."""
        if not issues:
            return None
        text = instructions.for_phone(issues[0])
        translated = self.translate("Phone", text)
        return translated if translated != text else self.translate("Guidance", text)

    # --- state ------------------------------------------------------------------------------------
    def close(self) -> None:
        """The desktop ends the hand-off: the link stops working at once."""
        with self._lock:
            self._closed = True

    @property
    def steps(self) -> list[PhoneStep]:
        with self._lock:
            return list(self._steps.values())

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def seconds_left(self) -> float:
        return max(0.0, self._deadline - self._clock())

    @property
    def minutes_left(self) -> int:
        """For people: whole minutes, never "0 minutes" while the link still works."""
        return max(1, round(self.seconds_left / 60))

    @property
    def expired(self) -> bool:
        return self.seconds_left <= 0

    def snapshot(self) -> dict:
        """What the phone's page needs to (re)start: every step and its state."""
        return {
            "steps": [
                {
                    "side": s.side.value,
                    "title": s.title,
                    "hint": s.hint,
                    "camera": s.camera,
                    "state": s.state.value,
                    "instruction": self._instruction(s.issues),
                }
                for s in self.steps
            ],
            "finished": self.finished,
            "seconds_left": round(self.seconds_left),
        }
