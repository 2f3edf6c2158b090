"""The outbox's storage: ``outbox_bundles``, ``outbox_items`` and the decisions' export status.

The vault's implementation of ``sync.outbox.OutboxStore`` (as ``repository.VaultStore`` is of
``records.service.RecordStore``): every method takes the vault lock and is one read or one
transaction, audited in that transaction, so it is safe from any thread; reads take the
read-only connection (``Handle.reading``) and never wait for a write. What a
delivery outcome means for a bundle is decided by ``sync.outbox.Outbox``; this module only
applies it. ``requeue_if_amended`` is the one rule that puts an amended record back in the queue
(used here when a bundle's state changes and by the repository when a record is amended).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.records.status import AuditKind, ExportStatus, RecordStatus
from sharedesk.core.vault import audit
from sharedesk.core.vault.audit_batch import append_listing
from sharedesk.core.vault.db import Connection, Handle, read, transaction

PENDING, EXPORTED, IMPORTED = ExportStatus.PENDING, ExportStatus.EXPORTED, ExportStatus.IMPORTED
# Export statuses of a record that has left in a bundle (or was saved by hand): amending it
# sends it again.
RESENT_FROM = (EXPORTED, ExportStatus.AWAITING_RECEIPT, ExportStatus.ACKNOWLEDGED)
_COLUMNS = ("id, created, state, record_count, size, sha256, attempts, last_attempt, "
            "next_attempt, error, error_kind, transport, acknowledged, receipt_sha256, "
            "receipt_key")
# The bundle columns ``update`` may set (names are never taken from elsewhere).
BUNDLE_FIELDS = frozenset({"acknowledged", "receipt_sha256", "receipt_key", "receipt_stored_at",
                           "receipt_signature", "error", "error_kind", "next_attempt", "data",
                           "transport"})


@dataclass(frozen=True)
class BundleStatus:
    id: str
    created: str
    state: str
    record_count: int
    size: int
    sha256: str
    attempts: int
    last_attempt: str | None
    next_attempt: str | None
    error: str | None
    error_kind: str | None
    transport: str | None
    acknowledged: str | None
    receipt_sha256: str | None
    receipt_key: str | None  # the pinned key that signed the receipt; None: never purged

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Move:
    """A bundle's records move to ``state``, each audited ``audit_kind`` (if any) with
    ``detail``; a record a newer bundle carries stays with that bundle."""

    state: str
    audit_kind: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PurgeCandidate:
    """A record whose latest bundle was acknowledged by a receipt signed by one of the keys
    asked about, with that receipt (checked again by the caller before purging)."""

    record_id: str
    bundle_id: str
    receipt_sha256: str | None
    acknowledged: str
    receipt_stored_at: str | None
    receipt_signature: str | None


def awaiting_purge(status: str, export_status: str) -> bool:
    """Whether a decision belongs in ``awaiting_purge`` (schema 11): final and acknowledged,
    what retention may purge. The triggers in migrations.py say the same in SQL."""
    return status == RecordStatus.FINAL and export_status == ExportStatus.ACKNOWLEDGED


def list_if_awaiting_purge(c: Connection, rid: int, status: str, export_status: str) -> None:
    """List a newly inserted decision in ``awaiting_purge`` if it belongs there (the inserting
    code's part of schema 11; triggers keep every later change of status)."""
    if awaiting_purge(status, export_status):
        c.execute("INSERT INTO awaiting_purge (rid) VALUES (?)", (rid,))


def requeue_if_amended(c: Connection, record_id: str) -> bool:
    """Put a record back in the queue (``pending``, audited ``queued``, the caller's
    transaction) when it has left (exported, uploaded or acknowledged) but holds more
    amendments than its latest bundle carried (none without a bundle), so the next sync sends
    it again with every amendment. Imported records (sent by their own device) stay.
    Returns True when it was queued again."""
    row = c.execute(
        "SELECT d.export_status, (SELECT count(*) FROM amendments a WHERE a.record_id = d.id), "
        "(SELECT i.amendments FROM outbox_items i WHERE i.record_id = d.id "
        "ORDER BY i.rowid DESC LIMIT 1) FROM decisions d WHERE d.id = ?", (record_id,)).fetchone()
    if row is None or row[0] not in RESENT_FROM or int(row[1]) <= int(row[2] or 0):
        return False
    c.execute("UPDATE decisions SET export_status = ? WHERE id = ?", (PENDING, record_id))
    audit.append(c, AuditKind.QUEUED, record_id, {"from": row[0], "because": "amended"})
    return True


def _move(c: Connection, bundle_id: str, move: Move) -> None:
    c.execute("UPDATE outbox_bundles SET state = ? WHERE id = ?", (move.state, bundle_id))
    ids = [r[0] for r in c.execute("SELECT record_id FROM outbox_items WHERE bundle_id = ?",
                                   (bundle_id,))]
    for record_id in ids:
        if move.state != PENDING and c.execute(
                "SELECT 1 FROM outbox_items WHERE record_id = ? AND rowid > (SELECT rowid "
                "FROM outbox_items WHERE record_id = ? AND bundle_id = ?)",
                (record_id, record_id, bundle_id)).fetchone():
            continue  # a newer bundle carries this record now; its state is that bundle's
        c.execute("UPDATE decisions SET export_status = ? WHERE id = ?", (move.state, record_id))
        if move.audit_kind:
            audit.append(c, move.audit_kind, record_id, dict(move.detail))
        requeue_if_amended(c, record_id)  # amended after this bundle was built


class VaultOutboxStore:
    """The outbox in the vault's tables (see migrations.py for the schema)."""

    def __init__(self, handle: Handle) -> None:
        self._h = handle

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._h.reading() as conn:  # the writer's own connection inside its transaction
            return read(conn, self._h.path, sql, params)

    @contextmanager
    def _tx(self, doing: str) -> Iterator[Connection]:
        with self._h.lock, transaction(self._h.conn, self._h.path, doing) as c:
            yield c

    # -- reading -------------------------------------------------------------------------------
    def unbundled(self, limit: int) -> list[str]:
        """Final pending records in no open bundle, oldest first."""
        return [r[0] for r in self._read(
            "SELECT d.id FROM decisions d WHERE d.status = ? AND d.export_status = ? "
            "AND NOT EXISTS (SELECT 1 FROM outbox_items i JOIN outbox_bundles b "
            "ON b.id = i.bundle_id WHERE i.record_id = d.id AND b.state != ?) "
            "ORDER BY d.created, d.rid LIMIT ?",
            (RecordStatus.FINAL, PENDING, ExportStatus.ACKNOWLEDGED, limit))]

    def bundle(self, bundle_id: str) -> BundleStatus | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM outbox_bundles WHERE id = ?",  # noqa: S608
                          (bundle_id,))
        return BundleStatus(*rows[0]) if rows else None

    def bundles(self) -> list[BundleStatus]:
        """Every bundle, oldest first."""
        return [BundleStatus(*r) for r in self._read(
            f"SELECT {_COLUMNS} FROM outbox_bundles ORDER BY created, id")]  # noqa: S608

    def record_ids(self, bundle_id: str) -> list[str]:
        return [r[0] for r in self._read("SELECT record_id FROM outbox_items WHERE bundle_id = ? "
                                         "ORDER BY record_id", (bundle_id,))]

    def data(self, bundle_id: str) -> bytes | None:
        """The bundle's encrypted bytes; None when there is no such bundle or no bytes kept."""
        rows = self._read("SELECT data FROM outbox_bundles WHERE id = ?", (bundle_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

    def count_in(self, statuses: Sequence[str]) -> int:
        """Records in these export statuses, from the ``decisions_by_export`` index alone."""
        marks = ", ".join("?" * len(statuses))
        rows = self._read(f"SELECT count(*) FROM decisions WHERE export_status IN ({marks})",  # noqa: S608
                          tuple(statuses))
        return int(rows[0][0])

    def status_counts(self) -> tuple[dict[str, int], int]:
        """(final and purged records by export status, how many of them are purged).

        Read from the ``decisions_by_export`` index alone and the small ``team_facts`` rows,
        never the records (2.5 s at 100,000 records read from the rows, 0.1 s so): decisions
        holds only final records and their purge stubs (the service stores only finalised
        records; an import refuses others), and team_facts one row per final record, so the
        purged are the rows less the final ones. One snapshot for both counts."""
        with self._h.reading() as conn:
            rows = read(conn, self._h.path,
                        "SELECT export_status, count(*) FROM decisions GROUP BY export_status")
            (final,), = read(conn, self._h.path, "SELECT count(*) FROM team_facts")
        counts = {str(state): int(n) for state, n in rows}
        return counts, max(0, sum(counts.values()) - int(final))

    def purge_candidates(self, cutoff: str, receipt_keys: Sequence[str],
                         limit: int) -> list[PurgeCandidate]:
        """Final records whose latest bundle was acknowledged on or before ``cutoff`` by a
        receipt signed by one of ``receipt_keys`` and carried every amendment the record has
        (one amended later waits for the bundle that carries it), oldest acknowledgement
        first."""
        if not receipt_keys:
            return []
        acknowledged = ExportStatus.ACKNOWLEDGED
        return [PurgeCandidate(*r) for r in self._read(_DUE, (
            RecordStatus.FINAL, acknowledged, acknowledged, cutoff,
            json.dumps(list(receipt_keys)), limit))]

    # -- changing ------------------------------------------------------------------------------
    def add_bundle(self, bundle: BundleStatus, data: bytes, record_ids: Sequence[str],
                   amendments: Mapping[str, int]) -> None:
        """Store a new bundle (pending) and claim its records, audited with one ``exported``
        event listing them (audit_batch.append_listing); ``amendments`` maps each record to the
        number of amendments the bundle carries."""
        detail = {"bundle_id": bundle.id, "sha256": bundle.sha256}
        with self._tx("queue the bundle") as c:
            c.execute("INSERT INTO outbox_bundles (id, created, state, sha256, size, record_count, "
                      "data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (bundle.id, bundle.created, PENDING, bundle.sha256, bundle.size,
                       len(record_ids), data))
            c.executemany("INSERT INTO outbox_items (record_id, bundle_id, amendments) VALUES "
                          "(?, ?, ?)", [(r, bundle.id, amendments[r]) for r in record_ids])
            append_listing(c, AuditKind.EXPORTED, record_ids, detail)

    def update(self, bundle_id: str, moves: Sequence[Move], fields: Mapping[str, Any], *,
               doing: str, attempt: tuple[str, str] | None = None) -> None:
        """In one transaction: count a delivery ``attempt`` (its time and transport), apply
        ``moves`` in order, then set the bundle's ``fields`` (names from BUNDLE_FIELDS)."""
        unknown = set(fields) - BUNDLE_FIELDS
        if unknown:
            raise ValueError(f"not a bundle field: {sorted(unknown)}")
        with self._tx(doing) as c:
            if attempt is not None:
                c.execute("UPDATE outbox_bundles SET attempts = attempts + 1, last_attempt = ?, "
                          "transport = ? WHERE id = ?", (*attempt, bundle_id))
            for move in moves:
                _move(c, bundle_id, move)
            if fields:
                names = sorted(fields)
                c.execute(f"UPDATE outbox_bundles SET {', '.join(f'{n} = ?' for n in names)} "  # noqa: S608 - names checked
                          "WHERE id = ?", (*(fields[n] for n in names), bundle_id))

    def mark_exported(self, bundle_id: str, transport: str) -> None:
        """A copy was saved by hand: a pending bundle's records become ``exported`` (a failed
        one keeps its failure); audited with one ``exported`` event listing them."""
        with self._tx("note the export") as c:
            state = c.execute("SELECT state FROM outbox_bundles WHERE id = ?",
                              (bundle_id,)).fetchone()
            if state is not None and state[0] == PENDING:
                _move(c, bundle_id, Move(EXPORTED))
            ids = [r[0] for r in c.execute("SELECT record_id FROM outbox_items WHERE "
                                           "bundle_id = ? ORDER BY record_id", (bundle_id,))]
            if ids:
                append_listing(c, AuditKind.EXPORTED, ids,
                               {"bundle_id": bundle_id, "transport": transport})

    def queue_imported(self, record_ids: Sequence[str]) -> int:
        """Put imported final records in the queue, each audited ``queued``; UsageError (and
        nothing changed) for a record that is not one. Returns the count queued."""
        unique = list(dict.fromkeys(record_ids))
        with self._tx("queue the records") as c:
            for record_id in unique:
                row = c.execute("SELECT status, export_status FROM decisions WHERE id = ?",
                                (record_id,)).fetchone()
                if row is None or tuple(row) != (RecordStatus.FINAL, IMPORTED):
                    raise UsageError(f"record {record_id} is not an imported record waiting "
                                     "here; only imported records are queued by hand")
                c.execute("UPDATE decisions SET export_status = ? WHERE id = ?",
                          (PENDING, record_id))
                audit.append(c, AuditKind.QUEUED, record_id, {"from": IMPORTED})
        return len(unique)

    def release(self, bundle_id: str, error_kind: str) -> int:
        """A bundle's records leave it, pending again (to be bundled afresh); the bundle stays
        listed with ``error_kind`` and without its bytes. Returns the count released."""
        with self._tx("requeue the records") as c:
            ids = [r[0] for r in c.execute("SELECT record_id FROM outbox_items WHERE "
                                           "bundle_id = ?", (bundle_id,))]
            c.execute("DELETE FROM outbox_items WHERE bundle_id = ?", (bundle_id,))
            for record_id in ids:
                c.execute("UPDATE decisions SET export_status = ? WHERE id = ?",
                          (PENDING, record_id))
            c.execute("UPDATE outbox_bundles SET error_kind = ?, data = NULL WHERE id = ?",
                      (error_kind, bundle_id))
        return len(ids)

    def audit_exported(self, record_ids: Sequence[str], detail: audit.Detail) -> None:
        """One ``exported`` event listing the records (audit_batch.append_listing), in one
        transaction (the queue is unchanged)."""
        with self._tx("audit the export") as c:
            append_listing(c, AuditKind.EXPORTED, record_ids, detail)


# Driven from awaiting_purge (schema 11: final records the case system acknowledged, not yet
# purged); CROSS JOIN keeps it the outer loop, so a run reads the records still to purge and
# never the purged history.
_DUE = """
SELECT d.id, b.id, b.receipt_sha256, b.acknowledged, b.receipt_stored_at, b.receipt_signature
FROM awaiting_purge w
CROSS JOIN decisions d ON d.rid = w.rid
JOIN outbox_items i ON i.record_id = d.id
JOIN outbox_bundles b ON b.id = i.bundle_id
WHERE d.status = ? AND d.export_status = ? AND b.state = ?
  AND b.acknowledged IS NOT NULL AND b.acknowledged <= ?
  AND b.receipt_key IN (SELECT value FROM json_each(?))
  AND i.rowid = (SELECT max(k.rowid) FROM outbox_items k WHERE k.record_id = d.id)
  AND i.amendments >= (SELECT count(*) FROM amendments a WHERE a.record_id = d.id)
ORDER BY b.acknowledged, d.rid
LIMIT ?
"""
