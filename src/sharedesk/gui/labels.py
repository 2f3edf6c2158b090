"""Plain-words labels for ids and times shown in lists (outcomes, statuses, local times).

Lists show outcome, status, local time, flow and a short reference, plus the subject reference
(initials or case number, as the form asks for) and the recipient so two records can be told
apart; never reasons or what was shared.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sharedesk.core.records.status import (
    AuditKind,
    BundleError,
    CountersignOutcome,
    ExportStatus,
    Outcome,
    RecordStatus,
)

# Keyed by the enums in core (sharedesk.core.records.status). Each source string is marked with
# QT_TRANSLATE_NOOP in the context used at run time, so pyside6-lupdate finds every one. A value
# no table knows (a newer sharedesk's word) is shown as stored.
_OUTCOMES: dict[str, object] = {
    Outcome.SHARE: QT_TRANSLATE_NOOP("labels", "Shared"),
    Outcome.SHARE_PART: QT_TRANSLATE_NOOP("labels", "Shared in part"),
    Outcome.DO_NOT_SHARE: QT_TRANSLATE_NOOP("labels", "Not shared"),
}
_STATUSES: dict[str, object] = {
    RecordStatus.FINAL: QT_TRANSLATE_NOOP("labels", "Final"),
    RecordStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    RecordStatus.PURGED: QT_TRANSLATE_NOOP("labels", "Content removed"),
}
_EXPORT_STATUSES: dict[str, object] = {
    ExportStatus.PENDING: QT_TRANSLATE_NOOP("labels", "Not sent yet"),
    ExportStatus.EXPORTED: QT_TRANSLATE_NOOP("labels", "Copy saved, waiting"),
    ExportStatus.AWAITING_RECEIPT: QT_TRANSLATE_NOOP("labels", "Sent, waiting for receipt"),
    ExportStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("labels", "Received"),
    ExportStatus.FAILED: QT_TRANSLATE_NOOP("labels", "Stopped"),
    ExportStatus.IMPORTED: QT_TRANSLATE_NOOP("labels", "Imported"),
}
_BUNDLE_ERRORS: dict[str, object] = {
    BundleError.CONFLICT: QT_TRANSLATE_NOOP("labels", "Conflict: re-queue or mark delivered"),
    BundleError.REQUEUED: QT_TRANSLATE_NOOP("labels", "Re-queued"),
}
_COUNTERSIGN_OUTCOMES: dict[str, object] = {  # in the context the record screen had them in
    CountersignOutcome.AGREED: QT_TRANSLATE_NOOP("Countersignatures", "Agreed"),
    CountersignOutcome.AGREED_WITH_COMMENTS: QT_TRANSLATE_NOOP("Countersignatures",
                                                               "Agreed with comments"),
    CountersignOutcome.ESCALATED: QT_TRANSLATE_NOOP("Countersignatures", "Escalated"),
}
_AUDIT_KINDS: dict[str, object] = {
    AuditKind.FINALISED: QT_TRANSLATE_NOOP("labels", "Finalised"),
    AuditKind.IMPORTED: QT_TRANSLATE_NOOP("labels", "Imported from another device"),
    AuditKind.AMENDED: QT_TRANSLATE_NOOP("labels", "Amended"),
    AuditKind.COUNTERSIGNED: QT_TRANSLATE_NOOP("labels", "Countersigned"),
    AuditKind.EXPORTED: QT_TRANSLATE_NOOP("labels", "Exported"),
    AuditKind.SENT: QT_TRANSLATE_NOOP("labels", "Sent, waiting for receipt"),
    AuditKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("labels", "Received"),
    AuditKind.QUEUED: QT_TRANSLATE_NOOP("labels", "Queued to send again"),
    AuditKind.PURGED: QT_TRANSLATE_NOOP("labels", "Content removed"),
    AuditKind.VIEWED_IN_BULK: QT_TRANSLATE_NOOP("labels", "Listed in bulk"),
}
_FLOWS: dict[str, object] = {  # a flow's short name from its id, without loading the flow file
    "england-2018": QT_TRANSLATE_NOOP("labels", "England 2018"),
    "england-2024": QT_TRANSLATE_NOOP("labels", "England 2024"),
    "scotland": QT_TRANSLATE_NOOP("labels", "Scotland"),
}


def _word(table: Mapping[str, object], value: str, context: str = "labels") -> str:
    source = table.get(value)  # a StrEnum key matches its stored string
    return QCoreApplication.translate(context, str(source)) if source else value


def outcome(value: str) -> str:
    return _word(_OUTCOMES, value)


def status(value: str) -> str:
    return _word(_STATUSES, value)


def export_status(value: str) -> str:
    """A record's (or an outbox bundle's) place on its way to the case system."""
    return _word(_EXPORT_STATUSES, value)


def bundle_state(state: str, error_kind: str | None) -> str:
    """An outbox bundle's state; a failed one says why when that changes what to do."""
    if state == ExportStatus.FAILED and error_kind in _BUNDLE_ERRORS:
        return _word(_BUNDLE_ERRORS, str(error_kind))
    return export_status(state)


def countersign_outcome(value: str) -> str:
    """A manager's countersignature outcome."""
    return _word(_COUNTERSIGN_OUTCOMES, value, "Countersignatures")


def audit_kind(value: str) -> str:
    """What an audit event records, as a record's history lists it."""
    return _word(_AUDIT_KINDS, value)


def flow(flow_id: str, fallback: str | None = None) -> str:
    """A shipped flow's short name ("England 2018") from its id, in the interface language;
    for another flow ``fallback`` (its own short name) or the id."""
    return _word(_FLOWS, flow_id) if flow_id in _FLOWS else fallback or flow_id


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
