"""Bulk insert of final records, for tools only (``bench/make_vault.py``), never the app.

The app stores one decision per durable transaction (``RecordsService.finalise``: a
practitioner waits for each). A tool that builds a vault of a million records for benchmarks
needs the same rows, written the same way, many to a transaction: this module writes exactly
what ``repository._insert`` and ``repository._amend`` write (the decision row with its
``audit_seq``, its creation event, its ``reviews`` row, each amendment with its ``amended``
event and ``record_events`` row, the chain head, the search index caught up at the end of
each batch), so the result passes ``sharedesk vault verify``. Callers pass records that are
already valid and final (no validation here: that is the service's job); the audit events are
dated with the records' own times so a synthetic vault's trail spans its years.

Thread rules: those of the Vault (takes its lock per batch).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.core.records.status import AuditKind, ExportStatus
from sharedesk.core.vault import audit, search_index
from sharedesk.core.vault.db import Connection, transaction


@dataclass(frozen=True)
class BulkRecord:
    """A final record (with its amendments, oldest first) and its export status."""

    record: DecisionRecord
    export_status: str = ExportStatus.PENDING


class _Chain:
    """The audit chain head, advanced in memory for one batch (one transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.seq, self.prev = audit.head(conn)
        self.rows: list[tuple[Any, ...]] = []
        self.record_events: list[tuple[str, int]] = []

    def append(self, kind: str, record_id: str, detail: audit.Detail, at: str) -> int:
        text = json.dumps(dict(detail), sort_keys=True, separators=(",", ":"))
        self.seq += 1
        digest = audit.chain_hash(self.prev, audit.canonical(self.seq, at, kind, record_id, text))
        self.rows.append((self.seq, at, kind, record_id, text, self.prev, digest))
        if kind not in audit.CREATION_KINDS:
            self.record_events.append((record_id, self.seq))
        self.prev = digest
        return self.seq

    def flush(self, conn: Connection) -> None:
        conn.executemany("INSERT INTO audit (seq, at, kind, record_id, detail, prev_hash, hash) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", self.rows)
        conn.executemany("INSERT INTO record_events (record_id, seq) VALUES (?, ?)",
                         self.record_events)
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) "
                     "DO UPDATE SET value = excluded.value", (f"{self.seq}:{self.prev}",))


def _batch(conn: Connection, items: list[BulkRecord]) -> None:
    chain = _Chain(conn)
    decisions: list[tuple[Any, ...]] = []
    amendments: list[tuple[Any, ...]] = []
    (top,) = conn.execute("SELECT coalesce(max(rid), 0) FROM decisions").fetchone()
    reviews: list[tuple[int, str]] = []
    facts: list[tuple[Any, ...]] = []
    for n, item in enumerate(items, start=1):
        record, status = item.record, item.export_status
        if not record.is_final or not record.finalised:
            raise UsageError(f"record {record.id} is not final")
        if status not in EXPORT_STATUSES:
            raise UsageError(f"unknown export status {status!r}")
        base = replace(record, amendments=())
        data = base.canonical_bytes()
        digest = hashlib.sha256(data).hexdigest()
        kind = AuditKind.IMPORTED if status == ExportStatus.IMPORTED else AuditKind.FINALISED
        extra = {"bundle_id": None} if kind == AuditKind.IMPORTED else {}
        seq = chain.append(kind, record.id, {"sha256": digest, "outcome": record.outcome,
                                             **extra}, record.finalised)
        review = record.effective_fields().get("review_date") or None
        decisions.append((top + n, record.id, record.created, record.finalised, record.outcome,
                          record.status, record.flow_id, review, status, digest,
                          data.decode("utf-8"), seq))
        if review:
            reviews.append((top + n, review))
        facts.append((top + n, record.id, record.fields.get("decision_maker", ""),
                       record.effective_fields().get("consent", ""), record.outcome,
                       record.created[:7]))
        for number, amendment in enumerate(record.amendments, start=1):
            body = json.dumps(amendment.to_dict(), sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
            amendments.append((amendment.id, record.id, number, body))
            chain.append(AuditKind.AMENDED, record.id,
                         {"amendment_id": amendment.id,
                          "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest()},
                         amendment.at)
    chain.flush(conn)
    conn.executemany(
        "INSERT INTO decisions (rid, id, created, finalised, outcome, status, flow_id, "
        "review_date, export_status, sha256, body, audit_seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions)
    conn.executemany("INSERT INTO amendments (id, record_id, seq, body) VALUES (?, ?, ?, ?)",
                     amendments)
    conn.executemany("INSERT INTO reviews (rid, review_date) VALUES (?, ?)", reviews)
    conn.executemany("INSERT INTO team_facts (rid, id, maker, consent, outcome, month) "
                     "VALUES (?, ?, ?, ?, ?, ?)", facts)  # as team_facts.record_stored
    search_index.catch_up(conn)


def _chunks(items: Iterable[BulkRecord], size: int) -> Iterator[list[BulkRecord]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def insert_many(vault: Any, items: Iterable[BulkRecord], *, batch: int = 5_000,
                progress: Callable[[int], None] | None = None) -> int:
    """Store ``items`` (final records, valid for their flows) ``batch`` to a transaction, each
    batch written as the app would write those records one by one (see the module docstring).
    Returns how many were stored. ``vault`` is an unlocked ``Vault``; ``progress`` gets the
    running total after each batch. A failure rolls back the batch in progress only."""
    done = 0
    for chunk in _chunks(items, batch):
        with vault._h.lock, transaction(vault._h.conn, vault.path, "store the records") as conn:
            _batch(conn, chunk)
        done += len(chunk)
        if progress is not None:
            progress(done)
    return done
