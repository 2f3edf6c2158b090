"""`sharedesk outbox queue ID...` run as a real subprocess: imported records are queued for this
vault's sync; bad ids get a one-line error, a non-zero exit, and change nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from clirun import run_cli
from decision_kit import share_record

from sharedesk.core.vault import KdfParams, Vault

PASS = "cli outbox queue passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def _finalise(vault: Vault) -> str:
    return vault.records.finalise(share_record(reasons="Disclosure at school")).id


def _run(vault_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("outbox", "queue", *args, "--vault", str(vault_path), timeout=120)


def _state(vault_path: Path) -> tuple[dict[str, str], list[tuple[str, str | None]]]:
    with Vault.open(vault_path, PASS) as vault:
        statuses = {s.id: s.export_status for s in vault.records.page()}
        events = [(e.kind, e.record_id) for e in vault.audit_events() if e.record_id]
    return statuses, events


@pytest.fixture
def manager(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path, tmp_path: Path
            ) -> tuple[Path, list[str], str]:
    """A manager's vault holding two imported records and one made here."""
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    path = sharedesk_home / "manager.sharedesk"
    with Vault.create(tmp_path / "practitioner.sharedesk", PASS, kdf=FAST) as practitioner:
        made = [practitioner.records.get(_finalise(practitioner)) for _ in range(2)]
    with Vault.create(path, PASS, kdf=FAST) as vault:
        for record in made:
            assert vault.records.import_final(record, bundle_id="b-1")
        local = _finalise(vault)
    return path, [r.id for r in made], local


def test_queue_imported_records(manager: tuple[Path, list[str], str]) -> None:
    path, imported, local = manager
    result = _run(path, imported[0], imported[0])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 imported record(s) queued; the next sync sends them"
    statuses, events = _state(path)
    assert statuses == {imported[0]: "pending", imported[1]: "imported", local: "pending"}
    assert events.count(("queued", imported[0])) == 1


@pytest.mark.parametrize("bad", ["unknown", "local", "not-a-uuid"])
def test_bad_ids_are_refused_in_one_line_and_change_nothing(
        manager: tuple[Path, list[str], str], bad: str) -> None:
    path, imported, local = manager
    wrong = {"unknown": "00000000-0000-4000-8000-000000000000", "local": local,
             "not-a-uuid": "../../etc/passwd"}[bad]
    before = _state(path)
    result = _run(path, imported[1], wrong)  # the good id first: rolled back with the bad one
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sharedesk: error: ")
    assert f"record {wrong} is not an imported record" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _state(path) == before
