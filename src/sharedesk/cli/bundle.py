"""`sharedesk bundle open FILE --identity KEYFILE --out DIR`: decrypt, verify, write.

The signer must be trusted: ``--trust KEY`` for this run, the profile's ``keys.devices``, or,
only when neither trusts it, the trusted-device list of the vault (``--vault``; its passphrase
from SHAREDESK_PASSPHRASE or a prompt, since --passphrase-file is the bundle's passphrase here).
"""

from __future__ import annotations

import argparse
from typing import Any

from sharedesk.core.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("bundle", help="open and check a bundle received from a practitioner")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    o = bsub.add_parser("open", help="decrypt, check the signature and every hash, write the files")
    o.add_argument("file", metavar="FILE")
    o.add_argument("--identity", metavar="KEYFILE", help="age identity file (AGE-SECRET-KEY-1...)")
    o.add_argument("--passphrase-file", metavar="FILE",
                   help="open a passphrase bundle with the first line of FILE")
    o.add_argument("--out", required=True, metavar="DIR", help="new or empty folder to write to")
    o.add_argument("--trust", action="append", metavar="DEVICE_KEY",
                   help="also trust this device key for this run (base64; repeatable)")
    o.add_argument("--vault", metavar="PATH",
                   help="vault whose trusted devices to accept (default: the usual vault)")
    o.set_defaults(func=_open)


def _trust(args: argparse.Namespace) -> Any:
    from sharedesk.cli.devices import trust_for
    from sharedesk.cli.passphrase import open_vault, vault_path
    from sharedesk.core.export.trust import LazyTrust
    from sharedesk.core.sync.devices import vault_trust
    from sharedesk.core.vault import Vault

    def from_vault() -> Any:
        where = argparse.Namespace(vault=getattr(args, "vault", None), passphrase_file=None)
        if not Vault.exists(vault_path(where)):
            return None
        with open_vault(where) as vault:
            return vault_trust(vault)

    return LazyTrust(trust_for(None, args.trust), from_vault)


def open_from_args(args: argparse.Namespace) -> Any:
    from sharedesk.core.export.bundle_open import open_bundle

    if bool(args.identity) == bool(getattr(args, "passphrase_file", None)):
        raise UsageError("give either --identity KEYFILE or --passphrase-file FILE")
    if args.identity:
        return open_bundle(args.file, args.identity, trust=_trust(args))
    from sharedesk.cli.passphrase import _read_file

    return open_bundle(args.file, passphrase=_read_file(args.passphrase_file), trust=_trust(args))


def _open(args: argparse.Namespace) -> int:
    from sharedesk.core.export.bundle_open import write_opened

    opened = open_from_args(args)
    written = write_opened(opened, args.out)
    m = opened.manifest
    print(f"bundle {opened.bundle_id}: verified ({len(opened.records)} record(s), "
          f"{len(written)} file(s) written to {args.out})")
    print(f"created {m['created']} by device {opened.device_id}, signing key "
          f"{opened.signer_fingerprint} (trusted as {opened.trusted_as})")
    return 0
