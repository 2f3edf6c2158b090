"""Structured JSON logs and Prometheus metrics.

Log lines are one JSON object each on stderr: a timestamp, a level, an event name and
allow-listed fields. Bundle bodies, tokens, signatures and Authorization headers are never
passed here; a value that is not an id, number or short code is replaced by ``<redacted>``.
Metrics live in a registry per app, so two apps in one process (tests) do not collide; behind
several instances each one exposes its own counters (sum them in Prometheus).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram

_SAFE = re.compile(r"^[A-Za-z0-9_.:\-/+=@ ]{0,100}$")
ALLOWED = frozenset({"method", "route", "status", "ms", "bundle_id", "device", "device_id",
                     "role", "reason", "size", "outcome", "count", "host", "port", "error",
                     "version", "instances", "retention_days", "retry_after"})

logger = logging.getLogger("sharedesk_intake")


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
            + "Z", "level": record.levelname.lower(), "event": record.getMessage()}
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # The kind and place of a failure, never its message or locals (they may hold data).
            tb = record.exc_info[2]
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f" at {tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else ""
            line["exception"] = record.exc_info[0].__name__ + where
        return json.dumps(line, separators=(",", ":"), sort_keys=False)


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter())
    # uvicorn's own messages (start-up, bad HTTP, an unexpected exception) as JSON lines too.
    for name in ("sharedesk_intake", "uvicorn", "uvicorn.error"):
        target = logging.getLogger(name)
        target.handlers[:] = [handler]
        target.setLevel(level)
        target.propagate = False


def safe(**fields: object) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in fields.items():
        if key not in ALLOWED or value is None:
            continue
        if isinstance(value, bool | int | float):
            out[key] = value
        else:
            text = str(value)
            out[key] = text if _SAFE.match(text) else "<redacted>"
    return out


def log(event: str, level: int = logging.INFO, **fields: object) -> None:
    logger.log(level, "%s", event, extra={"fields": safe(**fields)})


class Metrics:
    """The counters named in docs/intake.md."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("intake_requests", "HTTP requests answered",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("intake_request_seconds", "Time to answer a request",
                                 ["route"], registry=self.registry)
        self.stored = Counter("intake_bundles_stored", "Bundles stored for the first time (201)",
                              registry=self.registry)
        self.stored_bytes = Counter("intake_bundle_bytes_stored", "Bytes of bundles stored",
                                    registry=self.registry)
        self.duplicates = Counter("intake_bundle_duplicates",
                                  "Uploads of bytes already held, answered 200", registry=self.registry)
        self.conflicts = Counter("intake_bundle_conflicts",
                                 "Uploads refused because other bytes hold the id (409)",
                                 registry=self.registry)
        self.refusals = Counter("intake_refusals", "Requests refused, by reason", ["reason"],
                                registry=self.registry)
        self.fetched = Counter("intake_bundles_fetched", "Bundles fetched by managers",
                               registry=self.registry)
        self.deleted = Counter("intake_bundles_deleted", "Bundles deleted after import or retention",
                               ["reason"], registry=self.registry)
