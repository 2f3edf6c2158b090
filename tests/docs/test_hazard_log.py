"""The hazard log links every hazard to evidence that exists and runs in `make test`.

A renamed or deleted test would otherwise leave a hazard with a control nobody proves any more.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "docs" / "safety" / "hazard-log.md"
REF = re.compile(r"`((?:tests)/[\w/]+\.py)(?:::(\w+))?`|`::(\w+)`")


def _sections() -> dict[str, str]:
    text = LOG.read_text(encoding="utf-8")
    parts = re.split(r"^### (H\d\d) ", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")}


def _evidence(body: str) -> list[tuple[str, str | None]]:
    """(file, test name or None) for each reference; `::name` continues the previous file."""
    refs: list[tuple[str, str | None]] = []
    current: str | None = None
    evidence = body.split("**Evidence:**", 1)[1] if "**Evidence:**" in body else ""
    for match in REF.finditer(evidence):
        file, name, continued = match.groups()
        if file:
            current = file
            refs.append((file, name))
        elif continued and current:
            refs.append((current, continued))
    return refs


def test_every_hazard_names_evidence() -> None:
    sections = _sections()
    assert len(sections) >= 10
    for hazard, body in sections.items():
        for heading in ("**Cause:**", "**Effect:**", "**Controls:**", "**Evidence:**"):
            assert heading in body, f"{hazard} lacks {heading}"
        assert _evidence(body), f"{hazard} names no test"


def test_every_evidence_reference_is_a_real_test() -> None:
    missing = []
    for hazard, body in _sections().items():
        for file, name in _evidence(body):
            path = ROOT / file
            if not path.is_file():
                missing.append(f"{hazard}: {file}")
            elif name is not None and name not in _test_names(path):
                missing.append(f"{hazard}: {file}::{name}")
    assert not missing, missing


def test_every_hazard_is_rated_in_the_matrix() -> None:
    text = LOG.read_text(encoding="utf-8")
    rated = set(re.findall(r"^\| (H\d\d) \|", text, flags=re.MULTILINE))
    assert rated == set(_sections())
