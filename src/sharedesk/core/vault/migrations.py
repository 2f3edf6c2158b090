"""Schema migrations: a simple ordered list of (version, function), forward only.

``PRAGMA user_version`` holds the version reached. ``migrate`` applies, in order, every entry
newer than the file, each in its own transaction together with the version bump, so a crash
leaves the file at the old or the new version. Other packages extend the schema by appending
to ``MIGRATIONS`` (e.g. the exports outbox): keep it a plain list, append only, never edit or
reorder a shipped entry. A file newer than this code is refused, never downgraded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sharedesk.core.errors import VaultCorrupt
from sharedesk.core.vault import search_index, team_facts
from sharedesk.core.vault.db import Connection, map_error, transaction

Migration = Callable[[Connection], None]


def _v1_core(conn: Connection) -> None:
    # Statement by statement: executescript would COMMIT the migration's transaction early.
    _run_script(conn, """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE decisions (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            finalised TEXT,
            outcome TEXT NOT NULL,
            status TEXT NOT NULL,
            flow_id TEXT NOT NULL,
            review_date TEXT,
            export_status TEXT NOT NULL DEFAULT 'pending',
            sha256 TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE INDEX decisions_by_created ON decisions (created);
        CREATE INDEX decisions_by_review ON decisions (review_date) WHERE review_date IS NOT NULL;
        CREATE TABLE drafts (id TEXT PRIMARY KEY, updated TEXT NOT NULL, state TEXT NOT NULL);
        CREATE TABLE amendments (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES decisions (id),
            seq INTEGER NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (record_id, seq));
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_id TEXT,
            detail TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
        CREATE INDEX audit_by_record ON audit (record_id) WHERE record_id IS NOT NULL;
    """)


def _run_script(conn: Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2_search(conn: Connection) -> None:
    # The index row for decision ``rid`` has rowid ``-rid``: FTS5 streams matches in ascending
    # rowid order, so newest-first pages of a search stop after LIMIT rows even for prefix
    # queries, instead of collecting and sorting every match.
    # Contentless: the index keeps no second copy of the text (fewer pages per save); rows
    # are replaced by rowid when a record is amended (contentless_delete).
    conn.execute("CREATE VIRTUAL TABLE decisions_fts USING fts5 "
                 "(text, content = '', contentless_delete = 1, detail = column, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
    rows = conn.execute("SELECT rid, id, body FROM decisions").fetchall()
    for rid, record_id, body in rows:
        amendments = [a for (a,) in conn.execute(
            "SELECT body FROM amendments WHERE record_id = ? ORDER BY seq", (record_id,))]
        conn.execute("INSERT INTO decisions_fts (rowid, text) VALUES (?, ?)",
                     (-rid, search_index.text_of(body, amendments)))


def _v3_secrets(conn: Connection) -> None:
    conn.execute("CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
    conn.execute("CREATE INDEX decisions_by_export ON decisions (export_status)")


def _v4_outbox(conn: Connection) -> None:
    # The exports outbox (core/sync/outbox.py): a bundle keeps its id and its encrypted bytes
    # until acknowledged, so a retry resends exactly what was sent before.
    _run_script(conn, """
        CREATE TABLE outbox_bundles (
            id TEXT PRIMARY KEY,
            created TEXT NOT NULL,
            state TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            record_count INTEGER NOT NULL,
            data BLOB,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt TEXT,
            next_attempt TEXT,
            error TEXT,
            error_kind TEXT,
            transport TEXT,
            acknowledged TEXT,
            receipt_sha256 TEXT);
        CREATE INDEX outbox_bundles_by_state ON outbox_bundles (state, created);
        CREATE TABLE outbox_items (
            record_id TEXT PRIMARY KEY REFERENCES decisions (id),
            bundle_id TEXT NOT NULL REFERENCES outbox_bundles (id));
        CREATE INDEX outbox_items_by_bundle ON outbox_items (bundle_id);
    """)


def _v5_resend(conn: Connection) -> None:
    # A record may now travel in more than one bundle (sent again with an amendment made after
    # it was bundled), and each item notes how many amendments that bundle carried, so sync and
    # retention know whether the case system holds the record's latest state. Old items are
    # credited with the amendments made before their bundle was built.
    _run_script(conn, """
        CREATE TABLE outbox_items_v5 (
            record_id TEXT NOT NULL REFERENCES decisions (id),
            bundle_id TEXT NOT NULL REFERENCES outbox_bundles (id),
            amendments INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (record_id, bundle_id));
        INSERT INTO outbox_items_v5 (record_id, bundle_id, amendments)
            SELECT i.record_id, i.bundle_id,
                   (SELECT count(*) FROM amendments a WHERE a.record_id = i.record_id
                      AND json_extract(a.body, '$.at') <= b.created)
            FROM outbox_items i JOIN outbox_bundles b ON b.id = i.bundle_id;
        DROP TABLE outbox_items;
        ALTER TABLE outbox_items_v5 RENAME TO outbox_items;
        CREATE INDEX outbox_items_by_bundle ON outbox_items (bundle_id);
    """)


def _v6_lighter_saves(conn: Connection) -> None:
    # Fewer pages written per save (each is encrypted and fsynced before the save returns):
    # - saves leave the search index to search_index.catch_up; until v6 every save indexed its
    #   record, so the index covers every decision so far;
    # - a decision row keeps the seq of the event that created it; a record's other events are
    #   listed in record_events, written only for them, instead of an index on audit that
    #   every audited change (each save included) had to open;
    # - one index on (export_status, created) instead of one on each: the outbox reads pending
    #   records oldest first from it, and a date filter reads it once per export status
    #   (repository._filters spells the statuses out from the index itself);
    # - review dates indexed in a table of their own, written only for decisions that have one
    #   (SQLite opens every index on each insert, even a partial one the row stays out of).
    # - meta (read and written by every audited change: the chain head) without a rowid, so a
    #   key is one b-tree lookup instead of an index lookup and then the row (half the time).
    conn.execute("CREATE TABLE meta_v6 (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    conn.execute("INSERT INTO meta_v6 (key, value) SELECT key, value FROM meta")
    conn.execute("DROP TABLE meta")
    conn.execute("ALTER TABLE meta_v6 RENAME TO meta")
    conn.execute("INSERT INTO meta (key, value) VALUES (?, (SELECT coalesce(max(rid), 0) "
                 "FROM decisions))", (search_index.WATERMARK,))
    conn.execute("ALTER TABLE decisions ADD COLUMN audit_seq INTEGER")
    conn.execute("UPDATE decisions SET audit_seq = (SELECT min(seq) FROM audit a WHERE "
                 "a.record_id = decisions.id AND a.kind IN ('finalised', 'imported'))")
    conn.execute("DROP INDEX audit_by_record")
    conn.execute("CREATE TABLE record_events (record_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "PRIMARY KEY (record_id, seq)) WITHOUT ROWID")
    conn.execute("INSERT INTO record_events (record_id, seq) SELECT record_id, seq FROM audit "
                 "WHERE record_id IS NOT NULL AND kind NOT IN ('finalised', 'imported')")
    conn.execute("CREATE TABLE reviews (rid INTEGER PRIMARY KEY, review_date TEXT NOT NULL)")
    conn.execute("INSERT INTO reviews (rid, review_date) SELECT rid, review_date FROM decisions "
                 "WHERE review_date IS NOT NULL")
    conn.execute("CREATE INDEX reviews_by_date ON reviews (review_date)")
    conn.execute("DROP INDEX decisions_by_review")
    conn.execute("DROP INDEX decisions_by_created")
    conn.execute("DROP INDEX decisions_by_export")
    conn.execute("CREATE INDEX decisions_by_export ON decisions (export_status, created)")


def _v7_signed_receipts(conn: Connection) -> None:
    # Signed delivery receipts (core/sync/receipt.py): the receipt key that verified a bundle's
    # receipt, and the receipt's stored_at and signature, so retention can check the receipt
    # again before it purges. Bundles acknowledged before keep NULLs: never purged automatically.
    conn.execute("ALTER TABLE outbox_bundles ADD COLUMN receipt_key TEXT")
    conn.execute("ALTER TABLE outbox_bundles ADD COLUMN receipt_stored_at TEXT")
    conn.execute("ALTER TABLE outbox_bundles ADD COLUMN receipt_signature TEXT")


FTS_PREFIXES = "3 4 5 6"  # lengths of the prefixes indexed whole (the GUI searches from 3)


def _v8_prefix_search(conn: Connection) -> None:
    # Issue 13 (a million records): the records screen searches the word being typed as a
    # prefix ("bruis*"); without a prefix index FTS5 merges the doclist of every matching term
    # before it returns the first row, so a first page cost grew with the vault. With
    # prefix = '3 4 5 6' a typed prefix of 3 to 6 characters is one doclist, streamed in rowid
    # order like a whole word. The index is rebuilt from the bodies (contentless: it holds no
    # text to copy), in batches so memory stays flat on a large vault; decisions above the
    # watermark are left to search_index.catch_up as before.
    # Also an index on outcome: the outcome filter read every row (outcome is in no index) for
    # its count and for pages of a rare outcome.
    conn.execute("DROP TABLE decisions_fts")
    conn.execute("CREATE VIRTUAL TABLE decisions_fts USING fts5 "
                 "(text, content = '', contentless_delete = 1, detail = column, "
                 f"prefix = '{FTS_PREFIXES}', tokenize = 'unicode61 remove_diacritics 2')")
    top = search_index.indexed_to(conn)
    while top > 0:
        rows = conn.execute("SELECT rid, id, body, status FROM decisions WHERE rid <= ? "
                            "ORDER BY rid DESC LIMIT 2000", (top,)).fetchall()
        if not rows:
            break
        low = rows[-1][0]
        amendments: dict[str, list[str]] = {}
        for record_id, body in conn.execute(
                "SELECT a.record_id, a.body FROM amendments a JOIN decisions d ON "
                "d.id = a.record_id WHERE d.rid BETWEEN ? AND ? ORDER BY a.record_id, a.seq",
                (low, top)):
            amendments.setdefault(record_id, []).append(body)
        conn.executemany("INSERT INTO decisions_fts (rowid, text) VALUES (?, ?)",
                         [(-rid, search_index.text_of(body, amendments.get(record_id, [])))
                          for rid, record_id, body, status in rows if status != "purged"])
        top = low - 1
    conn.execute("CREATE INDEX IF NOT EXISTS decisions_by_outcome ON decisions (outcome)")


def _v9_countersignatures(conn: Connection) -> None:
    # Issue 14: managers' countersignatures, beside the record like amendments, so the
    # finalised body (and its hash) never changes. One per signing key and outcome. (IF NOT
    # EXISTS: tests fake an older file by lowering user_version over a newer schema.)
    conn.execute("CREATE TABLE IF NOT EXISTS countersignatures (seq INTEGER PRIMARY KEY, "
                 "record_id TEXT NOT NULL REFERENCES decisions (id), public_key TEXT NOT NULL, "
                 "outcome TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL, "
                 "UNIQUE (record_id, public_key, outcome))")


def _v10_team_facts(conn: Connection) -> None:
    # Issue 14: the manager's overview reads one small row per final record (team_facts.py)
    # instead of parsing every body; filled here from the bodies once.
    team_facts.backfill(conn)


def _v11_awaiting_purge(conn: Connection) -> None:
    # Issue 13: retention chose its records from decisions_by_export's 'acknowledged' range,
    # which holds every record ever acknowledged, purged ones too (a purge keeps the export
    # status), and read each row's status from the table: every sync's retention run read the
    # vault's whole delivered history (about 0.8 s at 100,000 records). awaiting_purge lists
    # the final, acknowledged records (those retention may purge), so a run reads those only:
    # about retention.days_after_ack's worth of deliveries. Changes of status are kept by
    # triggers (after an update of status or export_status, after a delete), so no path that
    # changes one (the outbox, amendments, purges) can miss it. An insert is listed by the code
    # that inserts (outbox_store.list_if_awaiting_purge, bulk): an AFTER INSERT trigger, even
    # one whose WHEN is false, made SQLite copy each new row, body included, and cost every
    # finalise about 0.1 ms (10 %), though a new record is never acknowledged. A table, not a
    # partial index: SQLite opens every index of a table on each insert (see v6). (IF NOT
    # EXISTS and the refill: tests fake an older file by lowering user_version over a newer
    # schema.)
    conn.execute("CREATE TABLE IF NOT EXISTS awaiting_purge (rid INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM awaiting_purge")
    conn.execute("INSERT INTO awaiting_purge (rid) SELECT rid FROM decisions "
                 "WHERE status = 'final' AND export_status = 'acknowledged'")
    conn.execute("CREATE TRIGGER IF NOT EXISTS awaiting_purge_update AFTER UPDATE OF status, "
                 "export_status ON decisions BEGIN "
                 "DELETE FROM awaiting_purge WHERE rid = OLD.rid; "
                 "INSERT INTO awaiting_purge (rid) SELECT NEW.rid WHERE NEW.status = 'final' "
                 "AND NEW.export_status = 'acknowledged'; END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS awaiting_purge_delete AFTER DELETE ON decisions "
                 "BEGIN DELETE FROM awaiting_purge WHERE rid = OLD.rid; END")


MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _v1_core),
    (2, _v2_search),
    (3, _v3_secrets),
    (4, _v4_outbox),
    (5, _v5_resend),
    (6, _v6_lighter_saves),
    (7, _v7_signed_receipts),
    (8, _v8_prefix_search),
    (9, _v9_countersignatures),
    (10, _v10_team_facts),
    (11, _v11_awaiting_purge),
]


def latest(migrations: list[tuple[int, Migration]] | None = None) -> int:
    steps = MIGRATIONS if migrations is None else migrations
    return steps[-1][0] if steps else 0


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _refuse_newer(current: int, steps: list[tuple[int, Migration]], path: Path) -> None:
    if current > latest(steps):
        raise VaultCorrupt(f"{path} was written by a newer sharedesk (schema {current}); "
                           "update sharedesk to open it")


def migrate(conn: Connection, path: Path, target: int | None = None,
            migrations: list[tuple[int, Migration]] | None = None) -> list[int]:
    """Bring the file up to ``target`` (default: the newest); returns the versions applied."""
    steps = MIGRATIONS if migrations is None else migrations
    versions = [v for v, _ in steps]
    if versions != sorted(set(versions)) or (versions and versions[0] < 1):
        raise VaultCorrupt("schema migrations are out of order (a programming error)")
    goal = latest(steps) if target is None else target
    try:
        current = version(conn)
    except Exception as exc:  # the driver's DatabaseError
        raise map_error(exc, path, "read the vault schema") from None
    _refuse_newer(current, steps, path)
    applied: list[int] = []
    for number, step in steps:
        if current < number <= goal:
            with transaction(conn, path, f"upgrade the vault to schema {number}"):
                # Read again under the write lock: another process opening the same vault may
                # have upgraded it since (while this one waited for the lock).
                now = version(conn)
                _refuse_newer(now, steps, path)
                if now >= number:
                    continue
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(number)}")
            applied.append(number)
    return applied
