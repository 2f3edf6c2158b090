"""`vault init`, `vault passwd` and `vault backup` killed at exact system calls (strace fault
injection: SIGKILL at the Nth rename or fsync) leave nothing that blocks or lies afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from clirun import CLI

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault

OLD, NEW = "kill point passphrase one", "kill point passphrase two"
SRC = Path(__file__).resolve().parents[2] / "src"

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")


def _sharedesk(home: Path, *args: str, kill_at: str | None = None,
              fault: str = "signal=KILL") -> subprocess.CompletedProcess[str]:
    """Run the CLI; with ``kill_at`` ("rename:2") inject ``fault`` at that system call."""
    command = [*CLI, *args]
    if kill_at:
        call, when = kill_at.split(":")
        command = ["strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={call}",
                   "-e", f"inject={call}:{fault}:when={when}", *command]
    env = {**os.environ, "SHAREDESK_HOME": str(home), "SHAREDESK_PASSPHRASE": OLD,
           "SHAREDESK_NEW_PASSPHRASE": NEW, "PYTHONPATH": str(SRC)}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)


def _temps(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("kill_at", ["rename:1", "rename:2", "fsync:3", "fsync:12", "fsync:18"])
def test_init_killed_never_blocks_the_next_init(sharedesk_home: Path, kill_at: str) -> None:
    killed = _sharedesk(sharedesk_home, "vault", "init", kill_at=kill_at)
    assert killed.returncode != 0 and "created" not in killed.stdout
    # Before the fix a kill at the second rename left the key file without its vault and the
    # next init refused: "vault.sharedesk.keys already exists without its vault".
    again = _sharedesk(sharedesk_home, "vault", "init")
    assert again.returncode == 0, again.stderr
    with Vault.open(sharedesk_home / "vault.sharedesk", OLD) as vault:
        assert vault.verify() == []
    assert _temps(sharedesk_home) == []


@pytest.mark.parametrize("kill_at", ["rename:1", "fsync:1", "fsync:2", "fsync:3", "fsync:4"])
def test_passwd_killed_is_audited_only_with_the_new_key_file(sharedesk_home: Path,
                                                             kill_at: str) -> None:
    assert _sharedesk(sharedesk_home, "vault", "init").returncode == 0
    killed = _sharedesk(sharedesk_home, "vault", "passwd", kill_at=kill_at)
    assert killed.returncode != 0 and "passphrase changed" not in killed.stdout
    path = sharedesk_home / "vault.sharedesk"
    try:
        vault, changed = Vault.open(path, OLD), False
    except WrongPassphrase:
        vault, changed = Vault.open(path, NEW), True
    with vault:
        audited = "passphrase_changed" in [e.kind for e in vault.audit_events()]
        assert vault.verify() == []
    # Before the fix the event was committed before the key file was renamed into place.
    assert not audited or changed, "the trail records a passphrase change that did not happen"


def test_passwd_whose_audit_event_cannot_be_written_keeps_the_old_key_file(
        sharedesk_home: Path) -> None:
    assert _sharedesk(sharedesk_home, "vault", "init").returncode == 0
    keys = (sharedesk_home / "vault.sharedesk.keys").read_bytes()
    # fsync 6 is the commit of the audit event, after the new key file was renamed into place.
    failed = _sharedesk(sharedesk_home, "vault", "passwd", kill_at="fsync:6", fault="error=EIO")
    assert failed.returncode == 1 and len(failed.stderr.splitlines()) == 1, failed.stderr
    assert (sharedesk_home / "vault.sharedesk.keys").read_bytes() == keys
    with Vault.open(sharedesk_home / "vault.sharedesk", OLD) as vault:
        assert "passphrase_changed" not in [e.kind for e in vault.audit_events()]
        assert vault.verify() == []
    assert _temps(sharedesk_home) == []


def test_temporary_files_of_killed_runs_are_swept(sharedesk_home: Path, tmp_path: Path) -> None:
    assert _sharedesk(sharedesk_home, "vault", "init").returncode == 0
    assert _sharedesk(sharedesk_home, "vault", "passwd", kill_at="rename:1").returncode != 0
    backups = tmp_path / "backups"
    backups.mkdir()
    # The passphrase is still OLD (killed before the rename). The backup is killed as it
    # renames its key file into place: its copy is still a .partial file.
    assert _sharedesk(sharedesk_home, "vault", "backup", str(backups),
                      kill_at="rename:1").returncode != 0
    stale = _temps(sharedesk_home) + _temps(backups)
    assert any(".keys." in n for n in stale) and any(".partial-" in n for n in stale), stale
    assert any(n.endswith(".tmp") for n in _temps(backups)), stale
    # Fresh temporary files may belong to a sharedesk still running: kept. Old ones: removed.
    assert _sharedesk(sharedesk_home, "records").returncode == 0
    assert _temps(sharedesk_home) != []
    hour_ago = time.time() - 3600
    for name in _temps(sharedesk_home):
        os.utime(sharedesk_home / name, (hour_ago, hour_ago))
    for name in _temps(backups):
        os.utime(backups / name, (hour_ago, hour_ago))
    assert _sharedesk(sharedesk_home, "records").returncode == 0
    assert _sharedesk(sharedesk_home, "vault", "backup", str(backups)).returncode == 0
    assert _temps(sharedesk_home) == [] and _temps(backups) == []
