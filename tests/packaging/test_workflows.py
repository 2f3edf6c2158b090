"""The GitHub workflows lint clean with actionlint, and the macOS build targets what PySide6 needs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _actionlint() -> str | None:
    beside = Path(sys.executable).with_name("actionlint")
    return str(beside) if beside.exists() else shutil.which("actionlint")


def test_workflows_lint_clean_with_actionlint() -> None:
    tool = _actionlint()
    if tool is None:
        pytest.skip("actionlint is not installed (pip install -e '.[dev]')")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run([tool, *workflows], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_macos_minimum_system_version_matches_the_pyside6_wheel() -> None:
    spec = (ROOT / "packaging" / "sharedesk.spec").read_text(encoding="utf-8")
    found = re.search(r'"LSMinimumSystemVersion":\s*"([\d.]+)"', spec)
    assert found is not None and found.group(1) == "13.0"
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    assert 'MACOSX_DEPLOYMENT_TARGET: "13.0"' in workflow


def test_frozen_build_leaves_out_fhir_resources() -> None:
    spec = (ROOT / "packaging" / "sharedesk.spec").read_text(encoding="utf-8")
    assert "fhir.resources" not in spec
