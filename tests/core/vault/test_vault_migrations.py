"""Forward-only migrations: every earlier schema version upgrades with its data intact."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, make_record

from sharedesk.core.errors import VaultCorrupt
from sharedesk.core.records.model import STATUS_FINAL, DecisionRecord, utc_now
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault
from sharedesk.core.vault import audit as chain
from sharedesk.core.vault.db import Connection, connect, transaction
from sharedesk.core.vault.keyfile import (
    KeyFile,
    new_key,
    passphrase_slot,
    read_keyfile,
    unwrap_passphrase,
    write_keyfile,
)
from sharedesk.core.vault.migrations import MIGRATIONS, latest, migrate, version


def _old_vault(path: Path, at_version: int, records: list[DecisionRecord]) -> None:
    """A vault as an older sharedesk left it: schema ``at_version`` holding ``records``."""
    key, vault_id = new_key(), str(uuid.uuid4())
    conn = connect(path, key)
    try:
        assert migrate(conn, path, target=at_version) == list(range(1, at_version + 1))
        with transaction(conn, path, "fill") as c:
            c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            chain.append(c, "created")
            for r in records:
                cur = c.execute(
                    "INSERT INTO decisions (id, created, finalised, outcome, status, flow_id, "
                    "sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (r.id, r.created, r.finalised, r.outcome, r.status, r.flow_id, r.sha256(),
                     r.canonical_bytes().decode()))
                if 2 <= at_version < 6:  # from 6 the index catches up on its own
                    c.execute("INSERT INTO decisions_fts (rowid, text) VALUES (?, ?)",
                              (-cur.lastrowid, r.fields["reasons"]))
                chain.append(c, "finalised", r.id, {"sha256": r.sha256(), "outcome": r.outcome})
                if at_version >= 6:  # schema 6 rows point at the event that created them
                    c.execute("UPDATE decisions SET audit_seq = (SELECT max(seq) FROM audit) "
                              "WHERE rid = ?", (cur.lastrowid,))
    finally:
        conn.close()
    write_keyfile(path, KeyFile(vault_id, (passphrase_slot(vault_id, key, PASS, FAST),)))


def test_versions_are_ordered_and_start_at_one() -> None:
    versions = [v for v, _ in MIGRATIONS]
    assert versions == sorted(set(versions)) and versions[0] == 1
    assert latest() == versions[-1] >= 3


@pytest.mark.parametrize("start", range(1, latest()))
def test_upgrade_from_each_earlier_version_keeps_every_record(vault_path: Path, start: int) -> None:
    records = [replace(make_record(f"Reason number {i} mentions the quokka"), status=STATUS_FINAL,
                       finalised=utc_now()) for i in range(3)]
    _old_vault(vault_path, start, records)
    with Vault.open(vault_path, PASS) as vault:
        assert vault.verify() == []
        for r in records:
            assert vault.records.get(r.id) == r
            assert [e.kind for e in vault.audit_events(r.id)] == ["finalised"]
        assert vault.records.count(RecordQuery(search="quokka")) == 3
        vault.secret_set("sync_token", b"t")
        added = vault.records.finalise(make_record())
        assert vault.records.count() == 4 and vault.records.get(added.id) == added
    conn_version = _version_of(vault_path)
    assert conn_version == latest()


def _version_of(path: Path) -> int:
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(path, unwrap_passphrase(read_keyfile(path), PASS))
    try:
        return version(conn)
    finally:
        conn.close()


def test_a_vault_from_a_newer_sharedesk_is_refused_not_downgraded(vault: Vault,
                                                                  vault_path: Path) -> None:
    vault.close()
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    conn.execute(f"PRAGMA user_version = {latest() + 1}")
    conn.close()
    with pytest.raises(VaultCorrupt, match="newer sharedesk"):
        Vault.open(vault_path, PASS)


def test_other_packages_can_append_a_migration(vault: Vault, vault_path: Path) -> None:
    vault.close()

    def add_outbox(conn: Connection) -> None:
        conn.execute("CREATE TABLE outbox_test (id TEXT PRIMARY KEY)")

    extended = [*MIGRATIONS, (latest() + 1, add_outbox)]
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    try:
        assert migrate(conn, vault_path, migrations=extended) == [latest() + 1]
        assert migrate(conn, vault_path, migrations=extended) == []
        assert version(conn) == latest() + 1
        conn.execute("INSERT INTO outbox_test (id) VALUES ('x')")
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_old_version(vault: Vault, vault_path: Path) -> None:
    vault.close()

    def broken(conn: Connection) -> None:
        conn.execute("CREATE TABLE half_done (id TEXT)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    try:
        with pytest.raises(VaultCorrupt):
            migrate(conn, vault_path, migrations=[*MIGRATIONS, (latest() + 1, broken)])
        assert version(conn) == latest()
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
    finally:
        conn.close()


def test_v5_keeps_outbox_items_and_credits_earlier_amendments(vault_path: Path) -> None:
    records = [replace(make_record(f"Outbox reason {i}"), status=STATUS_FINAL,
                       finalised="2026-01-01T00:00:00Z") for i in range(2)]
    _old_vault(vault_path, 4, records)
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    try:
        with transaction(conn, vault_path, "fill the outbox") as c:
            c.execute("INSERT INTO outbox_bundles (id, created, state, sha256, size, "
                      "record_count) VALUES ('b1', '2026-02-01T00:00:00Z', 'acknowledged', "
                      "'00', 1, 2)")
            for r in records:
                c.execute("INSERT INTO outbox_items (record_id, bundle_id) VALUES (?, 'b1')",
                          (r.id,))
            for seq, at in enumerate(("2026-01-15T00:00:00Z", "2026-03-01T00:00:00Z"), 1):
                c.execute("INSERT INTO amendments (id, record_id, seq, body) VALUES (?, ?, ?, ?)",
                          (f"a{seq}", records[0].id, seq, f'{{"at": "{at}"}}'))
        assert migrate(conn, vault_path, target=5) == [5]
        rows = sorted(conn.execute("SELECT record_id, bundle_id, amendments FROM outbox_items"))
        assert rows == sorted([(records[0].id, "b1", 1), (records[1].id, "b1", 0)])
        conn.execute("INSERT INTO outbox_bundles (id, created, state, sha256, size, record_count) "
                     "VALUES ('b2', '2026-03-02T00:00:00Z', 'pending', '00', 1, 1)")
        conn.execute("INSERT INTO outbox_items (record_id, bundle_id) VALUES (?, 'b2')",
                     (records[0].id,))  # a record may now travel in a second bundle
    finally:
        conn.close()


def test_v6_keeps_review_dates_due(vault_path: Path) -> None:
    from datetime import date

    due = replace(make_record("Review this", review_date="2026-02-01"), status=STATUS_FINAL,
                  finalised="2026-01-01T00:00:00Z")
    other = replace(make_record("No review"), status=STATUS_FINAL,
                    finalised="2026-01-01T00:00:00Z")
    _old_vault(vault_path, 5, [due, other])
    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    try:
        with transaction(conn, vault_path, "set the list column as v5 did") as c:
            c.execute("UPDATE decisions SET review_date = '2026-02-01' WHERE id = ?", (due.id,))
    finally:
        conn.close()
    with Vault.open(vault_path, PASS) as vault:
        assert [s.id for s in vault.records.reviews_due(date(2026, 3, 1))] == [due.id]
        assert vault.verify() == []
