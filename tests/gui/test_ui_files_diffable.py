"""The Qt Designer files stay human-diffable: one element per line, laid out as
packaging/compile_ui.py writes them (issue 12). A whole form on one line made every change a
one-line diff nobody could review."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from compile_ui import format_ui  # noqa: E402

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
START_TAG = re.compile(r"<[A-Za-z]")


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_ui_file_has_one_element_per_line(ui_file: Path) -> None:
    text = ui_file.read_text(encoding="utf-8")
    crowded = [n for n, line in enumerate(text.splitlines(), 1) if len(START_TAG.findall(line)) > 1]
    assert crowded == [], f"{ui_file.name}: several elements on lines {crowded[:5]}: run " \
                          "packaging/compile_ui.py"
    assert format_ui(text) == text


def test_formatting_changes_only_whitespace_between_elements() -> None:
    crowded = ('<?xml version="1.0" encoding="UTF-8"?>\n<ui version="4.0"><widget class="QLabel" '
               'name="l"><property name="text"><string>  Two  spaces kept </string></property>'
               '</widget></ui>\n')
    laid_out = format_ui(crowded)
    assert "<string>  Two  spaces kept </string>" in laid_out
    assert len(laid_out.splitlines()) == 8
    assert format_ui(laid_out) == laid_out
