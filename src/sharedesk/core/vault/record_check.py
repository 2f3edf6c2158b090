"""``vault verify``: every stored record and amendment against the hash its audit event logged,
in one ordered pass over the records.

Each decision is read once, joined to the event that created it (``decisions.audit_seq``), to
its ``reviews`` and ``awaiting_purge`` rows and, when purged, to its ``purged`` event (through
``record_events``). From that one row come the hash check, the check that it points at its
creation event, the review list's and retention list's checks, the count of records the search
index should hold and the listing columns' check (listing_check.py). Each amendment is joined
to its ``amended`` event the same way; then the audit trail is read once for events whose record
or amendment is missing, or that purged a record still holding content. Until issue 13 the
decisions table was read five times over; at 100,000 records each full read took about as long
as the whole check of a 2,000-record vault.
Memory stays flat with the records: cursors stream, problem lists are capped, and what is held
is the amendments' changed fields (listing_check.changes), which grow with the amendments only.
Rules, unchanged from before: a record must hash to its creation event's sha256; a purged record
must hold exactly the stub its ``purged`` event names, replacing content whose hash the chain
logged at creation; purged records' amendments are gone by design. Callers hold the vault lock
and a read transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sharedesk.core.records.status import AuditKind, RecordStatus
from sharedesk.core.vault import audit, listing_check, search_index
from sharedesk.core.vault.db import Connection
from sharedesk.core.vault.listing_check import Listed
from sharedesk.core.vault.outbox_store import awaiting_purge as belongs

LIMIT = 50

_LAST_EVENT = ("(SELECT a2.detail FROM record_events x JOIN audit a2 ON a2.seq = x.seq "
               "WHERE x.record_id = {rid} AND a2.kind = '{kind}'{extra} "
               "ORDER BY x.seq DESC LIMIT 1)")
# CASE evaluates its branch lazily: only a purged record looks its purge event up (a purge
# event on a record that is not purged is found from the audit side, in _MISSING).
_DECISIONS = (
    "SELECT d.rid, d.id, d.status, d.body, d.sha256, a.seq, a.detail, "  # noqa: S608 - fixed text
    "CASE WHEN d.status = 'purged' THEN "
    + _LAST_EVENT.format(rid="d.id", kind="purged", extra="")
    + " END, d.review_date IS NOT r.review_date, {listed}, d.created, d.finalised, "
    "d.outcome, d.flow_id, d.review_date, d.export_status FROM decisions d "
    "LEFT JOIN audit a ON a.seq = d.audit_seq AND a.kind IN ('finalised', 'imported') "
    "AND a.record_id = d.id LEFT JOIN reviews r ON r.rid = d.rid{join} ORDER BY d.rid")
# Schema 11's list, joined when the vault has it (a backup from before is checked as it is).
_LISTED = {True: ("w.rid IS NOT NULL", " LEFT JOIN awaiting_purge w ON w.rid = d.rid"),
           False: ("NULL", "")}
_AMENDMENTS = (
    "SELECT m.id, m.record_id, m.body, "  # noqa: S608 - fixed text
    + _LAST_EVENT.format(rid="m.record_id", kind="amended",
                         extra=" AND json_extract(a2.detail, '$.amendment_id') = m.id")
    + ", EXISTS (SELECT 1 FROM record_events x JOIN audit a3 ON a3.seq = x.seq "
    "WHERE x.record_id = m.record_id AND a3.kind = 'purged') FROM amendments m")
_MISSING = (
    "SELECT a.record_id, a.kind, json_extract(a.detail, '$.amendment_id') FROM audit a "
    "WHERE (a.kind IN ('finalised', 'imported') AND a.record_id IS NOT NULL AND "
    "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = a.record_id)) OR (a.kind = 'purged' "
    "AND a.record_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decisions d WHERE "
    "d.id = a.record_id AND d.status = 'purged')) OR (a.kind = 'amended' "
    "AND NOT EXISTS (SELECT 1 FROM amendments m WHERE m.id = "
    "json_extract(a.detail, '$.amendment_id')) AND NOT EXISTS (SELECT 1 FROM decisions d "
    "WHERE d.id = a.record_id AND d.status = 'purged'))")


@dataclass
class Findings:
    """What the pass over the records found, each list in the order the records are stored."""

    hashes: list[str] = field(default_factory=list)  # records, amendments, logged hashes
    pointers: list[str] = field(default_factory=list)  # not pointing at their creation event
    reviews: list[str] = field(default_factory=list)  # out of step with the review list
    awaiting: list[str] = field(default_factory=list)  # out of step with retention's list
    listing: list[str] = field(default_factory=list)  # listing columns against the bodies
    indexed: int = 0  # records the search index should hold (not purged, under its watermark)


def _sha(detail: Any, key: str = "sha256") -> str:
    return str(audit.detail_of(detail).get(key, "")) if detail is not None else ""


def _record_ok(status: str, actual: str, digest: str, created: Any, purged: Any) -> bool:
    if actual != digest:
        return False
    if purged is None:
        return status != RecordStatus.PURGED and created is not None and _sha(created) == actual
    return (status == RecordStatus.PURGED and _sha(purged, "stub_sha256") == actual
            and _sha(purged, "content_sha256") == _sha(created) != "")


def _add(out: list[str], line: str, limit: int = LIMIT) -> None:
    if len(out) < limit:
        out.append(line)


def check(conn: Connection, *, awaiting_purge: bool = True) -> Findings:
    """Read every decision once, then the amendments and the audit trail's record events.
    ``awaiting_purge=False`` for a schema before 11, which has no list to check."""
    found = Findings()
    watermark = search_index.indexed_to(conn)
    amended = listing_check.changes(conn)
    more_listing = False
    for (rid, record_id, status, body, digest, created_seq, created, purged, review_off,
         listed_to_purge, made, finalised, outcome, flow, review_date,
         export_status) in conn.execute(_DECISIONS.format(
             listed=_LISTED[awaiting_purge][0], join=_LISTED[awaiting_purge][1])):
        actual = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if not _record_ok(status, actual, digest, created, purged):
            _add(found.hashes, f"record {record_id} does not match its audit entry")
        if created_seq is None:
            _add(found.pointers,
                 f"record {record_id} does not point at the audit event that created it")
        if review_off:
            _add(found.reviews, f"record {record_id}: the review list is out of step with its "
                                "review date")
        if awaiting_purge and bool(listed_to_purge) != belongs(status, export_status):
            _add(found.awaiting, f"record {record_id}: the list of records awaiting purge is "
                                 "out of step with its status")
        if status != RecordStatus.PURGED and rid <= watermark:
            found.indexed += 1
        listed = Listed(made, finalised, outcome, status, flow, review_date, export_status)
        wrong = None if more_listing else listing_check.problem(
            record_id, body, listed, amended.get(str(record_id), []))
        if wrong and len(found.listing) >= listing_check.LIMIT:
            more_listing = True
            wrong = "listing: more problems not listed"
        if wrong:
            found.listing.append(wrong)
    for line in _others(conn):
        _add(found.hashes, line)
    return found


def _others(conn: Connection) -> Iterator[str]:
    for amend_id, record_id, body, logged, was_purged in conn.execute(_AMENDMENTS):
        actual = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if was_purged or logged is None or _sha(logged) != actual:
            yield f"amendment {amend_id} of record {record_id} does not match its audit entry"
    for record_id, kind, amend_id in conn.execute(_MISSING):
        if kind == AuditKind.PURGED and conn.execute(
                "SELECT 1 FROM decisions WHERE id = ?", (record_id,)).fetchone():
            yield f"record {record_id} does not match its audit entry"  # content back
            continue
        what = f"amendment {amend_id}" if kind == AuditKind.AMENDED else "decision"
        yield f"record {record_id} ({what}) is in the audit trail but missing from the vault"
