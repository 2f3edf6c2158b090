"""Countersignatures as the record screen shows them, and the labels of their outcomes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sharedesk.core.orgkeys import fingerprint
from sharedesk.core.records.countersign import verifies
from sharedesk.core.records.model import DecisionRecord
from sharedesk.gui.models.records_model import local_time

Sign = Callable[[str, str, str, str, str], Any]  # record id, outcome, comment, by, role

OUTCOME_LABELS = {"agreed": "Agreed", "agreed_with_comments": "Agreed with comments",
                  "escalated": "Escalated"}


def countersignature_html(record: DecisionRecord, escape: Callable[[str], str],
                          tr: Callable[[str], str]) -> list[str]:
    """An HTML section listing each countersignature (outcome, when, who, role, comment, the
    key's fingerprint and whether the signature verifies); none for a draft."""
    if not record.is_final:
        return []
    parts = [f"<h2>{escape(tr('Countersignatures'))}</h2>"]
    if not record.countersignatures:
        return [*parts, f"<p>{escape(tr('None yet.'))}</p>"]
    parts.append("<ul>")
    for cs in record.countersignatures:
        role = f" ({cs.role})" if cs.role else ""
        state = tr("signature verified") if verifies(record, cs) else \
            tr("SIGNATURE DOES NOT VERIFY")
        comment = f"<br/>{escape(cs.comment)}" if cs.comment else ""
        parts.append(f"<li><b>{escape(tr(OUTCOME_LABELS.get(cs.outcome, cs.outcome)))}</b>, "
                     f"{escape(local_time(cs.at))}, {escape(cs.by + role)}{comment}<br/>"
                     f"<small>{escape(fingerprint(cs.public_key))}; {escape(state)}</small></li>")
    parts.append("</ul>")
    return parts
