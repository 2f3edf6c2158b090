"""Folder transport (atomic write, receipt file beside it) and manual delivery (audited)."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from sync_kit import finalise_records

from sharedesk.core.errors import UsageError
from sharedesk.core.flow import Flow
from sharedesk.core.sync.folder import FolderTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import prepare_bundles, sync
from sharedesk.core.vault import Vault


def _statuses(vault: Vault) -> set[str]:
    return {s.export_status for s in vault.records.page(limit=1000)}


def test_folder_delivery_waits_for_the_receipt(vault: Vault, tmp_path: Path,
                                               org: x25519.Identity,
                                               flows: dict[str, Flow]) -> None:
    finalise_records(vault, 2)
    drop = tmp_path / "drop"
    drop.mkdir()
    transport = FolderTransport(drop)
    [(bundle_id, outcome)] = sync(vault, flows, transport, [str(org.to_public())],
                                  include_pdfs=False).attempts
    assert outcome.kind == "uploaded"
    written = drop / f"{bundle_id}.age"
    assert pyrage.decrypt(written.read_bytes(), [org])[:2] == b"PK"
    assert [p.name for p in drop.iterdir()] == [written.name], "no temp file left"
    assert _statuses(vault) == {"uploaded"}
    assert sync(vault, flows, transport).attempts == [], "no receipt yet: nothing to do"
    sha = Outbox(vault).bundle(bundle_id).sha256
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(
        {"bundle_id": bundle_id, "sha256": sha}))
    [(_, ack)] = sync(vault, flows, transport).attempts
    assert ack.kind == "acknowledged" and _statuses(vault) == {"acknowledged"}
    assert Outbox(vault).status().last_acknowledged is not None


def test_folder_wrong_receipt_and_conflict(vault: Vault, tmp_path: Path, org: x25519.Identity,
                                           flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    drop = tmp_path / "drop"
    drop.mkdir()
    [info] = prepare_bundles(vault, flows, [str(org.to_public())], include_pdfs=False)
    (drop / f"{info.bundle_id}.age").write_bytes(b"different")
    [(_, outcome)] = sync(vault, flows, FolderTransport(drop)).attempts
    assert outcome.kind == "conflict"
    assert (drop / f"{info.bundle_id}.age").read_bytes() == b"different"
    Outbox(vault).requeue(info.bundle_id)
    [(new_id, _)] = sync(vault, flows, FolderTransport(drop), [str(org.to_public())],
                         include_pdfs=False).attempts[-1:]
    (drop / f"{new_id}.receipt.json").write_text(json.dumps({"bundle_id": new_id,
                                                             "sha256": "0" * 64}))
    [(_, bad)] = sync(vault, flows, FolderTransport(drop)).attempts
    assert bad.kind == "failed" and "does not match" in bad.message
    assert "acknowledged" not in _statuses(vault)


def test_unavailable_folder_is_retried(vault: Vault, tmp_path: Path, org: x25519.Identity,
                                       flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    [(_, outcome)] = sync(vault, flows, FolderTransport(tmp_path / "unmounted"),
                          [str(org.to_public())], include_pdfs=False).attempts
    assert outcome.kind == "retry" and _statuses(vault) == {"pending"}


def test_manual_copy_does_not_dequeue_but_mark_delivered_does(
        vault: Vault, tmp_path: Path, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    [info] = prepare_bundles(vault, flows, [str(org.to_public())], include_pdfs=False)
    outbox = Outbox(vault)
    copy = tmp_path / "usb" / "bundle.age"
    outbox.save_copy(info.bundle_id, copy)
    assert pyrage.decrypt(copy.read_bytes(), [org])[:2] == b"PK"
    assert _statuses(vault) == {"exported"}
    assert outbox.unbundled(10) == [] and outbox.bundle(info.bundle_id).state == "exported"
    with pytest.raises(UsageError, match="reason is required"):
        outbox.mark_delivered(info.bundle_id, "  ")
    outbox.mark_delivered(info.bundle_id, "Handed to the MASH manager on encrypted USB")
    assert _statuses(vault) == {"acknowledged"}
    event = [e for e in vault.audit_events(ids[0]) if e.kind == "acknowledged"][-1]
    assert event.detail["reason"] == "Handed to the MASH manager on encrypted USB"
    assert event.detail["transport"] == "manual"
    with pytest.raises(UsageError, match="already acknowledged"):
        outbox.mark_delivered(info.bundle_id, "again")
    assert vault.verify() == []
