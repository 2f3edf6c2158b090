"""Logging through an allow-list: only named keys with safe values ever reach a log line.

Call ``event("vault.unlocked", record_id=..., count=...)``. Keys outside ``ALLOWED_KEYS`` are
dropped, and values must be ids, numbers, kinds or short codes, never free text: a value longer
than 64 characters or containing whitespace is replaced by ``<redacted>``. This keeps record
content, names and reasons out of logs even when a caller passes them by mistake.
"""

from __future__ import annotations

import logging
import re

ALLOWED_KEYS = frozenset({
    "record_id", "bundle_id", "flow_id", "flow_version", "outcome", "status", "kind", "count",
    "attempt", "http_status", "seconds", "ms", "version", "error", "transport", "format",
})
_SAFE = re.compile(r"^[A-Za-z0-9_.:\-/+=]{0,64}$")

logger = logging.getLogger("sharedesk")
logger.addHandler(logging.NullHandler())


def safe_fields(**fields: object) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in fields.items():
        if key not in ALLOWED_KEYS:
            continue
        text = str(value)
        out[key] = text if _SAFE.match(text) else "<redacted>"
    return out


def event(name: str, level: int = logging.INFO, **fields: object) -> None:
    """Log an event by kind with allow-listed fields. Thread-safe (the logging module is)."""
    parts = " ".join(f"{k}={v}" for k, v in sorted(safe_fields(**fields).items()))
    logger.log(level, "%s %s", name, parts)
