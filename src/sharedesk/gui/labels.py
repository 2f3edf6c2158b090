"""Plain-words labels for ids and times shown in lists (outcomes, statuses, local times).

Lists show outcome, status, local time, flow and a short reference, plus the subject reference
(initials or case number, as the form asks for) and the recipient so two records can be told
apart; never reasons or what was shared.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sharedesk.core.records.status import (
    AuditKind,
    BundleError,
    CountersignOutcome,
    ExportStatus,
    Outcome,
    RecordStatus,
)


# Keyed by the enums in core (sharedesk.core.records.status); written out in full, in the
# "labels" context used at run time, so pyside6-lupdate finds every string. A value no enum
# knows (a newer sharedesk's word) is shown as stored.
def outcome(value: str) -> str:
    if value == Outcome.SHARE:
        return QCoreApplication.translate("labels", "Shared")
    if value == Outcome.SHARE_PART:
        return QCoreApplication.translate("labels", "Shared in part")
    if value == Outcome.DO_NOT_SHARE:
        return QCoreApplication.translate("labels", "Not shared")
    return value


def status(value: str) -> str:
    if value == RecordStatus.FINAL:
        return QCoreApplication.translate("labels", "Final")
    if value == RecordStatus.DRAFT:
        return QCoreApplication.translate("labels", "Draft")
    if value == RecordStatus.PURGED:
        return QCoreApplication.translate("labels", "Content removed")
    return value


def export_status(value: str) -> str:
    """A record's (or an outbox bundle's) place on its way to the case system."""
    if value == ExportStatus.PENDING:
        return QCoreApplication.translate("labels", "Not sent yet")
    if value == ExportStatus.EXPORTED:
        return QCoreApplication.translate("labels", "Copy saved, waiting")
    if value == ExportStatus.AWAITING_RECEIPT:
        return QCoreApplication.translate("labels", "Sent, waiting for receipt")
    if value == ExportStatus.ACKNOWLEDGED:
        return QCoreApplication.translate("labels", "Received")
    if value == ExportStatus.FAILED:
        return QCoreApplication.translate("labels", "Stopped")
    if value == ExportStatus.IMPORTED:
        return QCoreApplication.translate("labels", "Imported")
    return value


def bundle_state(state: str, error_kind: str | None) -> str:
    """An outbox bundle's state; a failed one says why when that changes what to do."""
    if state == ExportStatus.FAILED and error_kind == BundleError.CONFLICT:
        return QCoreApplication.translate("labels", "Conflict: re-queue or mark delivered")
    if state == ExportStatus.FAILED and error_kind == BundleError.REQUEUED:
        return QCoreApplication.translate("labels", "Re-queued")
    return export_status(state)


def countersign_outcome(value: str) -> str:
    """A manager's countersignature outcome (in the context the record screen had them in)."""
    if value == CountersignOutcome.AGREED:
        return QCoreApplication.translate("Countersignatures", "Agreed")
    if value == CountersignOutcome.AGREED_WITH_COMMENTS:
        return QCoreApplication.translate("Countersignatures", "Agreed with comments")
    if value == CountersignOutcome.ESCALATED:
        return QCoreApplication.translate("Countersignatures", "Escalated")
    return value


def audit_kind(value: str) -> str:
    """What an audit event records, as a record's history lists it."""
    if value == AuditKind.FINALISED:
        return QCoreApplication.translate("labels", "Finalised")
    if value == AuditKind.IMPORTED:
        return QCoreApplication.translate("labels", "Imported from another device")
    if value == AuditKind.AMENDED:
        return QCoreApplication.translate("labels", "Amended")
    if value == AuditKind.COUNTERSIGNED:
        return QCoreApplication.translate("labels", "Countersigned")
    if value == AuditKind.EXPORTED:
        return QCoreApplication.translate("labels", "Exported")
    if value == AuditKind.SENT:
        return QCoreApplication.translate("labels", "Sent, waiting for receipt")
    if value == AuditKind.ACKNOWLEDGED:
        return QCoreApplication.translate("labels", "Received")
    if value == AuditKind.QUEUED:
        return QCoreApplication.translate("labels", "Queued to send again")
    if value == AuditKind.PURGED:
        return QCoreApplication.translate("labels", "Content removed")
    if value == AuditKind.VIEWED_IN_BULK:
        return QCoreApplication.translate("labels", "Listed in bulk")
    return value


def flow(flow_id: str) -> str:
    """A flow's short name ("England 2018") from its id, without loading the flow file."""
    if flow_id == "england-2018":
        return QCoreApplication.translate("labels", "England 2018")
    if flow_id == "england-2024":
        return QCoreApplication.translate("labels", "England 2024")
    if flow_id == "scotland":
        return QCoreApplication.translate("labels", "Scotland")
    return flow_id


def local_time(iso: str | None) -> str:
    """An ISO UTC timestamp as local date and time, as UK users write it (30/11/2026 16:10),
    the same in English and Welsh; the raw text if it will not parse. Records are stored in UTC.
    Every screen shows times through this one function."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def short_ref(record_id: str) -> str:
    return record_id[:8]
