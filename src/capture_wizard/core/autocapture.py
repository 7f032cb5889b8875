"""Auto-capture: take the picture once the result has stayed good, with the document (or face)
held still, for a short while. A single good frame is not enough: people are still moving the
card into place, and a frame taken mid-movement is often blurred at full resolution.

It works on any report with `ok`, `anchor` (points that must hold still, or None) and
`frame_size`: QualityReport and FaceReport."""

import numpy as np

HOLD_SECONDS = 0.7
"""How long the result must stay good before the picture is taken."""
MAX_DRIFT = 0.04
"""How far (share of the frame diagonal) any anchor point may move during the hold."""


class AutoCapture:
    """Feed it every analysed frame; it says when to take the picture (once per hold)."""

    def __init__(self, hold_seconds: float = HOLD_SECONDS, max_drift: float = MAX_DRIFT) -> None:
        self.hold_seconds = hold_seconds
        self.max_drift = max_drift
        self.reset()

    def reset(self) -> None:
        self._since: float | None = None
        self._anchor: np.ndarray | None = None
        self._fired = False
        self._progress = 0.0

    @property
    def progress(self) -> float:
        """0..1 of the hold completed, for a countdown indicator."""
        return self._progress

    def update(self, report, now: float) -> bool:
        """True exactly once, when this frame completes a steady good hold."""
        if not report.ok or report.anchor is None:
            self.reset()
            return False
        if self._since is None or not self._steady(report):  # a new hold starts here
            self._fired = False
            self._since, self._anchor = now, report.anchor.copy()
        held = now - self._since
        self._progress = min(1.0, held / self.hold_seconds) if self.hold_seconds > 0 else 1.0
        if held >= self.hold_seconds and not self._fired:
            self._fired = True
            return True
        return False

    def _steady(self, report) -> bool:
        if self._anchor is None:
            return True
        w, h = report.frame_size
        drift = np.linalg.norm(report.anchor - self._anchor, axis=1).max()
        return drift <= self.max_drift * float(np.hypot(w, h))


CONFIRM_SECONDS = 2.0
"""How long a good new photo stays on the confirmation, with Retake, before the wizard moves on
by itself: long enough to see it and change one's mind, short enough not to need a click."""
