"""`sharedesk gui --smoke-test --screenshot` starts, shows the first screen, writes a PNG, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clirun import run_cli
from conftest import GOOD_PASSPHRASE, TEST_KDF
from PySide6.QtGui import QImage

from sharedesk.core.vault import Vault
from sharedesk.gui.app import crash_summary

SECRET = "Reasons mention Jayden Smith at 4 Elm Road"


def smoke(home: Path, shot: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHAREDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # This tree's CLI (the installed entry point is tests/packaging's smoke script's to run).
    return run_cli("gui", "--smoke-test", "--screenshot", str(shot), env=env, timeout=120)


def test_smoke_test_on_an_empty_home_writes_a_png(sharedesk_home, tmp_path) -> None:
    shot = tmp_path / "first.png"
    result = smoke(sharedesk_home, shot)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 640 and image.height() >= 400
    assert not (sharedesk_home / "vault.sharedesk").exists()  # the smoke test creates nothing


def test_smoke_test_with_a_vault_starts_on_unlock(sharedesk_home, tmp_path) -> None:
    Vault.create(sharedesk_home / "vault.sharedesk", GOOD_PASSPHRASE, kdf=TEST_KDF).close()
    shot = tmp_path / "unlock.png"
    result = smoke(sharedesk_home, shot)
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() >= 640


def test_crash_output_has_no_record_content() -> None:
    try:
        raise ValueError(SECRET)
    except ValueError as exc:
        line = crash_summary(type(exc), exc, exc.__traceback__)
    assert "ValueError" in line and "test_smoke.py" in line
    assert "Jayden" not in line and "Elm" not in line
    assert "\n" not in line


def test_crash_hook_prints_one_safe_line(tmp_path, sharedesk_home) -> None:
    code = ("import sys; from sharedesk.gui.app import install_excepthook; "
            "install_excepthook(show_dialog=False); "
            f"raise RuntimeError({SECRET!r})")
    env = {**os.environ, "SHAREDESK_HOME": str(sharedesk_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0
    assert "RuntimeError" in result.stderr
    assert "Jayden" not in result.stderr and "Traceback" not in result.stderr


def test_start_up_does_not_import_heavy_libraries(sharedesk_home) -> None:
    code = ("import sys; from sharedesk.gui import app; "
            "from sharedesk.gui.controller import AppController; "
            "heavy = [m for m in ('reportlab', 'pyrage', 'httpx', 'fhir', 'sqlcipher3', 'argon2') "
            "if m in sys.modules]; print(','.join(heavy))")
    env = {**os.environ, "SHAREDESK_HOME": str(sharedesk_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
