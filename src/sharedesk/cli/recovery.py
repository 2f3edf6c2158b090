"""`sharedesk vault add-recovery [--recipient age1...|FILE]`: give an existing vault the
organisation recovery slot.

The recipient comes from ``--recipient`` (an ``age1...`` key, or a file holding one, such as
``org-age-recipient.txt``) or else from the organisation profile applied for this user
(``keys.recovery``). Registered under ``sharedesk vault`` by cli/vault.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sharedesk.cli.passphrase import add_vault_options, open_vault
from sharedesk.core.errors import UsageError


def register(vsub: Any) -> None:
    p = vsub.add_parser("add-recovery", help="add the organisation recovery key slot to this "
                                             "vault (from the applied profile or --recipient)")
    add_vault_options(p)
    p.add_argument("--recipient", metavar="AGE1...",
                   help="organisation recovery public key (age X25519), or a file holding it; "
                        "default: keys.recovery of the applied organisation profile")
    p.set_defaults(func=_add_recovery)


MAX_KEY_FILE_BYTES = 64 * 1024  # an age recipient or identity file is under 1 kB


def read_key_text(name: str, what: str) -> str:
    """A small key file's text, read bounded (``/dev/zero`` is refused, not read forever)."""
    try:
        with open(name, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{what}: cannot read {name} "
                         f"({getattr(exc, 'strerror', None) or 'not UTF-8 text'})") from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise UsageError(f"{what}: {name} is too large for a key file")
    return text


def recipient_from(value: str) -> str:
    """An ``age1...`` key given directly or as the one such key in a file."""
    if value.strip().startswith("age1"):
        return value.strip()
    if not Path(value).exists():
        raise UsageError(f"--recipient: {value!r} is neither an age1... key nor a readable "
                         "file")
    words = read_key_text(value, "--recipient").split()
    keys = [w for w in words if w.startswith("age1")]
    if len(keys) != 1:
        raise UsageError(f"{value}: expected one age1... public key")
    return keys[0]


def applied_recipient() -> str:
    """keys.recovery of the organisation profile applied for this user (UsageError if none)."""
    from sharedesk.core.profile import current_profile
    from sharedesk.core.settings import Settings

    profile = current_profile(Settings())
    if profile is None:
        raise UsageError("no organisation profile is applied: give --recipient age1... or run "
                         "`sharedesk profile apply FILE` first")
    if not profile.recovery_key:
        raise UsageError(f"the applied organisation profile ({profile.name}) has no "
                         "keys.recovery: give --recipient age1...")
    return profile.recovery_key


def _add_recovery(args: argparse.Namespace) -> int:
    # Resolved before unlocking: a missing or malformed recipient leaves the vault untouched.
    recipient = recipient_from(args.recipient) if args.recipient else applied_recipient()
    from pyrage import x25519

    try:
        x25519.Recipient.from_str(recipient)
    except Exception:  # pyrage raises its own RecipientError types
        raise UsageError("the recovery recipient is not an age X25519 public key "
                         "(age1...)") from None
    with open_vault(args) as vault:
        added = vault.add_recovery(recipient)
    if added:
        print(f"recovery key slot added for {recipient}")
    else:
        print(f"this vault already has a recovery key slot for {recipient}; nothing changed")
    return 0
