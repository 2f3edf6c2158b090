"""One word per state (core/records/status.py): the stored values never change, a real vault holds
only those words, and one written with every export status reads back and verifies."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, make_record

from sharedesk.core.errors import UsageError, WrongPassphrase
from sharedesk.core.records.query import EXPORT_STATUSES, RecordQuery
from sharedesk.core.records.status import (
    AuditKind,
    BundleError,
    CountersignOutcome,
    ExportStatus,
    Outcome,
    RecordStatus,
)
from sharedesk.core.sync.transport import AttemptKind
from sharedesk.core.vault import Vault
from sharedesk.core.vault.audit import CREATION_KINDS, KINDS

# What vaults written by every earlier version hold: renaming a member must never change these.
STORED = {
    ExportStatus: ["pending", "exported", "uploaded", "acknowledged", "failed", "imported"],
    RecordStatus: ["draft", "final", "purged"],
    Outcome: ["share", "share_part", "do_not_share"],
    BundleError: ["retry", "failed", "conflict", "requeued"],
    CountersignOutcome: ["agreed", "agreed_with_comments", "escalated"],
    AttemptKind: ["acknowledged", "uploaded", "retry", "failed", "conflict"],
}


@pytest.mark.parametrize("enum", list(STORED), ids=lambda e: e.__name__)
def test_stored_values_are_unchanged_and_each_state_has_one_member(enum: type) -> None:
    assert [m.value for m in enum] == STORED[enum]
    assert len(enum.__members__) == len(list(enum))  # no alias: one name per state


def test_delivered_awaiting_receipt_is_named_so_and_queued_is_no_export_status() -> None:
    assert ExportStatus("uploaded") is ExportStatus.AWAITING_RECEIPT
    assert "queued" not in EXPORT_STATUSES and EXPORT_STATUSES == tuple(ExportStatus)
    with pytest.raises(UsageError):
        RecordQuery(export_status="queued").check()
    assert AuditKind("queued") is AuditKind.QUEUED  # re-queued after an amendment: an event
    assert KINDS == tuple(AuditKind) and set(CREATION_KINDS) <= set(AuditKind)
    assert len(AuditKind.__members__) == len(list(AuditKind))


def test_a_real_vault_holds_only_these_words(vault_path: Path) -> None:
    with Vault.create(vault_path, PASS, kdf=FAST) as vault:
        records = [vault.records.finalise(make_record()) for _ in EXPORT_STATUSES]
        for record, status in zip(records, EXPORT_STATUSES, strict=True):
            vault.set_export_status(record.id, status)
        vault.change_passphrase("another passphrase, long enough")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not it")
    with Vault.open(vault_path, "another passphrase, long enough") as vault:
        assert vault.verify() == []
        for record, status in zip(records, EXPORT_STATUSES, strict=True):
            found = vault.records.page(RecordQuery(export_status=status), 0, 10)
            assert [(s.id, s.export_status, s.status) for s in found] == \
                [(record.id, status, RecordStatus.FINAL)]
            assert found[0].outcome in set(Outcome)
        kinds = {e.kind for e in vault.audit_events()}
    assert {"created", "finalised", "passphrase_changed", "failed_unlock", "unlocked"} <= kinds
    assert kinds <= set(AuditKind)


def test_an_audit_kind_of_its_own_is_refused_and_nothing_is_written(vault_path: Path) -> None:
    from sharedesk.core.vault.audit_batch import append_many

    with Vault.create(vault_path, PASS, kdf=FAST) as vault:
        before = vault.audit_events()
        with pytest.raises(UsageError, match="unknown audit event kind 'launched'"):
            vault.audit("launched")
        with pytest.raises(UsageError, match="unknown audit event kind"):
            append_many(None, "Exported", [(None, None)])  # type: ignore[arg-type]  # refused first
        vault.audit(AuditKind.BACKED_UP)
        assert [e.kind for e in vault.audit_events()] == [e.kind for e in before] + ["backed_up"]
        assert vault.verify() == []
