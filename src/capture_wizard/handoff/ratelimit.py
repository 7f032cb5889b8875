"""A per-client token bucket: a phone can load the page, poll and upload at a human pace; a
script hammering the server (guessing tokens, flooding uploads) gets 429 and a wait time."""

import time
from collections.abc import Callable

BURST = 40
"""Requests a client may make at once (the page, its state and a few uploads and retries)."""
PER_SECOND = 2.0
"""Sustained requests per second per client."""
MAX_CLIENTS = 4096
"""Clients remembered; beyond that the longest-idle are forgotten (they had a full bucket)."""


class RateLimiter:
    def __init__(
        self,
        burst: int = BURST,
        per_second: float = PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._burst = burst
        self._rate = per_second
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def wait_time(self, client: str) -> float:
        """0 when `client` may go ahead (and is charged one request), else seconds to wait."""
        now = self._clock()
        tokens, last = self._buckets.pop(client, (float(self._burst), now))
        tokens = min(float(self._burst), tokens + (now - last) * self._rate)
        if tokens >= 1.0:
            self._buckets[client] = (tokens - 1.0, now)
            self._forget_oldest()
            return 0.0
        self._buckets[client] = (tokens, now)
        return (1.0 - tokens) / self._rate

    def _forget_oldest(self) -> None:
        while len(self._buckets) > MAX_CLIENTS:  # dicts keep insertion order: oldest first
            del self._buckets[next(iter(self._buckets))]
