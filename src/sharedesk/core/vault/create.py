"""Creating a vault on disk: a new database key, its key slots, the schema, then the rename.

The database is built under a temporary name and renamed into place only after its key file is
written, so a crash or a failed write never leaves a vault without its key file (or a key file
replaced under an existing vault). Blocking (runs Argon2id): keep it off the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from pathlib import Path

from sharedesk.core.errors import VaultExists, VaultWriteError
from sharedesk.core.fsutil import fsync_dir
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
    recovery_slot,
    write_keyfile,
)
from sharedesk.core.vault.migrations import migrate


def create_files(path: Path, passphrase: str, recovery_recipient: str | None,
                 kdf: KdfParams | None) -> tuple[KeyFile, bytes, KdfParams]:
    """Write a new vault (database and key file) at ``path``; returns (key file, raw key, KDF
    parameters) for unlocking it. VaultExists if either file is there already; VaultWriteError
    (with nothing left behind) if the disk refuses."""
    check_passphrase(passphrase)
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
    tmp = path.with_name(f".{path.name}.creating-{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.touch(mode=0o600)
        conn = connect(tmp, key)
        try:
            migrate(conn, tmp)
            with transaction(conn, tmp, "create the vault") as c:
                c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                chain.append(c, "created", None, {"kdf_memory_kib": params.memory_kib,
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
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return keyfile, key, params
