"""Many audit events of one kind appended in one statement per table (the caller's
transaction): the same rows, hashes and chain head as calling ``audit.append`` for each, with
the chain advanced in memory instead of four statements per event (head, event, head, record
list). An export of 100,000 records spent half its time auditing one event at a time.
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
    """Append one ``kind`` event per (record id, detail), in order; returns the last seq."""
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
