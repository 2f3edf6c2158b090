"""Temporary files a killed or failed operation can leave beside a vault or a backup, and
their removal.

Every write that could be interrupted works on a temporary name in the target's folder:
``.<vault>.creating-<vault id>`` (init), ``.<vault>.keys.*.tmp`` (key file changes),
``.<vault>.restoring-*`` (restore) and ``.<backup>.partial-*`` with ``.<backup>.keys.*.tmp``
(backup). They hold encrypted
pages or wrapped keys only, but they are clutter and can confuse the next run, so they are
removed on failure where possible and swept on the next start. A sweep only removes files older
than ``min_age`` seconds unless nothing else can be using them (no vault exists yet), so a
sharedesk in another window keeps the temporary file it is writing.
"""

from __future__ import annotations

import glob
import time
from collections.abc import Iterable
from pathlib import Path

STALE_SECONDS = 600.0
_SQLITE_SIDES = ("", "-wal", "-shm", "-journal")


def vault_temps(path: Path) -> list[str]:
    """Glob patterns (in ``path.parent``) of the temporary files of the vault at ``path``."""
    name = glob.escape(path.name)
    return [f".{name}.creating-*", f".{name}.keys.*.tmp", f".{name}.restoring-*"]


def backup_temps() -> list[str]:
    """In a backup folder: copies being made and their key files being written."""
    return [".*.partial-*", ".*.keys.*.tmp"]


def sweep(directory: Path, patterns: Iterable[str], min_age: float = STALE_SECONDS) -> list[Path]:
    """Remove the regular files matching ``patterns`` whose last change is at least
    ``min_age`` seconds old; the paths removed. Errors are skipped (best effort)."""
    now = time.time()
    removed: list[Path] = []
    for pattern in patterns:
        for found in sorted(directory.glob(pattern)):
            try:
                info = found.lstat()
                if found.is_symlink() or not found.is_file() or now - info.st_mtime < min_age:
                    continue
                found.unlink()
                removed.append(found)
            except OSError:
                continue
    return removed


def remove_sqlite_files(path: Path) -> None:
    """Remove a temporary database and its WAL, SHM and journal (best effort)."""
    for side in _SQLITE_SIDES:
        try:
            Path(f"{path}{side}").unlink(missing_ok=True)
        except OSError:
            continue
