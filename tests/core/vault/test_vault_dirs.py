"""Folders sharedesk creates for a vault, its key file or a backup are owner-only (0700)."""

from __future__ import annotations

import stat
from pathlib import Path

from vault_testkit import FAST, PASS

from sharedesk.core.fsutil import write_atomic
from sharedesk.core.vault import Vault


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_folders_for_a_vault_and_its_backup_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "vault.sharedesk"
    with Vault.create(path, PASS, kdf=FAST) as vault:
        out = vault.backup(tmp_path / "backups" / "deep" / "copy.sharedesk")
    for folder in (tmp_path / "new", path.parent, tmp_path / "backups", out.parent):
        assert _mode(folder) == 0o700, folder
    write_atomic(tmp_path / "settings" / "home" / "settings.json", b"{}")
    assert _mode(tmp_path / "settings") == _mode(tmp_path / "settings" / "home") == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    Vault.create(shared / "vault.sharedesk", PASS, kdf=FAST).close()
    assert _mode(shared) == 0o755  # a folder the user chose is theirs to set
