"""The SQLCipher connection: keying, PRAGMAs, transactions and error mapping.

A connection is created with ``check_same_thread=False`` because the GUI unlocks in a worker and
then uses the vault on the GUI thread; every use goes through the owning Vault's lock, so only one
thread touches the connection at a time. Errors from ``sqlcipher3.dbapi2`` (not ``sqlite3``) are
mapped to one-line SharedeskErrors that never carry SQL or record content.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from sharedesk.core.errors import (
    SharedeskError,
    UsageError,
    VaultCorrupt,
    VaultLocked,
    VaultWriteError,
)

Connection = Any  # sqlcipher3.dbapi2.Connection (the stub-less C type)
DatabaseError = dbapi2.DatabaseError

_WRITE_FAILURES = ("full", "readonly", "read-only", "i/o error", "unable to open", "permission",
                   "cannot", "no such file", "too large")


def map_error(exc: BaseException, path: Path, doing: str) -> SharedeskError:
    """Translate a driver error into the user-facing error class for ``doing``."""
    text = str(exc).lower()
    if "unique constraint failed: decisions.id" in text:
        return UsageError("that record already exists; amend it instead")
    if "locked" in text or "busy" in text:
        return VaultLocked(f"{path}: the vault is busy in another sharedesk window; try again")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultCorrupt(f"{path}: the vault is damaged or is not a sharedesk vault")
    if any(word in text for word in _WRITE_FAILURES):
        reason = "the disk is full" if "full" in text or "too large" in text else (
            "the location is read-only or not permitted" if "only" in text or "permission" in text
            or "unable to open" in text else "the disk reported an error")
        return VaultWriteError(f"could not {doing}: {reason}; earlier records are intact")
    return VaultCorrupt(f"{path}: could not {doing}: {exc.__class__.__name__}")


def connect(path: Path, key: bytes, vault_id: str | None = None) -> Connection:
    """Open ``path`` with the raw 256-bit ``key`` and apply the vault PRAGMAs.

    Raises VaultCorrupt when the key does not read the file (damaged, not a vault, or a key file
    that belongs to another vault). The first real read decides: SQLCipher accepts any key at
    ``PRAGMA key`` time. With ``vault_id`` the file must already be that vault; this is checked
    with reads only, before any PRAGMA that writes, so a refused file is left byte-identical.
    An existing vault's leftover WAL must have been judged first (``walguard.admit_wal``): a
    writable connection applies the WAL it finds and checkpoints it into the file on close.
    """
    try:
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=5.0)
    except dbapi2.DatabaseError as exc:
        raise map_error(exc, path, "open the vault") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if vault_id is not None:
            check_identity(conn, path, vault_id)
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultLocked(f"{path}: could not switch the vault to WAL mode")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise map_error(exc, path, "open the vault") from None
    except BaseException:
        conn.close()
        raise
    return conn


def check_identity(conn: Connection, path: Path, vault_id: str) -> None:
    """VaultCorrupt unless ``conn`` reads a non-empty vault whose id is ``vault_id`` (reads only)."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
        raise VaultCorrupt(f"{path} is empty or truncated: it holds no vault")
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != vault_id:
        raise VaultCorrupt(f"{path}: its key file belongs to another vault")


@contextlib.contextmanager
def transaction(conn: Connection, path: Path, doing: str) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT; on any error roll back and raise a mapped error.

    The commit returns only once SQLite has fsynced the WAL (synchronous=FULL), so a save that
    returned survives kill -9 and power loss.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.DatabaseError as exc:
        raise map_error(exc, path, doing) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except dbapi2.DatabaseError as exc:
        _rollback(conn)
        raise map_error(exc, path, doing) from None
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: Connection) -> None:
    with contextlib.suppress(dbapi2.DatabaseError):
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def read(conn: Connection, path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run a query and fetch all rows, mapping driver errors."""
    try:
        return list(conn.execute(sql, params).fetchall())
    except dbapi2.DatabaseError as exc:
        raise map_error(exc, path, "read the vault") from None


class Handle:
    """An open connection, the lock that serialises every use of it, and the vault path.

    The lock is re-entrant so a use-case can call helpers that also take it. After ``close``
    every use raises VaultLocked, so a locked vault cannot be read by a stale reference.
    """

    def __init__(self, path: Path, conn: Connection) -> None:
        import threading

        self.path = path
        self.lock = threading.RLock()
        self._conn: Connection | None = conn

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked; unlock it first")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self.lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(dbapi2.DatabaseError):
                    conn.close()
