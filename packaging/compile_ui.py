"""Compile every Qt Designer file ui/*.ui into src/sharedesk/gui/forms/ui_<name>.py.

Run after editing a .ui file:  .venv/bin/python packaging/compile_ui.py
The generated forms are committed (no runtime loadUiType); tests/gui/test_forms_drift.py
recompiles every file and fails if a committed form differs from its .ui source.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "sharedesk" / "gui" / "forms"


def uic_command() -> str:
    """pyside6-uic from the running interpreter's environment (the venv), else from PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else "pyside6-uic"


def form_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_ui(ui_file: Path, out_dir: Path) -> Path:
    """Compile one .ui file into ``out_dir``. Runs in the .ui directory so the generated
    header names the file only (not an absolute path), which keeps the output reproducible."""
    out = out_dir / form_name(ui_file)
    subprocess.run([uic_command(), ui_file.name, "-o", str(out)], cwd=ui_file.parent, check=True)
    out.write_text(trim_imports(out.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def trim_imports(source: str) -> str:
    """Drop the names uic imports but the form never uses.

    uic imports some thirty Qt classes into every form whether it needs them or not; each one
    PySide creates on first import, which costs the app's start-up most of a tenth of a second.
    Only ``from PySide6... import (...)`` lines change; the form's code is untouched.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in sorted((n for n in tree.body if isinstance(n, ast.ImportFrom)),
                       key=lambda n: n.lineno, reverse=True):
        if not (node.module or "").startswith("PySide6"):
            continue
        keep = [alias.name for alias in node.names if alias.name in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        lines[start:end] = [f"from {node.module} import ({', '.join(keep)})\n"] if keep else []
    return "".join(lines)


def format_ui(text: str) -> str:
    """The .ui file laid out one element per line, indented by one space per level, as Qt
    Designer writes it, so a change shows as a readable diff. Only whitespace between elements
    changes (leaf text such as a label's string is kept exactly), so uic's output is the same."""
    root = ET.fromstring(text)  # noqa: S314 (our own .ui files, not untrusted input)
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def compile_all(ui_dir: Path = UI_DIR, out_dir: Path = FORMS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(ui_dir.glob("*.ui")):
        text = ui_file.read_text(encoding="utf-8")
        if format_ui(text) != text:
            ui_file.write_text(format_ui(text), encoding="utf-8")
    return [compile_ui(f, out_dir) for f in sorted(ui_dir.glob("*.ui"))]


def main() -> int:
    for path in compile_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
