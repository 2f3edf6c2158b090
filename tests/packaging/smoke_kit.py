"""Running a packaging smoke script against this checkout's installed entry point, for the
tests in tests/packaging: not a test module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def installed_entry() -> Path:
    """The ``sharedesk`` console script beside this interpreter (the test is skipped without)."""
    entry = Path(sys.executable).parent / "sharedesk"
    if not entry.exists():
        pytest.skip("no sharedesk console script beside this interpreter")
    return entry


def run_in_scratch(command: list[str], tmp_path: Path, timeout: float,
                   **env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run ``command`` with no SHAREDESK_HOME and TMPDIR an empty scratch directory (a test then
    proves the script removed the throwaway home it made there): (result, scratch)."""
    environ = {k: v for k, v in os.environ.items() if k != "SHAREDESK_HOME"}
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    environ["TMPDIR"] = str(scratch)
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                            env={**environ, **env}, check=False)
    return result, scratch
