"""`sharedesk devices trust KEY --name NAME | list [--json] | revoke KEY_OR_FINGERPRINT`.

The devices whose bundles this (manager's) vault accepts, besides the organisation profile's
``keys.devices``. ``trust_for`` builds the trust `import` and `bundle open` check signers with.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.settings import Settings


def register(sub: Any) -> None:
    p = sub.add_parser("devices", help="the laptops whose bundles this vault accepts")
    dsub = p.add_subparsers(dest="devices_command", metavar="ACTION", required=True)
    t = dsub.add_parser("trust", help="accept bundles signed by this device key")
    t.add_argument("key", metavar="KEY", help="the key `sharedesk device show` prints on the laptop")
    t.add_argument("--name", required=True, help="who and which laptop (shown in lists)")
    t.set_defaults(func=_trust)
    ls = dsub.add_parser("list", help="trusted devices: this vault's and the profile's")
    ls.add_argument("--json", action="store_true", help="print JSON for programs")
    ls.set_defaults(func=_list)
    r = dsub.add_parser("revoke", help="stop accepting bundles from a device")
    r.add_argument("key", metavar="KEY_OR_FINGERPRINT")
    r.set_defaults(func=_revoke)
    for parser in (t, ls, r):
        add_vault_options(parser)


def profile_devices() -> tuple[tuple[str, str], ...]:
    """The organisation profile's ``keys.devices`` (name, key), or none without a profile."""
    from sharedesk.core.profile import current_profile

    profile = current_profile(Settings())
    return profile.devices if profile is not None else ()


def trust_for(vault: Any, this_run: Sequence[str] | None) -> Any:
    """What a bundle's signer is checked against: ``vault``'s list (None: none), the
    profile's ``keys.devices`` and ``--trust`` keys."""
    from sharedesk.core.sync.devices import trusted_keys

    return trusted_keys(vault, profile_devices(), this_run or ())


def _trust(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.devices import trust

    with open_vault(args) as vault:
        device = trust(vault, args.key, args.name)
    print(f"trusted {device.name}: {device.fingerprint}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from sharedesk.core.sync.devices import revoke

    with open_vault(args) as vault:
        device = revoke(vault, args.key)
    print(f"revoked {device.name}: {device.fingerprint}; its bundles are refused from now on")
    return 0


def _list(args: argparse.Namespace) -> int:
    from sharedesk.core.export.signing import fingerprint
    from sharedesk.core.sync.devices import devices

    with open_vault(args) as vault:
        rows = [{**d.to_dict(), "source": "vault"} for d in devices(vault)]
    revoked = {str(r["public_key"]): r["revoked"] for r in rows if r["revoked"]}
    rows += [{"name": name, "public_key": key, "fingerprint": fingerprint(key), "added": None,
              "revoked": revoked.get(key), "source": "profile"}
             for name, key in profile_devices()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no trusted devices: bundles are refused unless given --trust KEY")
    for row in rows:
        state = f"revoked {row['revoked']}" if row["revoked"] else "trusted"
        print(f"{row['fingerprint']}  {state:<30}  {row['source']:<7}  {row['name']}")
    return 0
