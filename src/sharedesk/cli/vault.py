"""`sharedesk vault init|passwd|verify|backup|restore|recover|add-recovery`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sharedesk.cli import recovery
from sharedesk.cli.passphrase import (
    add_vault_options,
    given_new_passphrase,
    new_passphrase,
    open_vault,
    passphrase,
    show_notices,
    vault_path,
)
from sharedesk.core.errors import UsageError
from sharedesk.core.records.status import AuditKind
from sharedesk.core.vault import Vault


def register(sub: Any) -> None:
    vault = sub.add_parser("vault", help="create, check, back up and recover the encrypted vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    p = vsub.add_parser("init", help="create a new vault")
    add_vault_options(p)
    p.add_argument("--recovery-recipient", metavar="AGE1...",
                   help="organisation recovery public key (age X25519), or a file holding it")
    p.set_defaults(func=_init)

    p = vsub.add_parser("passwd", help="change the passphrase (the data is not rewritten)")
    add_vault_options(p)
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (or set SHAREDESK_NEW_PASSPHRASE)")
    p.set_defaults(func=_passwd)

    p = vsub.add_parser("verify", help="check encryption, structure, schema and the audit chain")
    p.add_argument("--json", action="store_true",
                   help='print {"vault", "ok", "problems": [...]} (exit 4 when not ok)')
    add_vault_options(p)
    p.set_defaults(func=_verify)

    p = vsub.add_parser("backup", help="write a verified, encrypted copy of the vault")
    add_vault_options(p)
    p.add_argument("dest", metavar="DEST", help="new file, or a directory to put it in")
    p.set_defaults(func=_backup)

    p = vsub.add_parser("restore", help="replace the vault with a backup (the replaced vault "
                        "is kept); close sharedesk first")
    add_vault_options(p)
    p.add_argument("backup", metavar="BACKUP",
                   help="a file written by `vault backup` (its .keys file beside it); the "
                   "passphrase is the one that opened the vault when the backup was made")
    p.set_defaults(func=_restore)

    p = vsub.add_parser("recover", help="set a new passphrase using the organisation recovery key")
    add_vault_options(p)
    p.add_argument("--identity", required=True, metavar="KEYFILE",
                   help="the organisation's age identity file (AGE-SECRET-KEY-...)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (or set SHAREDESK_NEW_PASSPHRASE)")
    p.set_defaults(func=_recover)

    recovery.register(vsub)  # add-recovery


def _recipient(value: str | None) -> str | None:
    if not value:
        return None
    if value.strip().startswith("age1"):
        return value.strip()
    if not Path(value).exists():
        raise UsageError(f"--recovery-recipient: {value!r} is neither an age1... key nor a "
                         "readable file")
    lines = recovery.read_key_text(value, "--recovery-recipient").split()
    keys = [w for w in lines if w.startswith("age1")]
    if len(keys) != 1:
        raise UsageError(f"{value}: expected one age1... public key")
    return keys[0]


def _init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    recipient = _recipient(args.recovery_recipient)
    with Vault.create(path, passphrase(args, confirm=True), recovery_recipient=recipient):
        pass
    print(f"created {path}" + (" with a recovery key slot" if recipient else ""))
    return 0


def _passwd(args: argparse.Namespace) -> int:
    given = given_new_passphrase(args)  # a weak one is refused before unlocking
    with open_vault(args) as vault:
        vault.change_passphrase(given or new_passphrase(args))
    print("passphrase changed")
    return 0


def _verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.verify()
    if args.json:
        print(json.dumps({"vault": str(vault_path(args)), "ok": not problems,
                          "problems": problems}, indent=2, ensure_ascii=False))
        return 4 if problems else 0
    for line in problems:
        print(f"problem: {line}")
    if problems:
        print(f"{vault_path(args)}: {len(problems)} problem(s) found")
        return 4
    print(f"{vault_path(args)}: ok")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        out = vault.backup(args.dest)
    print(f"backup written and verified: {out}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from sharedesk.core.vault.restore import restore

    secret = passphrase(args)
    done = restore(Path(args.backup), vault_path(args), secret)
    with show_notices(Vault.open(done.vault, secret)) as vault:
        vault.audit(AuditKind.RESTORED)
    kept = f"; the replaced vault was kept as {done.replaced}" if done.replaced else ""
    print(f"restored {done.vault} from {args.backup}{kept}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    identity = recovery.read_key_text(args.identity, "--identity")
    given = given_new_passphrase(args)
    with show_notices(Vault.open_with_identity(vault_path(args), identity)) as vault:
        vault.change_passphrase(given or new_passphrase(args))
    print("passphrase reset with the recovery key")
    return 0
