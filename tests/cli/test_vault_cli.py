"""The public command line: vault init/passwd/verify/backup/recover, decide and records."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from clirun import CLI
from decision_kit import share_decision
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.vault import Vault, vault_files

PASS = "cli test passphrase"
SHARE = share_decision()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["vault", "init"]) == 0
    return sharedesk_home / "vault.sharedesk"


def _answers(tmp_path: Path, data: object, name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return str(path)


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()
            and not p.name.endswith(".attempts")}


def test_init_decide_records_verify(env: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["decide", "--answers", _answers(tmp_path, SHARE)]) == 0
    record_id = capsys.readouterr().out.strip()
    assert len(record_id) == 36
    assert main(["records", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == [record_id]
    assert {"id", "outcome", "created", "status"} <= set(listed[0])
    assert listed[0]["outcome"] == "share" and listed[0]["status"] == "final"
    assert main(["records", "--json", "--search", "attendance"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["records", "--json", "--search", "zebra"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["records"]) == 0
    assert record_id in capsys.readouterr().out
    assert main(["vault", "verify"]) == 0
    assert "ok" in capsys.readouterr().out


def test_decide_json_prints_the_stored_record(env: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["decide", "--json", "--answers", _answers(tmp_path, SHARE)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "final" and out["outcome"] == "share"
    assert out["fields"]["reasons"] == "Risk of significant harm"
    assert [s["node"] for s in out["path"]][-1] == "share"


@pytest.mark.parametrize("data,message", [
    ("{not json", "not valid JSON"),
    ({"flow": "england-2018"}, "answers"),
    ({"answers": {"purpose": "no"}}, '"flow"'),
    ({"flow": "atlantis", "answers": {"purpose": "no"}}, "unknown flow"),
    ({"flow": "england-2018", "answers": {"purpose": "maybe"}}, "not offered"),
    ({"flow": "england-2018", "answers": {"purpose": "no"}, "record": {"reasons": 3}},
     '"record"'),
    ({"flow": "england-2018", "answers": {"purpose": "no"}, "record": {"reasons": "x"}},
     "not complete"),
    ({**SHARE, "record": {**SHARE["record"], "consent": "maybe"}}, "consent"),
])
def test_bad_decision_files_fail_with_one_line_and_change_nothing(
        env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: object,
        message: str) -> None:
    before = _snapshot(env.parent)
    capsys.readouterr()
    assert main(["decide", "--answers", _answers(tmp_path, data)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("sharedesk: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _snapshot(env.parent) == before


def test_wrong_passphrase_exits_non_zero_and_changes_nothing(
        env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(env.parent)
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", "not the right one")
    capsys.readouterr()
    assert main(["records"]) == 3
    assert capsys.readouterr().err == "sharedesk: error: wrong passphrase: the vault was not changed\n"
    assert _snapshot(env.parent) == before


def test_no_passphrase_and_no_terminal_is_an_error_not_a_hang(
        env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SHAREDESK_PASSPHRASE")
    capsys.readouterr()
    assert main(["records"]) == 2
    assert "no passphrase" in capsys.readouterr().err
    result = subprocess.run([*CLI, "records"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2 and "no passphrase" in result.stderr


def test_passphrase_file_and_passwd(env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SHAREDESK_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    assert main(["vault", "verify", "--passphrase-file", str(secret)]) == 0
    monkeypatch.setenv("SHAREDESK_NEW_PASSPHRASE", "the replacement passphrase")
    assert main(["vault", "passwd", "--passphrase-file", str(secret)]) == 0
    assert main(["vault", "verify", "--passphrase-file", str(secret)]) == 3
    secret.write_text("the replacement passphrase\n")
    assert main(["vault", "verify", "--passphrase-file", str(secret)]) == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    capsys.readouterr()
    assert main(["vault", "verify", "--passphrase-file", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err


def test_init_refuses_an_existing_vault(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(env.parent)
    capsys.readouterr()
    assert main(["vault", "init"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert _snapshot(env.parent) == before


def test_missing_vault_says_how_to_create_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["records", "--vault", str(tmp_path / "none.sharedesk")]) == 1
    assert "sharedesk vault init" in capsys.readouterr().err


def test_verify_reports_tampering(env: Path, capsys: pytest.CaptureFixture[str],
                                  tmp_path: Path) -> None:
    assert main(["decide", "--answers", _answers(tmp_path, SHARE)]) == 0
    from sharedesk.core.vault.db import connect
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    conn = connect(env, unwrap_passphrase(read_keyfile(env), PASS))
    conn.execute("UPDATE audit SET detail = NULL WHERE kind = 'finalised'")
    conn.close()
    capsys.readouterr()
    assert main(["vault", "verify"]) == 4
    out = capsys.readouterr().out
    assert "problem: audit" in out and "problem(s) found" in out


def test_backup_is_an_openable_verified_copy(env: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decide", "--answers", _answers(tmp_path, SHARE)]) == 0
    dest = tmp_path / "backup.sharedesk"
    assert main(["vault", "backup", str(dest)]) == 0
    assert all(p.exists() for p in vault_files(dest)[:2])
    assert main(["vault", "verify", "--vault", str(dest)]) == 0
    capsys.readouterr()
    assert main(["records", "--json", "--vault", str(dest)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["vault", "backup", str(dest)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_recover_with_the_organisation_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                sharedesk_home: Path) -> None:
    identity = x25519.Identity.generate()
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["vault", "init", "--recovery-recipient", str(identity.to_public())]) == 0
    keyfile = tmp_path / "org.key"
    keyfile.write_text(f"# public key: {identity.to_public()}\n{identity}\n")
    monkeypatch.setenv("SHAREDESK_NEW_PASSPHRASE", "set after recovery")
    assert main(["vault", "recover", "--identity", str(keyfile)]) == 0
    assert main(["vault", "verify"]) == 3
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", "set after recovery")
    assert main(["vault", "verify"]) == 0
    with Vault.open(sharedesk_home / "vault.sharedesk", "set after recovery") as vault:
        assert "recovery_used" in [e.kind for e in vault.audit_events()]
    other = tmp_path / "other.key"
    other.write_text(str(x25519.Identity.generate()))
    assert main(["vault", "recover", "--identity", str(other)]) == 3
