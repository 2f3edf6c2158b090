"""`sharedesk outbox`: what is waiting to reach the case system, and why; manual delivery."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.records.status import ExportStatus


def register(sub: Any) -> None:
    p = sub.add_parser("outbox", help="upload queue: pending / exported / uploaded / "
                                      "acknowledged / failed, with reasons")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_vault_options(p)
    p.set_defaults(func=_list)
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION")
    s = osub.add_parser("save", help="save a bundle to a file to deliver by hand (stays queued)")
    s.add_argument("bundle_id", metavar="BUNDLE")
    s.add_argument("--out", required=True, metavar="FILE")
    add_vault_options(s)
    s.set_defaults(func=_save)
    d = osub.add_parser("delivered", help="mark a bundle delivered by other means (audited)")
    d.add_argument("bundle_id", metavar="BUNDLE")
    d.add_argument("--reason", required=True, help="how and to whom it was delivered")
    add_vault_options(d)
    d.set_defaults(func=_delivered)
    r = osub.add_parser("requeue", help="re-bundle a failed bundle's records under a new id")
    r.add_argument("bundle_id", metavar="BUNDLE")
    add_vault_options(r)
    r.set_defaults(func=_requeue)
    q = osub.add_parser("queue", help="queue imported records (made on another device) for "
                                      "this vault's next sync")
    q.add_argument("record_ids", nargs="+", metavar="RECORD")
    add_vault_options(q)
    q.set_defaults(func=_queue)
    g = osub.add_parser("purge", help="purge the content of records acknowledged more than "
                                      "retention.days_after_ack days ago by a receipt signed by "
                                      "a pinned receipt key (stubs and audit kept)")
    g.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    add_vault_options(g)
    g.set_defaults(func=_purge)


def _list(args: argparse.Namespace) -> int:
    from sharedesk.core.settings import Settings
    from sharedesk.core.sync.credentials import receipt_keys
    from sharedesk.core.sync.outbox import Outbox
    from sharedesk.core.sync.receipt import NO_KEY_PINNED

    with open_vault(args) as vault:
        status = Outbox(vault).status()
        keys = receipt_keys(vault, Settings())
    if args.json:
        print(json.dumps({"counts": status.counts, "last_acknowledged": status.last_acknowledged,
                          "next_retry": status.next_retry, "receipt_keys": list(keys),
                          "bundles": [b.to_dict() for b in status.bundles]}, indent=2))
        return 0
    print("records: " + ", ".join(f"{n} {state}" for state, n in status.counts.items()))
    print(f"last acknowledged: {status.last_acknowledged or 'never'}; "
          f"next automatic retry: {status.next_retry or 'none scheduled'}")
    for b in status.bundles:
        line = f"{b.id}  {b.state:<9} {b.record_count:>4} record(s)  attempts {b.attempts}"
        if b.next_attempt and b.state != ExportStatus.FAILED:
            line += f"  next {b.next_attempt}"
        print(line)
        if b.error:
            print(f"    {b.error}")
    if not keys:
        print(NO_KEY_PINNED)
    return 0


def _save(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.outbox import Outbox

    with open_vault(args) as vault:
        Outbox(vault).save_copy(args.bundle_id, args.out)
    print(f"saved bundle {args.bundle_id} to {args.out}; it stays in the queue until "
          "acknowledged (`sharedesk outbox delivered BUNDLE --reason ...`)")
    return 0


def _delivered(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.outbox import Outbox

    with open_vault(args) as vault:
        bundle = Outbox(vault).mark_delivered(args.bundle_id, args.reason)
    print(f"bundle {bundle.id}: {bundle.record_count} record(s) marked acknowledged")
    return 0


def _requeue(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.outbox import Outbox

    with open_vault(args) as vault:
        count = Outbox(vault).requeue(args.bundle_id)
    print(f"{count} record(s) released; the next sync bundles them under a new id")
    return 0


def _queue(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.outbox import Outbox

    with open_vault(args) as vault:
        count = Outbox(vault).queue(args.record_ids)
    print(f"{count} imported record(s) queued; the next sync sends them")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from sharedesk.core.settings import Settings
    from sharedesk.core.sync.credentials import receipt_keys
    from sharedesk.core.sync.retention import purge_due

    settings = Settings()
    days = int(settings.get("retention.days_after_ack"))
    with open_vault(args) as vault:
        report = purge_due(vault, days, receipt_keys=receipt_keys(vault, settings),
                           dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    return 0
