"""Creating a vault on disk: a new database key, its key slots, the schema, then the rename.

The database is built under a temporary name and renamed into place only after its key file is
written, so a crash or a failed write never leaves a vault without its key file (or a key file
replaced under an existing vault). The temporary name carries the vault id: an init killed after
writing the key file and before the rename leaves ``.<vault>.creating-<id>`` beside a key file of
that id, which guards no vault, so the next init removes both instead of refusing. Blocking
(runs Argon2id): keep it off the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path

from sharedesk.core.errors import SharedeskError, VaultExists, VaultWriteError
from sharedesk.core.fsutil import fsync_dir
from sharedesk.core.paths import ensure_private_dir
from sharedesk.core.records.status import AuditKind
from sharedesk.core.vault import audit as chain
from sharedesk.core.vault.db import connect, transaction
from sharedesk.core.vault.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    check_passphrase,
    key_path,
    new_key,
    passphrase_slot,
    read_keyfile,
    recovery_slot,
    write_keyfile,
)
from sharedesk.core.vault.leftovers import remove_sqlite_files, sweep, vault_temps
from sharedesk.core.vault.migrations import migrate


def create_files(path: Path, passphrase: str, recovery_recipient: str | None,
                 kdf: KdfParams | None) -> tuple[KeyFile, bytes, KdfParams]:
    """Write a new vault (database and key file) at ``path``; returns (key file, raw key, KDF
    parameters) for unlocking it. VaultExists if either file is there already; VaultWriteError
    (with nothing left behind) if the disk refuses."""
    check_passphrase(passphrase)
    _clear_abandoned(path)
    if path.exists():
        raise VaultExists(f"{path} already exists; refusing to replace it")
    if key_path(path).exists():
        # Its database may have been moved: replacing the key file would lose it for good.
        raise VaultExists(f"{key_path(path)} already exists without its vault; move it "
                          "away (or restore the vault beside it) first")
    params = kdf or DEFAULT_KDF
    key, vault_id = new_key(), str(uuid.uuid4())
    slots = [passphrase_slot(vault_id, key, passphrase, params)]
    if recovery_recipient:
        slots.append(recovery_slot(vault_id, key, recovery_recipient))
    keyfile = KeyFile(vault_id, tuple(slots))
    tmp = _creating(path, vault_id)
    try:
        ensure_private_dir(path.parent)
        tmp.touch(mode=0o600)
        conn = connect(tmp, key)
        try:
            migrate(conn, tmp)
            with transaction(conn, tmp, "create the vault") as c:
                c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                chain.append(c, AuditKind.CREATED, None, {"kdf_memory_kib": params.memory_kib,
                                                  "recovery": bool(recovery_recipient)})
        finally:
            conn.close()
        write_keyfile(path, keyfile)
        try:
            os.replace(tmp, path)
        except OSError:
            key_path(path).unlink(missing_ok=True)  # ours: it did not exist before
            raise
        fsync_dir(path.parent)
    except OSError as exc:
        raise VaultWriteError(f"could not create {path}: {exc.strerror or exc}") from None
    finally:
        remove_sqlite_files(tmp)
    return keyfile, key, params


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _creating(path: Path, vault_id: str) -> Path:
    return path.with_name(f".{path.name}.creating-{vault_id}")


def _clear_abandoned(path: Path) -> None:
    """Undo what a killed init left, while no vault exists at ``path`` (so nothing else can
    be using these files): the key file of a database that never reached its name, and any
    temporary database or key file."""
    if path.exists():
        return
    if key_path(path).exists():
        try:
            vault_id = read_keyfile(path).vault_id
        except SharedeskError:
            return
        if not _UUID.fullmatch(vault_id) or not _creating(path, vault_id).is_file():
            return  # a key file whose vault was moved: never ours to remove
        with contextlib.suppress(OSError):
            key_path(path).unlink()
    for leftover in sweep(path.parent, vault_temps(path), min_age=0):
        remove_sqlite_files(leftover)
