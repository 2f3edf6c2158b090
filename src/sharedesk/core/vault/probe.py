"""Raw SQL on an unlocked vault, for tests and benchmarks only.

sharedesk itself never imports this module (tests/test_architecture.py checks): the application
reads and writes the vault through its stores (``repository``, ``outbox_store``, ``import_log``,
...), and nothing outside ``core/vault`` runs SQL. Tests use it to look at what a store wrote
and to tamper with a real vault file; benchmarks to pick rows to work on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sharedesk.core.vault.db import Connection, read, transaction
from sharedesk.core.vault.vault import Vault


def rows(vault: Vault, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run one query under the vault's lock and return every row."""
    with vault._h.lock:
        return read(vault._h.conn, vault.path, sql, params)


@contextmanager
def write(vault: Vault, doing: str = "change the vault") -> Iterator[Connection]:
    """Hold the vault's lock and run one write transaction on its connection."""
    with vault._h.lock, transaction(vault._h.conn, vault.path, doing) as conn:
        yield conn
