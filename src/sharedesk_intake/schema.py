"""The intake's PostgreSQL schema and its migrations (kept here, applied by ``sharedesk-intake init``).

Every table is prefixed ``intake_`` so the intake can share a database with other things.
Migrations run in one transaction under an advisory lock, so two instances (or two ``init``s)
started together apply each step once. ``serve`` refuses a database whose schema is missing or
newer than this program.

Why the columns look as they do:
- ``intake_bundles.bundle_id`` is the primary key: the unique constraint decides upload races
  across instances. The body (``bytea``) and its row commit in the same transaction.
- After a manager's import (DELETE) or retention, the body is dropped but the row stays as a
  tombstone with its receipt, so a late retry of the same bytes still gets the same receipt and
  different bytes still get 409.
- ``txid`` (the inserting transaction) orders the manager's cursor: a row is listed only once
  every older transaction has finished, so a bundle committed late is never skipped.
"""

from __future__ import annotations

from psycopg import AsyncConnection

from sharedesk_intake.errors import SchemaError

_LOCK = "sharedesk-intake-schema"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # version 1
        """CREATE TABLE intake_devices (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            role text NOT NULL CHECK (role IN ('device', 'manager')),
            public_key bytea CHECK (public_key IS NULL OR length(public_key) = 32),
            fingerprint text,
            token_hash bytea NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            revoked_at timestamptz,
            CHECK ((role = 'device') = (public_key IS NOT NULL)))""",
        "CREATE UNIQUE INDEX intake_devices_live_name ON intake_devices (name) "
        "WHERE revoked_at IS NULL",
        """CREATE TABLE intake_bundles (
            bundle_id text PRIMARY KEY,
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
            size bigint NOT NULL,
            body bytea,
            device_id bigint NOT NULL REFERENCES intake_devices (id),
            device_fingerprint text NOT NULL,
            stored_at text NOT NULL,
            signature text NOT NULL,
            first_fetched_at timestamptz,
            deleted_at timestamptz,
            deleted_reason text,
            CHECK ((body IS NULL) = (deleted_at IS NOT NULL)))""",
        # Sealed bundles do not compress: keep them out of line, uncompressed.
        "ALTER TABLE intake_bundles ALTER COLUMN body SET STORAGE EXTERNAL",
        "CREATE INDEX intake_bundles_cursor ON intake_bundles (txid, seq) WHERE deleted_at IS NULL",
        "CREATE INDEX intake_bundles_retention ON intake_bundles (first_fetched_at) "
        "WHERE deleted_at IS NULL",
        """CREATE TABLE intake_audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            action text NOT NULL,
            actor text NOT NULL,
            bundle_id text,
            detail jsonb NOT NULL DEFAULT '{}')""",
    ),
)
LATEST = len(MIGRATIONS)


async def current_version(conn: AsyncConnection) -> int:
    cur = await conn.execute("SELECT to_regclass('intake_schema') IS NOT NULL")
    row = await cur.fetchone()
    if not row or not row[0]:
        return 0
    cur = await conn.execute("SELECT version FROM intake_schema")
    found = await cur.fetchone()
    return int(found[0]) if found else 0


async def migrate(conn: AsyncConnection) -> tuple[int, int]:
    """Bring the schema to ``LATEST``; returns (version before, version after). Idempotent."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (_LOCK,))
        await conn.execute("CREATE TABLE IF NOT EXISTS intake_schema (version integer NOT NULL)")
        before = await current_version(conn)
        if before > LATEST:
            raise SchemaError(f"the database schema is version {before}, newer than this "
                              f"sharedesk-intake ({LATEST}); upgrade the program")
        if before == 0:
            await conn.execute("INSERT INTO intake_schema (version) VALUES (0)")
        for version in range(before + 1, LATEST + 1):
            for statement in MIGRATIONS[version - 1]:
                await conn.execute(statement)
            await conn.execute("UPDATE intake_schema SET version = %s", (version,))
    return before, LATEST


async def check(conn: AsyncConnection) -> None:
    """SchemaError unless the schema is exactly ``LATEST``."""
    version = await current_version(conn)
    if version == 0:
        raise SchemaError("the database has no intake schema: run `sharedesk-intake init` first")
    if version != LATEST:
        raise SchemaError(f"the database schema is version {version}, this sharedesk-intake "
                          f"needs {LATEST}: run `sharedesk-intake init` with the matching program")
