"""A laptop's real `sharedesk sync` against a real intake, then a manager's pull and import.

The laptop pins the intake's receipt key (as its organisation profile would); every record is
acknowledged once, a second sync sends nothing, and the manager imports the pulled bundle into
a vault of its own and deletes it from the intake.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import Intake, enrol, rows
from intake_kit import IntakeServer, run_cli
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.vault import KdfParams, Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from sync_kit import finalise_records

PASS = "intake end to end passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(list(args)) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert isinstance(parsed, dict)
    return parsed


def test_sync_to_the_intake_then_a_manager_pulls(
        intake_db: Intake, shared_server: IntakeServer, sharedesk_home: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    laptop_vault = sharedesk_home / "vault.sharedesk"
    with Vault.create(laptop_vault, PASS, kdf=FAST) as vault:
        record_ids = finalise_records(vault, 3)
    card = _json(capsys, "device", "show", "--json")
    enrolled = run_cli("devices", "add", "--database", intake_db.url, "--name", "e2e laptop",
                       "--device-key", str(card["public_key"]), "--json")
    assert enrolled["fingerprint"] == card["fingerprint"]  # what the administrator compares
    manager = enrol(intake_db.url, "e2e inbox", role="manager")
    org = x25519.Identity.generate()
    server = shared_server
    monkeypatch.setenv("SHAREDESK_SYNC_TOKEN", str(enrolled["token"]))
    sync = ["sync", "--endpoint", server.base, "--recipient", str(org.to_public()),
            "--receipt-key", intake_db.receipt_public_key]
    assert main(sync) == 0
    out = capsys.readouterr().out
    assert "acknowledged 3" in out, out
    status = _json(capsys, "outbox", "--json")
    assert status["counts"]["acknowledged"] == 3  # type: ignore[index]
    monkeypatch.delenv("SHAREDESK_SYNC_TOKEN")
    assert main(sync[:3]) == 0  # the token kept in the vault; nothing left to send
    capsys.readouterr()
    [(count,)] = rows(intake_db.url, "SELECT count(*) FROM intake_bundles b JOIN "
                      "intake_devices d ON d.id = b.device_id WHERE d.name = 'e2e laptop'")
    assert count == 1

    auth = {"Authorization": f"Bearer {manager.token}"}
    with httpx.Client(timeout=30) as client:
        deadline, after, mine = time.monotonic() + 20, "", []
        while not mine and time.monotonic() < deadline:  # every page, as an inbox would
            page = client.get(f"{server.base}/bundles", params={"after": after},
                              headers=auth).json()
            mine = [b for b in page["bundles"] if b["device_fingerprint"] == card["fingerprint"]]
            after = page["next"]
            if not page["bundles"]:
                time.sleep(0.05)  # held back while an older transaction on the server runs
        [entry] = mine
        body = client.get(f"{server.base}/bundles/{entry['bundle_id']}", headers=auth)
        bundle_file = tmp_path / "pulled.age"
        bundle_file.write_bytes(body.content)
        identity = tmp_path / "org-age-identity.txt"
        identity.write_text(str(org) + "\n")
        manager_vault = tmp_path / "manager.sharedesk"
        Vault.create(manager_vault, PASS, kdf=FAST).close()
        assert main(["import", str(bundle_file), "--identity", str(identity),
                     "--trust", str(card["public_key"]), "--vault", str(manager_vault)]) == 0
        capsys.readouterr()
        with Vault.open(manager_vault, PASS) as vault:
            assert [vault.records.get(i).id for i in record_ids] == record_ids
        gone = client.delete(f"{server.base}/bundles/{entry['bundle_id']}",
                             params={"sha256": entry["sha256"]}, headers=auth)
        assert gone.status_code == 204
