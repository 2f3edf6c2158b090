"""An export is audited with one ``exported`` event per batch listing its records
(audit_batch.append_listing): the chain verifies and covers the list, each record's trail shows
the event as its own (bundle id, time), and ``vault verify`` catches a record's row removed,
added or moved. Vaults audited the old way (append_many: one event per record) still verify,
with both kinds of event side by side."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from vault_testkit import make_record

from sharedesk.core.records.status import AuditKind
from sharedesk.core.sync import outbox as outbox_module
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault, audit
from sharedesk.core.vault.audit_batch import append_listing, append_many
from sharedesk.core.vault.db import transaction

DETAIL = {"format": "bundle", "sha256": "ab" * 32, "bundle_id": "bundle-1"}
OUT_OF_STEP = "audit: the per-record event list is out of step with the audit trail"


def _records(vault: Vault, n: int) -> list[str]:
    return [vault.records.finalise(make_record()).id for _ in range(n)]


def test_an_export_is_one_event_per_batch_listing_its_records(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _records(vault, 5)
    monkeypatch.setattr(outbox_module, "AUDIT_BATCH", 2)  # three transactions, three events
    before = len(vault.audit_events())
    Outbox(vault).audit_export(ids, "bundle", "ab" * 32, "bundle-1")
    vault.audit("backed_up")  # an event appended one at a time after the batches
    assert vault.verify() == []
    events = vault.audit_events()
    assert len(events) == before + 4
    assert [e.kind for e in events[-4:]] == ["exported"] * 3 + ["backed_up"]
    assert [e.record_id for e in events[-4:-1]] == [None] * 3
    # In id order, not the export's: neighbouring ids share record_events' index pages.
    ordered = sorted(ids)
    assert [e.detail[audit.LISTED] for e in events[-4:-1]] == [ordered[:2], ordered[2:4],
                                                               ordered[4:]]
    assert {k: v for k, v in events[-2].detail.items() if k != audit.LISTED} == DETAIL
    for n, record_id in enumerate(ordered):
        trail = vault.audit_events(record_id)
        assert [e.kind for e in trail] == ["finalised", "exported"]
        mine = trail[-1]
        assert (mine.record_id, mine.detail) == (record_id, DETAIL)  # which bundle
        assert (mine.seq, mine.at) == (events[-4 + n // 2].seq, events[-4 + n // 2].at)  # when


def test_a_listing_names_each_record_once_and_never_creates_one(vault: Vault) -> None:
    ids = _records(vault, 2)
    with vault._h.lock, transaction(vault._h.conn, vault.path, "test") as c:
        append_listing(c, AuditKind.EXPORTED, [ids[0], ids[1], ids[0]], DETAIL)
        with pytest.raises(ValueError, match="names its one record"):
            append_listing(c, AuditKind.FINALISED, ids)
    assert vault.audit_events()[-1].detail[audit.LISTED] == ids
    assert vault.verify() == []


def _old_way(vault: Vault, ids: list[str]) -> None:
    """What sharedesk wrote before: one ``exported`` event per record."""
    with vault._h.lock, transaction(vault._h.conn, vault.path, "test") as c:
        append_many(c, AuditKind.EXPORTED, [(r, DETAIL) for r in ids])


def test_old_per_record_events_and_new_listings_verify_side_by_side(vault: Vault) -> None:
    ids = _records(vault, 3)
    _old_way(vault, ids)
    Outbox(vault).audit_export(ids, "bundle", "cd" * 32, "bundle-2")
    assert vault.verify() == []
    for record_id in ids:
        trail = vault.audit_events(record_id)
        assert [e.kind for e in trail] == ["finalised", "exported", "exported"]
        assert [e.detail["bundle_id"] for e in trail[1:]] == ["bundle-1", "bundle-2"]
        assert all(e.record_id == record_id for e in trail)


def _listing_seq(vault: Vault) -> int:
    return vault.audit_events()[-1].seq


TAMPER: dict[str, Any] = {
    "a record's row removed": lambda c, ids, seq: c.execute(
        "DELETE FROM record_events WHERE record_id = ? AND seq = ?", (ids[1], seq)),
    "a row added for a record not listed": lambda c, ids, seq: c.execute(
        "INSERT INTO record_events (record_id, seq) VALUES (?, ?)", (ids[3], seq)),
    "a row moved to another record": lambda c, ids, seq: c.execute(
        "UPDATE record_events SET record_id = ? WHERE record_id = ? AND seq = ?",
        (ids[3], ids[1], seq)),
}


@pytest.mark.parametrize("name", sorted(TAMPER))
def test_verify_catches_a_listing_out_of_step_with_its_rows(vault: Vault, name: str) -> None:
    ids = _records(vault, 4)
    Outbox(vault).audit_export(ids[:3], "bundle", "ab" * 32, "bundle-1")
    seq = _listing_seq(vault)
    TAMPER[name](vault._h.conn, ids, seq)
    vault._h.conn.commit()
    assert vault.verify() == [OUT_OF_STEP]


def test_the_chain_covers_the_list(vault: Vault) -> None:
    ids = _records(vault, 3)
    Outbox(vault).audit_export(ids[:2], "bundle", "ab" * 32, "bundle-1")
    seq = _listing_seq(vault)
    conn: sqlite3.Connection = vault._h.conn  # type: ignore[assignment]
    conn.execute("UPDATE audit SET detail = replace(detail, ?, ?) WHERE seq = ?",
                 (ids[1], ids[2], seq))
    conn.execute("UPDATE record_events SET record_id = ? WHERE record_id = ? AND seq = ?",
                 (ids[2], ids[1], seq))  # the rows made to agree with the edited list
    conn.commit()
    assert vault.verify() == [f"audit: event {seq} was altered"]


def test_a_listing_whose_detail_is_not_json_is_reported_not_a_crash(vault: Vault) -> None:
    ids = _records(vault, 2)
    Outbox(vault).audit_export(ids, "bundle", "ab" * 32, "bundle-1")
    seq = _listing_seq(vault)
    vault._h.conn.execute("UPDATE audit SET detail = '{\"records\": [' WHERE seq = ?", (seq,))
    vault._h.conn.commit()
    assert vault.verify() == [f"audit: event {seq} was altered",
                              f"audit: event {seq} has a detail that is not a JSON object",
                              OUT_OF_STEP]  # its records' rows now match no list


def test_an_outbox_bundle_is_one_event_listing_its_records(vault: Vault) -> None:
    from sharedesk.core.vault.outbox_store import BundleStatus

    ids = _records(vault, 3)
    bundle = BundleStatus("b-1", "2026-01-01T00:00:00Z", "pending", 2, 10, "ab" * 32, 0,
                          None, None, None, None, None, None, None, None)
    before = len(vault.audit_events())
    vault.outbox_store.add_bundle(bundle, b"sealed", ids[:2], {ids[0]: 0, ids[1]: 0})
    vault.outbox_store.mark_exported("b-1", "manual")  # a copy saved by hand: one more
    assert vault.verify() == []
    events = vault.audit_events()[before:]
    assert [(e.kind, e.record_id) for e in events] == [("exported", None)] * 2
    assert events[0].detail == {"bundle_id": "b-1", "sha256": "ab" * 32, "records": ids[:2]}
    assert events[1].detail == {"bundle_id": "b-1", "transport": "manual",
                                "records": sorted(ids[:2])}
    for record_id in ids[:2]:
        trail = vault.audit_events(record_id)
        assert [(e.kind, e.detail.get("bundle_id")) for e in trail] == [
            ("finalised", None), ("exported", "b-1"), ("exported", "b-1")]
    assert [e.kind for e in vault.audit_events(ids[2])] == ["finalised"]
