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
from capture_wizard.core.package.store import PackageRefused, Stage, save_package
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


@dataclass(frozen=True)
class Submission:
    reference: str
    encrypted: bool
    delivery: Delivery
    problem: str = ""
    """Why it was not sent (for the log and staff; no personal data)."""


def submit(
    session: CaptureSession,
    settings: PackageSettings,
    courier: Courier | None,
    *,
    progress: Callable[[Stage], None] = lambda stage: None,
    demo_run: bool = False,
) -> Submission:
    """Raises PackageRefused, PackageError or OutboxError when nothing could be saved. Photos
    from the demo camera are sample documents: they are packaged only in a demo run (`--demo`,
    where a trial package is wanted), never passed off as a real person's verification."""
    if session.has_demo_captures and not demo_run:
        raise PackageRefused("photos from the demo camera are packaged only in a demo run (--demo)")
    saved = save_package(session, settings, consent_at=datetime.now(UTC), progress=progress)
    log.info("package %s saved to the outbox", saved.reference)
    if courier is None:
        return Submission(saved.reference, saved.encrypted, Delivery.KEPT)
    progress(Stage.SENDING)
    try:
        result = courier.try_send_now(saved.entry)
    except SettingsProblem as exc:
        log.warning("package %s not sent: %s", saved.reference, exc)
        return Submission(saved.reference, saved.encrypted, Delivery.QUEUED, str(exc))
    if result is None:
        return Submission(saved.reference, saved.encrypted, Delivery.QUEUED, "a round is running")
    outcome, problem = result
    delivery = {
        Outcome.SENT: Delivery.SENT,
        Outcome.TRY_LATER: Delivery.QUEUED,
        Outcome.REFUSED: Delivery.REFUSED,
    }[outcome]
    return Submission(saved.reference, saved.encrypted, delivery, problem)
