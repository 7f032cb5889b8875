"""Waiting in tests for a condition that another thread makes true."""

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Poll `condition` until it holds or `timeout` seconds have passed. Waiting on the
    courier's own wake event instead would not wait at all while that event is set."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True
