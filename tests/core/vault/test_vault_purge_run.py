"""Issue 13: a retention run purges in short batches and rewrites the search index once, in
steps; the purged records' words are gone from the index as after a per-batch optimize."""

from __future__ import annotations

from typing import Any

import pytest
from vault_testkit import make_record

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.purge import PurgeItem
from sharedesk.core.vault.purge_run import merge_search_index


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
