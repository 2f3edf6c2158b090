"""Shared vault options for commands: --vault, --passphrase-file, SHAREDESK_PASSPHRASE, prompt.

The passphrase comes from, in order: ``--passphrase-file`` (first line), the
``SHAREDESK_PASSPHRASE`` environment variable, or an interactive prompt. With no terminal and no
other source the command fails at once with a clear message; it never waits for input.
"""

from __future__ import annotations

import argparse
import getpass
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

from sharedesk.core import paths
from sharedesk.core.errors import UsageError
from sharedesk.core.passphrase import require_strong
from sharedesk.core.vault import Vault, failed_attempts, unlock_wait

ENV = "SHAREDESK_PASSPHRASE"
NEW_ENV = "SHAREDESK_NEW_PASSPHRASE"
MAX_LINE = 4096  # characters read from a passphrase file's first line


def add_vault_options(parser: Any) -> None:
    parser.add_argument("--vault", metavar="PATH",
                        help="vault file (default: vault.sharedesk in the data directory)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from the first line of FILE (or set {ENV})")


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else paths.default_vault_path()


def _read_file(name: str) -> str:
    try:
        with open(name, encoding="utf-8") as handle:
            line = handle.readline(MAX_LINE + 2)  # bounded: /dev/zero has no newline
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text") from None
    line = line.rstrip("\r\n")
    if len(line) > MAX_LINE:
        raise UsageError(f"{name}: the first line is too long for a passphrase")
    if not line:
        raise UsageError(f"{name}: the first line is empty")
    return line


def _prompt(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {ENV}, use --passphrase-file, or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm:  # a new passphrase: judge it before asking for it again
        require_strong(first)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the passphrases did not match; nothing was changed")
    return first


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The current passphrase from file, environment or prompt."""
    if getattr(args, "passphrase_file", None):
        return _read_file(args.passphrase_file)
    if os.environ.get(ENV):
        return os.environ[ENV]
    return _prompt("Vault passphrase: ", confirm)


def given_new_passphrase(args: argparse.Namespace) -> str | None:
    """The new passphrase if it comes from a file or the environment (judged at once, so a
    weak one is refused before the vault is unlocked and nothing on disk changes); None when
    it must be typed, which ``new_passphrase`` asks for after the current one."""
    if getattr(args, "new_passphrase_file", None) or os.environ.get(NEW_ENV):
        return new_passphrase(args)
    return None


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase from --new-passphrase-file, SHAREDESK_NEW_PASSPHRASE, or a prompt.

    Judged by the passphrase policy (core/passphrase.py) at once, so a weak one is refused
    before the vault is unlocked (WeakPassphrase names zxcvbn's reason).
    """
    if getattr(args, "new_passphrase_file", None):
        secret = _read_file(args.new_passphrase_file)
    elif os.environ.get(NEW_ENV):
        secret = os.environ[NEW_ENV]
    elif not sys.stdin.isatty():
        raise UsageError(f"no new passphrase: set {NEW_ENV}, use --new-passphrase-file, "
                         "or run in a terminal")
    else:
        secret = getpass.getpass("New passphrase: ")
        require_strong(secret)  # before asking for it again
        if getpass.getpass("Repeat the passphrase: ") != secret:
            raise UsageError("the passphrases did not match; nothing was changed")
    require_strong(secret)
    return secret


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault named by the options, waiting out any back-off after failed attempts."""
    path = vault_path(args)
    secret = passphrase(args)
    delay = unlock_wait(path)
    if delay > 0:
        delay = math.ceil(delay)
        print(f"sharedesk: {failed_attempts(path)[0]} failed attempts; waiting {delay} s",
              file=sys.stderr)
        time.sleep(delay)
    return show_notices(Vault.open(path, secret))


def show_notices(vault: Vault) -> Vault:
    """Print what unlocking did that the user must know (e.g. a WAL set aside) to stderr."""
    from sharedesk.cli.stdio import notice as say

    for notice in vault.notices:
        say(f"sharedesk: notice: {notice}")
    return vault
