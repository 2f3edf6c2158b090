"""Plain-words labels for ids and times shown in lists (outcomes, statuses, local times).

Lists show only these: outcome, status, local time, flow and a short reference, never names or
reasons, so a list glimpsed over a shoulder gives nothing away.
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
