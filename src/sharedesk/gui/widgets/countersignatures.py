"""Countersignatures as the record screen shows them (their outcomes by gui/labels.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from sharedesk.core.orgkeys import fingerprint
from sharedesk.core.records.countersign import verifies
from sharedesk.core.records.model import DecisionRecord
from sharedesk.gui import labels
from sharedesk.gui.labels import local_time

Sign = Callable[[str, str, str, str, str], Any]  # record id, outcome, comment, by, role



def countersignature_html(record: DecisionRecord, escape: Callable[[str], str]) -> list[str]:
    """An HTML section listing each countersignature (outcome, when, who, role, comment, the
    key's fingerprint and whether the signature verifies); none for a draft."""
    if not record.is_final:
        return []
    heading = escape(QCoreApplication.translate("Countersignatures", "Countersignatures"))
    parts = [f"<h2>{heading}</h2>"]  # translate() outside the f-strings, where lupdate reads it
    if not record.countersignatures:
        none_yet = escape(QCoreApplication.translate("Countersignatures", "None yet."))
        return [*parts, f"<p>{none_yet}</p>"]
    parts.append("<ul>")
    for cs in record.countersignatures:
        role = f" ({cs.role})" if cs.role else ""
        state = QCoreApplication.translate("Countersignatures", "signature verified") \
            if verifies(record, cs) else \
            QCoreApplication.translate("Countersignatures", "SIGNATURE DOES NOT VERIFY")
        comment = f"<br/>{escape(cs.comment)}" if cs.comment else ""
        label = labels.countersign_outcome(cs.outcome)
        parts.append(f"<li><b>{escape(label)}</b>, "
                     f"{escape(local_time(cs.at))}, {escape(cs.by + role)}{comment}<br/>"
                     f"<small>{escape(fingerprint(cs.public_key))}; {escape(state)}</small></li>")
    parts.append("</ul>")
    return parts
