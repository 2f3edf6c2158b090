"""Retention purge: replace an acknowledged record's content with a stub, keeping the audit trail.

The stub is canonical JSON holding only what proves the record existed and where it went: id,
created/finalised/acknowledged/purged times, outcome, flow id and version, bundle id, receipt
hash, the hash of the content it replaced and how many amendments it had. The record's row keeps
its id with ``status = 'purged'`` and the stub as its body; its amendments and its search-index
row are deleted. A ``purged`` audit event, in the same transaction, carries the stub's hash and
the replaced content's hash, so ``integrity`` can tell a purge from an edit.

This module purges one record (``_purge_one``); ``purge_run`` runs a retention run: content
overwritten in the file (``secure_delete``), the search index merged without the purged rows'
terms, the WAL truncated afterwards, so the text does not linger in free pages or index
segments (all encrypted anyway). Callers hold the vault lock.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sharedesk.core.records.status import AuditKind, RecordStatus
from sharedesk.core.vault import audit, search_index, team_facts
from sharedesk.core.vault.db import Connection

STATUS_PURGED = RecordStatus.PURGED
STUB_FORMAT = "sharedesk-purged-stub"


@dataclass(frozen=True)
class PurgeItem:
    """A record to purge and the acknowledgement that allows it."""

    record_id: str
    bundle_id: str
    receipt_sha256: str | None
    acknowledged: str


def stub_bytes(stub: dict[str, Any]) -> bytes:
    return json.dumps(stub, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _stub(row: Any, item: PurgeItem, amendments: int, at: str) -> dict[str, Any]:
    record_id, created, finalised, outcome, flow_id, digest, body = row
    version = json.loads(body).get("flow", {}).get("version", "")
    return {"format": STUB_FORMAT, "id": record_id, "status": STATUS_PURGED,
            "created": created, "finalised": finalised, "outcome": outcome,
            "flow": {"id": flow_id, "version": version}, "bundle_id": item.bundle_id,
            "receipt_sha256": item.receipt_sha256, "acknowledged": item.acknowledged,
            "purged": at, "content_sha256": digest, "amendments": amendments}


def _purge_one(c: Connection, item: PurgeItem, at: str) -> bool:
    row = c.execute("SELECT id, created, finalised, outcome, flow_id, sha256, body, rid, status "
                    "FROM decisions WHERE id = ?", (item.record_id,)).fetchone()
    if row is None or row[8] != RecordStatus.FINAL:
        return False  # gone, a draft, or purged already: nothing to do
    amendments = c.execute("DELETE FROM amendments WHERE record_id = ?",
                           (item.record_id,)).rowcount
    # Countersignature comments are record content too (vault/countersignatures.py).
    c.execute("DELETE FROM countersignatures WHERE record_id = ?", (item.record_id,))
    team_facts.purged(c, row[7])
    body = stub_bytes(_stub(row[:7], item, amendments, at))
    stub_sha = hashlib.sha256(body).hexdigest()
    c.execute("UPDATE decisions SET status = ?, review_date = NULL, sha256 = ?, body = ? "
              "WHERE rid = ?", (STATUS_PURGED, stub_sha, body.decode("utf-8"), row[7]))
    c.execute("DELETE FROM reviews WHERE rid = ?", (row[7],))
    if search_index.is_indexed(c, row[7]):  # catch_up skips purged rows
        c.execute("DELETE FROM decisions_fts WHERE rowid = ?", (-row[7],))
    audit.append(c, AuditKind.PURGED, item.record_id,
                 {"stub_sha256": stub_sha, "content_sha256": row[5],
                  "bundle_id": item.bundle_id, "amendments": amendments}, at=at)
    return True


def purged_stub(conn: Connection, record_id: str) -> dict[str, Any] | None:
    """The stub of a purged record, or None if the record is not purged (or absent)."""
    row = conn.execute("SELECT body FROM decisions WHERE id = ? AND status = ?",
                       (record_id, STATUS_PURGED)).fetchone()
    return dict(json.loads(row[0])) if row else None
