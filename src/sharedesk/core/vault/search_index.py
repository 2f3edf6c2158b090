"""The full-text search index (``decisions_fts``), brought up to date in batches.

Saving a decision does not touch the index: an FTS5 insert writes a new index segment, its
structure record and doc-size rows, and every few saves merges segments, which more than
doubled the cost of the durable commit a practitioner waits for. Instead the meta row
``search_indexed`` holds the highest decision ``rid`` the index covers, and ``catch_up``
indexes every decision above it in one transaction. It runs before any search (so a search
always sees every saved record), when the vault is unlocked (after a crash) and when it is
locked. Decisions are never deleted (a purge leaves a stub), so rids only grow.

The index row for decision ``rid`` has rowid ``-rid`` (see migrations._v2_search).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sharedesk.core.records.query import search_text
from sharedesk.core.records.status import RecordStatus
from sharedesk.core.vault.db import Connection, read, transaction

WATERMARK = "search_indexed"
_PURGED = RecordStatus.PURGED


def text_of(body: str, amendments: list[str]) -> str:
    """The search text for a stored decision body and its amendment bodies (in order).

    A body that does not parse (only an edit with the key can do that: SQLCipher's page HMAC
    catches damage) gets no text rather than an error, so unlocking, locking and searching go
    on working; ``vault verify`` reports the record, whose hash no longer matches its audit event.
    """
    try:
        data = json.loads(body)
        fields = dict(data.get("fields", {}))
        for amendment in amendments:
            fields.update(json.loads(amendment).get("changes", {}))
        return search_text(fields, str(data["outcome"]), str(data["flow"]["id"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return ""


def indexed_to(conn: Connection) -> int:
    """The highest decision rid the index covers."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    return int(row[0]) if row else 0


def is_indexed(conn: Connection, rid: int) -> bool:
    return rid <= indexed_to(conn)


def stale(conn: Connection, path: Path) -> bool:
    """True when a saved decision is not in the index yet (two primary-key lookups)."""
    (top, mark), = read(conn, path, "SELECT (SELECT max(rid) FROM decisions), "
                        "(SELECT value FROM meta WHERE key = ?)", (WATERMARK,))
    return top is not None and int(top) > int(mark or 0)


def bring_up_to_date(conn: Connection, path: Path) -> int:
    """``catch_up`` in its own transaction, if anything is waiting (the caller holds the lock)."""
    if not stale(conn, path):
        return 0
    with transaction(conn, path, "update the search index") as c:
        return catch_up(c)


def catch_up(conn: Connection) -> int:
    """Index every decision saved since the last catch-up (the caller's transaction).

    Rows go in ascending index rowid (newest decision first): FTS5 then builds one segment
    for the batch instead of one per row. Returns how many decisions were indexed.
    """
    start = indexed_to(conn)
    rows: list[Any] = conn.execute(
        "SELECT rid, id, body, status FROM decisions WHERE rid > ? ORDER BY rid DESC",
        (start,)).fetchall()
    if not rows:
        return 0
    amendments: dict[str, list[str]] = defaultdict(list)
    for record_id, body in conn.execute(
            "SELECT a.record_id, a.body FROM amendments a JOIN decisions d ON d.id = a.record_id"
            " WHERE d.rid > ? ORDER BY a.record_id, a.seq", (start,)):
        amendments[record_id].append(body)
    conn.executemany("INSERT INTO decisions_fts (rowid, text) VALUES (?, ?)",
                     [(-rid, text_of(body, amendments[record_id]))
                      for rid, record_id, body, status in rows if status != _PURGED])
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                 "SET value = excluded.value", (WATERMARK, str(rows[0][0])))
    return len(rows)
