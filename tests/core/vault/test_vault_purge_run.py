"""Issue 13: a retention run purges in short batches and rewrites the search index once, in
steps; the purged records' words are gone from the index as after a per-batch optimize. The
rewrite can be deferred, and one a killed run left pending is finished by the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from vault_testkit import PASS, make_record

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.sync.retention import purge_due
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.purge import PurgeItem
from sharedesk.core.vault.purge_run import merge_search_index

SRC = Path(__file__).resolve().parents[3] / "src"


def _index_bytes(vault: Vault) -> bytes:
    return b"".join(bytes(r[0]) for r in probe.rows(vault, "SELECT block FROM decisions_fts_data")
                    if r[0] is not None)


def test_purge_run_batches_and_leaves_no_purged_word_in_the_index(vault: Vault) -> None:
    gone = [vault.records.finalise(make_record(f"zyxwvut note {i}")).id for i in range(5)]
    kept = vault.records.finalise(make_record("quillwort note")).id
    vault.records.index_pending()
    assert b"zyxwvut" in _index_bytes(vault)
    items = [PurgeItem(i, "bundle-1", None, "2020-01-01T00:00:00Z") for i in gone]
    assert vault.purge_run(items, batch=2) == gone
    assert b"zyxwvut" not in _index_bytes(vault) and b"zyxw" not in _index_bytes(vault)
    assert [s.id for s in vault.records.page(RecordQuery(search="quill*"))] == [kept]
    assert vault.records.page(RecordQuery(search="zyxw*")) == []
    assert vault.verify() == []
    assert [e.kind for e in vault.audit_events(gone[3])][-1] == "purged"
    assert vault.purge_run(items) == []  # purged already: skipped
    assert merge_search_index(vault._h) == 1  # one segment: the first step changes nothing


def test_a_retention_run_commits_a_short_batch_at_a_time(vault: Vault,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # The vault lock is held for one transaction at a time: BATCH records, or one merge step.
    from sharedesk.core.vault import purge_run as run

    doing: list[str] = []
    real = run.transaction

    def counted(conn: Any, path: Any, what: str) -> Any:
        doing.append(what)
        return real(conn, path, what)

    monkeypatch.setattr(run, "transaction", counted)
    ids = [vault.records.finalise(make_record(f"note {i}")).id for i in range(run.BATCH * 2 + 1)]
    vault.records.index_pending()
    items = [PurgeItem(i, "bundle-1", None, "2020-01-01T00:00:00Z") for i in ids]
    assert vault.purge_run(items) == ids
    assert doing.count("purge expired records") == 3
    assert doing.count("rewrite the search index") >= 1 and len(doing) == 3 + doing.count(
        "rewrite the search index")
    assert vault.verify() == []


def _purged_with_words(vault: Vault, count: int) -> tuple[list[PurgeItem], str]:
    gone = [vault.records.finalise(make_record(f"zyxwvut note {i}")).id for i in range(count)]
    kept = vault.records.finalise(make_record("quillwort note")).id
    vault.records.index_pending()
    return [PurgeItem(i, "bundle-1", None, "2020-01-01T00:00:00Z") for i in gone], kept


def test_a_deferred_rewrite_stays_pending_until_done(vault: Vault) -> None:
    items, kept = _purged_with_words(vault, 3)
    assert not vault.search_rewrite_pending()
    assert vault.purge_run(items, rewrite_index=False) == [i.record_id for i in items]
    # The content is gone and no search finds it; its words wait in the index segments.
    assert vault.records.page(RecordQuery(search="zyxw*")) == []
    assert b"zyxwvut" in _index_bytes(vault)
    assert vault.search_rewrite_pending()
    assert vault.verify() == []
    assert vault.rewrite_search_index() >= 1
    assert not vault.search_rewrite_pending()
    assert b"zyxwvut" not in _index_bytes(vault)
    assert [s.id for s in vault.records.page(RecordQuery(search="quill*"))] == [kept]
    assert vault.rewrite_search_index() == 0  # nothing pending: no step
    assert vault.purge_run(items, rewrite_index=False) == []  # purged already: nothing pending
    assert not vault.search_rewrite_pending()


_KILLED_BEFORE_THE_REWRITE = """
import os, signal, sys
from sharedesk.core.vault import Vault, purge_run
from sharedesk.core.vault.purge import PurgeItem

def killed(*args, **kwargs):  # the process dies as the rewrite begins (power cut, kill -9)
    os.kill(os.getpid(), signal.SIGKILL)

purge_run.merge_search_index = killed
with Vault.open(sys.argv[1], sys.argv[2]) as vault:
    vault.purge_run([PurgeItem(i, "bundle-1", None, "2020-01-01T00:00:00Z")
                     for i in sys.argv[3:]])
"""


def test_a_run_killed_before_its_rewrite_is_finished_by_the_next_run(
        vault: Vault, vault_path: Path) -> None:
    items, kept = _purged_with_words(vault, 4)
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", _KILLED_BEFORE_THE_REWRITE, str(vault_path),
                           PASS, *[i.record_id for i in items]], env=env, timeout=120,
                          check=False)
    assert done.returncode == -signal.SIGKILL
    with Vault.open(vault_path, PASS) as again:
        assert again.purged_stub(items[0].record_id) is not None  # the batches had committed
        assert b"zyxwvut" in _index_bytes(again) and again.search_rewrite_pending()
        # The next retention run, with nothing due, finishes the rewrite the killed one left.
        report = purge_due(again, 30, receipt_keys=[])
        assert report.purged == [] and not again.search_rewrite_pending()
        assert b"zyxwvut" not in _index_bytes(again)
        assert [s.id for s in again.records.page(RecordQuery(search="quill*"))] == [kept]
        assert again.verify() == []
