"""Crash-safe file writes: temp file in the same directory -> 0600 -> fsync -> rename -> fsync dir.

A reader sees either the old file or the whole new one, never half of it; on any failure the
temp file is removed and the original is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sharedesk.core.errors import SharedeskError
from sharedesk.core.paths import ensure_private_dir


class WriteError(SharedeskError):
    """A file could not be written (disk full, no permission, read-only location)."""


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``path`` atomically."""
    target = Path(path)
    directory = target.parent
    try:
        if not directory.is_dir():  # new folders owner-only: they may hold vault data
            ensure_private_dir(directory)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {_describe(exc)}") from None
    tmp = Path(tmp_name)
    try:
        # mkstemp already creates the file 0600; widen only when asked. os.chmod works on every
        # platform (os.fchmod reaches Windows only in Python 3.13).
        if mode != 0o600:
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(directory)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteError(f"cannot write {target}: {_describe(exc)}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """Write bytes (or an iterable of chunks, to stream) to ``path`` atomically."""
    with atomic_writer(path, mode) as handle:
        if isinstance(data, bytes | bytearray | memoryview):
            handle.write(data)
        else:
            for chunk in data:
                handle.write(chunk)


def fsync_dir(directory: str | Path) -> None:
    """Make a rename durable. Not every platform can open a directory; that is not an error."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
