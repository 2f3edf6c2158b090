"""Bundles in PostgreSQL: store exactly once, list by cursor, fetch, delete after import, purge.

Only this module and ``devices`` speak SQL. Every function takes an open autocommit
``AsyncConnection`` and runs its own transaction; a function returns only after its commit
returned, so a receipt built from its answer is never sent for a row that could still vanish.
Database failures surface as ``psycopg.OperationalError`` (the app answers 503).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb

from sharedesk_intake.crypto import Receipt

_CURSOR = re.compile(r"^(\d{1,20})\.(\d{1,20})$")


class Stored(StrEnum):
    CREATED = "created"      # 201: first store
    SAME = "same"            # 200: the same bytes were already held
    CONFLICT = "conflict"    # 409: different bytes (or another device) hold this id


class Deleted(StrEnum):
    DELETED = "deleted"
    NOT_FOUND = "not_found"
    NOT_FETCHED = "not_fetched"
    SHA_MISMATCH = "sha_mismatch"


@dataclass(frozen=True)
class BundleRow:
    bundle_id: str
    sha256: str
    size: int
    device_fingerprint: str
    stored_at: str

    def as_json(self) -> dict[str, object]:
        return {"bundle_id": self.bundle_id, "sha256": self.sha256, "size": self.size,
                "device_fingerprint": self.device_fingerprint, "stored_at": self.stored_at}


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def audit(conn: AsyncConnection, action: str, actor: str, bundle_id: str | None = None,
                **detail: object) -> None:
    await conn.execute("INSERT INTO intake_audit (action, actor, bundle_id, detail) "
                       "VALUES (%s, %s, %s, %s)", (action, actor, bundle_id, Jsonb(detail)))


async def store_bundle(conn: AsyncConnection, *, device_id: int, device_name: str,
                       fingerprint: str, receipt: Receipt, body: bytes) -> tuple[Stored, Receipt | None]:
    """Insert the bundle with its receipt, or judge it against the row already held.

    The primary key decides a race between instances: the loser's INSERT waits for the
    winner's transaction and then does nothing; it then reads the winner's committed receipt.
    """
    # One statement, so one implicit transaction: the row, its body and its audit entry commit
    # together, and the connection is autocommit, so the commit is done when execute returns.
    cur = await conn.execute(
        "WITH stored AS (INSERT INTO intake_bundles (bundle_id, sha256, size, body, device_id, "
        "device_fingerprint, stored_at, signature) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (bundle_id) DO NOTHING RETURNING bundle_id) "
        "INSERT INTO intake_audit (action, actor, bundle_id, detail) "
        "SELECT 'stored', %s, bundle_id, %s FROM stored RETURNING 1",
        (receipt.bundle_id, receipt.sha256, len(body), body, device_id, fingerprint,
         receipt.stored_at, receipt.signature, device_name,
         Jsonb({"sha256": receipt.sha256, "size": len(body), "device_fingerprint": fingerprint})))
    inserted = await cur.fetchone() is not None
    if inserted:
        return Stored.CREATED, receipt
    cur = await conn.execute("SELECT sha256, stored_at, signature, device_fingerprint "
                             "FROM intake_bundles WHERE bundle_id = %s", (receipt.bundle_id,))
    row = await cur.fetchone()
    if row is None:  # only if deleted by hand between the two statements
        return Stored.CONFLICT, None
    sha256, stored_at, signature, held_by = row
    if sha256 != receipt.sha256 or held_by != fingerprint:
        return Stored.CONFLICT, None
    return Stored.SAME, Receipt(receipt.bundle_id, sha256, stored_at, signature)


def parse_cursor(text: str | None) -> tuple[int, int] | None:
    """``None`` for a malformed cursor; (0, 0) when none is given (from the beginning)."""
    if not text:
        return (0, 0)
    match = _CURSOR.match(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


async def list_bundles(conn: AsyncConnection, after: tuple[int, int],
                       limit: int) -> tuple[list[BundleRow], str]:
    """Held bundles after the cursor, oldest first, and the cursor to ask from next time.

    Only rows whose inserting transaction is older than every transaction still running are
    listed, so a later call never finds a row ordered before a cursor it already handed out.
    """
    cur = await conn.execute(
        "SELECT bundle_id, sha256, size, device_fingerprint, stored_at, txid::text, seq "
        "FROM intake_bundles WHERE deleted_at IS NULL "
        "AND (txid, seq) > (%s::text::xid8, %s) "
        "AND txid < pg_snapshot_xmin(pg_current_snapshot()) "
        "ORDER BY txid, seq LIMIT %s", (str(after[0]), after[1], limit))
    rows = await cur.fetchall()
    found = [BundleRow(r[0], r[1], int(r[2]), r[3], r[4]) for r in rows]
    last = (int(rows[-1][5]), int(rows[-1][6])) if rows else after
    return found, f"{last[0]}.{last[1]}"


async def list_all(conn: AsyncConnection) -> list[BundleRow]:
    cur = await conn.execute("SELECT bundle_id, sha256, size, device_fingerprint, stored_at "
                             "FROM intake_bundles WHERE deleted_at IS NULL ORDER BY seq")
    return [BundleRow(r[0], r[1], int(r[2]), r[3], r[4]) for r in await cur.fetchall()]


async def fetch_bundle(conn: AsyncConnection, bundle_id: str,
                       actor: str) -> tuple[str, bytes] | None:
    """(sha256, body) of a held bundle, marking it fetched (retention counts from the first)."""
    async with conn.transaction():
        cur = await conn.execute(
            "UPDATE intake_bundles SET first_fetched_at = coalesce(first_fetched_at, now()) "
            "WHERE bundle_id = %s AND deleted_at IS NULL RETURNING sha256, body", (bundle_id,))
        row = await cur.fetchone()
        if row is None:
            return None
        await audit(conn, "fetched", actor, bundle_id, sha256=row[0])
    return str(row[0]), bytes(row[1])


async def delete_bundle(conn: AsyncConnection, bundle_id: str, sha256: str,
                        actor: str) -> Deleted:
    """Drop a bundle's body after the manager imported it; the receipt row stays (audited).

    Idempotent: deleting a bundle already deleted (with its SHA-256) answers DELETED again.
    """
    async with conn.transaction():
        cur = await conn.execute(
            "SELECT sha256, first_fetched_at IS NOT NULL, deleted_at IS NOT NULL "
            "FROM intake_bundles WHERE bundle_id = %s FOR UPDATE", (bundle_id,))
        row = await cur.fetchone()
        if row is None:
            return Deleted.NOT_FOUND
        if row[0] != sha256:
            return Deleted.SHA_MISMATCH
        if row[2]:
            return Deleted.DELETED  # a retry after a lost answer: already done
        if not row[1]:
            return Deleted.NOT_FETCHED
        await conn.execute("UPDATE intake_bundles SET body = NULL, deleted_at = now(), "
                           "deleted_reason = 'imported' WHERE bundle_id = %s", (bundle_id,))
        await audit(conn, "deleted", actor, bundle_id, sha256=sha256, reason="imported")
    return Deleted.DELETED


async def purge(conn: AsyncConnection, retention_days: int, actor: str = "retention") -> int:
    """Drop the bodies of bundles first fetched more than ``retention_days`` ago (audited)."""
    async with conn.transaction():
        cur = await conn.execute(
            "WITH gone AS (UPDATE intake_bundles SET body = NULL, deleted_at = now(), "
            "deleted_reason = 'retention' WHERE deleted_at IS NULL "
            "AND first_fetched_at < now() - make_interval(days => %s) "
            "RETURNING bundle_id, sha256) "
            "INSERT INTO intake_audit (action, actor, bundle_id, detail) "
            "SELECT 'purged', %s, bundle_id, jsonb_build_object('sha256', sha256, "
            "'retention_days', %s::int) FROM gone RETURNING 1",
            (retention_days, actor, retention_days))
        return len(await cur.fetchall())
