"""The manager's side: merge a verified practitioner bundle into this vault.

Records are matched by id. A new record is stored as it was finalised (same id, same canonical
bytes, so the same hash) and its amendments are appended in order. A record already here is
never overwritten: its finalised content (the record without amendments) must hash the same as
the copy here, and the bundle's amendments this vault does not hold yet (matched by amendment
id) are appended in the bundle's order; a bundle that only repeats what is here changes nothing.
If any record's finalised content differs from the copy here the whole bundle is refused
(BundleConflict) before anything is written; so is a bundle that reuses the id of one imported
before with other content (another signed manifest), and one whose record, checked against the
flow it was made with when that flow is installed here, would not be finalised here. Each record
added is audited ``imported`` (with its hash), each amendment ``amended``, and the bundle once
more with the signing device's id, key fingerprint and manifest hash.
Thread rules: those of the Vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sharedesk.core import changes
from sharedesk.core.changes import Changes
from sharedesk.core.errors import BundleConflict, RecordNotFound, RecordPurged, SharedeskError
from sharedesk.core.export.bundle_open import OpenedBundle
from sharedesk.core.flow.catalog import load_flow_by_id
from sharedesk.core.flow.model import Flow
from sharedesk.core.log import event
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.status import AuditKind
from sharedesk.core.records.validation import path_problems, validate_record
from sharedesk.core.vault import Vault


@dataclass
class ImportReport:
    bundle_id: str
    added: list[str] = field(default_factory=list)
    amended: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # drafts: only final records are merged

    @property
    def changes(self) -> Changes:
        """What this import changed, for the screens showing it."""
        return changes.IMPORTED if self.added or self.amended else changes.NOTHING

    def lines(self) -> list[str]:
        return [f"bundle {self.bundle_id}: {len(self.added)} added, {len(self.amended)} amended, "
                f"{len(self.unchanged)} already here, {len(self.refused)} not final (refused)"]


def _content_hash(record: DecisionRecord) -> str:
    """The hash of the record as finalised: amendments and countersignatures travel and merge
    separately."""
    return record.finalised_sha256()


def _held(vault: Vault, record_id: str) -> DecisionRecord | None:
    """This vault's copy, or None when it has none or only a purged stub."""
    try:
        return vault.records.get(record_id)
    except RecordPurged:
        return None
    except RecordNotFound:
        return None


def _check(vault: Vault, records: list[DecisionRecord], bundle_id: str) -> None:
    """Refuse the bundle (nothing written) if a record's finalised content differs from ours."""
    differ = [r.id for r in records
              if (here := _held(vault, r.id)) is not None and _content_hash(here) != _content_hash(r)]
    if differ:
        raise BundleConflict(
            f"bundle {bundle_id} refused: record {differ[0]}"
            f"{f' (and {len(differ) - 1} more)' if len(differ) > 1 else ''} differs from the "
            "finalised copy in this vault (content hash mismatch); nothing was imported")


def _installed_flow(record: DecisionRecord, cache: dict[str, Flow | None]) -> Flow | None:
    """The flow the record was made with, if this computer has exactly that flow."""
    if record.flow_id not in cache:
        try:
            cache[record.flow_id] = load_flow_by_id(record.flow_id)
        except SharedeskError:
            cache[record.flow_id] = None
    flow = cache[record.flow_id]
    return flow if flow is not None and flow.sha256 == record.flow_sha256 else None


def _check_against_flows(records: list[DecisionRecord], bundle_id: str) -> None:
    """A record must meet the rules it would be finalised under here (its path reaches the
    outcome it states, required fields present, no field contradicting what its path settled),
    when its exact flow is installed here."""
    cache: dict[str, Flow | None] = {}
    for record in records:
        flow = _installed_flow(record, cache)
        clashes = path_problems(record, flow) if flow else []
        if clashes:
            raise BundleConflict(
                f"bundle {bundle_id} refused: record {record.id} contradicts its path: "
                f"{clashes[0][0]}: {clashes[0][1]}; nothing was imported")
        problems = [p for p in validate_record(record, flow) if p.blocking] if flow else []
        if problems:
            raise BundleConflict(
                f"bundle {bundle_id} refused: record {record.id}: {problems[0].field}: "
                f"{problems[0].message} Nothing was imported")


def _check_bundle_id(vault: Vault, opened: OpenedBundle) -> None:
    """A bundle id imported before must come back with the same signed manifest."""
    for earlier in vault.import_log.of_bundle(opened.bundle_id):
        known = earlier.detail
        if "manifest_sha256" not in known:
            continue
        if known["manifest_sha256"] != opened.manifest_sha256:
            raise BundleConflict(
                f"bundle {opened.bundle_id} refused: a different bundle with this id was "
                "imported before (its signed manifest differs); nothing was imported")


def _merge(vault: Vault, record: DecisionRecord, bundle_id: str, report: ImportReport) -> None:
    if vault.records.import_final(record, bundle_id=bundle_id):
        report.added.append(record.id)
        return
    here = _held(vault, record.id)
    if here is None:
        report.unchanged.append(record.id)  # delivered and purged here: nothing to add
        return
    known = {a.id for a in here.amendments}
    new = [a for a in record.amendments if a.id not in known]
    if new:
        vault.records.import_amendments(record.id, new)
    signed = {(c.public_key, c.outcome) for c in here.countersignatures}
    more = [c for c in record.countersignatures if (c.public_key, c.outcome) not in signed]
    if more:
        vault.add_countersignatures(record.id, more, imported=True)
    if new or more:
        report.amended.append(record.id)
    else:
        report.unchanged.append(record.id)


def import_bundle(vault: Vault, opened: OpenedBundle) -> ImportReport:
    """Merge ``opened`` (already verified by ``open_bundle``) into ``vault``. New records get
    the export status ``imported``: this vault's sync does not resend them (the practitioner's
    device does) unless they are queued explicitly (``Outbox.queue``)."""
    report = ImportReport(opened.bundle_id)
    final = [r for r in opened.records if r.is_final]
    _check_bundle_id(vault, opened)
    _check_against_flows(final, opened.bundle_id)
    _check(vault, final, opened.bundle_id)
    for record in opened.records:
        if not record.is_final:
            report.refused.append(record.id)
            continue
        _merge(vault, record, opened.bundle_id, report)
    vault.audit(AuditKind.BUNDLE_IMPORTED, None,
                {"bundle_id": opened.bundle_id, "device_id": opened.device_id[:100],
                 "signer": opened.signer_fingerprint, "trusted_as": opened.trusted_as[:100],
                 "manifest_sha256": opened.manifest_sha256,
                 "added": len(report.added), "amended": len(report.amended)})
    vault.records.index_pending()  # one batch now rather than on the next search (a GUI one)
    event("sync.imported", bundle_id=opened.bundle_id, count=len(report.added))
    return report
