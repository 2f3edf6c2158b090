"""Issue 12: no import cycle among the GUI's modules, counting every import statement (module
level, inside functions and under ``TYPE_CHECKING``), since a cycle dodged by a lazy or
type-only import is still a cycle in the design. Built from the source with ``ast``, no Qt."""

from __future__ import annotations

import ast
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
GUI = SRC / "sharedesk" / "gui"


def _module_name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, package: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return module
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, *([module] if module else [])])


def import_graph(root: Path = GUI, src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the modules under ``root`` (a package inside ``src``) it imports. Packages'
    ``__init__`` are left out: they hold no code here, and every submodule import would
    otherwise point at them."""
    files = {_module_name(p, src): p for p in sorted(root.rglob("*.py"))}
    packages = {_module_name(p, src) for p in root.rglob("__init__.py")}
    modules = set(files) - packages
    graph: dict[str, set[str]] = {}
    for name in modules:
        path = files[name]
        package = name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(node.module or "", package, node)
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_lazy_and_type_checking_imports() -> None:
    tree = {"a": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import b\n",
            "b": "def f():\n    from pkg.c import thing\n",
            "c": "from . import a\n", "d": "import pkg.a\n"}
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "pkg"
        pkg.mkdir()
        (pkg / "__init__.py").write_text("")
        for name, text in tree.items():
            (pkg / f"{name}.py").write_text(text)
        graph = import_graph(pkg, Path(tmp))
    assert graph == {"pkg.a": {"pkg.b"}, "pkg.b": {"pkg.c"}, "pkg.c": {"pkg.a"},
                     "pkg.d": {"pkg.a"}}
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_no_import_cycle_among_gui_modules() -> None:
    graph = import_graph()
    assert "sharedesk.gui.controller" in graph
    assert cycles(graph) == []


def ui_reached_into(path: Path) -> list[str]:
    """``x.ui`` where ``x`` is neither ``self`` nor the main window: another screen's widgets."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "ui":
            owner = ast.unparse(node.value)
            if owner != "self" and not owner.endswith("window"):
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    return found


def test_the_application_layer_never_reaches_into_a_screens_widgets() -> None:
    # The controller, context, screen builder and the export/outbox/manager openers ask screens
    # (RecordsScreen.selected_ids(), FirstRunScreen.add_option()), never their .ui members; nor
    # does one screen or dialog reach into another's (CheckAnswers.focus_finalise()).
    modules = sorted(p for p in GUI.rglob("*.py") if "forms" not in p.parts)
    assert GUI / "controller.py" in modules
    assert ui_reached_into(GUI / "controller.py") == []
    assert [hit for path in modules for hit in ui_reached_into(path)] == []


def test_reaching_into_a_screen_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("def f(screen, self, c):\n    screen.ui.table\n    self.ui.x\n"
                    "    c.window.ui.menu\n")
    assert ui_reached_into(path) == ["m.py:2 screen.ui"]
