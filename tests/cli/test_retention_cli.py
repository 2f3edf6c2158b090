"""`sharedesk records --due`, review dates in `records --json`, and `outbox purge [--dry-run]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from decision_kit import share_record
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.settings import Settings
from sharedesk.core.sync.credentials import set_receipt_keys
from sharedesk.core.sync.folder import FolderTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import sync
from sharedesk.core.vault import KdfParams, Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from sync_kit import public_b64, signed_receipt

PASS = "cli retention passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return sharedesk_home / "vault.sharedesk"


def _make(path: Path, review_dates: list[str]) -> list[str]:
    with Vault.create(path, PASS, kdf=FAST) as vault:
        return [vault.records.finalise(share_record(
            reasons="Bruising seen at nursery", **({"review_date": d} if d else {}))).id
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
    receipt_key = Ed25519PrivateKey.generate()
    settings = Settings()
    settings.set("retention.days_after_ack", 0)
    settings.save()
    drop = tmp_path / "drop"
    drop.mkdir()
    with Vault.open(vault_path, PASS) as vault:  # deliver one record, signed receipt
        flow = load_flow_by_id("england-2018")
        vault.set_export_status(waiting, "exported")  # held back from the bundle
        [(bundle_id, _)] = sync(vault, {flow.id: flow}, FolderTransport(drop),
                                [str(identity.to_public())], include_pdfs=False).attempts
        sha = Outbox(vault).bundle(bundle_id).sha256
        (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(
            signed_receipt(receipt_key, bundle_id, sha)))
        [(_, ack)] = sync(vault, {flow.id: flow}, FolderTransport(drop)).attempts
        assert ack.kind == "acknowledged", "no key pinned: acknowledged as before"
    capsys.readouterr()
    assert main(["outbox"]) == 0
    assert "records are never purged automatically until a receipt key is pinned" in \
        capsys.readouterr().out
    assert main(["outbox", "purge"]) == 0
    out = capsys.readouterr().out
    assert "nothing purged: no receipt key is pinned" in out
    assert main(["records", "--json"]) == 0
    assert {r["status"] for r in json.loads(capsys.readouterr().out)} == {"final"}

    # Pinned afterwards, the key does not make an unverified acknowledgement purgeable.
    with Vault.open(vault_path, PASS) as vault:
        set_receipt_keys(vault, [public_b64(receipt_key)])
    assert main(["outbox"]) == 0
    assert "never purged automatically" not in capsys.readouterr().out
    assert main(["outbox", "purge"]) == 0
    assert "nothing to purge" in capsys.readouterr().out

    # A bundle acknowledged by a receipt verified under the pinned key is purged.
    with Vault.open(vault_path, PASS) as vault:
        vault.set_export_status(waiting, "pending")
        keys = [public_b64(receipt_key)]
        [(second, _)] = sync(vault, {flow.id: flow}, FolderTransport(drop, receipt_keys=keys),
                             [str(identity.to_public())], include_pdfs=False).attempts
        sha = Outbox(vault).bundle(second).sha256
        (drop / f"{second}.receipt.json").write_text(json.dumps(
            signed_receipt(receipt_key, second, sha)))
        [(_, ack)] = sync(vault, {flow.id: flow},
                          FolderTransport(drop, receipt_keys=keys)).attempts
        assert ack.kind == "acknowledged" and ack.receipt_key == keys[0]
    assert main(["outbox", "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would purge 1 record(s)" in out and waiting in out and acked not in out
    assert main(["outbox", "purge"]) == 0
    assert "purged 1 record(s)" in capsys.readouterr().out
    assert main(["records", "--json"]) == 0
    statuses = {r["id"]: r["status"] for r in json.loads(capsys.readouterr().out)}
    assert statuses == {acked: "final", waiting: "purged"}
    assert main(["vault", "verify"]) == 0
    assert main(["outbox", "purge"]) == 0
    assert "nothing to purge" in capsys.readouterr().out
