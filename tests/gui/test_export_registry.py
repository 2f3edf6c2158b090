"""The Export dialog lists the formats of core/export/registry.py (HTML included, and any format
registered later) with labels translated in the GUI, and writes the chosen one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest
from conftest import GOOD_PASSPHRASE, TEST_KDF
from PySide6.QtCore import QCoreApplication, QTranslator

from sharedesk.core.export import registry
from sharedesk.core.export.registry import ExportFormat, ExportJob
from sharedesk.core.flow import Flow, Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.vault import Vault
from sharedesk.gui.dialogs.export import ExportDialog
from sharedesk.gui.dialogs.export_form import FORMAT_LABELS, ExportForm
from sharedesk.gui.tasks import TaskRunner

FIELDS = {"reasons": "Bruising seen at nursery", "purpose": "Section 47 enquiry",
          "recipient": "Children's social care", "what_shared": "Attendance record",
          "lawful_basis": "public_task", "consent": "not_sought",
          "consent_reason": "Would increase risk", "informed": "no",
          "informed_reason": "Would increase risk", "decision_maker": "Sam Okafor", "role": "DSL"}


def write_ids(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
              job: ExportJob) -> None:
    for record in records:
        sink.write(f"{record.id}\n".encode())


@pytest.fixture
def ids_format() -> Iterator[ExportFormat]:
    fmt = ExportFormat("ids", "Record ids", ".ids.txt", write_ids)
    registry.register(fmt)
    yield fmt
    registry.unregister("ids")


def _items(form: ExportForm) -> list[tuple[str, str]]:
    combo = form.format_combo
    return [(str(combo.itemData(i)), combo.itemText(i)) for i in range(combo.count())]


def test_the_dialog_lists_every_registered_format_html_included(qtbot,
                                                                ids_format: ExportFormat) -> None:
    form = ExportForm([], False)
    qtbot.addWidget(form)
    assert _items(form) == [(f.id, f.label) for f in registry.formats()]
    assert ("html", "Accessible HTML") in _items(form) and _items(form)[-1][0] == "ids"
    form.set_format("ids")
    assert not form.passphrase_check.isVisibleTo(form), "not sealed: no recipients asked"
    form.set_format("bundle")
    assert form.passphrase_check.isVisibleTo(form)


def test_every_built_in_label_is_in_the_translation_catalogue_list() -> None:
    # lupdate finds the labels through export_form.FORMAT_LABELS (a format's label lives in
    # core); a built-in format whose label is missing there would never be translated.
    assert {f.label for f in registry.formats()} <= set(FORMAT_LABELS)


def test_the_labels_are_translated(qtbot, tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
                  'language="cy">\n<context>\n<name>labels</name>\n<message>\n<source>'
                  'Accessible HTML</source>\n<translation>HTML hygyrch</translation>\n'
                  '</message>\n</context>\n</TS>\n', encoding="utf-8")
    release = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(release), str(ts), "-qm", str(tmp_path / "t.qm")], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        form = ExportForm([], False)
        qtbot.addWidget(form)
        assert ("html", "HTML hygyrch") in _items(form)
        assert ("pdf", "PDF document") in _items(form)  # untranslated: the English source
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("fmt", ["html", "ids"])
def test_the_chosen_format_is_written_with_its_suffix(qtbot, tmp_path: Path, fmt: str,
                                                      ids_format: ExportFormat) -> None:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    asked: list[str] = []
    out = tmp_path / f"export{registry.export_format(fmt).suffix}"

    def choose(_parent: object, _title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(out)

    with Vault.create(tmp_path / "v.sharedesk", GOOD_PASSPHRASE, kdf=TEST_KDF) as vault:
        record = vault.records.finalise(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome), fields=dict(FIELDS), created=""))
        runner = TaskRunner()
        dialog = ExportDialog(runner, vault, lambda: {flow.id: flow}, choose_file=choose)
        qtbot.addWidget(dialog)
        dialog.set_format(fmt)
        dialog.browse_button.click()
        assert asked == [f"sharedesk-export{registry.export_format(fmt).suffix}"]
        with qtbot.waitSignal(dialog.export_did_finish, timeout=30_000):
            dialog.export_button.click()
        runner.wait()
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and record.id in text
    else:
        assert text == f"{record.id}\n"
    assert dialog.summary.format == fmt
