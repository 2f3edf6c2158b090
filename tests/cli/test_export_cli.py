"""`sharedesk export|sync|outbox|bundle open|import`: the public contract, end to end."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.vault import KdfParams, Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from sync_kit import TOKEN, CaseServer

PASS = "cli export passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
FIELDS = {"reasons": "Bruising seen at nursery", "purpose": "Section 47 enquiry",
          "recipient": "Children's social care", "what_shared": "Attendance record",
          "lawful_basis": "public_task", "consent": "not_sought",
          "consent_reason": "Would increase risk", "informed": "no",
          "informed_reason": "Would increase risk", "decision_maker": "Sam Okafor", "role": "DSL"}


def _make_vault(path: Path, n: int) -> list[str]:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    with Vault.create(path, PASS, kdf=FAST) as vault:
        return [vault.records.finalise(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome), fields=dict(FIELDS),
            created="")).id for _ in range(n)]


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return sharedesk_home / "vault.sharedesk"


@pytest.fixture
def org(tmp_path: Path) -> tuple[x25519.Identity, Path]:
    identity = x25519.Identity.generate()
    key = tmp_path / "org.key"
    key.write_text(f"# organisation key\n{identity}\n")
    return identity, key


@pytest.fixture
def server() -> Iterator[CaseServer]:
    s = CaseServer().start()
    yield s
    s.stop()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: ") and "\n" not in err and "Traceback" not in err
    return err


def test_export_pdf_and_bundle_then_open_with_sharedesk_and_age(
        tmp_path: Path, vault_path: Path, org: tuple[x25519.Identity, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    ids = _make_vault(vault_path, 2)
    identity, key = org
    pdf = tmp_path / "out" / "records.pdf"
    assert main(["export", "--format", "pdf", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert all(f"Decision record {i}" in text for i in ids) and "OFFICIAL-SENSITIVE" in text
    bundle = tmp_path / "out" / "records.age"
    assert main(["export", "--format", "bundle", "--out", str(bundle), "--ids", ids[0],
                 "--recipient", str(identity.to_public())]) == 0
    out = capsys.readouterr().out
    assert f"sha256 {hashlib.sha256(bundle.read_bytes()).hexdigest()}" in out
    assert main(["bundle", "open", str(bundle), "--identity", str(key),
                 "--out", str(tmp_path / "opened")]) == 0
    assert "verified (1 record(s)" in capsys.readouterr().out
    assert (tmp_path / "opened" / "records.jsonl").read_text().count("\n") == 1
    if shutil.which("age"):
        plain = subprocess.run(["age", "-d", "-i", str(key), str(bundle)], capture_output=True,
                               check=True).stdout
        with zipfile.ZipFile(io.BytesIO(plain)) as z:
            assert json.loads(z.read("manifest.json"))["record_count"] == 1
            assert json.loads(z.read("records.jsonl"))["id"] == ids[0]
    with Vault.open(vault_path, PASS) as vault:
        assert [e.kind for e in vault.audit_events(ids[0])].count("exported") == 2
        assert {s.export_status for s in vault.records.page()} == {"pending"}, \
            "a manual export does not take records out of the upload queue"


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda data: json.loads(data)["format"] == "sharedesk-records"),
    ("csv", lambda data: data.startswith(b"\xef\xbb\xbfid,status,")),
    ("fhir", lambda data: json.loads(data)["resourceType"] == "Bundle"),
    ("html", lambda data: data.startswith(b'<!DOCTYPE html>\n<html lang="en-GB"')),
])
def test_export_structured_formats(fmt: str, check: object, tmp_path: Path,
                                   vault_path: Path) -> None:
    ids = _make_vault(vault_path, 2)
    out = tmp_path / f"records.{fmt}"
    assert main(["export", "--format", fmt, "--out", str(out), "--ids", *ids]) == 0
    data = out.read_bytes()
    assert check(data)  # type: ignore[operator]
    assert all(i.encode() in data for i in ids)


def test_bad_input_is_one_line_and_writes_nothing(
        tmp_path: Path, vault_path: Path, org: tuple[x25519.Identity, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    _make_vault(vault_path, 1)
    identity, key = org
    out = tmp_path / "x.age"
    assert main(["export", "--format", "bundle", "--out", str(out),
                 "--recipient", "age1notakey"]) == 2
    assert "not an age X25519 public key" in _one_line_error(capsys)
    assert main(["export", "--format", "json", "--out", str(out), "--since", "2030-01-01"]) == 2
    assert "no records match" in _one_line_error(capsys)
    assert main(["export", "--format", "csv", "--out", str(out), "--since", "31/12/2025"]) == 2
    assert "is not a date" in _one_line_error(capsys)
    assert not out.exists()
    assert main(["export", "--format", "bundle", "--out", str(out),
                 "--recipient", str(identity.to_public())]) == 0
    capsys.readouterr()
    data = out.read_bytes()
    for name, blob, keyfile in [("truncated", data[:-64], key),
                                ("wrong_key", data, tmp_path / "other.key")]:
        (tmp_path / "other.key").write_text(f"{x25519.Identity.generate()}\n")
        bad = tmp_path / f"{name}.age"
        bad.write_bytes(blob)
        assert main(["bundle", "open", str(bad), "--identity", str(keyfile),
                     "--out", str(tmp_path / name)]) == 1
        _one_line_error(capsys)
        assert not (tmp_path / name).exists()


def test_sync_cli_against_a_failing_server(
        vault_path: Path, server: CaseServer, org: tuple[x25519.Identity, Path],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _make_vault(vault_path, 3)
    identity, _ = org
    server.script = ["500", "drop_after_store"]
    args = ["sync", "--endpoint", server.url, "--recipient", str(identity.to_public())]
    monkeypatch.setenv("SHAREDESK_SYNC_TOKEN", TOKEN)
    assert main(args) == 0
    assert "retry: the case system is busy or failing (HTTP 500)" in capsys.readouterr().out
    monkeypatch.delenv("SHAREDESK_SYNC_TOKEN")
    assert main(args) == 0  # the token was kept in the vault
    assert "connection to the case system dropped" in capsys.readouterr().out
    assert main(args) == 0
    assert "acknowledged 3, still waiting 0 pending" in capsys.readouterr().out
    assert main(args) == 0
    assert "nothing to send" in capsys.readouterr().out
    assert sorted(server.record_ids(identity)) == sorted(ids)
    assert main(["outbox", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["counts"]["acknowledged"] == 3 and status["bundles"] == []
    assert status["last_acknowledged"]


def test_sync_cli_stops_on_409_and_manual_delivery_clears_it(
        vault_path: Path, server: CaseServer, org: tuple[x25519.Identity, Path],
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _make_vault(vault_path, 1)
    identity, _ = org
    server.script = ["409"]
    monkeypatch.setenv("SHAREDESK_SYNC_TOKEN", TOKEN)
    assert main(["sync", "--endpoint", server.url,
                 "--recipient", str(identity.to_public())]) == 1
    assert "HTTP 409" in capsys.readouterr().out
    assert main(["outbox"]) == 0
    listing = capsys.readouterr().out
    assert "1 failed" in listing and "it was not overwritten" in listing
    bundle_id = listing.split("\n")[2].split()[0]
    copy = tmp_path / "copy.age"
    assert main(["outbox", "save", bundle_id, "--out", str(copy)]) == 0
    assert copy.read_bytes().startswith(b"age-encryption.org/v1")
    with pytest.raises(SystemExit) as info:  # argparse: --reason is required
        main(["outbox", "delivered", bundle_id])
    assert info.value.code == 2
    capsys.readouterr()
    assert main(["outbox", "delivered", bundle_id, "--reason", "Phoned MASH; they hold it"]) == 0
    assert main(["outbox"]) == 0
    assert "1 acknowledged" in capsys.readouterr().out


def test_import_merges_into_a_manager_vault_once(
        tmp_path: Path, vault_path: Path, org: tuple[x25519.Identity, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    ids = _make_vault(vault_path, 2)
    identity, key = org
    bundle = tmp_path / "b.age"
    assert main(["export", "--format", "bundle", "--out", str(bundle), "--no-pdf",
                 "--recipient", str(identity.to_public())]) == 0
    manager = tmp_path / "manager.sharedesk"
    Vault.create(manager, PASS, kdf=FAST).close()
    capsys.readouterr()
    # Refused until the manager enrols the laptop (its key as `device show --json` prints it).
    assert main(["import", str(bundle), "--identity", str(key), "--vault", str(manager)]) == 1
    err = _one_line_error(capsys)
    assert main(["device", "show", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert sorted(card) == ["device_id", "fingerprint", "public_key"]
    assert card["fingerprint"] in err and "sharedesk devices trust" in err
    assert main(["devices", "trust", card["public_key"], "--name", "Sam's laptop",
                 "--vault", str(manager)]) == 0
    assert card["fingerprint"] in capsys.readouterr().out
    assert main(["import", str(bundle), "--identity", str(key), "--vault", str(manager)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["import", str(bundle), "--identity", str(key), "--vault", str(manager)]) == 0
    assert "0 added, 0 amended, 2 already here" in capsys.readouterr().out
    with Vault.open(manager, PASS) as vault, Vault.open(vault_path, PASS) as mine:
        for record_id in ids:
            assert vault.records.get(record_id) == mine.records.get(record_id)
        assert vault.verify() == []


def test_import_of_a_conflicting_bundle_is_refused_whole_in_a_subprocess(
        tmp_path: Path, vault_path: Path, org: tuple[x25519.Identity, Path]) -> None:
    from dataclasses import replace

    ids = _make_vault(vault_path, 2)
    identity, key = org
    bundle = tmp_path / "b.age"
    assert main(["export", "--format", "bundle", "--out", str(bundle), "--no-pdf",
                 "--recipient", str(identity.to_public())]) == 0
    manager = tmp_path / "manager" / "manager.sharedesk"
    manager.parent.mkdir()
    with Vault.create(manager, PASS, kdf=FAST) as vault, Vault.open(vault_path, PASS) as mine:
        # The manager already holds a different finalised record under the second id.
        other = mine.records.get(ids[1])
        assert vault.records.import_final(replace(other, fields={**other.fields,
                                                                 "purpose": "Something else"}))
    with Vault.open(manager, PASS) as vault:
        events_before = [(e.kind, e.record_id) for e in vault.audit_events()]
        held = vault.records.get(ids[1])
    with Vault.open(vault_path, PASS) as mine:
        signer = device_key(mine).public_b64
    result = subprocess.run([sys.executable, "-m", "sharedesk.cli", "import", str(bundle),
                             "--identity", str(key), "--vault", str(manager),
                             "--trust", signer],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "SHAREDESK_PASSPHRASE": PASS})
    assert result.returncode == 1, result.stderr
    err = result.stderr.strip()
    assert err.startswith("sharedesk: error: ") and "\n" not in err and "Traceback" not in err
    assert f"record {ids[1]}" in err and "nothing was imported" in err
    with Vault.open(manager, PASS) as vault:
        assert vault.records.count() == 1, "the first record of the bundle was not added either"
        assert vault.records.get(ids[1]) == held
        # Every unlock is audited (the import's own, and this one); nothing else was written.
        new = [(e.kind, e.record_id) for e in vault.audit_events()][len(events_before):]
        assert new == [("unlocked", None), ("unlocked", None)]
        assert vault.verify() == []


def test_subprocess_exit_codes_and_no_traceback(tmp_path: Path, vault_path: Path) -> None:
    _make_vault(vault_path, 1)
    env = {**os.environ, "SHAREDESK_PASSPHRASE": PASS}
    result = subprocess.run([sys.executable, "-m", "sharedesk.cli", "bundle", "open",
                             str(tmp_path / "missing.age"), "--identity", str(tmp_path / "k"),
                             "--out", str(tmp_path / "o")], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("sharedesk: error: ")
