"""The documentation's screenshot scripts still drive the app (they broke silently when the
controller handed screens an application context): each runs offscreen into a temp folder and
writes every picture docs/ links to."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def linked_pictures() -> set[str]:
    names: set[str] = set()
    for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        names |= set(re.findall(r"screenshots/([\w.-]+\.png)", doc.read_text(encoding="utf-8")))
    return names


@pytest.mark.parametrize(("script", "prefix"), [("screenshots.py", ""),
                                                ("manager_screenshots.py", "manager-")])
def test_screenshot_script_writes_every_linked_picture(tmp_path: Path, script: str,
                                                       prefix: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHAREDESK_HOME", None)
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / script), "--out",
                             str(tmp_path)], capture_output=True, text=True, env=env,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    made = {p.name for p in tmp_path.glob("*.png") if p.stat().st_size > 1000}
    manager = {n for n in linked_pictures() if n.startswith("manager-")}
    wanted = manager if prefix else linked_pictures() - manager
    assert wanted, "no picture linked from the docs"
    assert wanted <= made, f"not written: {sorted(wanted - made)}"
