"""A small kill loop (bench/kill_loop.py): ten kill -9s across decide, passwd, import, sync and
backup, each followed by checks that nothing acknowledged was lost. The full run (200+ kills) is
`python bench/kill_loop.py --kills 200`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_ten_kills_lose_nothing(tmp_path: Path) -> None:
    work = tmp_path / "loop"
    work.mkdir()
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "kill_loop.py"), "--kills", "10",
                           "--bundles", "2", "--seed", "7", "--workdir", str(work)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^kills: 1\d, lost: 0, problems: 0$", done.stdout, re.M), done.stdout
    assert list(work.iterdir()) == []  # its work directory is removed
