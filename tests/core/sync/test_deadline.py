"""The overall deadline of one HTTP attempt counts from the attempt's start by the clock, not by
when its timer thread gets to run: httpx's own timeout for the TLS handshake is one timeout for
the whole handshake, as long as the deadline, and on a loaded machine it could end before the
timer thread had run, so the attempt was reported as a plain timeout instead of the deadline
(test_receipts' TLS-handshake test failed that way once in a full run)."""

from __future__ import annotations

import time

from sharedesk.core.sync.deadline import Deadline


def test_expired_by_the_clock_even_while_the_timer_thread_cannot_run() -> None:
    cutoff = Deadline(0.05)
    with cutoff:
        assert not cutoff.expired
        with cutoff._lock:  # the timer thread waits here, as a starved thread would
            time.sleep(0.1)
            assert cutoff.expired
    assert cutoff.expired


def test_not_expired_before_its_time() -> None:
    cutoff = Deadline(30)
    with cutoff:
        assert not cutoff.expired
