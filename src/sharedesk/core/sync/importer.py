"""The manager's side: merge a verified practitioner bundle into this vault.

Records are matched by id. A new record is stored as it was finalised (same id, same canonical
bytes, so the same hash) and its amendments are appended in order. A record already here is
never overwritten: if the bundle's copy only adds amendments to it, those are appended; if it is
identical it is skipped; anything else is reported as a conflict and left alone. Each record
added is audited ``imported`` (with its hash) and the bundle once more with the signing device.
Thread rules: those of the Vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sharedesk.core.errors import RecordPurged
from sharedesk.core.export.bundle_open import OpenedBundle
from sharedesk.core.log import event
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.vault import Vault


@dataclass
class ImportReport:
    bundle_id: str
    added: list[str] = field(default_factory=list)
    amended: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # drafts: only final records are merged

    def lines(self) -> list[str]:
        return [f"bundle {self.bundle_id}: {len(self.added)} added, {len(self.amended)} amended, "
                f"{len(self.unchanged)} already here, {len(self.conflicts)} in conflict "
                f"(left unchanged), {len(self.refused)} not final (refused)"] + [
            f"conflict: record {rid} differs from the copy in this vault; kept this vault's"
            for rid in self.conflicts]


def _merge(vault: Vault, record: DecisionRecord, bundle_id: str, report: ImportReport) -> None:
    if vault.records.import_final(record, bundle_id=bundle_id):
        report.added.append(record.id)
        return
    try:
        here = vault.records.get(record.id)
    except RecordPurged:
        report.unchanged.append(record.id)  # delivered and purged here: nothing to add
        return
    if here == record:
        report.unchanged.append(record.id)
    elif replace(here, amendments=()) == replace(record, amendments=()) and \
            record.amendments[:len(here.amendments)] == here.amendments:
        vault.records.import_amendments(record.id, record.amendments[len(here.amendments):])
        report.amended.append(record.id)
    else:
        report.conflicts.append(record.id)


def import_bundle(vault: Vault, opened: OpenedBundle) -> ImportReport:
    """Merge ``opened`` (already verified by ``open_bundle``) into ``vault``. New records get
    the export status ``imported``: this vault's sync does not resend them (the practitioner's
    device does) unless they are queued explicitly (``Outbox.queue``)."""
    report = ImportReport(opened.bundle_id)
    for record in opened.records:
        if not record.is_final:
            report.refused.append(record.id)
            continue
        _merge(vault, record, opened.bundle_id, report)
    vault.audit("bundle_imported", None,
                {"bundle_id": opened.bundle_id, "device_id": opened.device_id,
                 "added": len(report.added), "amended": len(report.amended),
                 "conflicts": len(report.conflicts)})
    event("sync.imported", bundle_id=opened.bundle_id, count=len(report.added))
    return report
