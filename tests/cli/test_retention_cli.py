"""`sharedesk records --due`, review dates in `records --json`, and `outbox purge [--dry-run]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.settings import Settings
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import prepare_bundles
from sharedesk.core.vault import KdfParams, Vault

PASS = "cli retention passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
FIELDS = {"reasons": "Bruising seen at nursery", "purpose": "Section 47 enquiry",
          "recipient": "Children's social care", "what_shared": "Attendance record",
          "lawful_basis": "public_task", "consent": "not_sought",
          "consent_reason": "Would increase risk", "informed": "no",
          "informed_reason": "Would increase risk", "decision_maker": "Sam Okafor", "role": "DSL"}


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return sharedesk_home / "vault.sharedesk"


def _make(path: Path, review_dates: list[str]) -> list[str]:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    with Vault.create(path, PASS, kdf=FAST) as vault:
        return [vault.records.finalise(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome),
            fields={**FIELDS, **({"review_date": d} if d else {})}, created="")).id
            for d in review_dates]


def test_records_json_has_review_dates_and_due_lists_reviews_due(
        vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    past, future, none = _make(vault_path, ["2020-01-15", "2999-06-01", ""])
    capsys.readouterr()
    assert main(["records", "--json"]) == 0
    dates = {r["id"]: r["review_date"] for r in json.loads(capsys.readouterr().out)}
    assert dates == {past: "2020-01-15", future: "2999-06-01", none: None}
    assert main(["records", "--due", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [past]
    assert main(["records", "--due", "3000-01-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == [past, future]
    assert "review 2020-01-15" in out[0]
    assert main(["records", "--due", "2019-12-31"]) == 0
    assert capsys.readouterr().out.strip() == "no reviews due"
    assert main(["records", "--due", "soon"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: --due") and "\n" not in err


def test_outbox_purge_dry_run_then_purge(vault_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    acked, waiting = _make(vault_path, ["", ""])
    identity = x25519.Identity.generate()
    settings = Settings()
    settings.set("retention.days_after_ack", 0)
    settings.save()
    with Vault.open(vault_path, PASS) as vault:  # deliver one record by hand
        flow = load_flow_by_id("england-2018")
        outbox = Outbox(vault)
        vault.set_export_status(waiting, "exported")  # held back from the bundle
        [info] = prepare_bundles(vault, {flow.id: flow}, [str(identity.to_public())],
                                 include_pdfs=False)
        outbox.mark_delivered(info.bundle_id, "handed to the MASH duty manager")
    capsys.readouterr()
    assert main(["outbox", "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would purge 1 record(s)" in out and acked in out and waiting not in out
    assert main(["records", "--json"]) == 0
    assert {r["status"] for r in json.loads(capsys.readouterr().out)} == {"final"}
    assert main(["outbox", "purge"]) == 0
    assert "purged 1 record(s)" in capsys.readouterr().out
    assert main(["records", "--json"]) == 0
    statuses = {r["id"]: r["status"] for r in json.loads(capsys.readouterr().out)}
    assert statuses == {acked: "purged", waiting: "final"}
    assert main(["vault", "verify"]) == 0
    assert main(["outbox", "purge"]) == 0
    assert "nothing to purge" in capsys.readouterr().out
