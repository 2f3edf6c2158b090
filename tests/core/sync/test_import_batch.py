"""Manager import (dedupe, amendments, conflicts) and batch export selection from a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pyrage import x25519
from sync_kit import FAST, PASS, finalise_records

from sharedesk.core.errors import ExportCancelled, RecordNotFound, UsageError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow
from sharedesk.core.sync.batch import export_records, select_records
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import prepare_bundles
from sharedesk.core.vault import Vault, probe


def _trust(vault: Vault) -> TrustedKeys:
    """The practitioner's device, as a manager who enrolled it trusts it."""
    return TrustedKeys.of([device_key(vault).public_b64])


def _bundle(vault: Vault, flows: dict[str, Flow], org: x25519.Identity, path: Path,
            ids: list[str]) -> Path:
    records = [vault.records.get(i) for i in ids]
    export_bundle(records, flows, path, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False)
    return path


def test_import_adds_then_extends_never_overwrites(vault: Vault, tmp_path: Path,
                                                   org: x25519.Identity,
                                                   flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 3)
    first = _bundle(vault, flows, org, tmp_path / "1.age", ids)
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as manager:
        report = import_bundle(manager, open_bundle(first, [org], trust=_trust(vault)))
        assert sorted(report.added) == sorted(ids)
        assert manager.records.index_pending() == 0, "the import indexed its records itself"
        assert probe.rows(manager, "SELECT count(*) FROM decisions_fts")[0][0] == 3
        assert manager.records.get(ids[0]) == vault.records.get(ids[0])
        # The practitioner amends a record; the new bundle extends the manager's copy.
        vault.records.amend(ids[0], "Sam Okafor", "Recipient team corrected",
                            {"recipient": "MASH"})
        second = _bundle(vault, flows, org, tmp_path / "2.age", ids)
        report = import_bundle(manager, open_bundle(second, [org], trust=_trust(vault)))
        assert report.amended == [ids[0]] and sorted(report.unchanged) == sorted(ids[1:])
        assert manager.records.get(ids[0]).effective_fields()["recipient"] == "MASH"
        # Each side amends: the manager keeps its own amendment and gains the practitioner's.
        manager.records.amend(ids[1], "Manager M", "Manager's note", {"purpose": "Audit"})
        vault.records.amend(ids[1], "Sam Okafor", "Practitioner's note", {"purpose": "Other"})
        third = _bundle(vault, flows, org, tmp_path / "3.age", ids)
        report = import_bundle(manager, open_bundle(third, [org], trust=_trust(vault)))
        assert report.amended == [ids[1]]
        got = manager.records.get(ids[1])
        assert [a.reason for a in got.amendments] == ["Manager's note", "Practitioner's note"]
        assert report.lines()[0].startswith(f"bundle {report.bundle_id}: 0 added, 1 amended")
        assert manager.verify() == []
        kinds = [(e.kind, e.record_id) for e in manager.audit_events()]
        assert [k for k, _ in kinds].count("bundle_imported") == 3
        assert sorted(r for k, r in kinds if k == "imported") == sorted(ids)


def test_select_and_export_from_the_vault(vault: Vault, tmp_path: Path, org: x25519.Identity,
                                          flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 3)
    today = date.today()
    assert [r.id for r in select_records(vault, since=today, until=today)] == ids
    assert select_records(vault, since=date(2000, 1, 1), until=date(2000, 1, 2)) == []
    assert [r.id for r in select_records(vault, ids=[ids[2], ids[0], ids[2]])] == [ids[2], ids[0]]
    with pytest.raises(RecordNotFound):
        select_records(vault, ids=["00000000-0000-4000-8000-000000000000"])
    with pytest.raises(UsageError, match="unknown export format"):
        export_records(vault, flows, select_records(vault), "docx", tmp_path / "x")
    with pytest.raises(UsageError, match="no records match"):
        export_records(vault, flows, [], "pdf", tmp_path / "x.pdf")
    seen: list[tuple[int, int]] = []
    summary = export_records(vault, flows, select_records(vault), "bundle", tmp_path / "b.age",
                             recipients=[str(org.to_public())], include_pdfs=False,
                             progress=lambda d, t: seen.append((d, t)))
    assert summary.count == 3 and summary.bundle_id and seen[-1] == (6, 6)
    opened = open_bundle(tmp_path / "b.age", [org], trust=_trust(vault))
    assert opened.signer_fingerprint == device_key(vault).fingerprint
    assert Outbox(vault).unbundled(10) == ids, "a manual export leaves the queue alone"
    out = tmp_path / "r.json"
    with pytest.raises(ExportCancelled):
        export_records(vault, flows, select_records(vault), "json", out, cancel=lambda: True)
    assert not out.exists()
    assert [e.kind for e in vault.audit_events(ids[0])].count("exported") == 1


def test_device_key_is_made_once_and_kept(vault: Vault) -> None:
    first = device_key(vault)
    assert device_key(vault).public_b64 == first.public_b64
    assert device_key(vault).device_id == first.device_id


def test_imported_records_are_not_resent_unless_queued(vault: Vault, tmp_path: Path,
                                                       org: x25519.Identity,
                                                       flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    path = _bundle(vault, flows, org, tmp_path / "1.age", ids)
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as manager:
        import_bundle(manager, open_bundle(path, [org], trust=_trust(vault)))
        assert {s.export_status for s in manager.records.page()} == {"imported"}
        assert manager.records.import_final(manager.records.get(ids[0])) is False
        assert Outbox(manager).unbundled(100) == []
        assert prepare_bundles(manager, flows, [str(org.to_public())], include_pdfs=False) == []
        own_id = finalise_records(manager, 1)[0]
        with pytest.raises(UsageError, match="not an imported record"):
            Outbox(manager).queue([own_id])
        assert Outbox(manager).queue([ids[1]]) == 1
        assert sorted(Outbox(manager).unbundled(100)) == sorted([ids[1], own_id])
        assert "queued" in [e.kind for e in manager.audit_events(ids[1])]
        assert manager.verify() == []
