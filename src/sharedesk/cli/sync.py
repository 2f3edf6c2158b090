"""`sharedesk sync [--endpoint URL] [--token TOKEN] [--recipient AGE_PUBKEY]...`: send now."""

from __future__ import annotations

import argparse
from typing import Any

from sharedesk.cli.export import flow_index, recipients_or_profile
from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="bundle finalised records and send them to the case system "
                                    "now (retrying what is still unacknowledged)")
    p.add_argument("--endpoint", metavar="URL", help="case-system base URL (default: settings)")
    p.add_argument("--token", metavar="TOKEN",
                   help="upload token; kept in the vault for later syncs")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE_PUBKEY",
                   help="encrypt new bundles to this age key (default: the profile's)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the server")
    add_vault_options(p)
    p.set_defaults(func=_sync)


def _sync(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.outbox import Outbox
    from sharedesk.core.sync.service import sync, transport_from_settings

    settings = Settings()
    flows = flow_index()
    with open_vault(args) as vault:
        transport = transport_from_settings(vault, settings, endpoint=args.endpoint,
                                            token=args.token, timeout=args.timeout)
        recipients = recipients_or_profile(args.recipient)
        report = sync(vault, flows, transport, recipients, explicit=True,
                      retention_days=int(settings.get("retention.days_after_ack")))
        status = Outbox(vault).status()
    for line in report.lines() or ["nothing to send"]:
        print(line)
    counts = status.counts
    print(f"acknowledged {counts['acknowledged']}, still waiting {counts['pending']} pending, "
          f"{counts['exported']} exported, {counts['uploaded']} uploaded, "
          f"{counts['failed']} failed")
    stopped = [o for _, o in report.attempts if o.kind in ("failed", "conflict")]
    return 1 if stopped else 0
