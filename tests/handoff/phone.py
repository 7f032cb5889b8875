"""Hand-off sessions for the server tests, checked with the desktop's own checks."""

from datetime import date

import numpy as np

from capture_wizard.core.checks import check_step
from capture_wizard.core.documents import ID1
from capture_wizard.core.steps import Step
from capture_wizard.handoff.session import HandoffSession
from capture_wizard.handoff.steps import phone_steps


def new_session(sides=(Step.FRONT, Step.BACK), lifetime=900.0, **kwargs):
    events: list = []
    steps = phone_steps(tuple(sides), None, "", date(2026, 11, 22))
    return HandoffSession(steps, lifetime, events.append, **kwargs), events


def real_checker(side: Step, frame: np.ndarray):
    """The desktop's own checks, for an ID-1 card."""
    return check_step(frame, side, ID1, thorough=True)
