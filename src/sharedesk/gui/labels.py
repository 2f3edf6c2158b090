"""Plain-words labels for ids and times shown in lists (outcomes, statuses, local times).

Lists show outcome, status, local time, flow and a short reference, plus the subject reference
(initials or case number, as the form asks for) and the recipient so two records can be told
apart; never reasons or what was shared.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


# Written out in full (not through an alias) so pyside6-lupdate finds every string.
def outcome(value: str) -> str:
    if value == "share":
        return QCoreApplication.translate("labels", "Shared")
    if value == "share_part":
        return QCoreApplication.translate("labels", "Shared in part")
    if value == "do_not_share":
        return QCoreApplication.translate("labels", "Not shared")
    return value


def status(value: str) -> str:
    if value == "final":
        return QCoreApplication.translate("labels", "Final")
    if value == "draft":
        return QCoreApplication.translate("labels", "Draft")
    if value == "purged":
        return QCoreApplication.translate("labels", "Content removed")
    return value


def export_status(value: str) -> str:
    if value == "pending":
        return QCoreApplication.translate("labels", "Not sent yet")
    if value == "exported":
        return QCoreApplication.translate("labels", "Exported")
    if value == "queued":
        return QCoreApplication.translate("labels", "Queued")
    if value == "uploaded":
        return QCoreApplication.translate("labels", "Sent")
    if value == "acknowledged":
        return QCoreApplication.translate("labels", "Received")
    if value == "failed":
        return QCoreApplication.translate("labels", "Failed")
    if value == "imported":
        return QCoreApplication.translate("labels", "Imported")
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
    """An ISO UTC timestamp as local date and time (records are stored in UTC)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def short_ref(record_id: str) -> str:
    return record_id[:8]
