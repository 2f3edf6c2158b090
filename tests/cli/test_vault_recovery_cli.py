"""`sharedesk vault add-recovery` and the passphrase policy at `vault passwd`, with real age
keys from `sharedesk org keygen` and real vault files."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from clirun import CLI

from sharedesk.cli import main
from sharedesk.core.vault import KdfParams, Vault, vault_files

PASS = "recovery cli passphrase"
NEW_PASS = "chosen again after recovery"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SHARE = {"flow": "england-2018", "answers": {"purpose": "no"}, "record": {
    "decision_maker": "A Practitioner", "role": "Health visitor", "purpose": "Test",
    "reasons": "No clear purpose for sharing"}}


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    out = tmp_path / "keys"
    assert main(["org", "keygen", "--out", str(out)]) == 0
    return out


@pytest.fixture
def vault(sharedesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault made without a recovery slot (as on a laptop set up before the profile)."""
    path = sharedesk_home / "vault.sharedesk"
    Vault.create(path, PASS, kdf=FAST).close()
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return path


def _files(vault: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault_files(vault) if p.exists()}


def _keyfile(vault: Path) -> dict[str, object]:
    return json.loads(vault.with_name(vault.name + ".keys").read_text())


def test_add_recovery_then_recover_with_the_organisation_identity(
        vault: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "decision.json"
    answers.write_text(json.dumps(SHARE))
    assert main(["decide", "--answers", str(answers)]) == 0
    record_id = capsys.readouterr().out.strip()
    with pytest.raises(Exception, match="no recovery key slot"):
        Vault.open_with_identity(vault, (keys / "org-age-identity.txt").read_text())

    # As a real process, the way an administrator runs it.
    env = {**os.environ, "SHAREDESK_HOME": str(vault.parent), "SHAREDESK_PASSPHRASE": PASS}
    result = subprocess.run([*CLI, "vault", "add-recovery",
                             "--recipient", str(keys / "org-age-recipient.txt")], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    assert f"recovery key slot added for {recipient}" in result.stdout
    with Vault.open(vault, PASS) as opened:
        assert opened.recovery_recipient == recipient
        assert [e.detail for e in opened.audit_events() if e.kind == "recovery_changed"] == [
            {"recovery": True}]

    # The passphrase is forgotten: the organisation identity resets it.
    new_pass = tmp_path / "new-pass"
    new_pass.write_text(NEW_PASS + "\n")
    assert main(["vault", "recover", "--identity", str(keys / "org-age-identity.txt"),
                 "--new-passphrase-file", str(new_pass)]) == 0
    assert main(["vault", "verify"]) == 3  # the old passphrase no longer opens it
    with Vault.open(vault, NEW_PASS) as opened:
        assert opened.records.get(record_id).id == record_id
        assert opened.verify() == []


def test_add_recovery_reads_the_applied_profile(
        vault: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    profile = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(profile), "--name", "Northshire"]) == 0
    profile.write_text(profile.read_text().replace('recovery = ""', f'recovery = "{recipient}"'))
    assert main(["profile", "apply", str(profile)]) == 0
    assert main(["vault", "add-recovery"]) == 0
    slots = _keyfile(vault)["slots"]
    assert [s["recipient"] for s in slots if s["kind"] == "recovery"] == [recipient]  # type: ignore[index,union-attr]
    # Again: already there, nothing written and nothing audited.
    before = _files(vault)[vault.name + ".keys"]
    capsys.readouterr()
    assert main(["vault", "add-recovery"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _files(vault)[vault.name + ".keys"] == before


@pytest.mark.parametrize("args,message", [
    ([], "no organisation profile is applied"),
    (["--recipient", "age1notakey"], "not an age X25519 public key"),
    (["--recipient", "/nonexistent/recipient.txt"], "neither an age1... key nor a readable file"),
])
def test_add_recovery_refusals_are_one_line_and_change_nothing(
        vault: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    before = _files(vault)
    capsys.readouterr()
    assert main(["vault", "add-recovery", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sharedesk: error: ") and message in err and err.count("\n") == 1
    assert _files(vault) == before


def test_profile_without_a_recovery_key_is_named(vault: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(profile), "--name", "Northshire"]) == 0
    assert main(["profile", "apply", str(profile)]) == 0
    capsys.readouterr()
    assert main(["vault", "add-recovery"]) == 2
    err = capsys.readouterr().err
    assert "(Northshire) has no keys.recovery" in err


@pytest.mark.parametrize("weak", ["password", "12345678", "P@ssw0rd2024"])
def test_passwd_refuses_a_weak_passphrase_before_unlocking(
        vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        weak: str) -> None:
    before = _files(vault)
    monkeypatch.setenv("SHAREDESK_NEW_PASSPHRASE", weak)
    capsys.readouterr()
    assert main(["vault", "passwd"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sharedesk: error: the passphrase is too easy to guess: ")
    assert err.count("\n") == 1
    assert _files(vault) == before  # not even an "unlocked" audit event


@pytest.mark.parametrize("weak", ["password", "12345678", "P@ssw0rd2024"])
def test_init_refuses_a_weak_passphrase(sharedesk_home: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str], weak: str) -> None:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", weak)
    capsys.readouterr()
    assert main(["vault", "init"]) == 2
    assert "too easy to guess" in capsys.readouterr().err
    assert not any(sharedesk_home.glob("vault.sharedesk*"))


@pytest.mark.parametrize("args", [["vault", "add-recovery", "--recipient", "/dev/zero"],
                                  ["vault", "recover", "--identity", "/dev/zero"],
                                  ["vault", "init", "--vault", "other.sharedesk",
                                   "--recovery-recipient", "/dev/zero"]])
def test_an_endless_key_file_is_refused_not_read(vault: Path, capsys: pytest.CaptureFixture[str],
                                                 args: list[str]) -> None:
    before = _files(vault)
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "/dev/zero is too large for a key file" in err and err.count("\n") == 1
    assert _files(vault) == before


def test_an_endless_passphrase_file_is_refused_not_read(
        vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["records", "--passphrase-file", "/dev/zero"]) == 2
    assert "the first line is too long for a passphrase" in capsys.readouterr().err
    exact = tmp_path / "long.txt"
    exact.write_text("x" * 4096 + "\n")  # at the limit: read, then simply the wrong passphrase
    assert main(["records", "--passphrase-file", str(exact)]) == 3
