"""Issue 13: load-more pages by keyset, capped counts for the GUI, and Home's outbox count
read from the queue only."""

from __future__ import annotations

from vault_testkit import make_record

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault


def test_page_after_walks_the_whole_list_like_offset_pages(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record(f"note {i} about a quokka")).id for i in range(23)]
    for query in (RecordQuery(), RecordQuery(search="quok*"), RecordQuery(outcome="share")):
        by_offset = [s.id for o in range(0, 25, 5) for s in vault.records.page(query, o, 5)]
        walked = [s.id for s in vault.records.page(query, 0, 5)]
        while True:
            more = vault.records.page_after(query, walked[-1], 5)
            if not more:
                break
            walked += [s.id for s in more]
        assert walked == by_offset == list(reversed(ids))
    assert vault.records.page_after(RecordQuery(), "no-such-id", 5) == []


def test_count_upto_stops_past_the_cap(vault: Vault) -> None:
    for i in range(7):
        vault.records.finalise(make_record(f"note {i} wombat"))
    assert vault.records.count_upto(RecordQuery(), 3) == 4  # "more than 3"
    assert vault.records.count_upto(RecordQuery(), 10) == 7
    assert vault.records.count_upto(RecordQuery(search="wombat"), 100) == 7
    assert vault.records.count_upto(RecordQuery(outcome="do_not_share"), 100) == 0


def test_waiting_count_is_what_home_showed_from_the_full_status(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record()).id for _ in range(5)]
    vault.set_export_status(ids[0], "acknowledged")
    vault.set_export_status(ids[1], "failed")
    vault.set_export_status(ids[2], "uploaded")
    box = Outbox(vault)
    counts = box.status().counts
    assert box.waiting_count() == counts["pending"] + counts["exported"] + counts["failed"] == 3
