"""One vocabulary per concept: no module spells out its own copy of the stored words.

The words live in ``core/records/status.py`` (and ``Outcome`` in ``core/flow/model.py``); a tuple,
list, set or dict written with two or more of one enum's values as string literals elsewhere is a
second copy that will drift (six copies of the export statuses did, one with a status nothing
set). Use the enum, or ``EXPORT_STATUSES`` / ``OUTCOME_VALUES``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from sharedesk.core.records.status import (
    BundleError,
    CountersignOutcome,
    ExportStatus,
    Outcome,
)

SRC = Path(__file__).resolve().parent.parent / "src" / "sharedesk"
WORDS = {enum.__name__: {member.value for member in enum}
         for enum in (ExportStatus, Outcome, BundleError, CountersignOutcome)}
# Where the words are defined (generated gui/forms are skipped too).
DEFINED_IN = {"core/records/status.py", "core/flow/model.py"}
# Copies still to go, in files their owners are moving to the enums (remove the entry then).
NOT_YET = {"gui/screens/outbox.py"}


def copies(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        else:
            continue
        literals = {i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}
        found += [f"line {node.lineno}: {name} {sorted(literals & words)}"
                  for name, words in WORDS.items() if len(literals & words) >= 2]
    return found


def test_no_module_keeps_its_own_copy_of_the_stored_words() -> None:
    offenders = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in DEFINED_IN | NOT_YET or rel.startswith("gui/forms/"):
            continue
        if found := copies(path):
            offenders[rel] = found
    assert offenders == {}


def test_the_check_finds_a_copy(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('STATES = ("pending", "exported", "failed")\n'
                      'LABELS = {"share": "Shared", "do_not_share": "Not shared"}\n'
                      'FIELDS = ("created", "finalised")\n', encoding="utf-8")
    assert copies(sample) == ["line 1: ExportStatus ['exported', 'failed', 'pending']",
                              "line 2: Outcome ['do_not_share', 'share']"]
