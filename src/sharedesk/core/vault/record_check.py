"""``vault verify``: every stored record and amendment against the hash its audit event logged,
in constant memory.

Each decision is joined to the event that created it (``decisions.audit_seq``) and, for a
purged one, to its ``purged`` event (through ``record_events``); each amendment to its
``amended`` event the same way; then the audit trail is read once for events whose record or
amendment is missing. Every query streams (cursor iteration, indexed lookups per row), so a
vault of a million records is checked without holding its hashes (that took 611 MB at 1M).
Rules, unchanged from before: a record must hash to its creation event's sha256; a purged record
must hold exactly the stub its ``purged`` event names, replacing content whose hash the chain
logged at creation; purged records' amendments are gone by design. Callers hold the vault lock
and a read transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from sharedesk.core.records.status import AuditKind, RecordStatus
from sharedesk.core.vault import audit
from sharedesk.core.vault.db import Connection

LIMIT = 50

_LAST_EVENT = ("(SELECT a2.detail FROM record_events x JOIN audit a2 ON a2.seq = x.seq "
               "WHERE x.record_id = {rid} AND a2.kind = '{kind}'{extra} "
               "ORDER BY x.seq DESC LIMIT 1)")
_DECISIONS = (
    "SELECT d.id, d.status, d.body, d.sha256, a.detail, "  # noqa: S608 - fixed text
    + _LAST_EVENT.format(rid="d.id", kind="purged", extra="")
    + " FROM decisions d LEFT JOIN audit a ON a.seq = d.audit_seq "
    "AND a.kind IN ('finalised', 'imported') AND a.record_id = d.id ORDER BY d.rid")
_AMENDMENTS = (
    "SELECT m.id, m.record_id, m.body, "  # noqa: S608 - fixed text
    + _LAST_EVENT.format(rid="m.record_id", kind="amended",
                         extra=" AND json_extract(a2.detail, '$.amendment_id') = m.id")
    + ", EXISTS (SELECT 1 FROM record_events x JOIN audit a3 ON a3.seq = x.seq "
    "WHERE x.record_id = m.record_id AND a3.kind = 'purged') FROM amendments m")
_MISSING = (
    "SELECT a.record_id, a.kind, json_extract(a.detail, '$.amendment_id') FROM audit a "
    "WHERE (a.kind IN ('finalised', 'imported', 'purged') AND a.record_id IS NOT NULL AND "
    "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = a.record_id)) OR (a.kind = 'amended' "
    "AND NOT EXISTS (SELECT 1 FROM amendments m WHERE m.id = "
    "json_extract(a.detail, '$.amendment_id')) AND NOT EXISTS (SELECT 1 FROM decisions d "
    "WHERE d.id = a.record_id AND d.status = 'purged'))")


def _sha(detail: Any, key: str = "sha256") -> str:
    return str(audit.detail_of(detail).get(key, "")) if detail is not None else ""


def _record_ok(status: str, actual: str, digest: str, created: Any, purged: Any) -> bool:
    if actual != digest:
        return False
    if purged is None:
        return status != RecordStatus.PURGED and created is not None and _sha(created) == actual
    return (status == RecordStatus.PURGED and _sha(purged, "stub_sha256") == actual
            and _sha(purged, "content_sha256") == _sha(created) != "")


def problems(conn: Connection) -> Iterator[str]:
    """One line per record, amendment or logged hash out of place (the caller stops early)."""
    for record_id, status, body, digest, created, purged in conn.execute(_DECISIONS):
        actual = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if not _record_ok(status, actual, digest, created, purged):
            yield f"record {record_id} does not match its audit entry"
    for amend_id, record_id, body, logged, was_purged in conn.execute(_AMENDMENTS):
        actual = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if was_purged or logged is None or _sha(logged) != actual:
            yield f"amendment {amend_id} of record {record_id} does not match its audit entry"
    for record_id, kind, amend_id in conn.execute(_MISSING):
        what = f"amendment {amend_id}" if kind == AuditKind.AMENDED else "decision"
        yield f"record {record_id} ({what}) is in the audit trail but missing from the vault"
