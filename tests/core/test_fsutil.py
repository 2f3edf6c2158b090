"""Atomic writes: whole new file or untouched old file, never half; 0600 by default."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sharedesk.core.errors import SharedeskError
from sharedesk.core.fsutil import atomic_writer, write_atomic


def test_write_creates_private_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.bin"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_atomic(target, [b"sec", b"ond"])
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]


def test_requested_mode_is_applied(tmp_path: Path) -> None:
    target = tmp_path / "shared.txt"
    write_atomic(target, b"x", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_exception_midway_keeps_original_and_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "keep.bin"
    target.parent.mkdir()
    target.write_bytes(b"original")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("writer failed")
    assert target.read_bytes() == b"original"
    assert [p.name for p in target.parent.iterdir()] == ["keep.bin"]


def test_disk_full_is_a_one_line_error_and_keeps_the_original(tmp_path: Path) -> None:
    # A file-size limit in a child process makes the write fail with EFBIG, as a full disk would
    # fail it with ENOSPC: the same path through atomic_writer, with no root or mount needed.
    target = tmp_path / "out" / "f.bin"
    target.parent.mkdir()
    target.write_bytes(b"original")
    script = f"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
from sharedesk.core.fsutil import WriteError, write_atomic
try:
    write_atomic({str(target)!r}, b"x" * 100_000)
except WriteError as exc:
    print(exc)
    sys.exit(3)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("cannot write") and result.stdout.count("\n") == 1
    assert target.read_bytes() == b"original"
    assert [p.name for p in target.parent.iterdir()] == ["f.bin"]


def test_write_into_a_file_path_as_directory_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"i am a file")
    with pytest.raises(SharedeskError) as info:
        write_atomic(blocker / "child", b"data")
    assert "cannot write" in str(info.value)
    assert blocker.read_bytes() == b"i am a file"
