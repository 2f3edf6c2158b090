"""The export format registry (core/export/registry.py): one table the CLI, the dialog and the
export runs read. Each built-in writer writes the same bytes as the format's own file export."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from sharedesk.core.errors import UsageError
from sharedesk.core.export import registry
from sharedesk.core.export.registry import ExportFormat, ExportJob, export_format, formats
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

WHEN = "2026-11-30T12:00:00Z"


def test_every_current_writer_is_in_the_table() -> None:
    assert [f.id for f in formats()] == ["pdf", "json", "csv", "fhir", "html", "bundle"]
    suffixes = {f.id: f.suffix for f in formats()}
    assert suffixes == {"pdf": ".pdf", "json": ".json", "csv": ".csv", "fhir": ".fhir.json",
                        "html": ".html", "bundle": ".age"}
    for fmt in formats():
        assert fmt.label and fmt.help and callable(fmt.load_writer())
    assert [f.id for f in formats() if f.sealed] == ["bundle"]
    assert {f.id for f in formats() if f.binary} == {"pdf", "bundle"}


def test_listing_the_formats_imports_no_writer() -> None:
    # The dialog and --help list the formats: that must not pull in ReportLab, pyrage or fhir.
    code = ("import sys; from sharedesk.core.export.registry import formats; formats(); "
            "heavy = [m for m in ('reportlab', 'pyrage', 'sharedesk.core.export.pdf', "
            "'sharedesk.core.export.fhir', 'sharedesk.core.export.bundle') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_unknown_format_is_one_line_naming_the_known_ones() -> None:
    with pytest.raises(UsageError) as caught:
        export_format("docx")
    text = str(caught.value)
    assert "\n" not in text and "'docx'" in text
    assert all(f.id in text for f in formats())


def test_a_format_is_never_silently_replaced() -> None:
    with pytest.raises(UsageError, match="already registered"):
        registry.register(ExportFormat("pdf", "Other PDF", ".pdf", "nowhere:nothing"))
    assert export_format("pdf").label == "PDF document"


@pytest.mark.parametrize("fmt", ["json", "csv", "html", "fhir"])
def test_registry_writer_writes_what_the_file_export_writes(
        fmt: str, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sharedesk.core.export import csv_export, fhir, html_export, json_export

    records = [make_record(), make_record(amend=True)]
    # Fixed times and ids so the two runs can be compared byte for byte.
    monkeypatch.setattr("sharedesk.core.export.fhir.utc_now", lambda: WHEN)
    monkeypatch.setattr("sharedesk.core.export.fhir.uuid.uuid4", lambda: "fixed")
    monkeypatch.setattr("sharedesk.core.export.json_export.utc_now", lambda: WHEN)
    monkeypatch.setattr("sharedesk.core.export.html_export.utc_now", lambda: WHEN)
    monkeypatch.setattr("sharedesk.core.export.pdf.utc_now", lambda: WHEN)
    out = tmp_path / f"file.{fmt}"
    if fmt == "json":
        json_export.export_json(records, out)
    elif fmt == "csv":
        csv_export.export_csv(records, flows, out)
    elif fmt == "html":
        html_export.export_html(records, flows, out)
    else:
        fhir.export_fhir(records, flows, out, with_pdfs=False)
    sink = io.BytesIO()
    seen: list[tuple[int, int]] = []
    export_format(fmt).write(records, flows, sink,
                             ExportJob(progress=lambda d, t: seen.append((d, t)),
                                       include_pdfs=False))
    assert sink.getvalue() == out.read_bytes()
    assert seen[-1] == (2, 2)


def test_pdf_writer_gives_a_pdf_and_stops_on_cancel(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    from sharedesk.core.errors import ExportCancelled

    sink = io.BytesIO()
    export_format("pdf").write([make_record()], flows, sink, ExportJob(generated=WHEN))
    assert sink.getvalue().startswith(b"%PDF-") and b"%%EOF" in sink.getvalue()[-32:]
    stopped = io.BytesIO()
    with pytest.raises(ExportCancelled):
        export_format("pdf").write([make_record()], flows, stopped,
                                   ExportJob(cancel=lambda: True))
    assert stopped.getvalue() == b""


def test_a_sealed_format_without_a_device_key_is_refused(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    sink = io.BytesIO()
    with pytest.raises(UsageError, match="device"):
        export_format("bundle").write([make_record()], flows, sink,
                                      ExportJob(recipients=["age1x"]))
    assert sink.getvalue() == b""


def write_ids(records: list[DecisionRecord], flows: dict[str, Flow], sink: BinaryIO,
              job: ExportJob) -> None:
    """A format a plug-in might add: one record id a line."""
    sink.write(b"".join(f"{r.id}\n".encode() for r in records))


def test_a_registered_format_is_found_and_can_be_removed(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    registry.register(ExportFormat("ids", "Record ids", ".ids.txt", write_ids))
    try:
        assert formats()[-1].id == "ids"
        sink = io.BytesIO()
        record = make_record()
        export_format("ids").write([record], flows, sink, ExportJob())
        assert sink.getvalue() == f"{record.id}\n".encode()
    finally:
        registry.unregister("ids")
    assert "ids" not in registry.format_ids()
