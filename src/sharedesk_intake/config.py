"""The intake's settings, from the ``serve`` command line (or the environment, see cli.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024


@dataclass(frozen=True)
class Config:
    database: str                    # a libpq URL or conninfo; passwords better in PGPASSFILE
    key_file: Path                   # the Ed25519 receipt key (PEM, 0600)
    max_bundle_bytes: int = 64 * MIB  # larger uploads get 413
    retention_days: int = 30         # bodies are dropped this long after a manager's first fetch
    rate_per_minute: float = 120.0   # uploads per device per minute, per instance
    rate_burst: int = 60             # uploads a device may make at once before 429
    retry_after: int = 30            # seconds, sent with 503 and 429
    pool_min: int = 1
    pool_max: int = 10
    pool_timeout: float = 5.0        # waiting longer for a database connection answers 503
    purge_interval: float = 3600.0   # seconds between retention runs (0: never, use `purge`)
    list_limit: int = 500            # most bundles one GET /bundles page lists
