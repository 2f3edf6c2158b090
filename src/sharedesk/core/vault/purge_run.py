"""A retention run: many records purged in short transactions, the search index rewritten once.

``purge.purge`` rewrites the whole search index (FTS5 ``optimize``) in every call, under the
vault lock: a run of 1,000 records in batches of 500 rewrote it twice, and on a large vault each
rewrite held the lock for seconds. Here each batch is its own short transaction (stubs, audit
events, index rows deleted) and the index is then merged once, in steps of ``MERGE_PAGES``
pages, each step its own transaction, so the lock is free between steps and the GUI goes on.
Merging every segment into one drops the purged rows' terms as ``optimize`` does (a deleted
FTS5 row is otherwise only masked in the segments). ``secure_delete`` is on for the whole run
and the WAL is truncated at the end, as in ``purge.purge``.

Thread rules: those of the Vault (each step takes its lock).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from sharedesk.core.records.model import utc_now
from sharedesk.core.vault.db import DatabaseError, Handle, transaction
from sharedesk.core.vault.purge import PurgeItem, _purge_one

MERGE_PAGES = 2000  # FTS5 pages written per merge step (about 8 MB, tens of milliseconds)


def purge_run(handle: Handle, items: Sequence[PurgeItem], *, batch: int = 500) -> list[str]:
    """Purge ``items`` ``batch`` to a transaction, then rewrite the search index once without
    their terms. Returns the ids purged (records purged already, or gone, are skipped)."""
    if not items:
        return []
    at = utc_now()
    done: list[str] = []
    with handle.lock:
        handle.conn.execute("PRAGMA secure_delete = ON")
    try:
        for start in range(0, len(items), batch):
            with handle.lock, transaction(handle.conn, handle.path, "purge expired records") as c:
                done += [i.record_id for i in items[start:start + batch] if _purge_one(c, i, at)]
        if done:
            merge_search_index(handle)
    finally:
        with handle.lock:
            handle.conn.execute("PRAGMA secure_delete = OFF")
    if done:
        with handle.lock, contextlib.suppress(DatabaseError):  # busy readers: close checkpoints
            handle.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return done


def merge_search_index(handle: Handle, pages: int = MERGE_PAGES) -> int:
    """Merge the search index's segments into one, ``pages`` pages a transaction, until a step
    changes nothing (FTS5 'merge' with a negative count merges across levels). Returns the
    number of steps."""
    steps = 0
    while True:
        with handle.lock, transaction(handle.conn, handle.path, "rewrite the search index") as c:
            before = c.total_changes
            c.execute("INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('merge', ?)",
                      (-abs(pages),))
            changed = c.total_changes - before > 1  # the command row itself counts one
        steps += 1
        if not changed:
            return steps
