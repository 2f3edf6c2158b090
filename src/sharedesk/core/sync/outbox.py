"""The outbox: which finalised records still have to reach the case system, in which bundle, and
how delivery is going.

Every finalised record starts ``pending`` (the vault's default export status), so finalising
queues it with no extra call. A sync puts pending records into a bundle whose id and encrypted
bytes are stored here and resent unchanged until acknowledged. Record states: pending, exported
(saved by hand, still awaiting delivery), uploaded (written where the receiver will find it,
awaiting its receipt), acknowledged, failed (stopped; the bundle's error says what to do).
Only an acknowledgement (receipt or an audited "mark delivered" with a reason) ends a record's
journey; only one by a receipt signed by a pinned receipt key lets retention purge it.
Every change is one vault transaction together with its audit events.
Thread rules: those of the Vault (calls serialised by its lock); safe from a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sharedesk.core import orgkeys
from sharedesk.core.errors import UsageError
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.log import event
from sharedesk.core.records.model import utc_now
from sharedesk.core.sync import transport as t
from sharedesk.core.sync.retry import DEFAULT_POLICY, RetryPolicy
from sharedesk.core.vault import Vault
from sharedesk.core.vault import audit as chain
from sharedesk.core.vault.audit_batch import append_many
from sharedesk.core.vault.db import Connection

if TYPE_CHECKING:  # the bundle module pulls in pyrage and cryptography; the GUI lists lazily
    from sharedesk.core.export.bundle import BundleInfo

PENDING, EXPORTED, UPLOADED, ACKNOWLEDGED, FAILED = (
    "pending", "exported", "uploaded", "acknowledged", "failed")
IMPORTED, PURGED = "imported", "purged"  # never bundled automatically; content purged
AUDIT_BATCH = 1000  # exported events per transaction (audit_export)
CONFLICT = "conflict"  # error_kind of a failed bundle that must never be resent as is
_COLUMNS = ("id, created, state, record_count, size, sha256, attempts, last_attempt, "
            "next_attempt, error, error_kind, transport, acknowledged, receipt_sha256, "
            "receipt_key")


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
class OutboxStatus:
    """For the Outbox screen: counts by record state, every open bundle, last and next sync."""

    counts: dict[str, int]
    bundles: list[BundleStatus]
    last_acknowledged: str | None
    next_retry: str | None


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Outbox:
    def __init__(self, vault: Vault, policy: RetryPolicy = DEFAULT_POLICY) -> None:
        self.vault = vault
        self.policy = policy

    @contextmanager
    def _tx(self, doing: str) -> Iterator[Connection]:
        with self.vault.transaction(doing) as conn:
            yield conn

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return self.vault.query(sql, params)

    # -- reading -------------------------------------------------------------------------------
    def unbundled(self, limit: int) -> list[str]:
        """Ids of finalised records waiting for a bundle, oldest first: pending and in no open
        bundle (a record amended after it was acknowledged goes out again in a new one)."""
        return [r[0] for r in self._read(
            "SELECT d.id FROM decisions d WHERE d.status = 'final' AND d.export_status = 'pending' "
            "AND NOT EXISTS (SELECT 1 FROM outbox_items i JOIN outbox_bundles b "
            "ON b.id = i.bundle_id WHERE i.record_id = d.id AND b.state != 'acknowledged') "
            "ORDER BY d.created, d.rid LIMIT ?", (limit,))]

    def bundle(self, bundle_id: str) -> BundleStatus:
        rows = self._read(f"SELECT {_COLUMNS} FROM outbox_bundles WHERE id = ?",  # noqa: S608
                          (bundle_id,))
        if not rows:
            raise UsageError(f"no bundle with id {bundle_id} in the outbox")
        return BundleStatus(*rows[0])

    def bundles(self, states: Sequence[str] | None = None) -> list[BundleStatus]:
        rows = self._read(f"SELECT {_COLUMNS} FROM outbox_bundles "  # noqa: S608
                          "ORDER BY created, id")
        found = [BundleStatus(*r) for r in rows]
        return [b for b in found if states is None or b.state in states]

    def record_ids(self, bundle_id: str) -> list[str]:
        return [r[0] for r in self._read("SELECT record_id FROM outbox_items WHERE bundle_id = ? "
                                         "ORDER BY record_id", (bundle_id,))]

    def data(self, bundle_id: str) -> bytes:
        rows = self._read("SELECT data FROM outbox_bundles WHERE id = ?", (bundle_id,))
        if not rows or rows[0][0] is None:
            raise UsageError(f"bundle {bundle_id} is not held in the outbox any more")
        return bytes(rows[0][0])

    def waiting_count(self) -> int:
        """Finalised records not yet at the case system (pending, exported by hand, failed):
        what Home shows. Reads only those records' entries of ``decisions_by_export`` (an index
        range per state, never the rows: a record in those states is always final, since only
        an acknowledged one is ever purged), so it costs the size of the queue's index entries,
        not of the vault."""
        rows = self._read("SELECT count(*) FROM decisions WHERE export_status IN (?, ?, ?)",
                          (PENDING, EXPORTED, FAILED))
        return int(rows[0][0])

    def status(self) -> OutboxStatus:
        counts = {s: 0 for s in (PENDING, EXPORTED, UPLOADED, ACKNOWLEDGED, FAILED)}
        purged = 0
        for state, n, gone in self._read(
                "SELECT export_status, count(*), sum(status = 'purged') FROM decisions "
                "WHERE status IN ('final', 'purged') GROUP BY export_status"):
            counts[state] = counts.get(state, 0) + int(n)
            purged += int(gone or 0)
        if purged:
            counts[PURGED] = int(purged)  # acknowledged, content gone after the retention period
        bundles = self.bundles()
        acked = [b.acknowledged for b in bundles if b.acknowledged]
        waits = [b.next_attempt for b in bundles
                 if b.state in (PENDING, EXPORTED) and b.next_attempt]
        return OutboxStatus(counts, [b for b in bundles if b.state != ACKNOWLEDGED],
                            max(acked) if acked else None, min(waits) if waits else None)

    # -- changing ------------------------------------------------------------------------------
    def add_bundle(self, info: BundleInfo, data: bytes, amendments: Mapping[str, int]) -> None:
        """Store a freshly built bundle and claim its records, auditing "exported" for each.

        ``amendments`` maps each record id to the number of amendments the bundle's copy carries,
        counted from the records the bundle was built from (not re-read here), so an amendment
        made while the bundle was being built is still seen as unsent and queues the record again.
        """
        with self._tx("queue the bundle") as c:
            c.execute("INSERT INTO outbox_bundles (id, created, state, sha256, size, record_count, "
                      "data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (info.bundle_id, info.created, PENDING, info.sha256, info.size,
                       len(info.record_ids), data))
            for record_id in info.record_ids:
                # How many amendments this bundle carries: one made later sends the record again.
                c.execute("INSERT INTO outbox_items (record_id, bundle_id, amendments) VALUES "
                          "(?, ?, ?)", (record_id, info.bundle_id, amendments[record_id]))
                chain.append(c, "exported", record_id,
                             {"bundle_id": info.bundle_id, "sha256": info.sha256})
        event("outbox.bundled", bundle_id=info.bundle_id, count=len(info.record_ids))

    def _set(self, c: Connection, bundle_id: str, state: str, audit_kind: str | None,
             detail: chain.Detail) -> None:
        c.execute("UPDATE outbox_bundles SET state = ? WHERE id = ?", (state, bundle_id))
        rows = c.execute("SELECT i.record_id, i.amendments, (SELECT count(*) FROM amendments a "
                         "WHERE a.record_id = i.record_id) FROM outbox_items i "
                         "WHERE i.bundle_id = ?", (bundle_id,)).fetchall()
        for record_id, carried, held in rows:
            if state != PENDING and c.execute(
                    "SELECT 1 FROM outbox_items WHERE record_id = ? AND rowid > (SELECT rowid "
                    "FROM outbox_items WHERE record_id = ? AND bundle_id = ?)",
                    (record_id, record_id, bundle_id)).fetchone():
                continue  # a newer bundle carries this record now; its state is that bundle's
            c.execute("UPDATE decisions SET export_status = ? WHERE id = ?", (state, record_id))
            if audit_kind:
                chain.append(c, audit_kind, record_id, detail)
            if held > carried and state in (EXPORTED, UPLOADED, ACKNOWLEDGED):
                # Amended after this bundle was built: the amendment still has to be sent.
                c.execute("UPDATE decisions SET export_status = ? WHERE id = ?",
                          (PENDING, record_id))
                chain.append(c, "queued", record_id, {"from": state, "because": "amended"})

    def record_outcome(self, bundle_id: str, outcome: t.Outcome, transport: str,
                       now: datetime) -> BundleStatus:
        """Apply a delivery attempt's outcome: state, records, audit and retry bookkeeping."""
        current = self.bundle(bundle_id)
        at = _iso(now)
        detail: chain.Detail = {"bundle_id": bundle_id, "sha256": current.sha256,
                                "transport": transport}
        with self._tx("record the delivery attempt") as c:
            c.execute("UPDATE outbox_bundles SET attempts = attempts + 1, last_attempt = ?, "
                      "transport = ? WHERE id = ?", (at, transport, bundle_id))
            if outcome.kind == t.ACKNOWLEDGED:
                if current.state != UPLOADED:
                    self._set(c, bundle_id, UPLOADED, "uploaded", detail)
                signer = orgkeys.fingerprint(outcome.receipt_key) if outcome.receipt_key else None
                self._set(c, bundle_id, ACKNOWLEDGED, "acknowledged",
                          {**detail, "receipt_sha256": outcome.receipt_sha256,
                           "receipt_signed_by": signer})
                c.execute("UPDATE outbox_bundles SET acknowledged = ?, receipt_sha256 = ?, "
                          "receipt_key = ?, receipt_stored_at = ?, receipt_signature = ?, "
                          "error = NULL, error_kind = NULL, next_attempt = NULL, data = NULL "
                          "WHERE id = ?", (at, outcome.receipt_sha256, outcome.receipt_key,
                                           outcome.receipt_stored_at, outcome.receipt_signature,
                                           bundle_id))
            elif outcome.kind == t.DELIVERED:
                if current.state != UPLOADED:
                    self._set(c, bundle_id, UPLOADED, "uploaded", detail)
                c.execute("UPDATE outbox_bundles SET error = NULL, error_kind = NULL, "
                          "next_attempt = NULL WHERE id = ?", (bundle_id,))
            elif outcome.kind == t.RETRY:
                wait = self.policy.next_attempt(now, current.attempts + 1, outcome.retry_after)
                c.execute("UPDATE outbox_bundles SET error = ?, error_kind = 'retry', "
                          "next_attempt = ? WHERE id = ?", (outcome.message, _iso(wait), bundle_id))
            else:
                kind = CONFLICT if outcome.kind == t.CONFLICT else FAILED
                self._set(c, bundle_id, FAILED, None, detail)
                c.execute("UPDATE outbox_bundles SET error = ?, error_kind = ?, next_attempt = NULL "
                          "WHERE id = ?", (outcome.message, kind, bundle_id))
        event("outbox.attempt", bundle_id=bundle_id, kind=outcome.kind,
              http_status=outcome.http_status or 0, transport=transport)
        return self.bundle(bundle_id)

    def audit_export(self, record_ids: Sequence[str], fmt: str, sha256: str,
                     bundle_id: str | None = None) -> None:
        """Audit a user's export of these records, one ``exported`` event each (the queue is
        unchanged), in transactions of ``AUDIT_BATCH``: the vault lock is free between them,
        so a large export never blocks the GUI for long."""
        detail: chain.Detail = {"format": fmt, "sha256": sha256, "bundle_id": bundle_id}
        for start in range(0, len(record_ids), AUDIT_BATCH):
            with self._tx("audit the export") as c:
                append_many(c, "exported",
                            [(r, detail) for r in record_ids[start:start + AUDIT_BATCH]])

    def save_copy(self, bundle_id: str, out: str | Path) -> None:
        """Manual transport: write the bundle's encrypted bytes to a file the user chose."""
        write_atomic(Path(out), self.data(bundle_id))
        self.mark_exported(bundle_id)

    def mark_exported(self, bundle_id: str, transport: str = "manual") -> None:
        """A copy was saved by hand: noted and audited, but the bundle stays in the queue.

        Only a pending bundle becomes "exported"; a failed one keeps its failure (a 409 conflict
        stays a conflict, never resent under the same id) until requeued or marked delivered.
        """
        with self._tx("note the export") as c:
            state = c.execute("SELECT state FROM outbox_bundles WHERE id = ?",
                              (bundle_id,)).fetchone()
            if state is not None and state[0] == PENDING:
                self._set(c, bundle_id, EXPORTED, None, {})
            for record_id in self.record_ids(bundle_id):
                chain.append(c, "exported", record_id, {"bundle_id": bundle_id,
                                                        "transport": transport})

    def mark_delivered(self, bundle_id: str, reason: str) -> BundleStatus:
        """The user says the bundle reached the case system another way: acknowledged, audited
        with the reason. The reason is kept in the vault's audit trail, never in logs."""
        if not reason.strip():
            raise UsageError("say how the bundle was delivered (a reason is required)")
        current = self.bundle(bundle_id)
        if current.state == ACKNOWLEDGED:
            raise UsageError(f"bundle {bundle_id} is already acknowledged")
        with self._tx("mark the bundle delivered") as c:
            self._set(c, bundle_id, ACKNOWLEDGED, "acknowledged",
                      {"bundle_id": bundle_id, "sha256": current.sha256, "transport": "manual",
                       "reason": reason.strip()[:500]})
            c.execute("UPDATE outbox_bundles SET acknowledged = ?, transport = 'manual', "
                      "error = NULL, error_kind = NULL, next_attempt = NULL, data = NULL "
                      "WHERE id = ?", (utc_now(), bundle_id))
        return self.bundle(bundle_id)

    def queue(self, record_ids: Sequence[str]) -> int:
        """Explicitly queue imported records (made on another device, so not sent by this
        vault's sync on its own) for this vault's next sync. Audited; returns the count queued.
        Raises UsageError for a record that is not an imported, final record here."""
        with self._tx("queue the records") as c:
            for record_id in dict.fromkeys(record_ids):
                row = c.execute("SELECT status, export_status FROM decisions WHERE id = ?",
                                (record_id,)).fetchone()
                if row is None or tuple(row) != ("final", IMPORTED):
                    raise UsageError(f"record {record_id} is not an imported record waiting "
                                     "here; only imported records are queued by hand")
                c.execute("UPDATE decisions SET export_status = ? WHERE id = ?",
                          (PENDING, record_id))
                chain.append(c, "queued", record_id, {"from": IMPORTED})
        return len(dict.fromkeys(record_ids))

    def requeue(self, bundle_id: str) -> int:
        """Release a failed bundle's records to be bundled afresh under a new id (after a 409,
        the old id is spent). The failed bundle stays listed for the record. Returns the count."""
        current = self.bundle(bundle_id)
        if current.state != FAILED:
            raise UsageError(f"bundle {bundle_id} has not failed; only a failed bundle can be "
                             "requeued")
        with self._tx("requeue the records") as c:
            ids = [r[0] for r in c.execute("SELECT record_id FROM outbox_items WHERE "
                                           "bundle_id = ?", (bundle_id,))]
            c.execute("DELETE FROM outbox_items WHERE bundle_id = ?", (bundle_id,))
            for record_id in ids:
                c.execute("UPDATE decisions SET export_status = 'pending' WHERE id = ?",
                          (record_id,))
            c.execute("UPDATE outbox_bundles SET error_kind = 'requeued', data = NULL "
                      "WHERE id = ?", (bundle_id,))
        return len(ids)
