"""Atomic writes: whole new file or untouched old file, never half; 0600 by default."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sharedesk.core.errors import SharedeskError
from sharedesk.core.fsutil import WriteError, atomic_writer, write_atomic


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


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_unwritable_directory_is_a_one_line_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "f").write_bytes(b"original")
    locked.chmod(0o500)
    try:
        with pytest.raises(WriteError) as info:
            write_atomic(locked / "f", b"new")
    finally:
        locked.chmod(0o700)
    assert "\n" not in str(info.value)
    assert (locked / "f").read_bytes() == b"original"


def test_write_into_a_file_path_as_directory_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"i am a file")
    with pytest.raises(SharedeskError) as info:
        write_atomic(blocker / "child", b"data")
    assert "cannot write" in str(info.value)
    assert blocker.read_bytes() == b"i am a file"
