"""A retention run: many records purged in short transactions, the search index rewritten once.

The one way records are purged (``Vault.purge`` and retention both come here). Rewriting the
whole search index (FTS5 ``optimize``) per batch under the vault lock, as purging once did, held
the lock for seconds on a large vault. Here each batch is its own short transaction (stubs, audit
events, index rows deleted) and the index is then merged once, in steps of ``MERGE_PAGES``
pages, each step its own transaction, so the lock is free between steps and the GUI goes on.
Merging every segment into one drops the purged rows' terms as ``optimize`` does (a deleted
FTS5 row is otherwise only masked in the segments). ``secure_delete`` is on for the whole run
and the WAL is truncated at the end.

Cost (measured, docs/benchmarks.md): the batches grow with the records purged, not with the
vault; the merge rewrites the whole index (about 24,000 pages at 100,000 records), so a run
still grows with the vault. The index is contentless with ``contentless_delete``: a deleted
row's terms can only leave its segments by rewriting them (FTS5's 'delete' command, which with
``secure-delete`` removes just those terms, is refused for such a table). Steps and batches are
kept small so the lock is held for a fraction of a second at a time (``BATCH``, ``MERGE_PAGES``:
purging 1,000 records at 100,000 on a 2-CPU machine under load 6, the longest transaction took
0.32-0.61 s, against 1.21-1.80 s with the earlier 500 records and 2,000 pages a transaction,
for the same total time).

Thread rules: those of the Vault (each step takes its lock).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from sharedesk.core.records.model import utc_now
from sharedesk.core.vault.db import DatabaseError, Handle, transaction
from sharedesk.core.vault.purge import PurgeItem, _purge_one

BATCH = 100  # records purged per transaction
MERGE_PAGES = 500  # FTS5 pages written per merge step (about 2 MB)


def purge_run(handle: Handle, items: Sequence[PurgeItem], *, batch: int = BATCH) -> list[str]:
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
