"""`sharedesk profile init|check|show|sign`: write, validate, inspect and sign organisation profiles."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from sharedesk.core import orgkeys
from sharedesk.core.errors import ProfileError, UsageError
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.profile import (
    PINNED,
    Profile,
    import_profile,
    load_profile,
    parse_profile,
    parse_toml,
    profile_warnings,
)
from sharedesk.core.settings import Settings

TEMPLATE = """\
# sharedesk organisation profile (schema 1). See docs/admin-guide.md for every field.
# Check it with:   sharedesk profile check {file}
# Sign it with:    sharedesk profile sign {file} --key profile-signing-key.pem
# Empty text ("") means "not configured".
schema = 1

[organisation]
name = {name}
# England, Scotland, Wales or Northern Ireland
jurisdiction = {jurisdiction}
# One of the flows shipped with sharedesk (`sharedesk flows list`)
default_flow = {flow}

# Local contacts shown on every decision screen. Phone: digits, spaces, + ( ) -.
[contacts.front_door]   # children's social care front door / MASH
name = ""
role = ""
phone = ""
email = ""

[contacts.police]
name = ""
role = ""
phone = ""
email = ""

[contacts.out_of_hours]   # out-of-hours / emergency duty team
name = ""
role = ""
phone = ""
email = ""

[contacts.dsl]   # designated safeguarding lead
name = ""
role = ""
phone = ""
email = ""

[contacts.caldicott_guardian]
name = ""
role = ""
phone = ""
email = ""

# People and services decisions are often shared with: offered as the record's recipient
# (free text is still possible). Repeat the table for each; a name or an organisation.
# [[contacts.share_with]]
# organisation = "Northshire Children's Services"
# role = "MASH duty social worker"
# name = ""

[keys]
# age X25519 public keys ("age1...") every exported bundle is encrypted to.
# The organisation recipient from `sharedesk org keygen` goes here.
recipients = []
# age X25519 public key added to each vault as a recovery slot ("" for none).
recovery = ""

[case_system]
# Base URL; bundles are sent as PUT {{endpoint}}/bundles/{{bundle id}}. https:// only
# (http:// is accepted for 127.0.0.1/localhost, for testing). "" for no upload.
endpoint = ""
# PEM file of the CA that issued the endpoint's certificate, if it is not publicly trusted.
# A relative path is taken relative to this profile file.
ca_bundle = ""
# The case system's receipt keys (base64 of raw 32-byte Ed25519 public keys). With one, only
# receipts it signed acknowledge records, and only those are ever purged; with none, records
# are never purged automatically. See docs/sync-endpoint.md.
receipt_keys = []
# Proxy for uploads. Left out, each laptop follows its system proxy settings (HTTPS_PROXY,
# NO_PROXY); "none" connects directly; or name one: "http://proxy.example.org:3128".
# proxy = "http://proxy.example.org:3128"

[policy]
# Days to keep record content after the case system acknowledged it (0-3650).
retention_days = 30
# Lock the vault after this many idle minutes (1-240).
idle_lock_minutes = 5
"""


def register(sub: Any) -> None:
    prof = sub.add_parser("profile", help="create, check, show and sign organisation profiles")
    psub = prof.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = psub.add_parser("init", help="write a commented profile template")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--name", default="Example Safeguarding Partnership", help="organisation name")
    p.add_argument("--jurisdiction", default="England")
    p.add_argument("--flow", default="england-2018", help="default flow id")
    p.set_defaults(func=_init)

    p = psub.add_parser("check", help="validate a profile; exit non-zero with file:line: problem")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--signing-key", metavar="PUB",
                   help="require a signature by this Ed25519 public key (PEM file or base64)")
    p.set_defaults(func=_check)

    p = psub.add_parser("show", help="print a profile's settings")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--signing-key", metavar="PUB", help="as for check")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_show)

    p = psub.add_parser("apply", help="import a profile for this user: verify, keep a copy, "
                                      "set idle lock, retention, endpoint and default flow")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--signing-key", metavar="PUB",
                   help="trust this organisation key from now on (pinned on first use; later "
                        "profiles must be signed by it)")
    p.set_defaults(func=_apply)

    p = psub.add_parser("sign", help="sign a profile in place with the organisation signing key")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--key", required=True, metavar="PRIVATE", help="profile-signing-key.pem")
    p.set_defaults(func=_sign)


def _toml_string(value: str) -> str:
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise UsageError("values must be one line of printable text")
    return json.dumps(value, ensure_ascii=False)  # JSON string escapes are valid TOML ones


def _init(args: argparse.Namespace) -> int:
    out = Path(args.out)
    text = TEMPLATE.format(file=out.name, name=_toml_string(args.name),
                           jurisdiction=_toml_string(args.jurisdiction),
                           flow=_toml_string(args.flow))
    parse_profile(text, source=out)  # never write a template that would not load
    orgkeys.write_new_file(out, text.encode("utf-8"), 0o644)
    print(f"wrote {out}; fill it in, then: sharedesk profile check {out}")
    return 0


def _trusted(args: argparse.Namespace) -> Any:
    # Without --signing-key: the key pinned for this user, if any (load_profile's default).
    return orgkeys.load_public_key(args.signing_key) if args.signing_key else PINNED


def _check(args: argparse.Namespace) -> int:
    profile = load_profile(args.file, trusted_signing_key=_trusted(args))
    print(f"{args.file}: ok, {profile.name} ({profile.jurisdiction}), {_signature_note(profile)}")
    for note in profile_warnings(profile):
        print(f"  note: {note}")
    return 0


def _apply(args: argparse.Namespace) -> int:
    key = orgkeys.load_public_key(args.signing_key) if args.signing_key else None
    profile = import_profile(args.file, Settings(), signing_key=key)
    print(f"applied {profile.name} ({_signature_note(profile)}); profile kept at {profile.source}")
    return 0


def _signature_note(profile: Profile) -> str:
    if not profile.signed_by:
        return "not signed"
    trust = "the trusted organisation key" if profile.trusted else "a key not checked against a " \
        "trusted key (use --signing-key)"
    return f"signed by {profile.signer_fingerprint} ({trust})"


def _proxy_note(proxy: str | None) -> str:
    if proxy is None:
        return "(not set: each laptop's own sync.proxy setting)"
    return proxy or "(the system proxy settings: HTTPS_PROXY, NO_PROXY)"


def _show(args: argparse.Namespace) -> int:
    p = load_profile(args.file, trusted_signing_key=_trusted(args))
    contacts = {key: vars(c) for key, _label, c in p.contacts.items()}
    if args.json:
        print(json.dumps({
            "name": p.name, "jurisdiction": p.jurisdiction, "default_flow": p.default_flow,
            "contacts": contacts, "share_with": [vars(c) for c in p.share_with],
            "recipients": list(p.recipients), "recovery": p.recovery_key,
            "endpoint": p.endpoint, "ca_bundle": str(p.ca_bundle) if p.ca_bundle else None,
            "receipt_keys": list(p.receipt_keys), "proxy": p.proxy,
            "retention_days": p.retention_days, "idle_lock_minutes": p.idle_lock_minutes,
            "signed_by": p.signer_fingerprint, "trusted": p.trusted}, indent=2))
        return 0
    rows = [("Organisation", p.name), ("Jurisdiction", p.jurisdiction),
            ("Default flow", p.default_flow), ("Signature", _signature_note(p))]
    for _key, label, c in p.contacts.items():
        shown = ", ".join(x for x in (c.name, c.role, c.phone, c.email) if x) or "(none)"
        rows.append((label, shown))
    rows += [("Shared with", c.label) for c in p.share_with]
    rows += [("Export recipients", ", ".join(p.recipients) or "(none)"),
             ("Recovery key", p.recovery_key or "(none)"),
             ("Case-system endpoint", p.endpoint or "(none)"),
             ("CA bundle", str(p.ca_bundle) if p.ca_bundle else "(system default)"),
             ("Receipt keys", ", ".join(p.receipt_keys)
              or "(none: records are never purged automatically)"),
             ("Proxy", _proxy_note(p.proxy)),
             ("Retention (days)", str(p.retention_days)),
             ("Idle lock (minutes)", str(p.idle_lock_minutes))]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


_SIGNATURE_HEADER = re.compile(r"^\s*\[\s*signature\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")


def strip_signature(text: str) -> str:
    """The profile text without its ``[signature]`` table (header to the next table or the end)."""
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        if _SIGNATURE_HEADER.match(line):
            skipping = True
            continue
        if skipping and _ANY_HEADER.match(line):
            skipping = False
        if not skipping:
            kept.append(line)
    return "".join(kept).rstrip("\n") + "\n"


def _sign(args: argparse.Namespace) -> int:
    path = Path(args.file)
    key = orgkeys.load_signing_key(Path(args.key))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"cannot read profile {path}: {getattr(exc, 'strerror', None) or exc}") \
            from None
    body = strip_signature(text)
    data = parse_toml(body, str(path))
    if orgkeys.SIGNATURE_TABLE in data:
        raise ProfileError(f"{path}: write the signature as a [signature] table at the end "
                           "(remove the existing one by hand)")
    parse_profile(body, source=path)  # only a valid profile gets signed
    signed = body + "\n" + orgkeys.signature_table(data, key)
    profile = parse_profile(signed, source=path, trusted_signing_key=key.public_key())
    write_atomic(path, signed.encode("utf-8"), mode=0o644)
    print(f"signed {path} with key {profile.signer_fingerprint}")
    return 0
