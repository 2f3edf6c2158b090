"""``vault verify`` reads the records once (record_check.py) and still reports every kind of
damage it checked in separate passes before: a record that does not hash to its creation event
or does not point at it, a review list out of step, a search index that counts wrong, listing
columns that disagree with the body, and content put back after its purge. Each kind is
reported for its own record, in the order the report always had."""

from __future__ import annotations

import pytest
from vault_testkit import make_record

from sharedesk.core.vault import Vault, audit, listing_check, probe, search_index


def _records(vault: Vault, n: int) -> list[str]:
    return [vault.records.finalise(make_record(review_date="2030-05-01")).id for _ in range(n)]


def test_each_kind_of_damage_is_reported_for_its_record_in_one_pass(vault: Vault) -> None:
    ids = _records(vault, 6)
    with probe.write(vault, "tamper") as c:
        # 0: points at another record's creation event (its hash check fails with it)
        c.execute("UPDATE decisions SET audit_seq = (SELECT audit_seq FROM decisions "
                  "WHERE id = ?) WHERE id = ?", (ids[5], ids[0]))
        # 1: its review-list row gone, its review date kept
        c.execute("DELETE FROM reviews WHERE rid = (SELECT rid FROM decisions WHERE id = ?)",
                  (ids[1],))
        # 2: the listing's outcome edited, the body untouched
        c.execute("UPDATE decisions SET outcome = 'do_not_share' WHERE id = ?", (ids[2],))
        # 3: its row in the search index removed (once indexed: saves leave that to catch_up)
        search_index.catch_up(c)
        c.execute("DELETE FROM decisions_fts WHERE rowid = -(SELECT rid FROM decisions "
                  "WHERE id = ?)", (ids[3],))
    assert vault.verify() == [
        f"record {ids[0]} does not match its audit entry",
        f"record {ids[0]} does not point at the audit event that created it",
        f"record {ids[1]}: the review list is out of step with its review date",
        "search index: out of step with the records (rebuild needed)",
        f"record {ids[2]}: the listing's outcome disagree with the record",
    ]


def test_a_purge_event_on_a_record_that_kept_its_content_is_reported(vault: Vault) -> None:
    ids = _records(vault, 3)
    with probe.write(vault, "tamper") as c:  # the chain says purged, the record says not
        audit.append(c, "purged", ids[1], {"stub_sha256": "00" * 32, "content_sha256": "11"})
    assert vault.verify() == [f"record {ids[1]} does not match its audit entry"]


@pytest.mark.parametrize(("wrong", "more"), [(listing_check.LIMIT, False),
                                             (listing_check.LIMIT + 3, True)])
def test_listing_problems_stop_at_the_limit_and_say_so_only_when_there_are_more(
        vault: Vault, wrong: int, more: bool) -> None:
    ids = _records(vault, wrong)
    with probe.write(vault, "tamper") as c:
        c.execute("UPDATE decisions SET created = '2001-01-01T00:00:00Z'")
    problems = vault.verify()
    assert problems[:listing_check.LIMIT] == [
        f"record {i}: the listing's created disagree with the record" for i in
        ids[:listing_check.LIMIT]]
    assert problems[listing_check.LIMIT:] == (["listing: more problems not listed"] if more
                                              else [])
