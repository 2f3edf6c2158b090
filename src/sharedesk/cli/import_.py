"""`sharedesk import FILE --identity KEYFILE [--trust KEY]...`: merge a practitioner's bundle.

The bundle's signer must be a trusted device (`sharedesk devices trust`, the profile's
``keys.devices`` or ``--trust`` for this run); see docs/bundle-format.md.
"""

from __future__ import annotations

import argparse
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="merge a practitioner's bundle into this (manager's) vault")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--identity", required=True, metavar="KEYFILE",
                   help="age identity file the bundle was encrypted to")
    p.add_argument("--trust", action="append", metavar="DEVICE_KEY",
                   help="also trust this device key for this run (base64; repeatable)")
    add_vault_options(p)
    p.set_defaults(func=_import)


def _import(args: argparse.Namespace) -> int:
    from sharedesk.cli.devices import trust_for
    from sharedesk.core.export.bundle_open import open_bundle
    from sharedesk.core.sync.importer import import_bundle

    with open_vault(args) as vault:  # its trusted-device list decides whom to believe
        opened = open_bundle(args.file, args.identity, trust=trust_for(vault, args.trust),
                             keep_files=False)
        report = import_bundle(vault, opened)
    for line in report.lines():
        print(line)
    return 0
