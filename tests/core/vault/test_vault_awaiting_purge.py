"""Schema 11: ``awaiting_purge`` lists the records retention may purge (final and acknowledged),
listed by the code that inserts and kept by triggers through every change of status, so a
retention run reads those records and never the purged history (issue 13: before, each
sync's run read every record ever acknowledged). ``vault verify`` reports the list out of
step; a backup keeps the triggers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vault_testkit import PASS, make_record

from sharedesk.core.vault import Vault, integrity, outbox_store, probe
from sharedesk.core.vault.db import connect
from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase
from sharedesk.core.vault.migrations import latest, migrate
from sharedesk.core.vault.purge import PurgeItem
from sharedesk.core.vault.restore import restore

ACK = "acknowledged"


def _listed(vault: Vault) -> set[str]:
    return {r[0] for r in probe.rows(vault, "SELECT d.id FROM awaiting_purge w JOIN decisions d "
                                            "ON d.rid = w.rid")}


def _acknowledged(vault: Vault, n: int) -> list[str]:
    ids = [vault.records.finalise(make_record()).id for _ in range(n)]
    for record_id in ids:
        vault.set_export_status(record_id, ACK)
    return ids


def test_the_list_follows_every_change_of_status(vault: Vault) -> None:
    pending = vault.records.finalise(make_record()).id
    first, second, third = _acknowledged(vault, 3)
    assert _listed(vault) == {first, second, third}  # a saved record waits for its delivery
    vault.records.amend(first, "Sam Okafor", "New facts", {"reasons": "more"})  # queued again
    assert probe.rows(vault, "SELECT export_status FROM decisions WHERE id = ?",
                      (first,)) == [("pending",)]
    assert vault.purge_run([PurgeItem(second, "bundle-1", None, "2020-01-01T00:00:00Z")]) == [
        second]
    assert _listed(vault) == {third}
    vault.set_export_status(pending, ACK)
    assert _listed(vault) == {third, pending}
    assert vault.verify() == []


def test_an_older_vault_is_listed_when_upgraded(vault: Vault) -> None:
    ids = _acknowledged(vault, 3)
    vault.records.finalise(make_record())  # pending: not listed
    vault.purge_run([PurgeItem(ids[0], "bundle-1", None, "2020-01-01T00:00:00Z")])
    _as_schema_10(vault)
    with vault._h.lock:
        assert migrate(vault._h.conn, vault.path) == list(range(11, latest() + 1))
    assert _listed(vault) == set(ids[1:])
    assert vault.verify() == []


@pytest.mark.parametrize("damage", ["unlisted", "listed", "orphan"])
def test_verify_reports_the_list_out_of_step(vault: Vault, damage: str) -> None:
    acknowledged = _acknowledged(vault, 2)
    pending = vault.records.finalise(make_record()).id
    with probe.write(vault, "tamper") as c:
        if damage == "unlisted":
            c.execute("DELETE FROM awaiting_purge WHERE rid = (SELECT rid FROM decisions "
                      "WHERE id = ?)", (acknowledged[1],))
        elif damage == "listed":
            c.execute("INSERT INTO awaiting_purge (rid) SELECT rid FROM decisions WHERE id = ?",
                      (pending,))
        else:
            c.execute("INSERT INTO awaiting_purge (rid) VALUES (999999)")
    expected = {
        "unlisted": f"record {acknowledged[1]}: the list of records awaiting purge is out of "
                    "step with its status",
        "listed": f"record {pending}: the list of records awaiting purge is out of step with "
                  "its status",
        "orphan": "the list of records awaiting purge names a record that does not exist",
    }[damage]
    assert vault.verify() == [expected]


def _as_schema_10(vault: Vault) -> None:
    """Make the vault what sharedesk before schema 11 left (no list, no triggers)."""
    with probe.write(vault, "make it schema 10") as c:
        for trigger in ("update", "delete"):
            c.execute(f"DROP TRIGGER awaiting_purge_{trigger}")
        c.execute("DROP TABLE awaiting_purge")
        c.execute("PRAGMA user_version = 10")


def test_a_backup_from_before_schema_11_verifies_restores_and_upgrades(
        vault: Vault, tmp_path: Path) -> None:
    ids = _acknowledged(vault, 2)
    backup = vault.backup(tmp_path / "before.sharedesk")
    conn = connect(backup, unwrap_passphrase(read_keyfile(backup), PASS))
    try:  # the backup as sharedesk before schema 11 wrote it
        for trigger in ("update", "delete"):
            conn.execute(f"DROP TRIGGER awaiting_purge_{trigger}")
        conn.execute("DROP TABLE awaiting_purge")
        conn.execute("PRAGMA user_version = 10")
        conn.commit()
        # checked as it is: only the version differs (restore accepts an older schema)
        assert integrity.check(conn) == ["schema: version 10, expected 11"]
    finally:
        conn.close()
    live = vault.path
    vault.close()
    restore(backup, live, PASS)
    with Vault.open(live, PASS) as restored:  # unlocking upgrades it
        assert _listed(restored) == set(ids)
        assert restored.verify() == []


def test_a_backup_keeps_the_triggers(vault: Vault, tmp_path: Path) -> None:
    copy = vault.backup(tmp_path / "copy.sharedesk")
    with Vault.open(copy, PASS) as restored:
        record_id = restored.records.finalise(make_record()).id
        restored.set_export_status(record_id, ACK)
        assert _listed(restored) == {record_id}


def _fake_history(vault: Vault, ids: list[str]) -> None:
    """Each record delivered in its own bundle, acknowledged by a (stand-in) pinned key."""
    with probe.write(vault, "fake deliveries") as c:
        for i, record_id in enumerate(ids):
            at = f"2020-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z"
            c.execute("INSERT INTO outbox_bundles (id, created, state, sha256, size, "
                      "record_count, acknowledged, receipt_sha256, receipt_key) VALUES "
                      "(?, ?, ?, ?, 1, 1, ?, ?, 'key')", (f"b{i}", at, ACK, "ab" * 32, at,
                                                          "cd" * 32))
            c.execute("INSERT INTO outbox_items (record_id, bundle_id, amendments) VALUES "
                      "(?, ?, 0)", (record_id, f"b{i}"))


def _due_steps(vault: Vault) -> tuple[int, int]:
    """How many records the due query finds, and how many SQLite VM steps (in tens) it
    took: the work done, counted the same on any machine."""
    conn: Any = vault._h.conn
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    args = ("final", ACK, ACK, "2030-01-01T00:00:00Z", json.dumps(["key"]), 1000)
    with vault._h.lock:
        conn.set_progress_handler(tick, 10)
        try:
            found = len(conn.execute(outbox_store._DUE, args).fetchall())
        finally:
            conn.set_progress_handler(None, 0)
    return found, steps[0]


def test_the_due_query_does_not_read_the_purged_history(vault: Vault) -> None:
    ids = _acknowledged(vault, 420)
    _fake_history(vault, ids)
    old, later, waiting = ids[:40], ids[40:400], ids[400:]
    for record_id in later:  # not yet delivered: neither due nor history
        vault.set_export_status(record_id, "exported")
    vault.purge_run([PurgeItem(i, "b", None, "2020-01-01T00:00:00Z") for i in old])
    found, short_history = _due_steps(vault)
    for record_id in later:
        vault.set_export_status(record_id, ACK)
    vault.purge_run([PurgeItem(i, "b", None, "2020-01-01T00:00:00Z") for i in later])
    found_later, long_history = _due_steps(vault)
    assert found == found_later == len(waiting)
    # Ten times the purged history: before schema 11 the query read every purged record again
    # (1,770 VM steps, then 3,540: it grew with each record purged); now the work follows the
    # records still to purge (1,630, then 1,590).
    assert long_history < 1.5 * short_history, (short_history, long_history)
