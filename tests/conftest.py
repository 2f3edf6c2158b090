"""Test set-up shared by every test.

QT_QPA_PLATFORM must be set before anything imports Qt: without a display Qt aborts the whole
process instead of failing one test. SHAREDESK_HOME points every test at its own temp directory
so no test touches a real user's vault or settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHAREDESK_PASSPHRASE", None)

import pytest


@pytest.fixture(autouse=True)
def sharedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SHAREDESK_HOME", str(home))
    # No machine-wide profile (C:\\ProgramData\\sharedesk, /etc/xdg/sharedesk) reaches a test.
    monkeypatch.setenv("SHAREDESK_MACHINE_DIR", str(tmp_path / "machine"))
    monkeypatch.delenv("SHAREDESK_PASSPHRASE", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):  # uploads honour them
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    yield home


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
