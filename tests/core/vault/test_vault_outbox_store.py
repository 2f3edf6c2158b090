"""Issue 12: the outbox's store in core/vault (VaultOutboxStore), the import log and the one
re-queue-on-amend rule, on real SQLCipher vault files (reopened to show what was committed)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from vault_testkit import PASS, make_record

from sharedesk.core.errors import UsageError
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.outbox_store import BundleStatus, Move, VaultOutboxStore


def _bundle(bundle_id: str, count: int) -> BundleStatus:
    return BundleStatus(bundle_id, "2026-01-01T00:00:00Z", "pending", count, 10, "ab" * 32, 0,
                        None, None, None, None, None, None, None, None)


def _status(vault: Vault, record_id: str) -> str:
    return str(probe.rows(vault, "SELECT export_status FROM decisions WHERE id = ?",
                          (record_id,))[0][0])


def _kinds(vault: Vault, record_id: str) -> list[str]:
    return [e.kind for e in vault.audit_events(record_id)]


def _amend(vault: Vault, record_id: str, words: str) -> None:
    vault.records.amend(record_id, "A. Worker", "typo", {"reasons": words})


def test_a_bundle_is_stored_moved_and_settled_in_the_vault_file(vault: Vault,
                                                                 vault_path: Path) -> None:
    ids = [vault.records.finalise(make_record(f"note {i}")).id for i in range(3)]
    store: VaultOutboxStore = vault.outbox_store
    assert store.unbundled(10) == ids
    store.add_bundle(_bundle("b-1", 2), b"sealed", ids[:2], {ids[0]: 0, ids[1]: 0})
    assert store.unbundled(10) == [ids[2]]
    detail = {"bundle_id": "b-1", "transport": "folder"}
    store.update("b-1", [Move("uploaded", "uploaded", detail),
                         Move("acknowledged", "acknowledged", detail)],
                 {"acknowledged": "2026-01-02T00:00:00Z", "data": None, "error": None},
                 doing="record the delivery attempt", attempt=("2026-01-02T00:00:00Z", "folder"))
    vault.close()
    with Vault.open(vault_path, PASS) as again:
        b = again.outbox_store.bundle("b-1")
        assert b is not None and (b.state, b.attempts, b.transport) == ("acknowledged", 1, "folder")
        assert again.outbox_store.data("b-1") is None
        assert [_status(again, r) for r in ids] == ["acknowledged", "acknowledged", "pending"]
        assert _kinds(again, ids[0])[-3:] == ["exported", "uploaded", "acknowledged"]
        assert again.outbox_store.count_in(("pending",)) == 1
        assert again.outbox_store.status_counts() == ({"acknowledged": 2, "pending": 1}, 0)
        assert again.outbox_store.record_ids("b-1") == sorted(ids[:2])


def test_an_unknown_bundle_field_is_refused_and_nothing_changes(vault: Vault) -> None:
    rid = vault.records.finalise(make_record("note")).id
    vault.outbox_store.add_bundle(_bundle("b-1", 1), b"sealed", [rid], {rid: 0})
    with pytest.raises(ValueError, match="not a bundle field"):
        vault.outbox_store.update("b-1", [Move("uploaded", "uploaded", {})],
                                  {"state = 'x', id": 1}, doing="x")
    assert _status(vault, rid) == "pending" and "uploaded" not in _kinds(vault, rid)


def test_amending_a_sent_record_queues_it_again_once(vault: Vault) -> None:
    rid = vault.records.finalise(make_record("note")).id
    vault.outbox_store.add_bundle(_bundle("b-1", 1), b"sealed", [rid], {rid: 0})
    vault.outbox_store.update("b-1", [Move("acknowledged", "acknowledged", {})], {}, doing="x")
    _amend(vault, rid, "first change")
    assert _status(vault, rid) == "pending"
    assert _kinds(vault, rid)[-2:] == ["amended", "queued"]
    _amend(vault, rid, "second change")  # still waiting: not queued a second time
    assert _kinds(vault, rid)[-2:] == ["queued", "amended"]
    assert vault.outbox_store.unbundled(10) == [rid]


def test_an_amendment_made_while_the_bundle_was_built_queues_the_record_when_it_is_sent(
        vault: Vault) -> None:
    rid = vault.records.finalise(make_record("note")).id
    _amend(vault, rid, "made while bundling")  # pending: nothing to re-queue yet
    assert _kinds(vault, rid)[-1] == "amended"
    vault.outbox_store.add_bundle(_bundle("b-1", 1), b"sealed", [rid], {rid: 0})  # carried none
    vault.outbox_store.update("b-1", [Move("uploaded", "uploaded", {})], {}, doing="x")
    assert _status(vault, rid) == "pending"
    assert _kinds(vault, rid)[-2:] == ["uploaded", "queued"]
    # A bundle that carried the amendment settles the record for good.
    vault.outbox_store.add_bundle(_bundle("b-2", 1), b"sealed", [rid], {rid: 1})
    vault.outbox_store.update("b-2", [Move("acknowledged", "acknowledged", {})], {}, doing="x")
    assert _status(vault, rid) == "acknowledged"
    # The older bundle's late news does not move a record a newer bundle carries.
    vault.outbox_store.update("b-1", [Move("failed")], {"error": "late"}, doing="x")
    assert _status(vault, rid) == "acknowledged"


def test_only_imported_records_are_queued_by_hand_all_or_nothing(vault: Vault) -> None:
    own = vault.records.finalise(make_record("mine")).id
    theirs = replace(make_record("theirs"), status="final", finalised="2026-01-01T00:00:00Z")
    vault.records.import_final(theirs, bundle_id="b-x")
    with pytest.raises(UsageError, match="only imported records"):
        vault.outbox_store.queue_imported([theirs.id, own])
    assert _status(vault, theirs.id) == "imported"  # rolled back with the refusal
    assert vault.outbox_store.queue_imported([theirs.id, theirs.id]) == 1
    assert _status(vault, theirs.id) == "pending" and _kinds(vault, theirs.id)[-1] == "queued"


def test_a_released_bundle_gives_its_records_back_and_keeps_its_row(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record(f"n {i}")).id for i in range(2)]
    vault.outbox_store.add_bundle(_bundle("b-1", 2), b"sealed", ids, dict.fromkeys(ids, 0))
    vault.outbox_store.update("b-1", [Move("failed")], {"error_kind": "conflict"}, doing="x")
    assert vault.outbox_store.release("b-1", "requeued") == 2
    b = vault.outbox_store.bundle("b-1")
    assert b is not None and (b.state, b.error_kind) == ("failed", "requeued")
    assert vault.outbox_store.data("b-1") is None and vault.outbox_store.record_ids("b-1") == []
    assert sorted(vault.outbox_store.unbundled(10)) == sorted(ids)


def test_the_import_log_finds_a_bundle_by_its_exact_id(vault: Vault, vault_path: Path) -> None:
    for bundle_id, manifest in (("b-1", "m1"), ("b-10", "m10"), ("b-1", "m1-again")):
        vault.audit("bundle_imported", None, {"bundle_id": bundle_id, "manifest_sha256": manifest,
                                              "signer": "fp", "added": 2})
    vault.close()
    with Vault.open(vault_path, PASS) as again:
        assert [e.detail["manifest_sha256"] for e in again.import_log.of_bundle("b-1")] == [
            "m1", "m1-again"]
        assert [e.detail["bundle_id"] for e in again.import_log.all()] == ["b-1", "b-10", "b-1"]
        assert again.import_log.of_bundle("b-") == []
