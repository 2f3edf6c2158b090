"""Helpers for the decision and records screen tests: a real vault and records in it, the Records
screen over it, and walking a flow.

Real components only: the vault is a real SQLCipher file in the test's temp dir (with a cheap
KDF so tests stay quick), the service is the vault's RecordsService.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from decision_kit import record_on_path
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPlainTextEdit, QScrollBar, QWidget

from sharedesk.core.flow.model import Flow, NodeKind
from sharedesk.core.records.validation import CHOICES, DATE_FIELDS, DATETIME_FIELDS, validate_fields
from sharedesk.core.vault import KdfParams, Vault
from sharedesk.gui.screens.records import RecordsScreen

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
# Values that satisfy a field without asking for a companion reason.
SAFE_CHOICES = {"consent": "given", "informed": "yes", "lawful_basis": "public_task"}


def make_vault(tmp_path: Path) -> Vault:
    return Vault.create(tmp_path / "vault" / "records.db", PASSPHRASE, kdf=FAST_KDF)


_SHARE = {"purpose": "yes", "identifiable": "no"}
_NO_SHARE = {"purpose": "no"}


def add_records(vault: Vault, count: int, word: str = "routine",
                outcome_every: int = 2) -> list[str]:
    """``count`` finalised records, every ``outcome_every``-th one shared (the rest not), their
    reasons "WORD review number I"; their ids in the order saved."""
    ids = []
    for i in range(count):
        share = i % outcome_every == 0
        fields = {"decision_maker": "Ann Tester", "role": "GP", "purpose": "safeguarding",
                  "reasons": f"{word} review number {i}"}
        if share:
            fields.update(recipient="Children's social care", what_shared="attendance",
                          lawful_basis="public_task", consent="given", informed="yes")
        record = record_on_path(_SHARE if share else _NO_SHARE, fields)
        ids.append(vault.records.finalise(record).id)
    return ids


def make_screen(qtbot, vault: Vault) -> RecordsScreen:
    """The Records screen over ``vault``, shown at 900x600."""
    screen = RecordsScreen(vault.records)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    return screen


def paths_to_outcomes(flow: Flow) -> dict[str, list[str]]:
    """For each outcome node, the shortest list of answers that reaches it (no advice loops)."""
    found: dict[str, list[str]] = {}
    queue: list[tuple[str, list[str]]] = [(flow.start, [])]
    seen = {flow.start}
    while queue:
        node_id, answers = queue.pop(0)
        node = flow.nodes[node_id]
        if node.kind is NodeKind.OUTCOME:
            found.setdefault(node_id, answers)
            continue
        if node.kind is NodeKind.QUESTION:
            steps = [(c.target, [*answers, c.value]) for c in node.choices]
        elif node.kind is NodeKind.ADVICE:
            continue  # returns to the question before it: never the shortest way anywhere
        else:
            steps = [(node.next or "", [*answers, ""])]
        for target, more in steps:
            if target and target not in seen:
                seen.add(target)
                queue.append((target, more))
    return found


def filler(name: str) -> str:
    if name in SAFE_CHOICES:
        return SAFE_CHOICES[name]
    if name in CHOICES:
        return CHOICES[name][0][0]
    if name in DATE_FIELDS:
        return "2027-01-31"
    if name in DATETIME_FIELDS:
        return "2026-11-23T09:30"
    return f"test {name.replace('_', ' ')}"


def needed_values(requires: tuple[str, ...], outcome: str, given: dict[str, str]) -> Iterator[str]:
    """Names of fields still blocking, until filling them leaves none."""
    values = dict(given)
    for _ in range(10):
        missing = [p.field for p in validate_fields(values, requires, outcome) if p.blocking]
        if not missing:
            return
        for name in missing:
            values[name] = filler(name)
            yield name


def set_input(widget: object, value: str) -> None:
    if isinstance(widget, QComboBox) and widget.isEditable():  # choices, or free text
        widget.setEditText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    else:
        widget.setText(value)  # type: ignore[attr-defined]


SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def accessibility_problems(root: QWidget) -> tuple[int, list[str]]:
    """(interactive widgets seen, problems): each keyboard-reachable widget needs a snake_case
    object name and an accessible name and description, read back through QAccessible."""
    problems, count = [], 0
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if (widget.objectName().startswith("qt_") or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                or (parent is not None and parent.objectName().startswith("qt_"))
                or isinstance(widget, QScrollBar) or not widget.isVisibleTo(root)):
            continue
        count += 1
        iface = QAccessible.queryAccessibleInterface(widget)
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if not SNAKE.match(widget.objectName()):
            problems.append(f"{where}: object name is not snake_case")
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            problems.append(f"{where}: no accessible name")
        description = iface.text(QAccessible.Text.Description) if iface is not None else ""
        if description.strip() and plain(description) == plain(name):
            problems.append(f"{where}: the description repeats the name")
    problems += label_in_name_problems(root) + heading_problems(root)
    return count, problems


def _reachable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if not (w.objectName().startswith("qt_") or w.focusPolicy() == Qt.FocusPolicy.NoFocus
                    or (w.parentWidget() is not None
                        and w.parentWidget().objectName().startswith("qt_"))
                    or isinstance(w, QScrollBar) or not w.isVisibleTo(root))]


def plain(text: str) -> str:
    """Text as heard: no mnemonic ampersands, ellipses, arrows or end colons; spaces squeezed."""
    text = re.sub(r"&(.)", r"\1", text).replace("\u2026", " ").replace("...", " ")
    text = re.sub(r"[<>:\u00b7]", " ", text)
    return " ".join(text.split()).casefold()


def visible_label(widget: QWidget) -> str:
    """What a sighted user reads as the control's label: its own text, or its buddy label's."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text()
    return ""


def label_in_name_problems(root: QWidget) -> list[str]:
    """WCAG 2.5.3 Label in Name: the spoken name contains the visible label, so a speech
    user who says what they see ("click Browse") reaches the control."""
    problems = []
    for widget in _reachable(root):
        shown = plain(visible_label(widget))
        iface = QAccessible.queryAccessibleInterface(widget)
        spoken = plain(widget.accessibleName()
                        or (iface.text(QAccessible.Text.Name) if iface is not None else ""))
        if shown and shown not in spoken:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                            f"label {shown!r} is not in its name {spoken!r}")
    return problems


def heading_problems(root: QWidget) -> list[str]:
    """Labels styled as headings are exposed as headings, named by their text."""
    problems = []
    for label in root.findChildren(QLabel):
        if label.property("role") not in ("heading", "subheading") or not label.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(label)
        if iface is None or iface.role() != QAccessible.Role.Heading:
            problems.append(f"heading {label.objectName()!r} is not exposed as a heading")
        elif plain(iface.text(QAccessible.Text.Name)) != plain(label.text()):
            problems.append(f"heading {label.objectName()!r} is not named by its text")
    return problems

