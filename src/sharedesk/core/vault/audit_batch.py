"""Many audit events of one kind appended in one statement per table (the caller's
transaction): the same rows, hashes and chain head as calling ``audit.append`` for each, with
the chain advanced in memory instead of four statements per event (head, event, head, record
list). An export of 100,000 records spent half its time auditing one event at a time.

``append_listing`` writes one event for many records instead: its record id is null and its
detail lists them (``"records": [id, ...]``, inside the hashed detail, so the chain covers
the list); each record's ``record_events`` row points at it, so the record's own trail shows
it (``audit.events`` gives it there as that record's event, without the list). ``vault verify``
checks the rows against the lists (integrity.py). Exports are audited so, a batch per event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sharedesk.core.records.model import utc_now
from sharedesk.core.vault import audit
from sharedesk.core.vault.db import Connection


def append_many(conn: Connection, kind: str,
                events: Sequence[tuple[str | None, audit.Detail | None]],
                at: str | None = None) -> int:
    """Append one ``kind`` event per (record id, detail), in order; returns the last seq.
    (Exports were audited so before ``append_listing``; tests make such vaults with it.)"""
    audit.check_kind(kind)
    seq, prev = audit.head(conn)
    when = at or utc_now()
    rows: list[tuple[Any, ...]] = []
    listed: list[tuple[str, int]] = []
    for record_id, detail in events:
        text = (json.dumps(dict(detail), sort_keys=True, separators=(",", ":"))
                if detail else None)
        seq += 1
        digest = audit.chain_hash(prev, audit.canonical(seq, when, kind, record_id, text))
        rows.append((seq, when, kind, record_id, text, prev, digest))
        if record_id is not None and kind not in audit.CREATION_KINDS:
            listed.append((record_id, seq))
        prev = digest
    if not rows:
        return seq
    conn.executemany("INSERT INTO audit (seq, at, kind, record_id, detail, prev_hash, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO record_events (record_id, seq) VALUES (?, ?)", listed)
    conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (f"{seq}:{prev}",))
    return seq


def append_listing(conn: Connection, kind: str, record_ids: Sequence[str],
                   detail: audit.Detail | None = None, at: str | None = None) -> int:
    """Append one ``kind`` event listing ``record_ids`` (duplicates once, in order) in its
    detail's ``records``, and a ``record_events`` row for each; returns its seq."""
    audit.check_kind(kind)
    if kind in audit.CREATION_KINDS:
        raise ValueError(f"a {kind} event names its one record")
    ids = list(dict.fromkeys(record_ids))
    seq, prev = audit.head(conn)
    seq += 1
    when = at or utc_now()
    text = json.dumps({**dict(detail or {}), audit.LISTED: ids}, sort_keys=True,
                      separators=(",", ":"))
    digest = audit.chain_hash(prev, audit.canonical(seq, when, kind, None, text))
    conn.execute("INSERT INTO audit (seq, at, kind, record_id, detail, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, when, kind, None, text, prev, digest))
    conn.executemany("INSERT INTO record_events (record_id, seq) VALUES (?, ?)",
                     [(record_id, seq) for record_id in ids])
    conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (f"{seq}:{digest}",))
    return seq
