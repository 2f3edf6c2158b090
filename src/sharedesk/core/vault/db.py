"""The SQLCipher connections: keying, PRAGMAs, transactions and error mapping.

An unlocked vault has several connections to its file, all created with
``check_same_thread=False`` (the GUI unlocks in a worker and then uses the vault from the GUI
thread and from workers):

- the writer, behind ``Handle.lock`` (re-entrant): every write, and every read made inside a
  write (which must see that write's uncommitted state);
- readers (``connect_reader``: ``mode=ro`` and ``PRAGMA query_only``, the same raw key), a small
  pool with its own lock (``Handle.reading``): the reads screens make (lists, searches, counts,
  a record, the outbox and overview figures, audit events), each in one read transaction, so
  its snapshot is consistent and a long read never makes a write wait, nor a write a read (WAL).

Lock order: the writer lock before the readers' lock, never the other way (``Handle.reading``
never takes the writer lock; a thread holding a reader must not write). Errors from
``sqlcipher3.dbapi2`` (not ``sqlite3``) are mapped to one-line SharedeskErrors that never carry
SQL or record content.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
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
    def writer(conn: Connection) -> None:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultLocked(f"{path}: could not switch the vault to WAL mode")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")

    return _keyed(str(path), path, key, vault_id, writer)


def connect_reader(path: Path, key: bytes, vault_id: str) -> Connection:
    """A second connection to the (already open, WAL-mode) vault that can only read: the file
    opened ``mode=ro`` and ``PRAGMA query_only`` on, keyed with the same raw key and checked to
    be the same vault. Opened after the writer (which has judged any leftover WAL)."""
    return _keyed(path.absolute().as_uri() + "?mode=ro", path, key, vault_id,
                  lambda conn: conn.execute("PRAGMA query_only = ON"), uri=True)


def _keyed(target: str, path: Path, key: bytes, vault_id: str | None,
           then: Callable[[Connection], object], *, uri: bool = False) -> Connection:
    """Open ``target`` (a path, or a ``file:`` URI), key it, check the key reads it (and that
    it is ``vault_id``, with reads only), then apply ``then``'s PRAGMAs. Any failure closes the
    connection and raises as ``map_error`` says."""
    try:
        conn = dbapi2.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
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
        then(conn)
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


class WriterLock:
    """A re-entrant lock that can tell whether the calling thread holds it (``held``), so a read
    made inside a write goes to the writer connection and sees that write."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        got = self._lock.acquire(blocking, timeout)
        if got:
            self._owner = threading.get_ident()
            self._depth += 1
        return got

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        self._lock.release()

    def held(self) -> bool:
        return self._owner == threading.get_ident()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


# Read-only connections at most: more than the GUI's worker threads (a QThreadPool of one per
# CPU), so the GUI thread's read never waits for the workers' reads.
READERS = min((os.cpu_count() or 2) + 2, 10)


class Handle:
    """The open connections, their locks, and the vault path (see the module docstring).

    Reads take a read-only connection from a small pool (``reading``): one is opened with the
    vault, more (up to READERS) when reads overlap, so the GUI thread's read (the record an
    amendment starts from) does not wait for a worker's long one either. After ``close`` every
    use raises VaultLocked, so a locked vault cannot be read by a stale reference; a read
    running on another thread when the vault closes is interrupted and ends with VaultLocked
    (or its result, if it was done).
    """

    def __init__(self, path: Path, conn: Connection) -> None:
        self.path = path
        self.lock = WriterLock()
        self._conn: Connection | None = conn
        self._open_reader: Callable[[], Connection] | None = None
        self._idle: list[Connection] = []
        self._busy: set[Connection] = set()
        self._readers = threading.Condition()
        self._mine = threading.local()  # the reader this thread is using (nested reads)
        self._held = 0  # reads_held blocks open
        self._queue: list[object] = []  # threads waiting for a reader, first come first served
        self._closing = False

    @property
    def conn(self) -> Connection:
        if self._conn is None or self._closing:
            raise VaultLocked("the vault is locked; unlock it first")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None and not self._closing

    def attach_readers(self, open_reader: Callable[[], Connection]) -> None:
        """Read from connections made by ``open_reader`` (one is opened now)."""
        self._idle.append(open_reader())
        self._open_reader = open_reader

    def readers(self) -> list[Connection]:
        """The read-only connections open now (for tests and benchmarks)."""
        with self._readers:
            return [*self._idle, *self._busy]

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection to read from, in one read transaction (one snapshot): a read-only one;
        the writer when this thread holds the writer lock (a read inside a write sees it) or
        when there are no readers. Never takes the writer lock otherwise (the lock order)."""
        if self._open_reader is None or self.lock.held():
            with self.lock:
                yield self.conn
            return
        mine: Connection | None = getattr(self._mine, "conn", None)
        if mine is not None:  # a read inside a read on this thread: the same snapshot
            yield mine
            return
        conn = self._take()
        self._mine.conn = conn
        try:
            conn.execute("BEGIN")
            yield conn
        except (SharedeskError, dbapi2.DatabaseError) as exc:
            if self._closing:  # interrupted by close: the vault locked under the read
                raise VaultLocked("the vault was locked while it was being read") from None
            if isinstance(exc, SharedeskError):
                raise
            raise map_error(exc, self.path, "read the vault") from None
        finally:
            self._mine.conn = None
            _rollback(conn)
            with self._readers:
                self._busy.discard(conn)
                self._idle.append(conn)
                self._readers.notify_all()

    @contextlib.contextmanager
    def reads_held(self) -> Iterator[None]:
        """New reads wait at their start until the block ends (what the writer lock did when
        there was one connection): for tests that need a read in flight. Locking still ends
        them (VaultLocked)."""
        with self._readers:
            self._held += 1
        try:
            yield
        finally:
            with self._readers:
                self._held -= 1
                self._readers.notify_all()

    def _take(self) -> Connection:
        """A free reader (opening one if fewer than READERS are open); when none is free,
        wait in turn (first come first served: busy workers cannot starve a caller)."""
        turn = object()
        with self._readers:
            self._queue.append(turn)
            try:
                while True:
                    if self._closing or self._open_reader is None:
                        raise VaultLocked("the vault is locked; unlock it first")
                    if self._queue[0] is turn and not self._held:
                        if self._idle:
                            conn = self._idle.pop()
                            break
                        if len(self._busy) < READERS:
                            conn = self._open_reader()
                            break
                    self._readers.wait()
            finally:
                self._queue.remove(turn)
                self._readers.notify_all()  # the next in line
            self._busy.add(conn)
            return conn

    def close(self) -> None:
        """Close every connection: new reads fail at once, reads in progress are interrupted
        (their threads end with VaultLocked) and waited for, then the writer closes last (so
        it checkpoints the WAL)."""
        with self.lock:
            with self._readers:
                self._closing = True
                self._readers.notify_all()  # reads waiting in reads_held: VaultLocked
                for conn in self._busy:
                    with contextlib.suppress(dbapi2.Error):
                        conn.interrupt()
                while self._busy:
                    self._readers.wait()
                idle, self._idle, self._open_reader = self._idle, [], None
            for conn in idle:
                with contextlib.suppress(dbapi2.Error):
                    conn.close()
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(dbapi2.DatabaseError):
                    conn.close()
