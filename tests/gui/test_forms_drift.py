"""The committed forms in src/sharedesk/gui/forms must be exactly what pyside6-uic makes of ui/."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _compiler():
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "packaging" / "compile_ui.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["compile_ui"] = module
    spec.loader.exec_module(module)
    return module


def test_there_are_ui_files() -> None:
    assert len(UI_FILES) >= 5


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_committed_form_matches_ui_file(ui_file: Path, tmp_path: Path) -> None:
    compiler = _compiler()
    fresh = compiler.compile_ui(ui_file, tmp_path)
    committed = compiler.FORMS_DIR / compiler.form_name(ui_file)
    assert committed.exists(), f"{committed.name} missing: run packaging/compile_ui.py"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"{committed.name} differs from {ui_file.name}: run packaging/compile_ui.py")


def test_every_form_has_a_ui_file() -> None:
    compiler = _compiler()
    sources = {compiler.form_name(f) for f in UI_FILES}
    for form in compiler.FORMS_DIR.glob("ui_*.py"):
        assert form.name in sources, f"{form.name} has no ui/ source"
