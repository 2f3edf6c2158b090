"""A stray write-ahead log never destroys a vault; a WAL that belongs (a crash) is applied.

Each WAL here is left by a real process killed with SIGKILL right after its commits returned.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, commit_and_kill, make_record, start_committer

from sharedesk.core.errors import VaultCorrupt
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault


def _ids(vault: Vault) -> set[str]:
    return {r.id for r in vault.records.page(RecordQuery(), 0, 1000)}


def _kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}-wal.set-aside-*"))


def test_crash_wal_is_applied_and_nothing_set_aside(vault: Vault, vault_path: Path) -> None:
    vault.close()
    saved = commit_and_kill(vault_path, 3)
    with Vault.open(vault_path, PASS) as reopened:
        assert reopened.notices == ()
        assert _ids(reopened) == set(saved)
        assert reopened.verify() == []
    assert _kept(vault_path) == []


def test_foreign_wal_is_set_aside_and_the_vault_kept(vault: Vault, vault_path: Path,
                                                     tmp_path: Path) -> None:
    mine = vault.records.finalise(make_record("my own record")).id
    vault.close()
    other = tmp_path / "other.sharedesk"
    Vault.create(other, PASS, kdf=FAST).close()
    commit_and_kill(other, 3)
    foreign = Path(f"{other}-wal").read_bytes()
    shutil.move(f"{other}-wal", f"{vault_path}-wal")
    shutil.move(f"{other}-shm", f"{vault_path}-shm")

    # Before the fix the first unlock failed, its close checkpointed the foreign WAL into the
    # vault, and every later unlock failed: "the vault is damaged".
    with Vault.open(vault_path, PASS) as reopened:
        (kept,) = _kept(vault_path)
        assert len(reopened.notices) == 1 and kept.name in reopened.notices[0]
        assert "\n" not in reopened.notices[0]
        assert _ids(reopened) == {mine}
        assert reopened.verify() == []
    assert kept.read_bytes() == foreign
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with Vault.open(vault_path, PASS) as again:
        assert again.notices == () and _ids(again) == {mine}


def test_backup_restored_by_hand_over_a_crashed_vault_opens(vault: Vault, vault_path: Path,
                                                            tmp_path: Path) -> None:
    first = vault.records.finalise(make_record("before the backup")).id
    backup = vault.backup(tmp_path / "backup.sharedesk")
    vault.close()
    commit_and_kill(vault_path, 3)  # a crash after the backup: its WAL stays beside the vault
    shutil.copyfile(backup, vault_path)
    shutil.copyfile(f"{backup}.keys", f"{vault_path}.keys")

    with Vault.open(vault_path, PASS) as restored:
        assert len(_kept(vault_path)) == 1 and len(restored.notices) == 1
        assert _ids(restored) == {first}
        assert restored.verify() == []  # was "vtable constructor failed: decisions_fts"


def test_damaged_vault_with_foreign_wal_is_refused_unchanged(vault: Vault, vault_path: Path,
                                                             tmp_path: Path) -> None:
    for i in range(20):
        vault.records.finalise(make_record(f"filler {i}"))
    vault.close()
    other = tmp_path / "other.sharedesk"
    Vault.create(other, PASS, kdf=FAST).close()
    commit_and_kill(other, 2)
    shutil.move(f"{other}-wal", f"{vault_path}-wal")
    data = bytearray(vault_path.read_bytes())
    data[3 * 4096 + 100] ^= 0xFF  # a page in the middle: its HMAC fails
    vault_path.write_bytes(bytes(data))
    wal = Path(f"{vault_path}-wal").read_bytes()

    with pytest.raises(VaultCorrupt):
        Vault.open(vault_path, PASS)
    assert vault_path.read_bytes() == bytes(data)
    assert Path(f"{vault_path}-wal").read_bytes() == wal
    assert _kept(vault_path) == []


def test_the_wal_of_a_window_still_open_is_never_set_aside(vault: Vault, vault_path: Path) -> None:
    vault.close()
    child, ids = start_committer(vault_path, 3)
    assert child.stdin is not None
    try:  # the other process still holds the vault open, its commits in the WAL
        with Vault.open(vault_path, PASS) as second:
            assert second.notices == () and _ids(second) == set(ids)
        assert _kept(vault_path) == []
    finally:
        child.stdin.close()
        child.wait(timeout=60)
    with Vault.open(vault_path, PASS) as reopened:
        assert _ids(reopened) == set(ids) and reopened.verify() == []
