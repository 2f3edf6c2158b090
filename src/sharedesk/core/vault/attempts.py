"""Failed unlock attempts, counted in a side file that holds no content.

``<vault>.attempts`` holds only a count and the time of the last failure. It is not part of the
vault: a wrong passphrase leaves the vault and its key file byte-identical and only touches this
counter. The next successful unlock writes the count to the audit chain and removes the file.
Writing is best effort: a read-only location must not turn a wrong passphrase into another error.
"""

from __future__ import annotations

import contextlib
import json
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
    with contextlib.suppress(SharedeskError, OSError):
        write_atomic(attempts_path(vault_path),
                     json.dumps({"failures": count, "last": utc_now()}).encode("ascii"))
    return count


def clear(vault_path: Path) -> None:
    with contextlib.suppress(OSError):
        attempts_path(vault_path).unlink(missing_ok=True)


def backoff_seconds(failures: int) -> float:
    """Delay before the next attempt: none for the first few, then doubling, capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(float(2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY_SECONDS)
