"""`sharedesk import FILE --identity KEYFILE`: merge a practitioner's bundle into this vault."""

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
                   help="only accept bundles signed by this device key (base64; repeatable)")
    add_vault_options(p)
    p.set_defaults(func=_import)


def _import(args: argparse.Namespace) -> int:
    from sharedesk.core.export.bundle_open import open_bundle
    from sharedesk.core.sync.importer import import_bundle

    opened = open_bundle(args.file, args.identity, trusted_keys=args.trust)  # before unlocking
    with open_vault(args) as vault:
        report = import_bundle(vault, opened)
    for line in report.lines():
        print(line)
    return 0
