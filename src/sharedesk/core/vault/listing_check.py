"""``vault verify``: the listing columns of ``decisions`` must say what the record bodies say.

The records screen, ``sharedesk records``, the outbox and the review list read the columns
(created, finalised, outcome, status, flow, review date, export status), not the bodies. The
bodies are covered by the audit chain's hashes, the columns are not: an edit of a column (or a
bug that updates one and not the other) would show a practitioner a wrong outcome or hide a
review. The review date is the one in force after the amendments, in order. A purged record's
stub carries its listing fields too and has no review date. record_check.py reads each decision
once and hands its row here; callers hold the vault lock and a read transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, NamedTuple

from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.core.vault.db import Connection

LIMIT = 20


class Listed(NamedTuple):
    """A decision's listing columns, as stored."""

    created: Any
    finalised: Any
    outcome: Any
    status: Any
    flow: Any
    review_date: Any
    export_status: Any


def _object(text: object) -> dict[str, Any] | None:
    try:
        data = json.loads(str(text))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def changes(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Each amended record's field changes, in order (one row per amendment, not per record)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record_id, body in conn.execute("SELECT record_id, body FROM amendments "
                                        "ORDER BY record_id, seq"):
        data = _object(body)  # an unreadable amendment fails its audit hash check
        change = data.get("changes") if data else None
        out[str(record_id)].append(change if isinstance(change, dict) else {})
    return out


def problem(record_id: str, body: str, listed: Listed,
            amended: list[dict[str, Any]]) -> str | None:
    """What is wrong with one record's listing columns, or None when they agree with its body
    (after ``amended``, its amendments' changes in order)."""
    data = _object(body)
    if data is None:
        return f"record {record_id}: its body is not a readable record"
    fields = data.get("fields")
    fields = dict(fields) if isinstance(fields, dict) else {}
    for change in amended:
        fields.update(change)
    flow = data.get("flow")
    flow = flow if isinstance(flow, dict) else {}
    expected = {"created": data.get("created"), "finalised": data.get("finalised"),
                "outcome": data.get("outcome"), "status": data.get("status"),
                "flow": flow.get("id"), "review date": fields.get("review_date") or None}
    stored = {"created": listed.created, "finalised": listed.finalised,
              "outcome": listed.outcome, "status": listed.status, "flow": listed.flow,
              "review date": listed.review_date}
    wrong = [name for name in expected if expected[name] != stored[name]]
    if listed.export_status not in EXPORT_STATUSES:
        wrong.append("export status (unknown value)")
    if not wrong:
        return None
    return f"record {record_id}: the listing's {', '.join(wrong)} disagree with the record"
