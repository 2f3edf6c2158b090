"""Plain-words labels for ids and times shown in lists (outcomes, statuses, local times).

Lists show only these: outcome, status, local time, flow and a short reference, never names or
reasons, so a list glimpsed over a shoulder gives nothing away.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

_tr = QCoreApplication.translate  # literal arguments below, so pyside6-lupdate finds them


def outcome(value: str) -> str:
    return {"share": _tr("labels", "Shared"), "share_part": _tr("labels", "Shared in part"),
            "do_not_share": _tr("labels", "Not shared")}.get(value, value)


def export_status(value: str) -> str:
    return {"pending": _tr("labels", "Not exported"), "exported": _tr("labels", "Exported"),
            "queued": _tr("labels", "Waiting to send"), "uploaded": _tr("labels", "Sent"),
            "acknowledged": _tr("labels", "Received by case system"),
            "failed": _tr("labels", "Sending failed")}.get(value, value)


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
