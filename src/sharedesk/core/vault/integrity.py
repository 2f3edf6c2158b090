"""Checking a vault (cipher pages, SQLite structure, schema, audit chain, record hashes) and
making a verified encrypted backup. Callers hold the vault lock.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sharedesk.core.errors import SharedeskError, VaultExists, VaultWriteError
from sharedesk.core.fsutil import fsync_dir
from sharedesk.core.paths import ensure_private_dir
from sharedesk.core.vault import audit, record_check
from sharedesk.core.vault.db import Connection, DatabaseError, connect, map_error
from sharedesk.core.vault.keyfile import KeyFile, key_path, write_keyfile
from sharedesk.core.vault.leftovers import backup_temps, sweep
from sharedesk.core.vault.migrations import latest, version

TABLES = ("meta", "decisions", "drafts", "amendments", "audit", "decisions_fts", "secrets",
          "reviews", "record_events", "awaiting_purge")
# Tables an older schema may lack: restore checks a backup as it is (unlocking upgrades it).
SINCE = {"awaiting_purge": 11}


Progress = Callable[[str], None]
# SQLite's page cache while checking. The record checks look records and their events up by
# random ids, once per record or event; once those indexes outgrow SQLite's default 2 MB cache
# most lookups read and decrypt pages again, and verify grew faster than the vault (1,000,000
# records: 254 s; 150 s with 64 MiB). The cache is sized with the vault (a 32nd of the file,
# about what those indexes take) between the default and 64 MiB, and set back after the check.
CHECK_CACHE_KIB = (2_000, 64 * 1024)


def check_cache_kib(file_bytes: int) -> int:
    """The page cache, in KiB, the check of a ``file_bytes`` vault runs with."""
    low, high = CHECK_CACHE_KIB
    return max(low, min(high, file_bytes // 32 // 1024))


def _file_bytes(conn: Connection) -> int:
    (pages,), (size,) = (conn.execute("PRAGMA page_count").fetchone(),
                         conn.execute("PRAGMA page_size").fetchone())
    return int(pages) * int(size)


def check(conn: Connection, progress: Progress | None = None) -> list[str]:
    """One line per problem found; an empty list means the vault is intact. ``progress`` is
    called with the name of each step as it starts (cipher pages, structure, audit chain,
    records); every step streams, so memory stays flat whatever the vault's size."""
    try:
        (cache,) = conn.execute("PRAGMA cache_size").fetchone()
        wide = check_cache_kib(_file_bytes(conn))
        if wide > CHECK_CACHE_KIB[0]:  # a small vault's check leaves the cache (and its pages)
            conn.execute(f"PRAGMA cache_size = {-wide}")
        # One read transaction: the checks compare counts read by separate statements (records
        # against the index watermark, the audit chain against record_events), and another
        # process may commit a save or an index catch-up between them.
        conn.execute("BEGIN")
        try:
            return _check(conn, progress or (lambda _step: None))
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
    except DatabaseError as exc:
        return [f"the vault file is damaged: {exc}"]


def _check(conn: Connection, progress: Progress) -> list[str]:
    progress("cipher pages")
    problems = [f"cipher: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]
    progress("structure")
    quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    if quick != ["ok"]:
        problems += [f"structure: {line}" for line in quick[:10]]
    if problems:
        return problems
    found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    at = version(conn)
    problems += [f"schema: table {t} is missing" for t in TABLES
                 if t not in found and at >= SINCE.get(t, 0)]
    if version(conn) != latest():
        problems.append(f"schema: version {version(conn)}, expected {latest()}")
    if problems:
        return problems
    progress("audit chain")
    problems += audit.verify(conn)
    progress("records")
    return problems + _check_records(conn)


def _check_records(conn: Connection) -> list[str]:
    """Each stored record and amendment must match the hash the audit chain recorded for it;
    a purged record must hold exactly the stub its ``purged`` event names; the review and
    retention lists, the search index's count and the listing columns must agree with the
    records (record_check.py: one pass over the records)."""
    has_list = version(conn) >= SINCE["awaiting_purge"]
    found = record_check.check(conn, awaiting_purge=has_list)
    problems = found.hashes + found.pointers
    if not _events_listed(conn):
        problems.append("audit: the per-record event list is out of step with the audit trail")
    problems += found.reviews
    if _names_a_missing_record(conn, "reviews"):
        problems.append("the review list names a record that does not exist")
    problems += found.awaiting
    if has_list and _names_a_missing_record(conn, "awaiting_purge"):
        problems.append("the list of records awaiting purge names a record that does not exist")
    # Decisions above the watermark wait for search_index.catch_up; the rest must be indexed.
    if found.indexed != conn.execute("SELECT count(*) FROM decisions_fts").fetchone()[0]:
        problems.append("search index: out of step with the records (rebuild needed)")
    return problems[:record_check.LIMIT] + found.listing


def _names_a_missing_record(conn: Connection, table: str) -> bool:
    """Whether a side list of decisions (``reviews``, ``awaiting_purge``: keyed by rid) holds
    a rid no decision has."""
    return conn.execute(f"SELECT 1 FROM {table} x LEFT JOIN decisions d ON d.rid = x.rid "  # noqa: S608 - fixed names
                        "WHERE d.rid IS NULL LIMIT 1").fetchone() is not None


_NAMED = ("SELECT count(*) FROM record_events x JOIN audit a ON a.seq = x.seq AND "
          "a.record_id = x.record_id AND a.kind NOT IN ('finalised', 'imported')")
_NAMING = ("SELECT count(*) FROM audit WHERE record_id IS NOT NULL AND kind NOT IN "
           "('finalised', 'imported')")
# Each id an event for many records lists (audit_batch.append_listing), and how many of them
# have their record_events row (one primary-key lookup each). A detail that is not JSON, or
# whose list is not a list, lists nothing (the chain check reports a damaged detail).
_LISTS = (f"CASE WHEN json_valid(a.detail) THEN CASE WHEN json_type(a.detail, "
          f"'$.{audit.LISTED}') = 'array' THEN a.detail END END")
_LISTING = ("SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM record_events x WHERE "  # noqa: S608 - fixed text
            "x.record_id = j.value AND x.seq = a.seq)), 0) FROM audit a, "
            f"json_each({_LISTS}, '$.{audit.LISTED}') j WHERE a.record_id IS NULL")


def _events_listed(conn: Connection) -> bool:
    """``record_events`` holds exactly a row for each event naming one record (not a creation
    event) and one for each record an event for many lists: no row missing, none extra."""
    named = conn.execute(_NAMED).fetchone()[0]
    listed, found = conn.execute(_LISTING).fetchone()
    rows = conn.execute("SELECT count(*) FROM record_events").fetchone()[0]
    return bool(named == conn.execute(_NAMING).fetchone()[0] and listed == found
                and rows == named + listed)


def backup(conn: Connection, source: Path, dest: Path, key: bytes, keyfile: KeyFile) -> Path:
    """Copy the vault, encrypted with the same key, to ``dest`` (a new file or a directory),
    verify the copy, then move it into place with its key file. Safe while the app runs: the
    copy is one read transaction, a consistent snapshot."""
    if dest.is_dir():
        dest = dest / f"{source.stem}-{_stamp()}{source.suffix}"
    if dest.exists() or key_path(dest).exists():
        raise VaultExists(f"{dest} already exists; choose a new name")
    if dest.parent.is_dir():  # what a backup killed earlier left (not one running now)
        sweep(dest.parent, backup_temps())
    tmp = dest.with_name(f".{dest.name}.partial-{secrets.token_hex(4)}")
    try:
        _export(conn, source, tmp, key)
        copy = connect(tmp, key)
        try:
            problems = check(copy)
        finally:
            copy.close()
        if problems:
            raise VaultWriteError(f"the backup did not verify: {problems[0]}")
        write_keyfile(dest, keyfile)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        raise VaultWriteError(f"could not write the backup: {exc.strerror or exc}") from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return dest


def _stamp() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _export(conn: Connection, source: Path, tmp: Path, key: bytes) -> None:
    try:
        ensure_private_dir(tmp.parent)
        tmp.touch(mode=0o600)  # SQLite keeps an existing file's mode; never world-readable
        conn.execute("ATTACH DATABASE ? AS bak KEY ?", (str(tmp), f"x'{key.hex()}'"))
    except (DatabaseError, OSError) as exc:
        raise _as_write_error(exc, source) from None
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('bak')").fetchall()
        conn.execute(f"PRAGMA bak.user_version = {version(conn)}")
        conn.execute("COMMIT")
    except DatabaseError as exc:
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")
        raise _as_write_error(exc, source) from None
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("DETACH DATABASE bak")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())


def _as_write_error(exc: BaseException, source: Path) -> SharedeskError:
    if isinstance(exc, OSError):
        return VaultWriteError(f"could not write the backup: {exc.strerror or exc}")
    return map_error(exc, source, "write the backup")
