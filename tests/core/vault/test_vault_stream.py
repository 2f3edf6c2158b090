"""Issue 13: a selection for export is read in one ordered pass, a batch at a time, and gives
exactly the records (with their amendments) that reading them one by one gives."""

from __future__ import annotations

from vault_testkit import make_record

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault, stream


def test_select_streams_every_record_with_its_amendments_oldest_first(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record(f"note {i} otter")).id for i in range(2 * 3 + 1)]
    vault.records.amend(ids[1], "Ann", "new facts", {"reasons": "changed otter note"})
    vault.records.amend(ids[5], "Ann", "more", {"review_date": "2030-01-01"})
    selection = vault.records.select(RecordQuery())
    assert tuple(selection.ids) == tuple(ids)  # type: ignore[attr-defined]
    expected = [vault.records.get(i) for i in ids]
    old_batch, stream.BATCH = stream.BATCH, 3  # several batches over seven records
    try:
        assert list(selection) == expected and list(selection) == expected  # re-iterable
    finally:
        stream.BATCH = old_batch
    assert selection[1].amendments and selection[-1] == expected[-1]
    assert [r.id for r in vault.records.select(RecordQuery(search="changed"))] == [ids[1]]
    assert len(vault.records.select(RecordQuery(outcome="no_such_outcome"))) == 0


def test_verify_streams_and_reports_each_step(vault: Vault) -> None:
    from sharedesk.core.vault import integrity

    ids = [vault.records.finalise(make_record(f"note {i}")).id for i in range(3)]
    vault.records.amend(ids[0], "Ann", "new facts", {"reasons": "changed"})
    steps: list[str] = []
    with vault._h.lock:
        assert integrity.check(vault._h.conn, steps.append) == []
    assert steps == ["cipher pages", "structure", "audit chain", "records"]
    vault._h.conn.execute("UPDATE amendments SET body = replace(body, 'changed', 'chAnged')")
    assert vault.verify() == [f"amendment {vault.records.get(ids[0]).amendments[0].id} of "
                              f"record {ids[0]} does not match its audit entry"]
