"""The search index catches up in batches: a save never waits for it, a search never misses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vault_testkit import PASS, make_record

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.db import connect
from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase
from sharedesk.core.vault.purge import PurgeItem

SRC = Path(__file__).resolve().parents[3] / "src"


def _index_rows(vault: Vault) -> int:
    return int(probe.rows(vault, "SELECT count(*) FROM decisions_fts")[0][0])


def _raw_index_rows(path: Path) -> int:
    """Index rows in the file as it lies on disk (no unlock, so no catch-up on the way in)."""
    conn = connect(path, unwrap_passphrase(read_keyfile(path), PASS))
    try:
        return int(conn.execute("SELECT count(*) FROM decisions_fts").fetchone()[0])
    finally:
        conn.close()


def test_a_save_leaves_the_index_and_the_next_search_finds_it(vault: Vault) -> None:
    first = vault.records.finalise(make_record("The wombat was seen at the gate"))
    second = vault.records.finalise(make_record("A second wombat report"))
    assert _index_rows(vault) == 0, "saving does not write the index"
    assert vault.verify() == [], "pending decisions are not an integrity problem"
    assert vault.records.count(RecordQuery(search="wombat")) == 2
    assert [r.id for r in vault.records.page(RecordQuery(search="wombat"))] == [second.id,
                                                                                 first.id]
    assert _index_rows(vault) == 2
    third = vault.records.finalise(make_record("Only the gate this time"))
    assert [r.id for r in vault.records.page(RecordQuery(search="gate"))] == [third.id, first.id]
    assert vault.records.index_pending() == 0, "the search caught up already"
    assert vault.verify() == []


def test_a_list_without_search_text_does_not_index(vault: Vault) -> None:
    vault.records.finalise(make_record("Numbat"))
    assert vault.records.count() == 1 and len(vault.records.page()) == 1
    assert _index_rows(vault) == 0


def test_an_amendment_before_indexing_is_what_gets_indexed(vault: Vault) -> None:
    record = vault.records.finalise(make_record("Bilby seen"))
    vault.records.amend(record.id, "Sam Okafor", "Corrected the purpose",
                        {"purpose": "Echidna welfare check"})
    assert vault.records.count(RecordQuery(search="echidna")) == 1
    assert vault.records.count(RecordQuery(search="bilby")) == 1, "unchanged fields stay"
    vault.records.amend(record.id, "Sam Okafor", "Corrected again", {"purpose": "Quoll visit"})
    assert vault.records.count(RecordQuery(search="echidna")) == 0, "an indexed row is updated"
    assert vault.records.count(RecordQuery(search="quoll")) == 1
    assert vault.verify() == []


def test_a_record_purged_before_indexing_never_enters_the_index(vault: Vault) -> None:
    gone = vault.records.finalise(make_record("Platypus disclosure"))
    kept = vault.records.finalise(make_record("Dingo disclosure"))
    assert vault.purge([PurgeItem(gone.id, "b1", None, "2026-01-01T00:00:00Z")]) == [gone.id]
    assert vault.records.count(RecordQuery(search="disclosure")) == 1
    assert vault.records.count(RecordQuery(search="platypus")) == 0
    assert [r.id for r in vault.records.page(RecordQuery(search="dingo"))] == [kept.id]
    assert _index_rows(vault) == 1 and vault.verify() == []


def test_locking_leaves_the_file_fully_indexed(vault: Vault, vault_path: Path) -> None:
    for i in range(5):
        vault.records.finalise(make_record(f"Pangolin note {i}"))
    vault.close()
    assert _raw_index_rows(vault_path) == 5


# Saves, prints the id once the save returned, then is killed before it can lock the vault.
_CHILD = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from vault_testkit import make_record
from sharedesk.core.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[3])
for i in range(3):
    print(vault.records.finalise(make_record(f"Kookaburra call {i}")).id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_decisions_saved_before_a_kill_are_indexed_at_the_next_unlock(vault: Vault,
                                                                       vault_path: Path) -> None:
    vault.close()
    child = subprocess.run([sys.executable, "-c", _CHILD, str(vault_path),
                            str(Path(__file__).parent), PASS], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=120)
    assert child.returncode < 0, child.stderr
    saved = child.stdout.split()
    assert len(saved) == 3
    assert _raw_index_rows(vault_path) == 0, "the kill came before any catch-up"
    with Vault.open(vault_path, PASS) as reopened:
        assert _index_rows(reopened) == 3, "unlocking indexed them"
        assert reopened.verify() == []
        found = reopened.records.page(RecordQuery(search="kookaburra"))
        assert sorted(r.id for r in found) == sorted(saved)


def test_verify_still_sees_an_indexed_record_missing_from_the_index(vault: Vault) -> None:
    record = vault.records.finalise(make_record("Wallaby"))
    assert vault.records.count(RecordQuery(search="wallaby")) == 1
    rid = probe.rows(vault, "SELECT rid FROM decisions WHERE id = ?", (record.id,))[0][0]
    with probe.write(vault, "damage the index") as c:
        c.execute("DELETE FROM decisions_fts WHERE rowid = ?", (-rid,))
    assert any("search index" in p for p in vault.verify())


def test_a_record_lists_its_events_without_a_per_record_index_on_the_save(vault: Vault) -> None:
    record = vault.records.finalise(make_record("Possum"))
    assert probe.rows(vault, "SELECT count(*) FROM record_events")[0][0] == 0, "a save lists nothing"
    vault.records.amend(record.id, "Sam Okafor", "Corrected", {"purpose": "Possum welfare"})
    vault.set_export_status(record.id, "exported", "exported", {"bundle_id": "b1"})
    assert [e.kind for e in vault.audit_events(record.id)] == ["finalised", "amended",
                                                                "exported"]
    assert probe.rows(vault, "SELECT count(*) FROM record_events WHERE record_id = ?",
                       (record.id,))[0][0] == 2
    indexes = {r[0] for r in probe.rows(vault, "SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'audit'")}
    assert indexes == set(), indexes
    assert vault.verify() == []
    with probe.write(vault, "hide an event from the record's trail") as c:
        c.execute("DELETE FROM record_events WHERE record_id = ? AND seq = (SELECT max(seq) "
                  "FROM record_events)", (record.id,))
    assert [e.kind for e in vault.audit_events(record.id)] == ["finalised", "amended"]
    assert any("per-record event list" in p for p in vault.verify())


def test_verify_sees_a_record_pointed_at_the_wrong_audit_event(vault: Vault) -> None:
    first = vault.records.finalise(make_record("Quokka"))
    second = vault.records.finalise(make_record("Quoll"))
    seq = probe.rows(vault, "SELECT audit_seq FROM decisions WHERE id = ?", (first.id,))[0][0]
    with probe.write(vault, "point the record elsewhere") as c:
        c.execute("UPDATE decisions SET audit_seq = ? WHERE id = ?", (seq, second.id))
    problems = vault.verify()
    assert any(second.id in p and "audit event that created it" in p for p in problems)


def test_a_date_filter_finds_records_in_every_export_status_through_the_index(
        vault: Vault) -> None:
    from datetime import date

    inside = [vault.records.finalise(make_record(f"Dated {i}", created=f"2026-03-0{i + 1}T10:00:00Z"))
              for i in range(4)]
    vault.records.finalise(make_record("Too early", created="2026-02-27T10:00:00Z"))
    vault.records.finalise(make_record("Too late", created="2026-03-09T10:00:00Z"))
    vault.set_export_status(inside[1].id, "exported")
    vault.set_export_status(inside[2].id, "acknowledged")
    with probe.write(vault, "a status this code does not know") as c:
        c.execute("UPDATE decisions SET export_status = 'zz-future' WHERE id = ?",
                  (inside[3].id,))
    query = RecordQuery(date_from=date(2026, 3, 1), date_to=date(2026, 3, 8))
    assert vault.records.count(query) == 4
    assert sorted(r.id for r in vault.records.page(query)) == sorted(r.id for r in inside)
    assert vault.records.count(RecordQuery(date_from=date(2026, 3, 2))) == 4
    assert vault.records.count(RecordQuery(date_to=date(2026, 2, 28))) == 1
    from sharedesk.core.vault.repository import _select

    sql, params, order = _select("d.id", query)
    plan = " ".join(str(r[-1]) for r in probe.rows(vault, "EXPLAIN QUERY PLAN " + sql + order,
                                                     tuple(params)))
    assert "decisions_by_export" in plan and "created>" in plan.replace(" ", ""), plan


def test_a_damaged_body_waiting_for_the_index_does_not_stop_unlock_search_or_lock(
        vault: Vault, vault_path: Path) -> None:
    good = vault.records.finalise(make_record("Bandicoot"))
    bad = vault.records.finalise(make_record("Bandicoot too"))
    with probe.write(vault, "damage a record with the key") as c:
        c.execute("UPDATE decisions SET body = '{not json' WHERE id = ?", (bad.id,))
    vault.close()  # locking still works (and indexes what it can)
    with Vault.open(vault_path, PASS) as reopened:
        assert [r.id for r in reopened.records.page(RecordQuery(search="bandicoot"))] == [good.id]
        problems = reopened.verify()
        assert any(bad.id in p for p in problems), problems
