"""`sharedesk export --format FORMAT --out PATH [...]`: export chosen records.

The formats are those of core/export/registry.py (pdf, json, csv, fhir, html, bundle, and any
format registered there).

``--out -`` writes the export to standard output (bytes; never a file named ``-``), with the
summary on stderr; a PDF or bundle is not written to a terminal."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.cli.stdio import StdoutSink, confirm, is_stdio, notice
from sharedesk.core.errors import UsageError
from sharedesk.core.export.registry import export_format, formats
from sharedesk.core.flow import catalog
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.core.settings import Settings

BUNDLE_PASSPHRASE_ENV = "SHAREDESK_BUNDLE_PASSPHRASE"  # noqa: S105 (a variable name)


def register(sub: Any) -> None:
    known = formats()
    p = sub.add_parser("export", help="export records as "
                                      + ", ".join(f.label for f in known))
    p.add_argument("--format", required=True, choices=[f.id for f in known],
                   help="; ".join(f"{f.id}: {f.help or f.label}" for f in known))
    p.add_argument("--out", required=True, metavar="PATH",
                   help="file to write (atomically); - for standard output")
    p.add_argument("--json", action="store_true",
                   help="print what was exported as JSON (not with --out -)")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE_PUBKEY",
                   help="bundle: encrypt to this age key (repeatable; default: the profile's)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="records created on or after")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="records created on or before")
    p.add_argument("--ids", nargs="+", default=[], metavar="ID", help="these records only")
    p.add_argument("--status", choices=EXPORT_STATUSES, help="records in this upload state")
    p.add_argument("--no-pdf", action="store_true",
                   help="bundle, fhir: leave each record's PDF out")
    p.add_argument("--bundle-passphrase-file", metavar="FILE",
                   help=f"bundle with no recipient key: passphrase from FILE (or {BUNDLE_PASSPHRASE_ENV})")
    add_vault_options(p)
    p.set_defaults(func=_export)


def parse_date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def flow_index() -> dict[str, Flow]:
    """Every shipped flow by id, from the process's FlowCatalog (parsed once)."""
    return catalog().index()


def recipients_or_profile(given: list[str]) -> list[str]:
    if given:
        return given
    from sharedesk.core.sync.service import default_recipients

    return default_recipients(Settings())


def _bundle_passphrase(args: argparse.Namespace) -> str:
    if args.bundle_passphrase_file:
        from sharedesk.cli.passphrase import _read_file

        return _read_file(args.bundle_passphrase_file)
    if os.environ.get(BUNDLE_PASSPHRASE_ENV):
        return os.environ[BUNDLE_PASSPHRASE_ENV]
    raise UsageError("no recipient key for the bundle: give --recipient age1..., import the "
                     f"organisation profile, or set a passphrase with --bundle-passphrase-file "
                     f"or {BUNDLE_PASSPHRASE_ENV}")


def _export(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.batch import export_records, select_records
    from sharedesk.core.sync.export_stream import stream_export

    kind = export_format(args.format)
    to_stdout = is_stdio(args.out)
    if to_stdout and args.json:
        raise UsageError("--json and --out - would both write to standard output; give "
                         "--out FILE with --json")
    if to_stdout and kind.binary and sys.stdout.isatty():
        raise UsageError(f"not writing a binary {kind.id} export to the terminal: redirect "
                         "standard output (> FILE, | program) or give --out FILE")
    since, until = parse_date(args.since, "--since"), parse_date(args.until, "--until")
    recipients: list[str] = []
    secret = None
    if kind.sealed:
        recipients = recipients_or_profile(args.recipient)
        if not recipients:
            secret = _bundle_passphrase(args)
    flows = flow_index()
    with open_vault(args) as vault:
        records = select_records(vault, ids=args.ids, since=since, until=until,
                                 export_status=args.status)
        if to_stdout:
            summary = stream_export(vault, flows, records, args.format, StdoutSink(),
                                    recipients=recipients, passphrase=secret,
                                    include_pdfs=not args.no_pdf)
        else:
            summary = export_records(vault, flows, records, args.format, args.out,
                                     recipients=recipients, passphrase=secret,
                                     include_pdfs=not args.no_pdf)
    where = "standard output" if to_stdout else str(summary.path)
    if args.json:
        print(json.dumps({"format": summary.format, "count": summary.count, "path": where,
                          "sha256": summary.sha256, "size": summary.size,
                          "bundle_id": summary.bundle_id}, indent=2))
    else:
        say = notice if to_stdout else confirm  # the export itself is on stdout
        say(f"exported {summary.count} record(s) as {summary.format} to {where}")
        say(f"sha256 {summary.sha256}  ({summary.size} bytes)")
        if summary.bundle_id:
            say(f"bundle id {summary.bundle_id}")
    if secret is not None:
        print("sharedesk: warning: the bundle is encrypted with a passphrase; send the "
              "passphrase by another channel (phone), never with the file", file=sys.stderr)
    return 0
