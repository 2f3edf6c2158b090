"""`sharedesk decide --answers FILE [--json]`: walk a flow and finalise a record, non-interactively.

FILE is JSON: {"flow": ID, "answers": {node id: value}, "record": {field: value}}. Fields the
path settled (a choice's ``sets``) are filled when the record omits them; a record that says
otherwise is refused (exit 1, nothing written).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sharedesk.cli.flows import read_answers_file
from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.cli.stdio import input_name
from sharedesk.core.errors import SharedeskError, UsageError
from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.draft import assemble_record


def register(sub: Any) -> None:
    p = sub.add_parser("decide", help="record a decision from a JSON answers file")
    p.add_argument("--answers", required=True, metavar="FILE",
                   help='JSON: {"flow": ID, "answers": {...}, "record": {field: value}}; '
                        '- for stdin')
    p.add_argument("--json", action="store_true", help="print the stored record as JSON")
    add_vault_options(p)
    p.set_defaults(func=_decide)


def read_decision(data: dict[str, Any], source: str) -> tuple[Session, dict[str, str]]:
    """The walk and the record fields a decision file describes (flow walked, types checked)."""
    flow_id = data.get("flow")
    if not isinstance(flow_id, str) or not flow_id:
        raise UsageError(f'{source}: "flow" must name a flow id')
    fields = data.get("record", {})
    if not isinstance(fields, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                               for k, v in fields.items()):
        raise UsageError(f'{source}: "record" must be an object of field: text')
    flow = load_flow_by_id(flow_id)
    try:
        session, unused = Session.replay(flow, data["answers"])
    except SharedeskError as exc:
        raise UsageError(f"{source}: {exc}") from None
    if unused:
        raise UsageError(f"{source}: answers not on the path taken: {', '.join(unused)}")
    return session, fields


def _decide(args: argparse.Namespace) -> int:
    session, fields = read_decision(read_answers_file(args.answers), input_name(args.answers))
    # Checked before the vault is unlocked, so a bad file leaves the vault untouched;
    # finalise_session checks again (the same function) and stores.
    assemble_record(session, fields)
    with open_vault(args) as vault:
        final = vault.records.finalise_session(session, fields).record
    if args.json:
        print(json.dumps(final.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(final.id)
    return 0
