"""Restoring a backup over the live vault without ever losing either.

The backup (database and ``.keys``) is copied beside the live vault under temporary names
(0600, fsynced) and the copy is checked with its own key file and the given passphrase before
anything live is touched. Then the live vault, its key file and any ``-wal``/``-shm`` are kept
as ``<vault>.replaced-<UTC stamp>`` (+ ``.keys``, ``-wal``, ``-shm``: openable with ``--vault``),
and the checked copies are renamed into place, the key file first. A crash at any point leaves
either the old vault or the restored one in place, and the old one is always kept whole.

Close every sharedesk window on the vault first: a window still holding it open keeps writing
to the replaced file. Blocking (runs Argon2id).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sharedesk.core.errors import UsageError, VaultCorrupt, VaultWriteError
from sharedesk.core.fsutil import fsync_dir
from sharedesk.core.paths import ensure_private_dir
from sharedesk.core.vault import integrity
from sharedesk.core.vault.db import DatabaseError, check_identity, map_error
from sharedesk.core.vault.keyfile import key_path, read_keyfile, unwrap_passphrase
from sharedesk.core.vault.migrations import latest, version
from sharedesk.core.vault.walguard import shm_path, stamp, wal_path


@dataclass(frozen=True)
class Restored:
    vault: Path
    replaced: Path | None  # where the live vault was kept, or None if there was none


def restore(backup: Path, live: Path, passphrase: str) -> Restored:
    """Replace the vault at ``live`` with ``backup`` (see the module docstring).

    UsageError/NotAVault/WrongPassphrase/VaultCorrupt before anything live is touched when the
    backup is missing, unreadable, not opened by ``passphrase`` or damaged.
    """
    if not backup.is_file():
        raise UsageError(f"no backup at {backup}")
    if backup.resolve() == live.resolve():
        raise UsageError(f"{backup} is the live vault itself; name a backup file")
    keyfile = read_keyfile(backup)
    key = unwrap_passphrase(keyfile, passphrase)
    tag = secrets.token_hex(4)
    tmp_db = live.with_name(f".{live.name}.restoring-{tag}")
    tmp_keys = live.with_name(f".{live.name}.restoring-{tag}.keys")
    try:
        ensure_private_dir(live.parent)
        _copy(backup, tmp_db)
        _copy(key_path(backup), tmp_keys)
        _check(tmp_db, key, keyfile.vault_id, backup)
        replaced = _keep_live(live)
        try:
            os.replace(tmp_keys, key_path(live))
            os.replace(tmp_db, live)
        except OSError:
            _put_back(live, replaced)
            raise
        fsync_dir(live.parent)
    except OSError as exc:
        raise VaultWriteError(f"could not restore {live}: {exc.strerror or exc}; the live vault "
                              "was not replaced") from None
    finally:
        for leftover in (tmp_db, tmp_keys, wal_path(tmp_db), shm_path(tmp_db)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return Restored(live, replaced)


def _copy(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _check(copy: Path, key: bytes, vault_id: str, backup: Path) -> None:
    """The copy must be the key file's vault and pass the integrity check (an older schema is
    fine: unlocking upgrades it). ``immutable=1``: nothing is written, a stray WAL ignored."""
    from sqlcipher3 import dbapi2

    try:
        conn = dbapi2.connect(copy.absolute().as_uri() + "?immutable=1", uri=True,
                              isolation_level=None)
    except DatabaseError as exc:
        raise map_error(exc, backup, "read the backup") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_identity(conn, backup, vault_id)
        older = version(conn) < latest()
        problems = [p for p in integrity.check(conn)
                    if not (older and p.startswith("schema: version"))]
    except DatabaseError as exc:
        raise map_error(exc, backup, "read the backup") from None
    except VaultCorrupt as exc:
        raise VaultCorrupt(f"{backup} is not a usable backup: {exc}") from None
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()
    if problems:
        raise VaultCorrupt(f"{backup} did not verify ({problems[0]}); the live vault was not "
                           "touched")


def _keep_live(live: Path) -> Path | None:
    """Keep the live vault's files under ``<vault>.replaced-<stamp>`` names: the database and
    key file as hard links (the live names stay valid until the restored copies replace them),
    its WAL and SHM moved with them so SQLite never applies them to the restored file."""
    if not live.exists() and not key_path(live).exists():
        for stray in (wal_path(live), shm_path(live)):
            stray.unlink(missing_ok=True)  # no database: nothing they could belong to
        return None
    kept = live.with_name(f"{live.name}.replaced-{stamp()}")
    n = 1
    while any(p.exists() for p in (kept, key_path(kept), wal_path(kept))):
        n += 1
        kept = live.with_name(f"{live.name}.replaced-{stamp()}-{n}")
    for source, target in ((wal_path(live), wal_path(kept)), (shm_path(live), shm_path(kept))):
        if source.exists():
            os.replace(source, target)
    for source, target in ((live, kept), (key_path(live), key_path(kept))):
        if source.exists():
            _link_or_copy(source, target)
    fsync_dir(live.parent)
    return kept


def _put_back(live: Path, kept: Path | None) -> None:
    """The database was not replaced: give the live vault back its key file, WAL and SHM, and
    drop the kept links (the live files are those same files)."""
    if kept is None:
        return
    with contextlib.suppress(OSError):
        if key_path(kept).exists() and not _same(key_path(kept), key_path(live)):
            tmp = live.with_name(f".{live.name}.restoring-{secrets.token_hex(4)}.keys")
            _link_or_copy(key_path(kept), tmp)
            os.replace(tmp, key_path(live))
        for source, target in ((wal_path(kept), wal_path(live)), (shm_path(kept), shm_path(live))):
            if source.exists():
                os.replace(source, target)
        for link in (kept, key_path(kept)):
            link.unlink(missing_ok=True)
        fsync_dir(live.parent)


def _same(a: Path, b: Path) -> bool:
    # rename() between two links of one file does nothing: the key file was never replaced.
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        _copy(source, target)
