"""Bulk insert of final records, for tools only (``bench/make_vault.py``), never the app.

The app stores one decision per durable transaction (``RecordsService.finalise``: a
practitioner waits for each). A tool that builds a vault of a million records for benchmarks
needs the same rows, written the same way, many to a transaction: this module writes exactly
what ``repository._insert`` and ``repository._amend`` write (the decision row with its
``audit_seq``, its creation event, its ``reviews`` and ``team_facts`` rows, each amendment with
its ``amended`` event and ``record_events`` row, the chain head) and the search index rows
``search_index.catch_up`` would add for them, so the result passes ``sharedesk vault verify``.
Callers pass records that are already valid and final (no validation here: that is the
service's job); the audit events are dated with the records' own times so a synthetic vault's
trail spans its years.

Speed (issue 13: a million records): the search text is made from the record in hand instead of
``catch_up`` reading back the pages just written and parsing every body again, and a record's
canonical bytes reuse its path's JSON (``_Bodies``; tests/bench compares them with
``DecisionRecord.canonical_bytes`` on a sample, and each path's first record is compared here).
Most of what is left is SQLCipher's (docs/benchmarks.md, make_vault rates).

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
from sharedesk.core.flow.engine import Step
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.query import EXPORT_STATUSES, search_text
from sharedesk.core.records.status import AuditKind, ExportStatus
from sharedesk.core.vault import audit, search_index
from sharedesk.core.vault.db import Connection, transaction
from sharedesk.core.vault.outbox_store import awaiting_purge


@dataclass(frozen=True)
class BulkRecord:
    """A final record (with its amendments, oldest first) and its export status."""

    record: DecisionRecord
    export_status: str = ExportStatus.PENDING


_DUMPS = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _plain(record: DecisionRecord, fields: dict[str, str]) -> bool:
    """True when canonical JSON of ``record`` is ``json.dumps`` of it (core/canonical.py: text
    values, keys without characters beyond U+FFFF; ASCII keys here) with no countersignatures."""
    return (not record.countersignatures
            and all(isinstance(k, str) and k.isascii() and isinstance(v, str)
                    for k, v in fields.items())
            and all(isinstance(v, str) for v in (record.id, record.created, record.outcome,
                                                 record.status, record.flow_id,
                                                 record.flow_version, record.flow_sha256))
            and (record.finalised is None or isinstance(record.finalised, str)))


def _assemble(record: DecisionRecord, fields: dict[str, str], path: str) -> bytes:
    """``record`` (without amendments) as canonical JSON, its path's JSON given: the members
    sort before "path" except "status" (``DecisionRecord.to_dict``)."""
    head = _DUMPS({"amendments": [], "created": record.created, "fields": fields,
                   "finalised": record.finalised, "flow": {"id": record.flow_id,
                   "version": record.flow_version, "sha256": record.flow_sha256},
                   "id": record.id, "outcome": record.outcome})
    return f'{head[:-1]},"path":{path},"status":{_DUMPS(record.status)}}}'.encode()


class _Bodies:
    """``DecisionRecord.canonical_bytes`` of records without amendments, the JSON of each
    distinct ``path`` object made once (a synthetic vault's records share a few hundred paths,
    and the path is most of a record's bytes and of the time to canonicalise it). The first
    record seen with a path is also made by ``canonical_bytes`` and compared: on any difference
    that path always goes the slow way."""

    def __init__(self) -> None:
        self._paths: dict[int, tuple[tuple[Step, ...], str | None]] = {}

    def __call__(self, record: DecisionRecord) -> bytes:
        fields = dict(record.fields)
        if not _plain(record, fields):
            return record.canonical_bytes()
        hit = self._paths.get(id(record.path))
        if hit is None or hit[0] is not record.path:
            slow = record.canonical_bytes()
            path = _DUMPS([step.to_dict() for step in record.path])
            same = _assemble(record, fields, path) == slow
            self._paths[id(record.path)] = (record.path, path if same else None)
            return slow
        if hit[1] is None:
            return record.canonical_bytes()
        try:
            return _assemble(record, fields, hit[1])
        except UnicodeEncodeError:  # a lone surrogate: canonical_bytes says NotCanonicalisable
            return record.canonical_bytes()


def index_text(record: DecisionRecord, fields: dict[str, str] | None = None) -> str:
    """What ``search_index.text_of`` makes of the record's stored body and amendment bodies
    (``fields``: its effective fields, when already at hand)."""
    now = record.effective_fields() if fields is None else fields
    return search_text(now, record.outcome, record.flow_id)


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


def _batch(conn: Connection, items: list[BulkRecord], bodies: _Bodies) -> None:
    chain = _Chain(conn)
    decisions: list[tuple[Any, ...]] = []
    amendments: list[tuple[Any, ...]] = []
    (top,) = conn.execute("SELECT coalesce(max(rid), 0) FROM decisions").fetchone()
    if search_index.indexed_to(conn) < top:
        search_index.catch_up(conn)  # decisions stored before (by the app), not yet indexed
    reviews: list[tuple[int, str]] = []
    awaiting: list[tuple[int]] = []  # as outbox_store.list_if_awaiting_purge
    facts: list[tuple[Any, ...]] = []
    texts: list[tuple[int, str]] = []
    for n, item in enumerate(items, start=1):
        record, status = item.record, item.export_status
        if not record.is_final or not record.finalised:
            raise UsageError(f"record {record.id} is not final")
        if status not in EXPORT_STATUSES:
            raise UsageError(f"unknown export status {status!r}")
        data = bodies(replace(record, amendments=()) if record.amendments else record)
        digest = hashlib.sha256(data).hexdigest()
        kind = AuditKind.IMPORTED if status == ExportStatus.IMPORTED else AuditKind.FINALISED
        extra = {"bundle_id": None} if kind == AuditKind.IMPORTED else {}
        seq = chain.append(kind, record.id, {"sha256": digest, "outcome": record.outcome,
                                             **extra}, record.finalised)
        now = record.effective_fields()
        review = now.get("review_date") or None
        decisions.append((top + n, record.id, record.created, record.finalised, record.outcome,
                          record.status, record.flow_id, review, status, digest,
                          data.decode("utf-8"), seq))
        if review:
            reviews.append((top + n, review))
        if awaiting_purge(record.status, status):
            awaiting.append((top + n,))
        facts.append((top + n, record.id, record.fields.get("decision_maker", ""),
                       now.get("consent", ""), record.outcome, record.created[:7]))
        texts.append((-(top + n), index_text(record, now)))
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
    conn.executemany("INSERT INTO awaiting_purge (rid) VALUES (?)", awaiting)
    conn.executemany("INSERT INTO team_facts (rid, id, maker, consent, outcome, month) "
                     "VALUES (?, ?, ?, ?, ?, ?)", facts)  # as team_facts.record_stored
    # What search_index.catch_up would index (search_index.text_of of each body and its
    # amendments), newest first as it inserts them, and its watermark.
    conn.executemany("INSERT INTO decisions_fts (rowid, text) VALUES (?, ?)", texts[::-1])
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                 "SET value = excluded.value", (search_index.WATERMARK, str(top + len(items))))


def _chunks(items: Iterable[BulkRecord], size: int) -> Iterator[list[BulkRecord]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def insert_many(vault: Any, items: Iterable[BulkRecord], *, batch: int = 5_000,
                progress: Callable[[int], None] | None = None, cache_mib: int = 128) -> int:
    """Store ``items`` (final records, valid for their flows) ``batch`` to a transaction, each
    batch written as the app would write those records one by one (see the module docstring).
    Returns how many were stored. ``vault`` is an unlocked ``Vault``; ``progress`` gets the
    running total after each batch. A failure rolls back the batch in progress only.

    The connection's page cache is ``cache_mib`` for the build and set back after it: with the
    app's 2 MB the ``id`` index of a large vault (random uuids) is read from disk and decrypted
    page by page (150,000 records: 15 % less CPU with 128 MB). It is a setting of this
    connection only; the file is the same."""
    with vault._h.lock:
        (before,) = vault._h.conn.execute("PRAGMA cache_size").fetchone()
        vault._h.conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")
    done = 0
    bodies = _Bodies()
    try:
        for chunk in _chunks(items, batch):
            with vault._h.lock, transaction(vault._h.conn, vault.path,
                                            "store the records") as conn:
                _batch(conn, chunk, bodies)
            done += len(chunk)
            if progress is not None:
                progress(done)
    finally:
        with vault._h.lock:
            if vault._h.is_open:  # (locked meanwhile: the connection is gone, and its cache)
                vault._h.conn.execute(f"PRAGMA cache_size = {int(before)}")
    return done
