"""`sharedesk org keygen`: create the organisation's key pairs (run once, on an offline machine)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sharedesk.core.orgkeys import generate_org_keys

WARNING = """\
sharedesk: WARNING: {age} and {signing} are the organisation's private keys.
  Keep them offline (an encrypted USB stick in a safe, and a second copy elsewhere).
  Anyone holding {age_name} can read every bundle sent to the organisation and reset the
  passphrase of any vault enrolled for recovery; anyone holding {signing_name} can sign
  profiles that your laptops will trust. Never email them or put them on a laptop or a network share.
  Losing {age_name} means bundles and recovery slots encrypted to it can never be opened."""


def register(sub: Any) -> None:
    org = sub.add_parser("org", help="organisation administration (keys)")
    osub = org.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    p = osub.add_parser("keygen", help="create the organisation age identity and the "
                                       "profile-signing key pair (private keys written 0600)")
    p.add_argument("--out", required=True, metavar="DIR", help="directory for the key files")
    p.set_defaults(func=_keygen)


def _keygen(args: argparse.Namespace) -> int:
    keys = generate_org_keys(Path(args.out))
    print(f"age identity (private):      {keys.age_identity}")
    print(f"age recipient (public):      {keys.age_recipient_file}")
    print(f"signing key (private):       {keys.signing_key}")
    print(f"signing key (public):        {keys.signing_public_key_file}")
    print(f"recipient for profiles:      {keys.age_recipient}")
    print(f"signing public key (base64): {keys.signing_public_key}")
    print(WARNING.format(age=keys.age_identity, signing=keys.signing_key,
                         age_name=keys.age_identity.name, signing_name=keys.signing_key.name),
          file=sys.stderr)
    return 0
