"""Every screen writes a stored time one way, as UK users write dates (30/11/2026 16:10): the
records table wrote 2026-11-30 16:10 while Home and the Outbox wrote 30 Nov 2026 16:10."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import sharedesk.gui
from sharedesk.gui import labels

GUI = Path(sharedesk.gui.__file__).parent


def test_local_time_is_day_month_year_in_local_time() -> None:
    moment = datetime(2026, 11, 30, 16, 10, tzinfo=UTC)
    local = moment.astimezone()
    assert labels.local_time("2026-11-30T16:10:00Z") == local.strftime("%d/%m/%Y %H:%M")
    assert labels.local_time("") == "" and labels.local_time("not a time") == "not a time"


def test_no_module_keeps_its_own_time_format() -> None:
    owners = []
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owners += [f"{path.relative_to(GUI)}:{node.lineno}" for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "strftime"
                   and any(isinstance(a, ast.Constant) and "%H:%M" in str(a.value)
                           for a in node.args)]
    assert len(owners) == 1 and owners[0].startswith("labels.py:"), owners
