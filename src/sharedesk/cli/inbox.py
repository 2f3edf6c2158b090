"""`sharedesk inbox --folder DIR --identity KEYFILE [--trust KEY]... [--json]` and
`sharedesk inbox --intake URL --token-file F --identity KEYFILE [--from-start] [--json]`.

Imports every bundle in DIR (each file then moved to DIR/imported/ or DIR/refused/ with a
``.reason.txt``), or every bundle the intake lists since this vault's cursor (each deleted from
the intake once imported). One line per bundle and a summary; exit 0 when every bundle was
imported, 1 when any was refused (the others were still imported). ``--quiet`` leaves out the
imported bundles' lines and the summary; a refused bundle is still named, on stderr. The intake
is reached through the proxy settings uploads use (``sync.proxy``, else HTTPS_PROXY/NO_PROXY).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.cli.stdio import confirm, quiet
from sharedesk.core.errors import UsageError
from sharedesk.core.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser("inbox", help="import every bundle in a folder or from the intake (managers)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--folder", metavar="DIR", help="a folder of bundles (shared drive, USB)")
    source.add_argument("--intake", metavar="URL", help="the intake service's address")
    p.add_argument("--identity", required=True, metavar="KEYFILE",
                   help="the organisation's age identity file")
    p.add_argument("--token-file", metavar="FILE", help="the manager token (with --intake)")
    p.add_argument("--ca-bundle", metavar="FILE", help="CA bundle for the intake's TLS")
    p.add_argument("--from-start", action="store_true",
                   help="list the intake from the beginning, not from the kept cursor")
    p.add_argument("--refused-dir", metavar="DIR",
                   help="with --intake: also keep refused bundles here with their reasons")
    p.add_argument("--trust", action="append", metavar="DEVICE_KEY",
                   help="also trust this device key for this run (base64; repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON for programs")
    add_vault_options(p)
    p.set_defaults(func=_inbox)


def _token(path: str | None) -> str:
    if not path:
        raise UsageError("--intake needs --token-file FILE (the manager token)")
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline(4096).strip()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    if not line:
        raise UsageError(f"{path}: the first line must hold the manager token")
    return line


def _inbox(args: argparse.Namespace) -> int:
    from sharedesk.cli.devices import trust_for
    from sharedesk.core.export.agecrypt import load_identities
    from sharedesk.core.sync.inbox import IMPORTED, InboxResult, as_json, process_folder
    from sharedesk.core.sync.intake_pull import pull

    identities = load_identities(args.identity)
    token = _token(args.token_file) if args.intake else ""

    def show(result: InboxResult) -> None:
        if args.json:
            return
        if quiet() and result.status != IMPORTED:
            print(f"sharedesk: warning: {result.line()}", file=sys.stderr, flush=True)
        elif not quiet():
            print(result.line(), flush=True)

    proxy = str(Settings().get("sync.proxy") or "") if args.intake else ""

    with open_vault(args) as vault:
        trust = trust_for(vault, args.trust)
        if args.folder:
            summary = process_folder(vault, args.folder, identities, trust,
                                     progress=lambda _i, _n, r: show(r))
        else:
            summary = pull(vault, args.intake, token, identities, trust,
                           ca_bundle=args.ca_bundle, from_start=args.from_start,
                           refused_dir=args.refused_dir, proxy=proxy,
                           progress=lambda _i, r: show(r))
    if args.json:
        print(as_json(summary))
    else:
        confirm(summary.line())
    return 1 if summary.counts()["refused"] else 0
