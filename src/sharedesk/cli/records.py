"""`sharedesk records [--json] [--search TEXT] [--due [DATE]]`: list decisions, newest first,
or the final records whose review is due (soonest first)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from sharedesk.cli.export import parse_date
from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.errors import UsageError
from sharedesk.core.flow.model import OUTCOME_VALUES
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.records.status import AuditKind


def register(sub: Any) -> None:
    p = sub.add_parser("records", help="list recorded decisions")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", metavar="TEXT", default="", help="words that must appear")
    p.add_argument("--outcome", choices=OUTCOME_VALUES)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="created on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="created on or before")
    p.add_argument("--due", nargs="?", const="today", metavar="YYYY-MM-DD",
                   help="only final records whose review date is on or before today (or DATE)")
    p.add_argument("--limit", type=int, default=200, help="at most this many (1-1000)")
    add_vault_options(p)
    p.set_defaults(func=_records)


def _records(args: argparse.Namespace) -> int:
    query = RecordQuery(search=args.search, outcome=args.outcome,
                        date_from=parse_date(args.date_from, "--from"),
                        date_to=parse_date(args.date_to, "--to"))
    due = None
    if args.due:
        due = date.today() if args.due == "today" else parse_date(args.due, "--due")
        if any((args.search, args.outcome, args.date_from, args.date_to)):
            raise UsageError("--due lists reviews due; it does not combine with other filters")
    if not 1 <= args.limit <= 1000:
        raise UsageError("--limit: give 1 to 1000")
    with open_vault(args) as vault:
        rows = (vault.records.reviews_due(due, args.limit) if due is not None
                else vault.records.page(query, 0, args.limit))
        vault.audit(AuditKind.VIEWED_IN_BULK, detail={"count": len(rows)})
    if args.json:
        print(json.dumps([r.to_dict() for r in rows], indent=2))
        return 0
    for r in rows:
        review = f"  review {r.review_date}" if r.review_date else ""
        print(f"{r.id}  {r.created}  {r.outcome:<13} {r.status:<6} {r.export_status}{review}")
    if not rows:
        print("no reviews due" if due is not None else "no records")
    return 0
