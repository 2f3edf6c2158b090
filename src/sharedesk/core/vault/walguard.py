"""A write-ahead log found beside a vault is checked before anything may write to the vault.

SQLite applies any ``<vault>-wal`` it finds and, when the last connection closes, checkpoints
it into the database and deletes it. A WAL that does not belong to the file (another vault's,
or one left by a crash before a backup was copied over the vault) would then be written into
the vault for good. So before the vault is opened for writing, a WAL that is present is judged
by connections that cannot write the database or the WAL:

1. ``mode=ro`` (the WAL applied): the identity check, ``PRAGMA quick_check`` and a read of the
   search index. If it passes, the WAL belongs (a normal crash, or another window has the vault
   open) and the writable connection applies it: committed records are never lost.
2. Otherwise ``immutable=1`` (the WAL ignored) runs the same checks. If the vault passes without
   the WAL, the WAL is set aside: renamed ``<vault>-wal.set-aside-<UTC stamp>`` (0600, kept, not
   deleted) with its ``-shm`` index, and a one-line notice names it.
3. If the vault fails both ways the damage is in the database itself: VaultCorrupt is raised
   and nothing is changed.

Only the ``-shm`` wal-index (page numbers and salts, no content) is written by the checks.
Blocking; callers run it where they run the unlock.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from sharedesk.core.errors import VaultCorrupt
from sharedesk.core.fsutil import fsync_dir
from sharedesk.core.log import event
from sharedesk.core.vault.db import DatabaseError, check_identity, map_error

SET_ASIDE = "set-aside"


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def shm_path(path: Path) -> Path:
    return Path(f"{path}-shm")


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def admit_wal(path: Path, key: bytes, vault_id: str) -> list[str]:
    """Check a leftover WAL of the vault at ``path`` (see the module docstring).

    Returns the notices to show (empty when there was no WAL or it belongs). Raises VaultCorrupt
    when the vault fails its checks with and without the WAL, VaultLocked when it is busy.
    """
    try:
        if wal_path(path).stat().st_size == 0:
            return []
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise map_error(exc, path, "read the vault") from None
    try:
        probe(path, key, vault_id, with_wal=True)
        return []
    except VaultCorrupt as with_wal:
        try:
            probe(path, key, vault_id, with_wal=False)
        except VaultCorrupt:
            raise with_wal from None
    kept = set_aside(path)
    event("vault.wal_set_aside")
    return [f"{path.name}: a write-ahead log that does not belong to this vault was set aside "
            f"and kept as {kept.name}; the vault opened without it"]


def probe(path: Path, key: bytes, vault_id: str, *, with_wal: bool) -> None:
    """The identity and structure checks on a connection that cannot write the vault."""
    from sqlcipher3 import dbapi2

    uri = path.absolute().as_uri() + ("?mode=ro" if with_wal else "?immutable=1")
    try:
        conn = dbapi2.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    except DatabaseError as exc:
        raise map_error(exc, path, "check the vault") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_identity(conn, path, vault_id)
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        if quick != ["ok"]:
            raise VaultCorrupt(f"{path}: the vault is damaged ({quick[0]})")
        conn.execute("SELECT count(*) FROM decisions_fts").fetchone()
    except DatabaseError as exc:
        raise map_error(exc, path, "check the vault") from None
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()


def set_aside(path: Path) -> Path:
    """Rename the vault's ``-wal`` (and its ``-shm``) to ``...set-aside-<stamp>`` names (0600)
    so SQLite never applies them; returns the kept WAL's path. Nothing is deleted."""
    when = stamp()
    kept = _free(Path(f"{wal_path(path)}.{SET_ASIDE}-{when}"))
    try:
        for source, target in ((wal_path(path), kept),
                               (shm_path(path), _free(Path(f"{shm_path(path)}.{SET_ASIDE}-{when}")))):
            if source.exists():
                os.replace(source, target)
                os.chmod(target, 0o600)
        fsync_dir(path.parent)
    except OSError as exc:
        raise map_error(exc, path, "set the write-ahead log aside") from None
    return kept


def _free(target: Path) -> Path:
    n = 1
    candidate = target
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}-{n}")
    return candidate
