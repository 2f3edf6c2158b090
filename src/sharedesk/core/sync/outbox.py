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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sharedesk.core import orgkeys
from sharedesk.core.errors import UsageError
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.log import event
from sharedesk.core.records.model import utc_now
from sharedesk.core.records.status import AuditKind, BundleError, ExportStatus, RecordStatus
from sharedesk.core.sync import transport as t
from sharedesk.core.sync.retry import DEFAULT_POLICY, RetryPolicy
from sharedesk.core.vault import Vault
from sharedesk.core.vault import audit as chain
from sharedesk.core.vault.outbox_store import BundleStatus, Move, PurgeCandidate

if TYPE_CHECKING:  # the bundle module pulls in pyrage and cryptography; the GUI lists lazily
    from sharedesk.core.export.bundle import BundleInfo

__all__ = ["ACKNOWLEDGED", "EXPORTED", "FAILED", "IMPORTED", "PENDING", "PURGED", "UPLOADED",
           "BundleStatus", "Outbox", "OutboxStatus", "OutboxStore"]

# The states' names as this module has always spelt them (records/status.py holds the words).
PENDING, EXPORTED, UPLOADED = (ExportStatus.PENDING, ExportStatus.EXPORTED,
                               ExportStatus.AWAITING_RECEIPT)
ACKNOWLEDGED, FAILED, IMPORTED = (ExportStatus.ACKNOWLEDGED, ExportStatus.FAILED,
                                  ExportStatus.IMPORTED)
PURGED = RecordStatus.PURGED  # a count of the status screen: acknowledged, content purged
AUDIT_BATCH = 250  # records per exported event and transaction (audit_export): a short lock
CONFLICT = BundleError.CONFLICT  # error_kind of a failed bundle never to be resent as is


class OutboxStore(Protocol):
    """Storage for the outbox (``vault.outbox_store.VaultOutboxStore``). Each method is one
    read or one atomic transaction, with its audit events."""

    def unbundled(self, limit: int) -> list[str]: ...
    def bundle(self, bundle_id: str) -> BundleStatus | None: ...
    def bundles(self) -> list[BundleStatus]: ...
    def record_ids(self, bundle_id: str) -> list[str]: ...
    def data(self, bundle_id: str) -> bytes | None: ...
    def count_in(self, statuses: Sequence[str]) -> int: ...
    def status_counts(self) -> tuple[dict[str, int], int]: ...
    def purge_candidates(self, cutoff: str, receipt_keys: Sequence[str],
                         limit: int) -> list[PurgeCandidate]: ...
    def add_bundle(self, bundle: BundleStatus, data: bytes, record_ids: Sequence[str],
                   amendments: Mapping[str, int]) -> None: ...
    def update(self, bundle_id: str, moves: Sequence[Move], fields: Mapping[str, Any], *,
               doing: str, attempt: tuple[str, str] | None = None) -> None: ...
    def mark_exported(self, bundle_id: str, transport: str) -> None: ...
    def queue_imported(self, record_ids: Sequence[str]) -> int: ...
    def release(self, bundle_id: str, error_kind: str) -> int: ...
    def audit_exported(self, record_ids: Sequence[str], detail: chain.Detail) -> None: ...


@dataclass(frozen=True)
class OutboxStatus:
    """For the Outbox screen: counts by record state, every open bundle, last and next sync."""

    counts: dict[str, int]
    bundles: list[BundleStatus]
    last_acknowledged: str | None
    next_retry: str | None


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


# A delivered bundle's fields once it needs no more attempts.
_SETTLED = {"error": None, "error_kind": None, "next_attempt": None}


class Outbox:
    def __init__(self, vault: Vault, policy: RetryPolicy = DEFAULT_POLICY) -> None:
        self.vault = vault
        self.store: OutboxStore = vault.outbox_store
        self.policy = policy

    # -- reading -------------------------------------------------------------------------------
    def unbundled(self, limit: int) -> list[str]:
        """Ids of finalised records waiting for a bundle, oldest first: pending and in no open
        bundle (a record amended after it was acknowledged goes out again in a new one)."""
        return self.store.unbundled(limit)

    def bundle(self, bundle_id: str) -> BundleStatus:
        found = self.store.bundle(bundle_id)
        if found is None:
            raise UsageError(f"no bundle with id {bundle_id} in the outbox")
        return found

    def bundles(self, states: Sequence[str] | None = None) -> list[BundleStatus]:
        return [b for b in self.store.bundles() if states is None or b.state in states]

    def record_ids(self, bundle_id: str) -> list[str]:
        return self.store.record_ids(bundle_id)

    def data(self, bundle_id: str) -> bytes:
        data = self.store.data(bundle_id)
        if data is None:
            raise UsageError(f"bundle {bundle_id} is not held in the outbox any more")
        return data

    def waiting_count(self) -> int:
        """Finalised records not yet at the case system (pending, exported by hand, failed):
        what Home shows. Reads only those records' entries of ``decisions_by_export`` (an index
        range per state, never the rows: a record in those states is always final, since only
        an acknowledged one is ever purged), so it costs the size of the queue's index entries,
        not of the vault."""
        return self.store.count_in((PENDING, EXPORTED, FAILED))

    def status(self) -> OutboxStatus:
        counts: dict[str, int] = {s: 0 for s in (PENDING, EXPORTED, UPLOADED, ACKNOWLEDGED,
                                                 FAILED)}
        found, purged = self.store.status_counts()
        for state, n in found.items():
            counts[state] = counts.get(state, 0) + n
        if purged:
            counts[PURGED] = purged  # acknowledged, content gone after the retention period
        bundles = self.bundles()
        acked = [b.acknowledged for b in bundles if b.acknowledged]
        waits = [b.next_attempt for b in bundles
                 if b.state in (PENDING, EXPORTED) and b.next_attempt]
        return OutboxStatus(counts, [b for b in bundles if b.state != ACKNOWLEDGED],
                            max(acked) if acked else None, min(waits) if waits else None)

    # -- changing ------------------------------------------------------------------------------
    def add_bundle(self, info: BundleInfo, data: bytes, amendments: Mapping[str, int]) -> None:
        """Store a freshly built bundle and claim its records, audited with one "exported"
        event listing them.

        ``amendments`` maps each record id to the number of amendments the bundle's copy carries,
        counted from the records the bundle was built from (not re-read here), so an amendment
        made while the bundle was being built is still seen as unsent and queues the record again.
        """
        new = BundleStatus(info.bundle_id, info.created, PENDING, len(info.record_ids), info.size,
                           info.sha256, 0, None, None, None, None, None, None, None, None)
        self.store.add_bundle(new, data, info.record_ids, amendments)
        event("outbox.bundled", bundle_id=info.bundle_id, count=len(info.record_ids))

    def record_outcome(self, bundle_id: str, outcome: t.Outcome, transport: str,
                       now: datetime) -> BundleStatus:
        """Apply a delivery attempt's outcome: state, records, audit and retry bookkeeping."""
        current = self.bundle(bundle_id)
        at = _iso(now)
        detail: chain.Detail = {"bundle_id": bundle_id, "sha256": current.sha256,
                                "transport": transport}
        sent = [] if current.state == UPLOADED else [Move(UPLOADED, AuditKind.SENT, detail)]
        moves: list[Move]
        fields: dict[str, Any]
        if outcome.kind == t.AttemptKind.ACKNOWLEDGED:
            signer = orgkeys.fingerprint(outcome.receipt_key) if outcome.receipt_key else None
            moves = [*sent, Move(ACKNOWLEDGED, AuditKind.ACKNOWLEDGED,
                                 {**detail, "receipt_sha256": outcome.receipt_sha256,
                                  "receipt_signed_by": signer})]
            fields = {**_SETTLED, "acknowledged": at, "receipt_sha256": outcome.receipt_sha256,
                      "receipt_key": outcome.receipt_key,
                      "receipt_stored_at": outcome.receipt_stored_at,
                      "receipt_signature": outcome.receipt_signature, "data": None}
        elif outcome.kind == t.AttemptKind.SENT:
            moves, fields = sent, dict(_SETTLED)
        elif outcome.kind == t.AttemptKind.RETRY:
            wait = self.policy.next_attempt(now, current.attempts + 1, outcome.retry_after)
            moves, fields = [], {"error": outcome.message, "error_kind": BundleError.RETRY,
                                 "next_attempt": _iso(wait)}
        else:
            kind = CONFLICT if outcome.kind == t.AttemptKind.CONFLICT else BundleError.FAILED
            moves, fields = [Move(FAILED, None, detail)], {
                "error": outcome.message, "error_kind": kind, "next_attempt": None}
        self.store.update(bundle_id, moves, fields, doing="record the delivery attempt",
                          attempt=(at, transport))
        event("outbox.attempt", bundle_id=bundle_id, kind=outcome.kind,
              http_status=outcome.http_status or 0, transport=transport)
        return self.bundle(bundle_id)

    def audit_export(self, record_ids: Sequence[str], fmt: str, sha256: str,
                     bundle_id: str | None = None) -> None:
        """Audit a user's export of these records (the queue is unchanged): one ``exported``
        event per ``AUDIT_BATCH`` records, listing them (each record's trail shows it), each
        in its own transaction: the vault lock is free between them, so a large export never
        blocks the GUI for long.

        The events list the records in id order, not the export's: each record's
        ``record_events`` row is keyed by its id, so a batch of neighbouring ids writes a few
        index pages where a batch in export order wrote a page for nearly every record once the
        index outgrew the page cache (at 100,000 records, ten times the pages per record of a
        2,000-record vault)."""
        detail: chain.Detail = {"format": fmt, "sha256": sha256, "bundle_id": bundle_id}
        ordered = sorted(record_ids)
        for start in range(0, len(ordered), AUDIT_BATCH):
            self.store.audit_exported(ordered[start:start + AUDIT_BATCH], detail)

    def save_copy(self, bundle_id: str, out: str | Path) -> None:
        """Manual transport: write the bundle's encrypted bytes to a file the user chose."""
        write_atomic(Path(out), self.data(bundle_id))
        self.mark_exported(bundle_id)

    def mark_exported(self, bundle_id: str, transport: str = "manual") -> None:
        """A copy was saved by hand: noted and audited, but the bundle stays in the queue.

        Only a pending bundle becomes "exported"; a failed one keeps its failure (a 409 conflict
        stays a conflict, never resent under the same id) until requeued or marked delivered.
        """
        self.store.mark_exported(bundle_id, transport)

    def mark_delivered(self, bundle_id: str, reason: str) -> BundleStatus:
        """The user says the bundle reached the case system another way: acknowledged, audited
        with the reason. The reason is kept in the vault's audit trail, never in logs."""
        if not reason.strip():
            raise UsageError("say how the bundle was delivered (a reason is required)")
        current = self.bundle(bundle_id)
        if current.state == ACKNOWLEDGED:
            raise UsageError(f"bundle {bundle_id} is already acknowledged")
        detail: chain.Detail = {"bundle_id": bundle_id, "sha256": current.sha256,
                                "transport": "manual", "reason": reason.strip()[:500]}
        self.store.update(bundle_id, [Move(ACKNOWLEDGED, AuditKind.ACKNOWLEDGED, detail)],
                          {**_SETTLED, "acknowledged": utc_now(), "transport": "manual",
                           "data": None}, doing="mark the bundle delivered")
        return self.bundle(bundle_id)

    def queue(self, record_ids: Sequence[str]) -> int:
        """Explicitly queue imported records (made on another device, so not sent by this
        vault's sync on its own) for this vault's next sync. Audited; returns the count queued.
        Raises UsageError for a record that is not an imported, final record here."""
        return self.store.queue_imported(record_ids)

    def requeue(self, bundle_id: str) -> int:
        """Release a failed bundle's records to be bundled afresh under a new id (after a 409,
        the old id is spent). The failed bundle stays listed for the record. Returns the count."""
        current = self.bundle(bundle_id)
        if current.state != FAILED:
            raise UsageError(f"bundle {bundle_id} has not failed; only a failed bundle can be "
                             "requeued")
        return self.store.release(bundle_id, BundleError.REQUEUED)
