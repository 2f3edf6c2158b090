"""`sharedesk device show [--json]`: this laptop's device key, for an administrator to enrol.

The key signs every bundle this laptop makes; a manager's sharedesk (``sharedesk devices
trust``) or the organisation profile (``keys.devices``) must list it before its bundles are
accepted. ``--json`` prints exactly ``{"device_id", "public_key", "fingerprint"}`` for programs.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault


def register(sub: Any) -> None:
    p = sub.add_parser("device", help="this laptop's device key (to enrol it with a manager)")
    dsub = p.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    s = dsub.add_parser("show", help="print this laptop's device id, public key and fingerprint")
    s.add_argument("--json", action="store_true", help="print JSON for programs")
    add_vault_options(s)
    s.set_defaults(func=_show)


def _show(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.credentials import device_key

    with open_vault(args) as vault:
        card = device_key(vault).card()
    if args.json:
        print(json.dumps(card, indent=2))
        return 0
    print(f"device id:   {card['device_id']}")
    print(f"public key:  {card['public_key']}")
    print(f"fingerprint: {card['fingerprint']}")
    print("To enrol this laptop, a manager runs: sharedesk devices trust "
          f"{card['public_key']} --name NAME")
    return 0
