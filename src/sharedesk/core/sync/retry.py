"""When to try a failed upload again: exponential backoff with full jitter, capped.

Jitter spreads retries from many laptops that regain connectivity at the same moment (after a
server outage, every client would otherwise retry in lock-step). An explicit "sync now" ignores
the backoff; only automatic retries wait for it. Pure functions; thread-safe.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    base_seconds: float = 30.0
    factor: float = 2.0
    cap_seconds: float = 6 * 3600.0
    jitter: float = 0.5  # the delay is drawn from [(1 - jitter) * d, d]

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after ``attempts`` failed attempts (1 = the first failure)."""
        exponent = max(0, attempts - 1)
        ceiling = min(self.cap_seconds, self.base_seconds * self.factor ** min(exponent, 64))
        draw = (rng or random.SystemRandom()).random()
        return ceiling * (1 - self.jitter * draw)

    def next_attempt(self, now: datetime, attempts: int, minimum_seconds: float = 0.0,
                     rng: random.Random | None = None) -> datetime:
        """When an automatic retry may run; ``minimum_seconds`` honours a server's Retry-After."""
        seconds = max(self.delay(attempts, rng), min(minimum_seconds, self.cap_seconds))
        return now + timedelta(seconds=seconds)


DEFAULT_POLICY = RetryPolicy()
