"""Submitting a session: save the encrypted package, then try to send it at once.

What the person is told afterwards depends only on the `Submission` this returns, so the whole
decision is here (testable without Qt) and the Submit page just runs it on a worker thread.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from capture_wizard.core.package.courier import Courier, Outcome
from capture_wizard.core.package.delivery import SettingsProblem
from capture_wizard.core.package.store import PackageRefused, Stage, build_package, save_package
from capture_wizard.core.session import CaptureSession
from capture_wizard.core.settings import PackageSettings

log = logging.getLogger(__name__)


class Delivery(StrEnum):
    SENT = "sent"
    QUEUED = "queued"
    """Saved; the courier sends it later (no connection, server busy, a round running)."""
    KEPT = "kept"
    """Saved; no upload endpoint is configured, so it is collected from the outbox."""
    REFUSED = "refused"
    """Saved, but the server refused it: staff must look at it (outbox/rejected)."""
    HANDED = "handed"
    """Given to the host application's submit handler (embedding), not to the outbox."""


SubmitHandler = Callable[[str, bytes], None]
"""`handler(name, package_bytes)`: takes the package instead of the outbox; raises if it cannot."""


@dataclass(frozen=True)
class Submission:
    reference: str
    encrypted: bool
    delivery: Delivery
    problem: str = ""
    """Why it was not sent (for the log and staff; no personal data)."""
    steps: tuple[str, ...] = ()
    """What was captured and packaged: "front", "back", "face", "statement"."""


def submit(
    session: CaptureSession,
    settings: PackageSettings,
    courier: Courier | None,
    *,
    progress: Callable[[Stage], None] = lambda stage: None,
    demo_run: bool = False,
    handler: SubmitHandler | None = None,
) -> Submission:
    """Raises PackageRefused, PackageError or OutboxError when nothing could be saved (or what
    `handler` raised). Photos from the demo camera are sample documents: they are packaged only
    in a demo run (`--demo`, where a trial package is wanted), never passed off as a real
    person's verification. With `handler` the package goes to it instead of the outbox."""
    if session.has_demo_captures and not demo_run:
        raise PackageRefused("photos from the demo camera are packaged only in a demo run (--demo)")
    steps = tuple(step.value for step in session.captures)
    if handler is not None:
        built = build_package(session, settings, consent_at=datetime.now(UTC), progress=progress)
        progress(Stage.SENDING)
        handler(built.name, built.data)
        log.info("package %s handed to the host application", built.reference)
        return Submission(built.reference, built.encrypted, Delivery.HANDED, steps=steps)
    saved = save_package(session, settings, consent_at=datetime.now(UTC), progress=progress)
    log.info("package %s saved to the outbox", saved.reference)
    if courier is None:
        return Submission(saved.reference, saved.encrypted, Delivery.KEPT, steps=steps)
    progress(Stage.SENDING)
    try:
        result = courier.try_send_now(saved.entry)
    except SettingsProblem as exc:
        log.warning("package %s not sent: %s", saved.reference, exc)
        return Submission(saved.reference, saved.encrypted, Delivery.QUEUED, str(exc), steps)
    if result is None:
        return Submission(
            saved.reference, saved.encrypted, Delivery.QUEUED, "a round is running", steps
        )
    outcome, problem = result
    delivery = {
        Outcome.SENT: Delivery.SENT,
        Outcome.TRY_LATER: Delivery.QUEUED,
        Outcome.REFUSED: Delivery.REFUSED,
    }[outcome]
    return Submission(saved.reference, saved.encrypted, delivery, problem, steps)
