"""audit_batch.append_many writes the events audit.append would: the chain verifies, each
record lists its event, the head moves to the last one."""

from __future__ import annotations

from vault_testkit import make_record

from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault


def test_export_audit_in_batches_keeps_the_chain_and_each_records_trail(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record()).id for _ in range(5)]
    Outbox(vault).audit_export(ids, "bundle", "ab" * 32, "bundle-1")
    vault.audit("backed_up")  # an event appended one at a time after the batch
    assert vault.verify() == []
    for record_id in ids:
        kinds = [e.kind for e in vault.audit_events(record_id)]
        assert kinds == ["finalised", "exported"]
    events = vault.audit_events()
    assert [e.kind for e in events[-6:]] == ["exported"] * 5 + ["backed_up"]
    assert events[-2].detail == {"format": "bundle", "sha256": "ab" * 32, "bundle_id": "bundle-1"}
