"""Injected write failures: a failing write (file-size limit), a full small filesystem and a
read-only location. Each save fails with a clear error and earlier records stay intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, make_record, snapshot

from sharedesk.core.errors import SharedeskError, VaultWriteError
from sharedesk.core.vault import Vault, vault_files

SRC = Path(__file__).resolve().parents[3] / "src"

_CHILD = r"""
import json, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write(), not a killed process
sys.path.insert(0, sys.argv[3])
from vault_testkit import make_record
from sharedesk.core.errors import SharedeskError
from sharedesk.core.vault import Vault
path, passphrase = sys.argv[1], sys.argv[2]
out = {}
vault = Vault.open(path, passphrase)
out["kept"] = vault.records.finalise(make_record()).id
vault.close()                                  # checkpoint: the main file now holds it
vault = Vault.open(path, passphrase)
before = {p: open(p, "rb").read() for p in (path, path + ".keys")}
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (512, hard))
errors = []
for attempt in (lambda: vault.records.finalise(make_record("x" * 15000)),
                lambda: vault.records.save_draft(None, {"flow": "england-2018"}),
                lambda: vault.secret_set("token", b"y" * 5000),
                lambda: vault.change_passphrase("another long passphrase")):
    try:
        attempt()
        errors.append("no error")
    except SharedeskError as exc:
        errors.append(type(exc).__name__ + ": " + str(exc))
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
out["errors"] = errors
out["untouched"] = [p for p, data in before.items() if open(p, "rb").read() != data]
out["after"] = vault.records.finalise(make_record()).id   # the connection still works
vault.close()
print(json.dumps(out))
"""


def test_failing_writes_leave_the_vault_and_earlier_records_intact(vault: Vault,
                                                                   vault_path: Path) -> None:
    first = vault.records.finalise(make_record()).id
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", _CHILD, str(vault_path), PASS,
                             str(Path(__file__).parent)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert len(out["errors"]) == 4
    for line in out["errors"]:
        assert line.startswith(("VaultWriteError", "WriteError")), line
        assert "\n" not in line and "xxxx" not in line
    assert out["untouched"] == []
    with Vault.open(vault_path, PASS) as reopened:
        assert reopened.verify() == []
        assert reopened.records.count() == 3
        for record_id in (first, out["kept"], out["after"]):
            reopened.records.get(record_id)
        assert reopened.records.drafts() == []
        assert reopened.secret_get("token") is None


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs (needs root with mount rights; skipped elsewhere)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs",
                           str(mount)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(directory: Path, leave: int) -> Path:
    filler = directory / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def test_disk_full_fails_the_save_and_keeps_earlier_records(small_fs: Path) -> None:
    path = small_fs / "vault.sharedesk"
    with Vault.create(path, PASS, kdf=FAST) as vault:
        kept = vault.records.finalise(make_record()).id
        filler = _fill(small_fs, leave=8192)
        with pytest.raises(VaultWriteError, match="disk is full"):
            for _ in range(20):
                vault.records.finalise(make_record("y" * 15000))
        filler.unlink()
    with Vault.open(path, PASS) as reopened:
        assert reopened.verify() == []
        reopened.records.get(kept)


def test_read_only_location_gives_a_clear_error_and_changes_nothing(small_fs: Path,
                                                                   vault: Vault) -> None:
    path = small_fs / "vault.sharedesk"
    with Vault.create(path, PASS, kdf=FAST) as on_small:
        kept = on_small.records.finalise(make_record()).id
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    try:
        before = snapshot(small_fs)
        with pytest.raises(SharedeskError) as opening:
            Vault.open(path, PASS)
        assert "read-only" in str(opening.value) or "disk" in str(opening.value)
        with pytest.raises(VaultWriteError):
            Vault.create(small_fs / "new.sharedesk", PASS, kdf=FAST)
        vault.records.finalise(make_record())
        with pytest.raises(SharedeskError):
            vault.backup(small_fs / "backup.sharedesk")
        assert snapshot(small_fs) == before
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_fs)], check=True)
    assert vault.verify() == [] and vault.records.count() == 1
    with Vault.open(path, PASS) as reopened:
        assert reopened.verify() == []
        reopened.records.get(kept)
    assert all(p.exists() for p in vault_files(path)[:2])
