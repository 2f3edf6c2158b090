"""PDFs are parsed back (pypdf and pdftotext) and checked for every part a reader relies on."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from export_samples import REFUSE_ANSWERS, TRICKY
from pypdf import PdfReader

from sharedesk.core.errors import ExportCancelled, ExportError
from sharedesk.core.export.pdf import export_pdf, pdf_bytes
from sharedesk.core.flow import Flow
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.records.model import DecisionRecord


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_single_record_pdf_carries_marking_path_fields_amendments_and_hash(
        tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    record = make_record(amend=True)
    out = tmp_path / "record.pdf"
    result = export_pdf(record, flows, out, generated="2026-11-22T08:00:00Z")
    pages = _pages(out)
    assert result.count == 1 and result.size == out.stat().st_size
    text = _flat(" ".join(pages))
    for number, page in enumerate(pages, start=1):
        flat = _flat(page)
        assert flat.count("OFFICIAL-SENSITIVE") == 2, "header and footer marking on every page"
        assert f"Page {number} of {len(pages)}" in flat
        assert f"Decision record {record.id}" in flat
        assert f"Flow england-2018 {record.flow_version}" in flat
        assert "Generated 2026-11-22T08:00:00Z" in flat
    # The path in the flow's own words, with the answers and the advice sought.
    assert "Is there a clear and legitimate purpose for sharing the information?" in text
    assert "Is there another lawful basis to share the information? Answer: Yes" in text
    assert "Advice from Named nurse (2026-11-20T09:35:00Z): Share under public task" in text
    for label in RECORD_FIELDS.values():
        assert _flat(label) in text, label
    assert _flat(TRICKY) in text  # markup characters printed, not interpreted
    assert "Siân Llŷr" in text
    assert "Corrected the recipient team" in text and "Manager M" in text
    assert "Recipient (organisation, role, name) changed to: Children's social care, MASH" in text
    # Enumerated values read as their labels, not their codes.
    assert "Lawful basis (UK GDPR Article 6): Public task (Art 6(1)(e))" in text
    assert "Consent: Not sought" in text and "public_task" not in text
    assert f"Record SHA-256: {record.sha256()}" in text
    assert "Outcome: Share" in text


def test_every_font_is_embedded_dejavu(tmp_path: Path, flows: dict[str, Flow],
                                       make_record: Callable[..., DecisionRecord]) -> None:
    out = tmp_path / "r.pdf"
    export_pdf(make_record(), flows, out)
    fonts: dict[str, bool] = {}
    for page in PdfReader(out).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_batch_pdf_survives_pdftotext_with_each_record_on_its_own_pages(
        tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    records = [make_record(), make_record(REFUSE_ANSWERS, final=False), make_record()]
    out = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []
    export_pdf(records, flows, out, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert all("OFFICIAL-SENSITIVE" in p for p in pages)
    assert f"of {len(pages)}" in pages[-1]
    for record in records:
        owning = [p for p in pages if f"Decision record {record.id}" in p]
        assert owning, record.id
        assert record.sha256() in _flat(" ".join(owning))
    draft_pages = " ".join(p for p in pages if f"Decision record {records[1].id}" in p)
    assert "DRAFT: this record has not been finalised." in _flat(draft_pages)
    assert "Outcome: Do not share" in _flat(draft_pages)
    assert "Siân Llŷr" in text


def test_unknown_flow_version_shows_node_ids_not_invented_wording(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow], tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_pdf(make_record(), {}, out)
    text = _flat(" ".join(_pages(out)))
    assert "[purpose]" in text and "flow text not available" in text
    assert "Is there a clear and legitimate purpose" not in text


def test_cancel_leaves_existing_file_untouched(tmp_path: Path, flows: dict[str, Flow],
                                               make_record: Callable[..., DecisionRecord]) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous export")
    records = [make_record() for _ in range(3)]
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        export_pdf(records, flows, out, cancel=cancel)
    assert out.read_bytes() == b"previous export"
    assert sorted(os.listdir(tmp_path)) == ["home", "keep.pdf"], "no temp file left behind"


def test_empty_batch_is_refused(flows: dict[str, Flow]) -> None:
    with pytest.raises(ExportError, match="no records"):
        pdf_bytes([], flows)


def test_unwritable_destination_is_one_line_error(tmp_path: Path, flows: dict[str, Flow],
                                                  make_record: Callable[..., DecisionRecord]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="cannot write") as info:
        export_pdf(make_record(), flows, blocker / "r.pdf")
    assert "\n" not in str(info.value)


def test_an_amended_field_shows_its_original_and_each_amendment(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    import io
    from types import MappingProxyType

    from sharedesk.core.records.model import Amendment

    record = make_record(amend=True)
    original = record.fields["recipient"]
    record = record.with_amendment(Amendment(
        id="00000000-0000-4000-a000-0000000000a2", at="2026-11-22T11:00:00Z", author="Lead L",
        reason="Named the duty worker", changes=MappingProxyType(
            {"recipient": "Children's social care, MASH, duty worker P. Ade"})))
    pages = PdfReader(io.BytesIO(pdf_bytes(record, flows))).pages
    text = _flat(" ".join(page.extract_text() for page in pages))
    assert f"Original: {_flat(original)}" in text
    assert ("Amended 2026-11-21T10:00:00Z by Manager M (reason: Corrected the recipient team): "
            "Children's social care, MASH") in text
    assert ("Amended 2026-11-22T11:00:00Z by Lead L (reason: Named the duty worker): "
            "Children's social care, MASH, duty worker P. Ade") in text
