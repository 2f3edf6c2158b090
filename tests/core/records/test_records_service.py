"""The records service over a real vault: drafts, finalise, amend, list, search, filters."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from sharedesk.core.errors import RecordInvalid, RecordNotFound, UsageError
from sharedesk.core.records.model import STATUS_FINAL, DecisionRecord
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault

Make = Callable[..., DecisionRecord]


def test_draft_lifecycle(vault: Vault) -> None:
    service = vault.records
    first = service.save_draft(None, {"flow": "england-2018", "answers": {"purpose": "yes"}})
    second = service.save_draft(None, {"flow": {"id": "scotland"}})
    assert service.save_draft(first, {"flow": "england-2018", "step": 2}) == first
    assert service.load_draft(first) == {"flow": "england-2018", "step": 2}
    assert {(d.id, d.flow_id) for d in service.drafts()} == {(first, "england-2018"),
                                                              (second, "scotland")}
    service.delete_draft(second)
    assert [d.id for d in service.drafts()] == [first]
    with pytest.raises(RecordNotFound):
        service.load_draft(second)
    with pytest.raises(RecordNotFound):
        service.delete_draft(second)
    with pytest.raises(UsageError, match="JSON"):
        service.save_draft(None, {"bad": object()})


def test_finalise_stamps_stores_and_drops_the_draft(vault: Vault, make: Make) -> None:
    draft = vault.records.save_draft(None, {"flow": "england-2018"})
    record = make()
    final = vault.records.finalise(record, draft_id=draft)
    assert final.status == STATUS_FINAL and final.finalised and final.id == record.id
    assert vault.records.get(record.id) == final
    assert vault.records.drafts() == []
    with pytest.raises(UsageError, match="already exists"):
        vault.records.finalise(record)
    assert [e.kind for e in vault.audit_events(record.id)] == ["finalised"]


def test_an_incomplete_record_is_refused_and_nothing_is_stored(vault: Vault, make: Make) -> None:
    record = make(recipient="", consent="refused")
    with pytest.raises(RecordInvalid) as raised:
        vault.records.finalise(record)
    # this route never asks about consent, so no reason for the refusal is required
    assert [f for f, _ in raised.value.problems] == ["recipient"]
    assert "recipient" in str(raised.value)
    assert vault.records.count() == 0
    with pytest.raises(RecordNotFound):
        vault.records.get(record.id)


def test_amendments_append_and_never_overwrite(vault: Vault, make: Make) -> None:
    final = vault.records.finalise(make())
    amended = vault.records.amend(final.id, "Sam Okafor", "Wrong recipient recorded",
                                  {"recipient": "Police PPU", "review_date": "2027-01-01"})
    stored = vault.records.get(final.id)
    assert stored == amended
    assert stored.fields["recipient"] == "CSC duty"
    assert stored.effective_fields()["recipient"] == "Police PPU"
    assert stored.amendments[0].author == "Sam Okafor" and stored.amendments[0].at
    with pytest.raises(RecordInvalid) as raised:
        vault.records.amend(final.id, "Sam Okafor", "Remove reasons", {"reasons": ""})
    assert raised.value.problems[0][0] == "reasons"
    with pytest.raises(RecordInvalid):
        vault.records.amend(final.id, "", "", {})
    with pytest.raises(RecordNotFound):
        vault.records.amend("no-such-id", "A", "B", {"reasons": "x"})
    assert len(vault.records.get(final.id).amendments) == 1
    assert vault.records.count(RecordQuery(search="PPU")) == 1
    assert vault.records.count(RecordQuery(search="CSC")) == 0  # the index follows amendments
    assert vault.verify() == []


def _fill(vault: Vault, make: Make) -> list[DecisionRecord]:
    out = []
    for i in range(30):
        outcome = "share" if i % 3 else "do_not_share"
        out.append(vault.records.finalise(make(outcome, created=f"2026-{1 + i % 12:02d}-"
                                               f"{1 + i:02d}T09:00:00Z",
                                               reasons=f"Reason {i} about truancy" if i % 2
                                               else f"Reason {i} about housing")))
    return out


def test_pages_are_newest_first_and_do_not_overlap(vault: Vault, make: Make) -> None:
    records = _fill(vault, make)
    seen: list[str] = []
    for offset in range(0, 30, 7):
        seen += [s.id for s in vault.records.page(RecordQuery(), offset, 7)]
    expected = [r.id for r in reversed(records)]  # newest saved first
    assert seen == expected
    assert vault.records.page(RecordQuery(), 30, 10) == []
    with pytest.raises(UsageError):
        vault.records.page(RecordQuery(), 0, 0)


def test_search_and_filters_combine(vault: Vault, make: Make) -> None:
    _fill(vault, make)
    count = vault.records.count
    assert count(RecordQuery(search="truancy")) == 15
    assert count(RecordQuery(search="truan")) == 0           # whole words by default
    assert count(RecordQuery(search="truan*")) == 15         # a prefix when asked for
    assert count(RecordQuery(search="TRUANCY")) == 15
    assert count(RecordQuery(search="reason 7 truancy")) == 1  # every word must appear
    assert count(RecordQuery(search="nothing-like-this")) == 0
    assert count(RecordQuery(search='" OR * NEAR( ^')) == 0  # never an FTS syntax error
    assert count(RecordQuery(search='truancy" OR "housing')) == 0  # words, not query syntax
    assert count(RecordQuery(outcome="do_not_share")) == 10
    assert count(RecordQuery(outcome="do_not_share", search="housing")) == 5
    assert count(RecordQuery(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))) == 3
    assert count(RecordQuery(status="final")) == 30
    with pytest.raises(UsageError):
        count(RecordQuery(date_from=date(2026, 5, 1), date_to=date(2026, 4, 1)))


def test_export_status_filter_and_update(vault: Vault, make: Make) -> None:
    records = _fill(vault, make)
    vault.set_export_status(records[0].id, "uploaded", "uploaded", {"http_status": 201})
    assert [s.id for s in vault.records.page(RecordQuery(export_status="uploaded"))] == \
        [records[0].id]
    assert vault.records.count(RecordQuery(export_status="pending")) == 29
    assert vault.audit_events(records[0].id)[-1].kind == "uploaded"
    with pytest.raises(UsageError):
        vault.set_export_status(records[0].id, "launched")
    with pytest.raises(RecordNotFound):
        vault.set_export_status("missing", "uploaded")


def test_reviews_due(vault: Vault, make: Make) -> None:
    soon = vault.records.finalise(make(review_date="2026-12-01"))
    later = vault.records.finalise(make(review_date="2027-06-01"))
    vault.records.finalise(make())
    assert [s.id for s in vault.records.reviews_due(date(2026, 12, 1))] == [soon.id]
    assert [s.id for s in vault.records.reviews_due(date(2028, 1, 1))] == [soon.id, later.id]
    vault.records.amend(soon.id, "Sam", "Review moved", {"review_date": "2029-01-01"})
    assert vault.records.reviews_due(date(2026, 12, 31)) == []
    assert [s.id for s in vault.records.reviews_due(date(2030, 1, 1))] == [later.id, soon.id]
    assert [s.review_date for s in vault.records.reviews_due(date(2030, 1, 1))] == [
        "2027-06-01", "2029-01-01"]
    assert vault.verify() == []
    from sharedesk.core.vault.purge import PurgeItem

    assert vault.purge([PurgeItem(later.id, "b1", None, "2026-01-01T00:00:00Z")]) == [later.id]
    assert [s.id for s in vault.records.reviews_due(date(2030, 1, 1))] == [soon.id]
    assert vault.verify() == []


def test_opened_in_a_worker_and_used_from_other_threads(sharedesk_home, make: Make) -> None:
    from sharedesk.core.vault import KdfParams

    path = sharedesk_home / "threads.sharedesk"
    Vault.create(path, "thread test passphrase", kdf=KdfParams(1024, 1, 1)).close()
    box: list[Vault] = []
    worker = threading.Thread(target=lambda: box.append(Vault.open(path, "thread test passphrase")))
    worker.start()
    worker.join()
    vault = box[0]
    errors: list[BaseException] = []

    def save(n: int) -> None:
        try:
            for _ in range(n):
                vault.records.finalise(make())
                vault.records.page(RecordQuery(), 0, 5)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(10,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert vault.records.count() == 40 and vault.verify() == []
    vault.close()


def test_finalise_does_not_keep_blank_fields(vault: Vault, make: Make) -> None:
    final = vault.records.finalise(replace(make(), fields={**make().fields, "views": "  "}))
    assert "views" not in final.fields
