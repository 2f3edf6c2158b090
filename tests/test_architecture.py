"""The shape in STYLE.md: the core imports and runs with PySide6 absent and never imports the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
CORE = SRC / "sharedesk" / "core"


def _core_modules() -> list[str]:
    names = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def test_core_imports_with_pyside6_blocked() -> None:
    # A fresh interpreter with a meta-path hook that refuses PySide6 and sharedesk.gui.
    modules = _core_modules()
    assert "sharedesk.core.flow.engine" in modules
    script = f"""
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6", "sharedesk.gui")):
            raise ImportError("blocked: " + name)
        return None
sys.meta_path.insert(0, Block())
for name in {modules!r}:
    importlib.import_module(name)
bad = [m for m in sys.modules if m.startswith(("PySide6", "sharedesk.gui"))]
assert not bad, bad
print("ok", len({modules!r}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_core_module_names_qt_or_gui_even_lazily() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("sharedesk.gui"):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_cli_uses_core_only_except_the_gui_launcher() -> None:
    offenders = []
    for path in (SRC / "sharedesk" / "cli").rglob("*.py"):
        if path.name == "gui.py":
            continue
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("sharedesk.gui"):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


# Allowed dependencies inside core (STYLE.md): flow depends on nothing; records -> flow;
# vault -> records; export -> records, flow; sync -> export, vault.
_ALLOWED = {
    "flow": set(),
    "records": {"flow"},
    "vault": {"records", "flow"},
    "export": {"records", "flow"},
    "sync": {"export", "vault", "records", "flow"},
}


def test_core_packages_depend_only_in_the_allowed_direction() -> None:
    offenders = []
    for package, allowed in _ALLOWED.items():
        for path in (CORE / package).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[:2] == ["sharedesk", "core"] and len(parts) > 2 and parts[2] in _ALLOWED:
                    if parts[2] != package and parts[2] not in allowed:
                        offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_only_the_vault_package_runs_sql() -> None:
    # Issue 12: stores in core/vault own every table; nothing else opens a connection, runs a
    # statement or a transaction (Vault has no query/transaction), or uses the tests' probe.
    vault_pkg = CORE / "vault"
    offenders = []
    for path in (SRC / "sharedesk").rglob("*.py"):
        if vault_pkg in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Attribute) and (
                    node.attr in {"execute", "executemany"}
                    or (node.attr in {"query", "transaction"} and "vault" in ast.unparse(
                        node.value).lower())):
                names = [f"<call>.{node.attr}"]
            offenders += [f"{path.relative_to(SRC)}: {n}" for n in names
                          if n.startswith(("sqlcipher3", "sqlite3", "<call>."))
                          or n in {"sharedesk.core.vault.db", "sharedesk.core.vault.probe"}]
    assert offenders == []
