"""Unlocking a vault that had another vault's write-ahead log beside it tells the user.

The WAL comes from a real process killed with SIGKILL after its commit; the core sets it aside
(tests/core/vault/test_vault_wal.py), and the app must say which file it kept.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from conftest import GOOD_PASSPHRASE, TEST_KDF, unlock

from sharedesk.core.vault import Vault

SRC = Path(__file__).resolve().parents[2] / "src"
_CHILD = r"""
import sys
from sharedesk.core.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
vault.secret_set("note", b"a commit that only the WAL holds")
print("done", flush=True)
sys.stdin.read()
"""


def _foreign_wal(tmp_path: Path) -> Path:
    other = tmp_path / "other.sharedesk"
    Vault.create(other, GOOD_PASSPHRASE, kdf=TEST_KDF).close()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(other), GOOD_PASSPHRASE],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    wal = Path(f"{other}-wal")
    assert wal.stat().st_size > 0
    return wal


def test_a_foreign_wal_set_aside_at_unlock_is_announced(qtbot, make_controller, existing_vault,
                                                        tmp_path) -> None:
    wal = _foreign_wal(tmp_path)
    shutil.move(wal, f"{existing_vault}-wal")
    shutil.move(f"{wal.with_name(wal.name[:-4])}-shm", f"{existing_vault}-shm")
    controller = make_controller()
    unlock(qtbot, controller)
    (kept,) = existing_vault.parent.glob(f"{existing_vault.name}-wal.set-aside-*")
    informs = [m for m in controller.prompter.messages if m[0] == "inform"]
    assert len(informs) == 1 and kept.name in informs[0][2]
    assert controller.window.current_screen().objectName() == "home_screen"


def test_a_clean_unlock_says_nothing(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    assert [m for m in controller.prompter.messages if m[0] == "inform"] == []
