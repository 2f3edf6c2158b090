"""``vault verify``: the listing columns of ``decisions`` must say what the record bodies say.

The records screen, ``sharedesk records``, the outbox and the review list read the columns
(created, finalised, outcome, status, flow, review date, export status), not the bodies. The
bodies are covered by the audit chain's hashes, the columns are not: an edit of a column (or a
bug that updates one and not the other) would show a practitioner a wrong outcome or hide a
review. The review date is the one in force after the amendments, in order. A purged record's
stub carries its listing fields too and has no review date. Callers hold the vault lock and a
read transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.core.vault.db import Connection

_LISTING = ("SELECT id, created, finalised, outcome, status, flow_id, review_date, export_status, "
            "body FROM decisions ORDER BY rid")


def _object(text: object) -> dict[str, Any] | None:
    try:
        data = json.loads(str(text))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _changes(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record_id, body in conn.execute("SELECT record_id, body FROM amendments "
                                        "ORDER BY record_id, seq"):
        data = _object(body)  # an unreadable amendment fails its audit hash check
        changes = data.get("changes") if data else None
        out[str(record_id)].append(changes if isinstance(changes, dict) else {})
    return out


def check_listing(conn: Connection) -> list[str]:
    """One line per record whose listing columns disagree with its body (at most 20)."""
    changes = _changes(conn)
    problems: list[str] = []
    for (record_id, created, finalised, outcome, status, flow_id, review_date, export_status,
         body) in conn.execute(_LISTING):
        data = _object(body)
        if data is None:
            problems.append(f"record {record_id}: its body is not a readable record")
            continue
        fields = data.get("fields")
        fields = dict(fields) if isinstance(fields, dict) else {}
        for change in changes.get(str(record_id), []):
            fields.update(change)
        flow = data.get("flow")
        flow = flow if isinstance(flow, dict) else {}
        expected = {"created": data.get("created"), "finalised": data.get("finalised"),
                    "outcome": data.get("outcome"), "status": data.get("status"),
                    "flow": flow.get("id"), "review date": fields.get("review_date") or None}
        listed = {"created": created, "finalised": finalised, "outcome": outcome,
                  "status": status, "flow": flow_id, "review date": review_date}
        wrong = [name for name in expected if expected[name] != listed[name]]
        if export_status not in EXPORT_STATUSES:
            wrong.append("export status (unknown value)")
        if wrong:
            problems.append(f"record {record_id}: the listing's {', '.join(wrong)} "
                            "disagree with the record")
        if len(problems) >= 20:
            problems.append("listing: more problems not listed")
            break
    return problems
