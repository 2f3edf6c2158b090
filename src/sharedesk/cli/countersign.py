"""`sharedesk countersign ID --outcome agreed|agreed_with_comments|escalated --comment TEXT
[--by NAME --role ROLE] [--json]`: a manager's signed review of a finalised record.

Signed offline with this vault's device key (docs/bundle-format.md, "Countersignatures").
``--by`` and ``--role`` default to the settings ``desk.countersign_name`` and ``_role``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.records.status import CountersignOutcome

OUTCOMES: tuple[str, ...] = tuple(CountersignOutcome)


def register(sub: Any) -> None:
    p = sub.add_parser("countersign", help="countersign a finalised record (managers)")
    p.add_argument("record_id", metavar="ID")
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--comment", default="", help="required unless the outcome is agreed")
    p.add_argument("--by", default=None, metavar="NAME", help="who countersigns")
    p.add_argument("--role", default=None, metavar="ROLE", help="their role")
    p.add_argument("--json", action="store_true", help="print the countersignature as JSON")
    add_vault_options(p)
    p.set_defaults(func=_countersign)


def _countersign(args: argparse.Namespace) -> int:
    from sharedesk.core.orgkeys import fingerprint
    from sharedesk.core.settings import Settings
    from sharedesk.core.sync.countersigning import countersign_record

    settings = Settings()
    by = args.by if args.by is not None else str(settings.get("desk.countersign_name"))
    role = args.role if args.role is not None else str(settings.get("desk.countersign_role"))
    with open_vault(args) as vault:
        signed = countersign_record(vault, args.record_id, outcome=args.outcome,
                                    comment=args.comment, by=by, role=role)
    if args.json:
        print(json.dumps(signed.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(f"countersigned {args.record_id}: {signed.outcome} by {signed.by} at {signed.at} "
              f"(key {fingerprint(signed.public_key)})")
    return 0
