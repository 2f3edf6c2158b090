"""A retention run: many records purged in short transactions; the search index rewritten after.

The one way records are purged (``Vault.purge`` and retention both come here). A run has two
parts:

1. **The purge** (``purge_run``): ``BATCH`` records a transaction, each replaced by its stub,
   its amendments, countersignatures and search-index row deleted, audited (vault/purge.py).
   When a batch commits, its records' content is gone from the vault's tables and no search
   finds them. This part grows with the records purged, not with the vault.
2. **The index rewrite** (``rewrite_search_index``): a deleted row of the contentless search
   index (``contentless_delete``) is only masked by a tombstone; its words stay in the index
   segments, encrypted like the rest of the file, until the segments are rewritten. The rewrite
   merges every segment into one, ``MERGE_PAGES`` pages a transaction (the lock is free between
   steps), which drops the purged rows' words as ``optimize`` does. It is linear in the size of
   the index (about 24,000 pages at 100,000 records), housekeeping like ``vault verify``.

The meta row ``search_rewrite_pending`` is set in the same transaction as the first batch that
purges anything and cleared in the rewrite's last step, so a run stopped between the two (the
process killed, the laptop shut) leaves the debt recorded: the next sync or ``sharedesk outbox
purge`` finishes it (``Vault.rewrite_search_index``). Before, an interrupted run left the purged
words in the index until some later purge happened to rewrite it.

Why not remove just the purged rows' words: FTS5's 'delete' command (which with
``secure-delete`` removes only that row's terms) is refused for a ``contentless_delete`` table,
and tried on a plain contentless table it was not flat either (500 rows: 2.6 s at 2,000 records,
10.7 s at 20,000; docs/benchmarks.md). ``secure_delete`` is on while records are purged and
while the index is rewritten, so freed pages are overwritten; the WAL is truncated at the end.

Thread rules: those of the Vault (each step takes its lock).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

from sharedesk.core.records.model import utc_now
from sharedesk.core.vault.db import Connection, DatabaseError, Handle, transaction
from sharedesk.core.vault.purge import PurgeItem, _purge_one

BATCH = 100  # records purged per transaction
MERGE_PAGES = 500  # FTS5 pages written per merge step (about 2 MB)
PENDING = "search_rewrite_pending"  # meta key: purged words may still be in the index segments


def purge_run(handle: Handle, items: Sequence[PurgeItem], *, batch: int = BATCH,
              rewrite_index: bool = True) -> list[str]:
    """Purge ``items`` ``batch`` to a transaction; then, with ``rewrite_index``, rewrite the
    search index without their words (else the rewrite stays pending: ``rewrite_search_index``).
    Returns the ids purged (records purged already, or gone, are skipped)."""
    if not items:
        return []
    at = utc_now()
    done: list[str] = []
    with _secure_delete(handle):
        for start in range(0, len(items), batch):
            with handle.lock, transaction(handle.conn, handle.path, "purge expired records") as c:
                purged = [i.record_id for i in items[start:start + batch] if _purge_one(c, i, at)]
                if purged and not done:
                    _set_pending(c)
            done += purged
    if done and rewrite_index:
        rewrite_search_index(handle)
    elif done:
        _truncate_wal(handle)
    return done


def rewrite_pending(handle: Handle) -> bool:
    """True when purged records' words may still be in the search index's segments."""
    with handle.reading() as conn:
        return conn.execute("SELECT 1 FROM meta WHERE key = ?", (PENDING,)).fetchone() is not None


def rewrite_search_index(handle: Handle, pages: int = MERGE_PAGES) -> int:
    """Finish a pending rewrite of the search index (see the module docstring), in steps of
    ``pages`` pages, then truncate the WAL. Returns the number of steps (0: nothing pending)."""
    if not rewrite_pending(handle):
        return 0
    with _secure_delete(handle):
        steps = merge_search_index(handle, pages)
    _truncate_wal(handle)
    return steps


def merge_search_index(handle: Handle, pages: int = MERGE_PAGES) -> int:
    """Merge the search index's segments into one, ``pages`` pages a transaction, until a step
    changes nothing (FTS5 'merge' with a negative count merges across levels); that step also
    clears the pending mark. Returns the number of steps."""
    steps = 0
    while True:
        with handle.lock, transaction(handle.conn, handle.path, "rewrite the search index") as c:
            before = c.total_changes
            c.execute("INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('merge', ?)",
                      (-abs(pages),))
            changed = c.total_changes - before > 1  # the command row itself counts one
            if not changed:
                c.execute("DELETE FROM meta WHERE key = ?", (PENDING,))
        steps += 1
        if not changed:
            return steps


def _set_pending(c: Connection) -> None:
    c.execute("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO NOTHING",
              (PENDING,))


def _truncate_wal(handle: Handle) -> None:
    with handle.lock, contextlib.suppress(DatabaseError):  # busy readers: close checkpoints
        handle.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


@contextlib.contextmanager
def _secure_delete(handle: Handle) -> Iterator[None]:
    with handle.lock:
        handle.conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        with handle.lock:
            handle.conn.execute("PRAGMA secure_delete = OFF")
