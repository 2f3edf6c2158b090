"""The vault's implementation of ``records.service.RecordStore``.

Every write takes the vault's writer lock and runs one transaction; every read takes the
read-only connection (``Handle.reading``: one read transaction, never waiting for a write), so
each method is safe from any thread. Lists read one page over an index and never load every
row: the first with LIMIT, the next ones after the last row shown (``page_after``, keyset), so
scrolling costs a page however deep it goes; counts for the GUI stop at a cap (``count_upto``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sharedesk.core.errors import RecordNotFound, RecordPurged, UsageError
from sharedesk.core.records.model import Amendment, DecisionRecord
from sharedesk.core.records.query import (
    EXPORT_STATUSES,
    DraftSummary,
    RecordQuery,
    RecordSummary,
    search_text,
)
from sharedesk.core.records.service import FINALISED_MARK
from sharedesk.core.records.status import AuditKind, ExportStatus, RecordStatus
from sharedesk.core.vault import audit, search_index, team_facts
from sharedesk.core.vault.db import Connection, Handle, read, transaction
from sharedesk.core.vault.outbox_store import list_if_awaiting_purge, requeue_if_amended
from sharedesk.core.vault.purge import STATUS_PURGED
from sharedesk.core.vault.stream import StoredRecords


def _latest(field: str) -> str:
    """SQL for a field's value after amendments: the last amendment that set it, else the body
    (NULL for a purged record, whose body is a stub). One indexed lookup per listed row."""
    return (f"COALESCE((SELECT json_extract(a.body, '$.changes.{field}') FROM amendments a "  # noqa: S608 - fixed names
            f"WHERE a.record_id = d.id AND json_extract(a.body, '$.changes.{field}') IS NOT NULL "
            f"ORDER BY a.seq DESC LIMIT 1), json_extract(d.body, '$.fields.{field}'))")


_COLUMNS = ("d.id, d.created, d.finalised, d.outcome, d.status, d.flow_id, d.export_status, "
            f"d.review_date, {_latest('subject')}, {_latest('recipient')}")


def _summary(row: Any) -> RecordSummary:
    return RecordSummary(*row)


# Dates are indexed after the export status (decisions_by_export): a date filter names every
# status in use, which SQLite reads as one index range per status. The statuses come from the
# index itself (a seek per distinct value), so a status this code does not know is not missed.
_ANY_EXPORT_STATUS = (
    "d.export_status IN (WITH RECURSIVE s(v) AS (SELECT min(export_status) FROM decisions "
    "UNION ALL SELECT (SELECT min(export_status) FROM decisions WHERE export_status > s.v) "
    "FROM s WHERE s.v IS NOT NULL) SELECT v FROM s WHERE v IS NOT NULL)")


def _filters(query: RecordQuery) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``d`` (fixed column names, values as ? parameters only)."""
    clauses: list[str] = []
    params: list[Any] = []
    if (query.date_from or query.date_to) and not query.export_status:
        clauses.append(_ANY_EXPORT_STATUS)
    if query.date_from:
        clauses.append("d.created >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("d.created < ?")
        params.append((query.date_to + timedelta(days=1)).isoformat())
    for column in ("outcome", "status", "export_status", "flow_id"):
        value = getattr(query, column)
        if value:
            clauses.append(f"d.{column} = ?")
            params.append(value)
    return clauses, params


def _select(columns: str, query: RecordQuery,
            after: str | None = None) -> tuple[str, list[Any], str]:
    """(SELECT ... FROM ... WHERE ..., parameters, ORDER BY newest first).

    With a search the FTS index drives the query (its rowids are -rid, so ascending rowid is
    newest first); without one the decisions table is read backwards by rowid.
    """
    clauses, params = _filters(query)
    match = query.fts_match()
    if after is not None:  # keyset: the rows after record ``after`` in the list's order
        clauses.append("f.rowid > -(SELECT rid FROM decisions WHERE id = ?)" if match
                       else "d.rid < (SELECT rid FROM decisions WHERE id = ?)")
        params.append(after)
    if match:
        where = " AND ".join(["decisions_fts MATCH ?", *clauses])
        return (f"SELECT {columns} FROM decisions_fts f JOIN decisions d ON d.rid = -f.rowid "  # noqa: S608
                f"WHERE {where}", [match, *params], " ORDER BY f.rowid")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"SELECT {columns} FROM decisions d{where}", params, " ORDER BY d.rid DESC"  # noqa: S608


def _insert(c: Any, record: DecisionRecord, kind: str, export_status: str,
            extra: audit.Detail) -> None:
    """One audit event and the decision row that points at it (the caller's transaction). The
    search index catches up before the next search (see search_index).

    The canonical bytes are made once: the stored body and the audited hash come from them.
    """
    data = record.canonical_bytes()
    digest = hashlib.sha256(data).hexdigest()
    fields = record.effective_fields()
    seq = audit.append(c, kind, record.id, {"sha256": digest, "outcome": record.outcome, **extra})
    cur = c.execute(
        "INSERT INTO decisions (id, created, finalised, outcome, status, flow_id, review_date, "
        "export_status, sha256, body, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id, record.created, record.finalised, record.outcome, record.status,
         record.flow_id, fields.get("review_date") or None, export_status, digest,
         data.decode("utf-8"), seq))
    if fields.get("review_date"):
        _set_review(c, cur.lastrowid, fields["review_date"], new=True)
    list_if_awaiting_purge(c, int(cur.lastrowid), record.status, export_status)
    team_facts.record_stored(c, int(cur.lastrowid), record)


def _set_review(c: Any, rid: int, review_date: str | None, *, new: bool = False) -> None:
    """Keep ``reviews`` (what reviews_due reads) in step with ``decisions.review_date``.

    A table of its own rather than an index on decisions: SQLite opens every index of a table
    on each insert, even a partial one the row stays out of, and most saves have no review date.
    """
    if not new:
        c.execute("DELETE FROM reviews WHERE rid = ?", (rid,))
    if review_date:
        c.execute("INSERT INTO reviews (rid, review_date) VALUES (?, ?)", (rid, review_date))


def _amend(c: Any, record_id: str, seq: int, amendment: Amendment,
           fields: dict[str, str] | None, record: DecisionRecord) -> None:
    """Store one amendment and audit it; with ``fields`` (the record's fields after it) also
    refresh the review date and the search index."""
    body = json.dumps(amendment.to_dict(), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    c.execute("INSERT INTO amendments (id, record_id, seq, body) VALUES (?, ?, ?, ?)",
              (amendment.id, record_id, seq, body))
    if "consent" in amendment.changes:
        team_facts.consent_changed(c, record_id, amendment.changes["consent"])
    if fields is not None:
        rid = c.execute("SELECT rid FROM decisions WHERE id = ?", (record_id,)).fetchone()[0]
        c.execute("UPDATE decisions SET review_date = ? WHERE rid = ?",
                  (fields.get("review_date") or None, rid))
        _set_review(c, rid, fields.get("review_date") or None)
        if search_index.is_indexed(c, rid):  # otherwise catch_up reads the amendments
            c.execute("UPDATE decisions_fts SET text = ? WHERE rowid = ?",
                      (search_text(fields, record.outcome, record.flow_id), -rid))
    audit.append(c, AuditKind.AMENDED, record_id, {"amendment_id": amendment.id, "sha256": digest})


class VaultStore:
    """Records and drafts in the vault's tables (see migrations.py for the schema)."""

    def __init__(self, handle: Handle) -> None:
        self._h = handle

    # -- drafts --------------------------------------------------------------------------------
    def put_draft(self, draft_id: str, state_json: str, updated: str) -> None:
        with self._h.lock, transaction(self._h.conn, self._h.path, "save the draft") as c:
            made = _made_from(c, draft_id)
            if made is not None:
                raise UsageError(f"this decision was already finalised as record {made}; "
                                 "it is not saved as a draft again")
            c.execute("INSERT INTO drafts (id, updated, state) VALUES (?, ?, ?) ON CONFLICT(id) "
                      "DO UPDATE SET updated = excluded.updated, state = excluded.state",
                      (draft_id, updated, state_json))

    def get_draft(self, draft_id: str) -> dict[str, Any] | None:
        """A draft's state; None for no draft, or one already finalised (see insert_final)."""
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, "SELECT state FROM drafts WHERE id = ?", (draft_id,))
        state = dict(json.loads(rows[0][0])) if rows else None
        return None if state is None or FINALISED_MARK in state else state

    def list_drafts(self) -> list[DraftSummary]:
        with self._h.reading() as conn:
            rows = read(conn, self._h.path,
                        "SELECT id, updated, state FROM drafts WHERE state NOT LIKE ? "
                        "ORDER BY updated DESC, id", (_MARK_LIKE,))
        return [DraftSummary.of(r[0], r[1], json.loads(r[2])) for r in rows]

    def remove_draft(self, draft_id: str) -> bool:
        with self._h.lock, transaction(self._h.conn, self._h.path, "delete the draft") as c:
            gone = c.execute("DELETE FROM drafts WHERE id = ? AND state NOT LIKE ?",
                             (draft_id, _MARK_LIKE)).rowcount > 0
            if gone:
                audit.append(c, AuditKind.DRAFT_DELETED, draft_id)
        return bool(gone)

    def finalised_from_draft(self, draft_id: str) -> str | None:
        """The id of the record already finalised from ``draft_id``, or None."""
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, _MADE_FROM_SQL, (draft_id, _MARK_LIKE))
        return _made(rows[0][0]) if rows else None

    # -- decisions -----------------------------------------------------------------------------
    def insert_final(self, record: DecisionRecord, draft_id: str | None) -> str:
        """Store ``record`` and, in the same transaction, turn its draft into a marker naming it
        (the draft's content is dropped). Finalising that draft again stores nothing and returns
        the id already made, so one draft gives one record whatever fails after the commit."""
        with self._h.lock, transaction(self._h.conn, self._h.path, "save the record") as c:
            if draft_id:
                made = _made_from(c, draft_id)
                if made is not None:
                    return made
            _insert(c, record, AuditKind.FINALISED, ExportStatus.PENDING, {})
            if draft_id:
                c.execute("INSERT INTO drafts (id, updated, state) VALUES (?, ?, ?) ON CONFLICT(id) "
                          "DO UPDATE SET updated = excluded.updated, state = excluded.state",
                          (draft_id, record.finalised or record.created,
                           json.dumps({FINALISED_MARK: record.id}, separators=(",", ":"))))
        return record.id

    def insert_imported(self, record: DecisionRecord, bundle_id: str | None) -> bool:
        """Store a record finalised elsewhere, with its amendments, unless its id is taken."""
        base = replace(record, amendments=())
        with self._h.lock, transaction(self._h.conn, self._h.path, "import the record") as c:
            if c.execute("SELECT 1 FROM decisions WHERE id = ?", (record.id,)).fetchone():
                return False
            _insert(c, base, AuditKind.IMPORTED, ExportStatus.IMPORTED, {"bundle_id": bundle_id})
            for seq, amendment in enumerate(record.amendments, start=1):
                last = seq == len(record.amendments)
                _amend(c, record.id, seq, amendment,
                       record.effective_fields() if last else None, record)
        return True

    def append_amendment(self, record_id: str, amendment: Amendment) -> None:
        with self._h.lock, transaction(self._h.conn, self._h.path, "save the amendment") as c:
            record = self._load(c, record_id)
            if record is None:
                raise RecordNotFound(f"no record with id {record_id}")
            _amend(c, record_id, len(record.amendments) + 1, amendment,
                   record.with_amendment(amendment).effective_fields(), record)
            requeue_if_amended(c, record_id)  # sent already: the amendment must follow

    def set_export_status(self, record_id: str, status: str,
                          audit_kind: str | None = None, detail: audit.Detail | None = None) -> None:
        """Set a record's export status (and optionally audit it) in one transaction."""
        if status not in EXPORT_STATUSES:
            raise UsageError(f"unknown export status {status!r}")
        with self._h.lock, transaction(self._h.conn, self._h.path, "update the record") as c:
            if c.execute("UPDATE decisions SET export_status = ? WHERE id = ?",
                         (status, record_id)).rowcount == 0:
                raise RecordNotFound(f"no record with id {record_id}")
            if audit_kind:
                audit.append(c, audit_kind, record_id, detail)

    def get(self, record_id: str) -> DecisionRecord | None:
        with self._h.reading() as conn:
            return self._load(conn, record_id)

    def _load(self, conn: Connection, record_id: str) -> DecisionRecord | None:
        path = self._h.path
        rows = read(conn, path, "SELECT body, status FROM decisions WHERE id = ?", (record_id,))
        if not rows:
            return None
        if rows[0][1] == STATUS_PURGED:
            stub = json.loads(rows[0][0])
            raise RecordPurged(f"record {record_id}: its content was purged on "
                               f"{stub.get('purged', '?')[:10]} after the case system "
                               f"acknowledged it (bundle {stub.get('bundle_id', '?')}); only "
                               "its stub and audit trail remain")
        record = DecisionRecord.from_dict(json.loads(rows[0][0]))
        for (body,) in read(conn, path, "SELECT body FROM amendments WHERE record_id = ? "
                            "ORDER BY seq", (record_id,)):
            record = record.with_amendment(Amendment.from_dict(json.loads(body)))
        return record

    def index_pending(self) -> int:
        """Bring the search index up to date (one transaction); returns decisions indexed.
        Whether anything waits is asked of the reader first: a search takes the writer lock
        only right after a save."""
        with self._h.reading() as conn:
            if not search_index.stale(conn, self._h.path):
                return 0
        with self._h.lock:
            return search_index.bring_up_to_date(self._h.conn, self._h.path)

    def _searchable(self, query: RecordQuery) -> None:
        if query.fts_match():
            self.index_pending()

    def count(self, query: RecordQuery) -> int:
        sql, params, _ = _select("count(*)", query)
        self._searchable(query)
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, sql, tuple(params))
        return int(rows[0][0])

    def page(self, query: RecordQuery, offset: int, limit: int) -> list[RecordSummary]:
        """Newest first (the order records were saved in)."""
        sql, params, order = _select(_COLUMNS, query)
        self._searchable(query)
        with self._h.reading() as conn:
            # LIMIT/OFFSET as literals (checked ints): SQLite skips the offset rows faster
            # than with bound parameters (measured 3x on a 10,000-record page).
            rows = read(conn, self._h.path,
                        f"{sql}{order} LIMIT {int(limit)} OFFSET {int(offset)}", tuple(params))
        return [_summary(r) for r in rows]

    def page_after(self, query: RecordQuery, after_id: str, limit: int) -> list[RecordSummary]:
        """The ``limit`` records that follow record ``after_id`` in the list (keyset paging:
        one index seek, however deep the list has been scrolled; OFFSET walks every row
        before the page). An id not in the vault gives an empty page."""
        sql, params, order = _select(_COLUMNS, query, after=after_id)
        self._searchable(query)
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, f"{sql}{order} LIMIT {int(limit)}",
                        tuple(params))
        return [_summary(r) for r in rows]

    def select(self, query: RecordQuery) -> Sequence[DecisionRecord]:
        """Every record matching ``query``, oldest first, read a batch at a time when iterated
        (see stream.py); only their rids and ids are read now (one pass over an index)."""
        sql, params, order = _select("d.rid, d.id", query)
        self._searchable(query)
        order = " ORDER BY f.rowid DESC" if query.fts_match() else " ORDER BY d.rid"
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, sql + order, tuple(params))
        return StoredRecords(self._h, [r[0] for r in rows], [r[1] for r in rows])

    def count_upto(self, query: RecordQuery, cap: int) -> int:
        """How many records match, counting no further than ``cap + 1`` (so a caller can show
        "1,000+" at the cost of reading at most that many rows, never the whole vault)."""
        sql, params, order = _select("1", query)
        self._searchable(query)
        with self._h.reading() as conn:
            rows = read(conn, self._h.path,
                        f"SELECT count(*) FROM ({sql}{order} LIMIT {int(cap) + 1})",  # noqa: S608
                        tuple(params))
        return int(rows[0][0])

    def reviews_due(self, today: date, limit: int) -> list[RecordSummary]:
        sql = (f"SELECT {_COLUMNS} FROM reviews r JOIN decisions d ON d.rid = r.rid "  # noqa: S608
               "WHERE r.review_date <= ? AND d.status = ? "
               "ORDER BY r.review_date, r.rid LIMIT ?")
        with self._h.reading() as conn:
            rows = read(conn, self._h.path, sql,
                        (today.isoformat(), RecordStatus.FINAL, limit))
        return [_summary(r) for r in rows]


# A finalised draft's row keeps only this (no schema change: drafts are (id, updated, state)).
_MARK_LIKE = '{"' + FINALISED_MARK + '":%'


_MADE_FROM_SQL = "SELECT state FROM drafts WHERE id = ? AND state LIKE ?"


def _made(state: str) -> str | None:
    made = json.loads(state).get(FINALISED_MARK)
    return str(made) if made else None


def _made_from(c: Connection, draft_id: str) -> str | None:
    row = c.execute(_MADE_FROM_SQL, (draft_id, _MARK_LIKE)).fetchone()
    return None if row is None else _made(row[0])
