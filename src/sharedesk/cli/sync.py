"""`sharedesk sync [--endpoint URL] [--token-file FILE] [--receipt-key KEY]... [--recipient KEY]...`

The upload token comes from ``--token-file`` (first line), ``SHAREDESK_SYNC_TOKEN`` or a prompt,
and is kept in the vault; it is never taken on the command line, where any local user can read
it in the process list. ``--receipt-key`` pins the case system's receipt keys in the vault.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from sharedesk.cli.export import flow_index, recipients_or_profile
from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.errors import UsageError
from sharedesk.core.records.status import ExportStatus
from sharedesk.core.settings import Settings
from sharedesk.core.sync.transport import AttemptKind

TOKEN_ENV = "SHAREDESK_SYNC_TOKEN"  # noqa: S105 (the variable's name, not a token)
_MAX_TOKEN = 4096


class _RefuseToken(argparse.Action):
    """``--token VALUE`` is a parser error: argv is readable by every local user."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        parser.error(f"--token is not accepted (other users can read the command line): set "
                     f"{TOKEN_ENV} or give --token-file FILE")


def register(sub: Any) -> None:
    p = sub.add_parser("sync", allow_abbrev=False,
                       help="bundle finalised records and send them to the case system "
                            "now (retrying what is still unacknowledged)")
    p.add_argument("--endpoint", metavar="URL", help="case-system base URL (default: settings)")
    p.add_argument("--token", action=_RefuseToken, help=argparse.SUPPRESS)
    p.add_argument("--token-file", metavar="FILE",
                   help=f"read the upload token from the first line of FILE (or set {TOKEN_ENV}; "
                        "else asked for); kept in the vault for later syncs")
    p.add_argument("--receipt-key", action="append", default=[], metavar="KEY",
                   help="pin the case system's receipt key (base64 Ed25519 public key); "
                        "repeatable; replaces the keys pinned in the vault before")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE_PUBKEY",
                   help="encrypt new bundles to this age key (default: the profile's)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds to wait for each network read or write")
    p.add_argument("--deadline", type=float, default=300.0,
                   help="seconds one bundle's upload and receipt may take in all")
    p.add_argument("--json", action="store_true", help="print what the sync did as JSON")
    add_vault_options(p)
    p.set_defaults(func=_sync)


def given_token(args: argparse.Namespace) -> str | None:
    """The token from --token-file or the environment, if either gives one."""
    if args.token_file:
        try:
            with open(args.token_file, encoding="utf-8") as handle:
                line = handle.read(_MAX_TOKEN + 1).split("\n", 1)[0].strip()
        except OSError as exc:
            raise UsageError(f"cannot read {args.token_file}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise UsageError(f"{args.token_file} is not UTF-8 text") from None
        if not line or len(line) > _MAX_TOKEN:
            raise UsageError(f"{args.token_file}: the first line must hold the upload token")
        return line
    value = os.environ.get(TOKEN_ENV, "").strip()
    return value or None


def _prompt_token() -> str | None:
    if not sys.stdin.isatty():
        return None  # the transport says how to give one
    return getpass.getpass("Upload token for the case system: ").strip() or None


def _sync(args: argparse.Namespace) -> int:
    from sharedesk.core.sync import credentials
    from sharedesk.core.sync.outbox import Outbox
    from sharedesk.core.sync.receipt import NO_KEY_PINNED
    from sharedesk.core.sync.service import sync, transport_from_settings

    if args.deadline <= 0 or args.timeout <= 0:
        raise UsageError("--timeout and --deadline must be positive numbers of seconds")
    settings = Settings()
    flows = flow_index()
    token = given_token(args)
    with open_vault(args) as vault:
        if token is None and (args.endpoint or settings.get("sync.endpoint")) \
                and not credentials.token(vault):
            token = _prompt_token()
        transport = transport_from_settings(vault, settings, endpoint=args.endpoint,
                                            token=token, timeout=args.timeout,
                                            deadline=args.deadline,
                                            pin_receipt_keys=args.receipt_key)
        try:
            recipients = recipients_or_profile(args.recipient)
            report = sync(vault, flows, transport, recipients, explicit=True,
                          retention_days=int(settings.get("retention.days_after_ack")))
        finally:
            close = getattr(transport, "close", None)
            if close is not None:
                close()
        status = Outbox(vault).status()
    stopped = [o for _, o in report.attempts
               if o.kind in (AttemptKind.FAILED, AttemptKind.CONFLICT)]
    if args.json:
        print(json.dumps(_as_json(report, status.counts, bool(transport.receipt_keys)),
                         indent=2, ensure_ascii=False))
        return 1 if stopped else 0
    for line in report.lines() or ["nothing to send"]:
        print(line)
    counts, s = status.counts, ExportStatus
    print(f"acknowledged {counts[s.ACKNOWLEDGED]}, still waiting {counts[s.PENDING]} pending, "
          f"{counts[s.EXPORTED]} exported, {counts[s.AWAITING_RECEIPT]} uploaded, "
          f"{counts[s.FAILED]} failed")
    if not transport.receipt_keys:
        print(NO_KEY_PINNED)
    return 1 if stopped else 0


def _as_json(report: Any, counts: Mapping[str, int], key_pinned: bool) -> dict[str, Any]:
    """A SyncReport for programs: what was bundled and tried, and the queue after it."""
    return {
        "bundled": [{"bundle_id": b.bundle_id, "record_ids": list(b.record_ids)}
                    for b in report.bundled],
        "attempts": [{"bundle_id": bundle_id, "outcome": o.kind, "message": o.message,
                      "http_status": o.http_status} for bundle_id, o in report.attempts],
        "waiting": list(report.waiting), "purged": len(report.purged),
        "queue": dict(counts), "receipt_key_pinned": key_pinned,
    }
