"""Retention purge on a real vault: only records acknowledged by a receipt signed by a pinned
key, only after the period, leaving a stub that `verify` accepts while any other edit is still
detected."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sync_kit import finalise_records, public_b64, signed_receipt

from sharedesk.core.errors import RecordNotFound, RecordPurged
from sharedesk.core.flow import Flow
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.sync.batch import select_records
from sharedesk.core.sync.folder import FolderTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.retention import due, purge_due
from sharedesk.core.sync.service import sync
from sharedesk.core.vault import Vault, probe

LATER = datetime.now(UTC) + timedelta(days=31)
RECEIPT_KEY = Ed25519PrivateKey.generate()
KEYS = [public_b64(RECEIPT_KEY)]


def _acknowledged(vault: Vault, flows: dict[str, Flow], org: x25519.Identity,
                  n: int) -> tuple[list[str], str]:
    """``n`` records (the first amended) acknowledged by a signed receipt file."""
    ids = finalise_records(vault, n)
    vault.records.amend(ids[0], "Sam Okafor", "Recipient corrected", {"recipient": "Qxjzv duty team"})
    drop = Path(vault.path).parent / "drop"
    drop.mkdir(exist_ok=True)
    transport = FolderTransport(drop, receipt_keys=KEYS)
    [(bundle_id, _)] = sync(vault, flows, transport, [str(org.to_public())],
                            include_pdfs=False).attempts
    sha = Outbox(vault).bundle(bundle_id).sha256
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(
        signed_receipt(RECEIPT_KEY, bundle_id, sha)))
    [(_, ack)] = sync(vault, flows, transport).attempts
    assert ack.kind == "acknowledged" and ack.receipt_key == KEYS[0]
    return ids, bundle_id


def test_purge_leaves_a_stub_that_verifies(vault: Vault, org: x25519.Identity,
                                           flows: dict[str, Flow]) -> None:
    ids, bundle_id = _acknowledged(vault, flows, org, 2)
    content_sha = probe.rows(vault, "SELECT sha256 FROM decisions WHERE id = ?", (ids[0],))[0][0]
    assert purge_due(vault, 30, receipt_keys=KEYS).purged == [], "inside the retention period nothing goes"
    report = purge_due(vault, 30, receipt_keys=KEYS, now=LATER, dry_run=True)
    assert sorted(i.record_id for i in report.due) == sorted(ids) and report.purged == []
    assert vault.records.get(ids[0]).effective_fields()["recipient"] == "Qxjzv duty team"
    assert [r.id for r in vault.records.page(RecordQuery(search="qxjzv"))] == [ids[0]]
    assert len(vault.records.page(RecordQuery(search="okafor"))) == 2
    assert b"qxjzv" in _index_bytes(vault)
    assert sorted(purge_due(vault, 30, receipt_keys=KEYS, now=LATER).purged) == sorted(ids)
    assert vault.verify() == []
    stub = vault.purged_stub(ids[0])
    assert stub is not None
    assert stub["bundle_id"] == bundle_id and stub["content_sha256"] == content_sha
    assert stub["amendments"] == 1 and stub["outcome"] == "share" and stub["finalised"]
    assert "reasons" not in json.dumps(stub) and "Risk of significant" not in json.dumps(stub)
    with pytest.raises(RecordPurged, match="purged"):
        vault.records.get(ids[0])
    assert probe.rows(vault, "SELECT count(*) FROM amendments")[0][0] == 0
    assert vault.records.page(RecordQuery(search="significant")) == []
    assert vault.records.page(RecordQuery(search="okafor")) == []
    assert b"qxjzv" not in _index_bytes(vault) and b"okafor" not in _index_bytes(vault)
    assert {s.status for s in vault.records.page()} == {"purged"}
    kinds = [e.kind for e in vault.audit_events(ids[0])]
    assert kinds[0] == "finalised" and kinds[-1] == "purged" and "amended" in kinds
    assert Outbox(vault).status().counts["purged"] == 2
    assert select_records(vault) == [], "an export by range leaves purged records out"
    assert purge_due(vault, 30, receipt_keys=KEYS, now=LATER).due == [], "a second purge finds nothing"


def _index_bytes(vault: Vault) -> bytes:
    """The search index's raw segment data (what a purge must not leave a token in)."""
    return b"".join(bytes(r[0]) for r in probe.rows(vault, "SELECT block FROM decisions_fts_data")
                    if r[0] is not None)


def _purged_one(vault: Vault, flows: dict[str, Flow], org: x25519.Identity) -> str:
    ids, _ = _acknowledged(vault, flows, org, 1)
    assert purge_due(vault, 0, receipt_keys=KEYS).purged == ids
    assert vault.verify() == []
    return ids[0]


def test_tampered_stub_is_detected(vault: Vault, org: x25519.Identity,
                                   flows: dict[str, Flow]) -> None:
    record_id = _purged_one(vault, flows, org)
    stub = vault.purged_stub(record_id) or {}
    stub["outcome"] = "do_not_share"
    body = json.dumps(stub, sort_keys=True, separators=(",", ":"))
    with probe.write(vault, "tamper") as c:  # a consistent row hash: only the audit catches it
        c.execute("UPDATE decisions SET body = ?, sha256 = ? WHERE id = ?",
                  (body, hashlib.sha256(body.encode()).hexdigest(), record_id))
    assert any(record_id in p for p in vault.verify())


def test_deleted_purge_event_is_detected(vault: Vault, org: x25519.Identity,
                                         flows: dict[str, Flow]) -> None:
    record_id = _purged_one(vault, flows, org)
    with probe.write(vault, "tamper") as c:
        c.execute("DELETE FROM audit WHERE kind = 'purged'")
    problems = vault.verify()
    assert any("audit" in p for p in problems)
    assert any(record_id in p for p in problems), "the stub has no purge to account for it"


def test_content_put_back_without_its_purge_event_is_detected(
        vault: Vault, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    record_id = _purged_one(vault, flows, org)
    with probe.write(vault, "tamper") as c:  # flip the status back: a stub posing as content
        c.execute("UPDATE decisions SET status = 'final' WHERE id = ?", (record_id,))
    assert any(record_id in p for p in vault.verify())


def test_records_never_acknowledged_are_never_purged(vault: Vault, tmp_path: Path,
                                                     org: x25519.Identity,
                                                     flows: dict[str, Flow]) -> None:
    uploaded = finalise_records(vault, 1)
    drop = tmp_path / "drop"
    drop.mkdir()
    sync(vault, flows, FolderTransport(drop, receipt_keys=KEYS), [str(org.to_public())],
         include_pdfs=False)
    pending = finalise_records(vault, 1)  # after the sync: stays pending
    assert {s.export_status for s in vault.records.page()} == {"uploaded", "pending"}
    far = datetime.now(UTC) + timedelta(days=3650 * 2)
    assert purge_due(vault, 0, receipt_keys=KEYS, now=far).due == []
    assert sync(vault, flows, FolderTransport(drop, receipt_keys=KEYS), [str(org.to_public())],
                include_pdfs=False, retention_days=0).purged == []
    for record_id in pending + uploaded:
        assert vault.records.get(record_id).is_final


def test_amended_after_acknowledgement_is_kept(vault: Vault, org: x25519.Identity,
                                               flows: dict[str, Flow]) -> None:
    ids, _ = _acknowledged(vault, flows, org, 2)
    vault.records.amend(ids[1], "Sam Okafor", "Late correction", {"purpose": "Corrected"})
    assert [i.record_id for i in due(vault, 0, KEYS, LATER)[1]] == [ids[0]]
    assert [r.id for r in vault.records.page(RecordQuery(search="qxjzv"))] == [ids[0]]
    assert b"qxjzv" in _index_bytes(vault)  # only the purged record's amendment says it
    assert purge_due(vault, 0, receipt_keys=KEYS, now=LATER).purged == [ids[0]]
    assert b"qxjzv" not in _index_bytes(vault), "the token is removed, not just masked"
    assert vault.records.page(RecordQuery(search="okafor")), "the kept record is still found"
    assert vault.verify() == []


def test_sync_purges_at_the_end(vault: Vault, tmp_path: Path, org: x25519.Identity,
                                flows: dict[str, Flow]) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    ids = finalise_records(vault, 2)
    transport = FolderTransport(drop, receipt_keys=KEYS)
    [(bundle_id, _)] = sync(vault, flows, transport, [str(org.to_public())],
                            include_pdfs=False, retention_days=0).attempts
    assert all(vault.records.get(i).is_final for i in ids), "uploaded is not acknowledged"
    sha = Outbox(vault).bundle(bundle_id).sha256
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(
        signed_receipt(RECEIPT_KEY, bundle_id, sha)))
    report = sync(vault, flows, transport, retention_days=0)
    assert sorted(report.purged) == sorted(ids)
    assert any("purged the content of 2" in line for line in report.lines())
    assert vault.verify() == []
    with pytest.raises(RecordNotFound):
        vault.records.amend(ids[0], "Sam Okafor", "Too late", {"purpose": "x"})
