"""Finalise exactly once (issue 10 part 5): finalising the same draft again, after whatever
failed once the record was committed, returns the record already made and stores nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from sharedesk.core.errors import RecordNotFound, UsageError
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.sync.outbox import PENDING, Outbox
from sharedesk.core.vault import KdfParams, Vault

Make = Callable[..., DecisionRecord]


def outbox_pending(vault: Vault) -> int:
    return Outbox(vault).status().counts[PENDING]


def test_finalise_twice_gives_one_record_one_outbox_entry(vault: Vault, make: Make) -> None:
    draft = vault.records.save_draft(None, {"flow": "england-2018"})
    first = vault.records.finalise(make(), draft_id=draft)
    # A second press builds a new record object (a new id): the draft decides, not the id.
    again = vault.records.finalise(replace(make(), id=new_id()), draft_id=draft)
    assert again == first
    assert vault.records.count() == 1
    assert outbox_pending(vault) == 1
    assert [e.kind for e in vault.audit_events(first.id)] == ["finalised"]


def test_the_link_survives_closing_the_vault(sharedesk_home: Path, make: Make) -> None:
    path = sharedesk_home / "vault.sharedesk"
    vault = Vault.create(path, "records test passphrase", kdf=KdfParams(1024, 1, 1))
    draft = vault.records.save_draft(None, {"flow": "england-2018"})
    first = vault.records.finalise(make(), draft_id=draft)
    vault.close()
    vault = Vault.open(path, "records test passphrase")
    try:
        assert vault.records.finalise(make(), draft_id=draft).id == first.id
        assert vault.records.count() == 1
    finally:
        vault.close()


def test_a_draft_never_saved_is_still_finalised_once(vault: Vault, make: Make) -> None:
    draft = new_id()  # the draft's autosave failed; the wizard still names it
    first = vault.records.finalise(make(), draft_id=draft)
    assert vault.records.finalise(make(), draft_id=draft).id == first.id
    assert vault.records.count() == 1


def test_a_finalised_draft_is_gone_and_cannot_come_back(vault: Vault, make: Make) -> None:
    draft = vault.records.save_draft(None, {"flow": "england-2018", "fields": {"x": "secret"}})
    final = vault.records.finalise(make(), draft_id=draft)
    assert vault.records.drafts() == []
    with pytest.raises(RecordNotFound):
        vault.records.load_draft(draft)
    with pytest.raises(RecordNotFound):
        vault.records.delete_draft(draft)
    with pytest.raises(UsageError, match=f"already finalised as record {final.id}"):
        vault.records.save_draft(draft, {"flow": "england-2018"})  # a late autosave
    assert vault.records.finalise(make(), draft_id=draft).id == final.id
    with pytest.raises(UsageError, match="cannot hold"):
        vault.records.save_draft(None, {"sharedesk.finalised_record": final.id})


def test_concurrent_finalise_of_one_draft_stores_one_record(vault: Vault, make: Make) -> None:
    draft = vault.records.save_draft(None, {"flow": "england-2018"})
    records = [make() for _ in range(4)]
    made: list[str] = []
    start = threading.Barrier(len(records))

    def press(record: DecisionRecord) -> None:
        start.wait()
        made.append(vault.records.finalise(record, draft_id=draft).id)

    threads = [threading.Thread(target=press, args=(r,)) for r in records]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(made)) == 1 and len(made) == 4
    assert vault.records.count() == 1
    assert outbox_pending(vault) == 1


def test_finalise_without_a_draft_is_unchanged(vault: Vault, make: Make) -> None:
    # `sharedesk decide` finalises without a draft: each call is its own record.
    assert vault.records.finalise(make()).id != vault.records.finalise(make()).id
    assert vault.records.count() == 2
