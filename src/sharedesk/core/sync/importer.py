"""The manager's side: merge a verified practitioner bundle into this vault.

Records are matched by id. A new record is stored as it was finalised (same id, same canonical
bytes, so the same hash) and its amendments are appended in order. A record already here is
never overwritten: if the bundle's copy only adds amendments to it, those are appended; if it is
identical it is skipped; anything else is reported as a conflict and left alone. Each import is
audited with the bundle id and the signing device. Thread rules: those of the Vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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


def _existing(vault: Vault, record_id: str) -> DecisionRecord | None:
    store = vault._store  # the vault's RecordStore; the records service has no import use-case
    return store.get(record_id)


def import_bundle(vault: Vault, opened: OpenedBundle) -> ImportReport:
    """Merge ``opened`` (already verified by ``open_bundle``) into ``vault``."""
    report = ImportReport(opened.bundle_id)
    store = vault._store
    for record in opened.records:
        if not record.is_final:
            report.refused.append(record.id)
            continue
        here = _existing(vault, record.id)
        base = replace(record, amendments=())
        if here is None:
            store.insert_final(base, None)
            for amendment in record.amendments:
                store.append_amendment(record.id, amendment)
            report.added.append(record.id)
        elif here == record:
            report.unchanged.append(record.id)
        elif replace(here, amendments=()) == base and \
                record.amendments[:len(here.amendments)] == here.amendments:
            for amendment in record.amendments[len(here.amendments):]:
                store.append_amendment(record.id, amendment)
            report.amended.append(record.id)
        else:
            report.conflicts.append(record.id)
    vault.audit("imported", None, {"bundle_id": opened.bundle_id, "device_id": opened.device_id,
                                   "added": len(report.added), "amended": len(report.amended),
                                   "conflicts": len(report.conflicts)})
    event("sync.imported", bundle_id=opened.bundle_id, count=len(report.added))
    return report
