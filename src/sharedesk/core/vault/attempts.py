"""Failed unlock attempts, counted in a side file that holds no content.

``<vault>.attempts`` holds only a count and the time of the last failure. It is not part of the
vault: a wrong passphrase leaves the vault and its key file byte-identical and only touches this
counter. The next successful unlock writes the count to the audit chain and removes the file.
Writing is best effort: a read-only location must not turn a wrong passphrase into another error.

The back-off after failures is decided here once, for the GUI and the CLI alike: ``wait_seconds``
says how long until the next try may be made (0: now), counting from the last failure, so
restarting the app or switching to the CLI neither resets nor lengthens the pause.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from datetime import datetime
from pathlib import Path

from sharedesk.core.errors import SharedeskError
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.records.model import utc_now

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0


def attempts_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".attempts")


def pending(vault_path: Path) -> tuple[int, str]:
    """(failures since the last successful unlock, time of the last one)."""
    try:
        data = json.loads(attempts_path(vault_path).read_text(encoding="utf-8"))
        return max(0, int(data["failures"])), str(data.get("last", ""))
    except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError):
        return 0, ""  # unreadable (e.g. deeply nested or "failures": 1e999): start again


def record_failure(vault_path: Path) -> int:
    count = pending(vault_path)[0] + 1
    # "at" is the same moment as "last", to the microsecond, for the back-off's count-down.
    with contextlib.suppress(SharedeskError, OSError):
        write_atomic(attempts_path(vault_path), json.dumps(
            {"failures": count, "last": utc_now(), "at": time.time()}).encode("ascii"))
    return count


def clear(vault_path: Path) -> None:
    with contextlib.suppress(OSError):
        attempts_path(vault_path).unlink(missing_ok=True)


def backoff_seconds(failures: int) -> float:
    """Delay after ``failures`` wrong tries in a row before the next one: none for the first
    few, then 1, 2, 4 ... seconds, capped at ``MAX_DELAY_SECONDS``."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** min(failures - FREE_ATTEMPTS, 16), MAX_DELAY_SECONDS)


def _last_failure(vault_path: Path) -> float | None:
    """When the last failure was recorded (seconds since the epoch), None if unknown."""
    try:
        data = json.loads(attempts_path(vault_path).read_text(encoding="utf-8"))
        if isinstance(data.get("at"), (int, float)) and math.isfinite(data["at"]):
            return float(data["at"])
        return datetime.fromisoformat(str(data["last"]).replace("Z", "+00:00")).timestamp()
    except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError,
            RecursionError):
        return None


def wait_seconds(vault_path: Path, now: float | None = None) -> float:
    """Seconds until the next unlock try of this vault may be made; 0.0: it may be made now.

    The delay for the failures on record, less the time since the last of them. A last failure
    that cannot be read, or lies in the future (the clock was put back), waits the full delay.
    """
    delay = backoff_seconds(pending(vault_path)[0])
    if delay <= 0:
        return 0.0
    last = _last_failure(vault_path)
    elapsed = (time.time() if now is None else now) - last if last is not None else -1.0
    if elapsed < 0:
        return delay
    return max(0.0, delay - elapsed)
