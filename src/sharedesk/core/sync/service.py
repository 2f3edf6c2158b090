"""Sync: bundle what is waiting, deliver what is due, record every outcome.

``sync`` is what "Sync now" and the background timer call. Blocking (network, encryption): run
it on a worker thread; ``progress``/``cancel`` are called on that thread. An explicit sync tries
every open bundle at once (including bundles stopped by a fixable failure such as a refused
token); an automatic one respects each bundle's backoff and leaves failed bundles alone. A
conflict (the receiver holds other bytes under the id) is never retried: requeue or mark it
delivered. Nothing is marked sent without an acknowledgement.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sharedesk.core import changes
from sharedesk.core.changes import Changes
from sharedesk.core.errors import ExportCancelled, UsageError
from sharedesk.core.export.bundle import BundleInfo, write_bundle
from sharedesk.core.export.common import CancelCheck, Progress
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.status import BundleError, ExportStatus
from sharedesk.core.settings import Settings
from sharedesk.core.sync import credentials
from sharedesk.core.sync import transport as t
from sharedesk.core.sync.outbox import BundleStatus, Outbox
from sharedesk.core.sync.retention import purge_due
from sharedesk.core.vault import Vault

ACKNOWLEDGED = ExportStatus.ACKNOWLEDGED  # exported below, as it always was

BATCH = 500  # records per bundle: small enough to upload over a poor connection


@dataclass
class SyncReport:
    bundled: list[BundleInfo] = field(default_factory=list)
    attempts: list[tuple[str, t.Outcome]] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)   # bundles left for their backoff
    purged: list[str] = field(default_factory=list)    # records whose retention ran out

    def lines(self) -> list[str]:
        out = [f"bundled {len(b.record_ids)} record(s) as {b.bundle_id}" for b in self.bundled]
        out += [f"{bundle_id}: {o.kind}: {o.message}" for bundle_id, o in self.attempts]
        out += [f"{bundle_id}: waiting for its next retry" for bundle_id in self.waiting]
        if self.purged:
            out.append(f"purged the content of {len(self.purged)} acknowledged record(s) "
                       "past their retention period (stubs and audit trail kept)")
        return out

    @property
    def changes(self) -> Changes:
        """What this sync changed, for the screens showing it (nothing: a quiet timer tick)."""
        if self.purged:
            return changes.PURGED | changes.SYNCED
        return changes.SYNCED if self.bundled or self.attempts else changes.NOTHING


def prepare_bundles(vault: Vault, flows: Mapping[str, Flow], recipients: Sequence[str], *,
                    include_pdfs: bool = True, batch: int = BATCH,
                    progress: Progress | None = None,
                    cancel: CancelCheck | None = None) -> list[BundleInfo]:
    """Put every finalised record not yet in a bundle into new bundles (``batch`` per bundle)."""
    outbox = Outbox(vault)
    made: list[BundleInfo] = []
    while True:
        ids = outbox.unbundled(batch)
        if not ids:
            return made
        if not recipients:
            raise UsageError("no recipient key for the bundle: import the organisation profile "
                             "or give --recipient age1...")
        records = [vault.records.get(record_id) for record_id in ids]
        sink = io.BytesIO()
        info = write_bundle(records, flows, sink, device=credentials.device_key(vault),
                            recipients=recipients, include_pdfs=include_pdfs,
                            progress=progress, cancel=cancel)
        outbox.add_bundle(info, sink.getvalue(), {r.id: len(r.amendments) for r in records})
        made.append(info)


def _due(bundle: BundleStatus, explicit: bool, now: datetime) -> bool:
    if bundle.state == ExportStatus.FAILED and (
            not explicit or bundle.error_kind in (BundleError.CONFLICT, BundleError.REQUEUED)):
        return False
    if explicit or not bundle.next_attempt:
        return True
    return bundle.next_attempt <= now.strftime("%Y-%m-%dT%H:%M:%SZ")


def sync(vault: Vault, flows: Mapping[str, Flow], transport: t.Transport,
         recipients: Sequence[str] = (), *, explicit: bool = True, now: datetime | None = None,
         include_pdfs: bool = True, batch: int = BATCH, progress: Progress | None = None,
         cancel: CancelCheck | None = None, retention_days: int | None = None) -> SyncReport:
    """Bundle waiting records, then deliver every due bundle through ``transport``; then, with
    ``retention_days``, purge the content of records acknowledged that many days ago by a
    receipt signed by one of ``transport.receipt_keys`` (none without a pinned key)."""
    outbox = Outbox(vault)
    report = SyncReport()
    moment = now or datetime.now(UTC)
    for bundle in outbox.bundles([ExportStatus.AWAITING_RECEIPT]):
        receipt = transport.check_receipt(bundle.id, bundle.sha256)
        if receipt is not None:  # a retry too, so the outbox shows why it is still waiting
            outbox.record_outcome(bundle.id, receipt, transport.name, moment)
            report.attempts.append((bundle.id, receipt))
    report.bundled = prepare_bundles(vault, flows, recipients, include_pdfs=include_pdfs,
                                     batch=batch, progress=progress, cancel=cancel)
    seen = {bundle_id for bundle_id, _ in report.attempts}
    for bundle in outbox.bundles([ExportStatus.PENDING, ExportStatus.EXPORTED,
                                  ExportStatus.FAILED]):
        if bundle.id in seen:
            continue  # its receipt was judged a moment ago
        if not _due(bundle, explicit, moment):
            if bundle.state != ExportStatus.FAILED:
                report.waiting.append(bundle.id)
            continue
        if cancel is not None and cancel():
            raise ExportCancelled("sync cancelled; what was already acknowledged is kept")
        outcome = transport.deliver(bundle.id, outbox.data(bundle.id), bundle.sha256)
        outbox.record_outcome(bundle.id, outcome, transport.name, moment)
        report.attempts.append((bundle.id, outcome))
    if retention_days is not None:
        report.purged = purge_due(vault, retention_days, receipt_keys=transport.receipt_keys,
                                  now=moment).purged
    return report


def transport_from_settings(vault: Vault, settings: Settings, *, endpoint: str | None = None,
                            token: str | None = None, timeout: float = 60.0,
                            deadline: float | None = None,
                            pin_receipt_keys: Sequence[str] = ()) -> t.Transport:
    """The HTTPS transport when an endpoint is configured (or given), else the folder one,
    holding the pinned receipt keys (profile and vault) and, for HTTPS, the device key.

    A ``token`` given here, and ``pin_receipt_keys`` (replacing the receipt keys pinned in the
    vault), are stored in the vault for later syncs, once the transport could be made: a
    UsageError (a bad key, nowhere to sync to) leaves the vault's secrets as they were.
    """
    given = credentials.check_receipt_keys(pin_receipt_keys) if pin_receipt_keys else None
    keys = credentials.receipt_keys(vault, settings, vault_keys=given)
    transport = _transport(vault, settings, endpoint, token, timeout, deadline, keys)
    if token:
        credentials.set_token(vault, token)
    if given:
        credentials.set_receipt_keys(vault, given)
    return transport


def _transport(vault: Vault, settings: Settings, endpoint: str | None, token: str | None,
               timeout: float, deadline: float | None, keys: Sequence[str]) -> t.Transport:
    url = endpoint or settings.get("sync.endpoint")
    if url:
        from sharedesk.core.sync.https import DEFAULT_DEADLINE, HttpsTransport

        return HttpsTransport(url, token or credentials.token(vault),
                              ca_bundle=settings.get("sync.ca_bundle") or None, timeout=timeout,
                              deadline=deadline or DEFAULT_DEADLINE, receipt_keys=keys,
                              device=credentials.device_key(vault),
                              proxy=settings.get("sync.proxy"))
    folder = settings.get("sync.folder")
    if folder:
        from sharedesk.core.sync.folder import FolderTransport

        return FolderTransport(folder, receipt_keys=keys)
    raise UsageError("nowhere to sync to: set sync.endpoint (or give --endpoint) or sync.folder")


def sync_now(vault: Vault, settings: Settings, flows: Mapping[str, Flow], *,
             explicit: bool = True, progress: Progress | None = None,
             cancel: CancelCheck | None = None) -> SyncReport:
    """What "Sync now" (explicit) and the background timer (explicit=False) call: transport
    and recipients from settings and the organisation profile. Blocking: use a worker thread."""
    transport = transport_from_settings(vault, settings)
    try:
        return sync(vault, flows, transport, default_recipients(settings), explicit=explicit,
                    progress=progress, cancel=cancel,
                    retention_days=settings.get("retention.days_after_ack"))
    finally:
        close = getattr(transport, "close", None)
        if close is not None:
            close()


def default_recipients(settings: Settings) -> list[str]:
    """The organisation profile's recipients (empty when no profile is imported)."""
    from sharedesk.core.profile import current_profile

    profile = current_profile(settings)
    return list(profile.recipients) if profile is not None else []


__all__ = ["ACKNOWLEDGED", "SyncReport", "default_recipients", "prepare_bundles", "sync",
           "sync_now", "transport_from_settings"]
