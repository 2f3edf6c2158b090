"""`sharedesk vault restore BACKUP`: a backup replaces a crashed vault safely, nothing is lost.

The crash is real: a child process commits records and is killed with SIGKILL, leaving its WAL.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import CLI

from sharedesk.cli import main
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import KdfParams, Vault

PASS = "restore test passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SRC = Path(__file__).resolve().parents[2] / "src"
KIT = Path(__file__).resolve().parents[1] / "core" / "vault"


def _ids(path: Path) -> set[str]:
    with Vault.open(path, PASS) as vault:
        assert vault.verify() == []
        return {r.id for r in vault.records.page(RecordQuery(), 0, 1000)}


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())
            if p.is_file() and not p.name.endswith(".attempts")}


@pytest.fixture
def crashed(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path,
            tmp_path: Path) -> tuple[Path, Path, set[str], set[str]]:
    """A vault with one record, its backup, then three more records and a kill -9."""
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    sys.path.insert(0, str(KIT))
    from vault_testkit import commit_and_kill, make_record

    live = sharedesk_home / "vault.sharedesk"
    with Vault.create(live, PASS, kdf=FAST) as vault:
        first = vault.records.finalise(make_record("before the backup")).id
        backup = vault.backup(tmp_path / "backup.sharedesk")
    later = set(commit_and_kill(live, 3, PASS, reason="after the backup"))
    return live, backup, {first}, later


def test_restore_over_a_crashed_vault_keeps_both(crashed: tuple[Path, Path, set[str], set[str]],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    live, backup, before, later = crashed
    capsys.readouterr()
    assert main(["vault", "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    (kept,) = [p for p in live.parent.glob("vault.sharedesk.replaced-*") if p.name.endswith("Z")]
    assert str(kept) in out and len(out.splitlines()) == 1
    assert not Path(f"{live}-wal").exists() and not Path(f"{live}-shm").exists()
    assert _ids(live) == before
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    with Vault.open(live, PASS) as vault:
        kinds = [e.kind for e in vault.audit_events()]
        assert kinds[kinds.index("restored") - 1:][:2] == ["unlocked", "restored"]
    # The replaced vault is kept whole, with its WAL: the killed process's commits are there.
    assert _ids(kept) == before | later
    assert [p.name for p in live.parent.iterdir() if ".restoring-" in p.name] == []


@pytest.mark.parametrize("damage", ["passphrase", "missing", "no-keys", "flipped", "itself"])
def test_bad_restore_is_one_line_and_changes_nothing(
        crashed: tuple[Path, Path, set[str], set[str]], damage: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    live, backup, _, _ = crashed
    target = str(backup)
    if damage == "passphrase":
        monkeypatch.setenv("SHAREDESK_PASSPHRASE", "not the passphrase at all")
    elif damage == "missing":
        target = str(backup.with_name("nothing-here.sharedesk"))
    elif damage == "no-keys":
        Path(f"{backup}.keys").unlink()
    elif damage == "flipped":
        data = bytearray(backup.read_bytes())
        data[len(data) // 2] ^= 0x01
        backup.write_bytes(bytes(data))
    else:
        target = str(live)
    before = _files(live.parent)
    capsys.readouterr()
    assert main(["vault", "restore", target]) != 0
    err = capsys.readouterr().err
    assert err.startswith("sharedesk: error: ") and len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert _files(live.parent) == before


def test_a_backup_copied_by_hand_opens_with_a_notice_and_verifies(
        crashed: tuple[Path, Path, set[str], set[str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    live, backup, before, _ = crashed
    live.write_bytes(backup.read_bytes())  # what the admin guide now says not to do
    Path(f"{live}.keys").write_bytes(Path(f"{backup}.keys").read_bytes())
    capsys.readouterr()
    # Before the fix: "the vault is damaged", and for good after the first attempt.
    assert main(["vault", "verify"]) == 0
    out, err = capsys.readouterr()
    (kept,) = live.parent.glob("vault.sharedesk-wal.set-aside-*")
    assert err.startswith("sharedesk: notice: ") and kept.name in err
    assert len(err.splitlines()) == 1 and out.strip().endswith(": ok")
    assert _ids(live) == before


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
@pytest.mark.parametrize("rename", [3, 4])  # 1-2 move the WAL and SHM; 3 key file; 4 database
def test_a_failed_rename_gives_the_live_vault_back(
        crashed: tuple[Path, Path, set[str], set[str]], rename: int) -> None:
    live, backup, before, later = crashed
    files = _files(live.parent)
    done = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=rename",
         "-e", f"inject=rename:error=EIO:when={rename}",
         *CLI, "vault", "restore", str(backup)],
        env={**os.environ, "PYTHONPATH": str(SRC), "SHAREDESK_HOME": str(live.parent)},
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "was not replaced" in done.stderr
    assert _files(live.parent) == files  # the vault, its key file, WAL and SHM, nothing else
    assert _ids(live) == before | later
