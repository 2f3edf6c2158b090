"""The accessible HTML export: well-formed, lang="en-GB", a heading outline, text exactly as typed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from export_samples import TRICKY

from sharedesk.core.errors import ExportCancelled
from sharedesk.core.export.html_export import export_html
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

NS = "{http://www.w3.org/1999/xhtml}"
NAMES = ["张伟", "محمد علی", "Αλέξανδρος", "Дмитрий", "Zażółć Łukasz", "Nguyễn Thị Hương"]


def _parse(path: Path) -> ET.Element:
    return ET.fromstring(path.read_bytes())  # raises on anything not well-formed


def test_html_is_well_formed_with_language_title_and_headings(
        tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    records = [make_record(amend=True, subject=" / ".join(NAMES)), make_record(final=False)]
    out = tmp_path / "records.html"
    result = export_html(records, flows, out)
    root = _parse(out)
    assert result.count == 2 and out.read_bytes().startswith(b"<!DOCTYPE html>")
    assert root.get("lang") == "en-GB"
    assert root.find(f"{NS}head/{NS}title").text
    headings = [(el.tag.removeprefix(NS), "".join(el.itertext())) for el in root.iter()
                if el.tag in (f"{NS}h1", f"{NS}h2", f"{NS}h3")]
    assert [h for h, _ in headings].count("h1") == 1
    assert [t for h, t in headings if h == "h2"] == [f"Decision record {r.id}" for r in records]
    assert ("h3", "Path of questions and answers") in headings
    text = "".join(root.itertext())
    for name in NAMES:
        assert name in text, "typed text is kept exactly, in any script"
    assert TRICKY in text, "markup in typed text is escaped, not interpreted"
    assert not root.findall(f".//{NS}script") and not root.findall(f".//{NS}b")


def test_html_export_cancel_keeps_nothing(tmp_path: Path, make_record: Callable[..., DecisionRecord],
                                          flows: dict[str, Flow]) -> None:
    out = tmp_path / "records.html"
    with pytest.raises(ExportCancelled):
        export_html([make_record()], flows, out, cancel=lambda: True)
    assert not out.exists()


def test_countersignatures_read_the_same_in_html_and_pdf(
        tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    # One set of document words for countersignature outcomes (export/common.py): the HTML said
    # "agreed_with_comments" where the PDF said "Agreed with comments".
    import base64
    from dataclasses import replace

    from pypdf import PdfReader

    from sharedesk.core.export.pdf import export_pdf
    from sharedesk.core.records.model import Countersignature

    signed = Countersignature(
        by="Manager M", role="Named nurse", outcome="agreed_with_comments", comment="Fine.",
        at="2026-11-22T10:00:00Z", public_key=base64.b64encode(bytes(32)).decode(),
        signature=base64.b64encode(bytes(64)).decode())
    record = replace(make_record(), countersignatures=(signed,))
    export_html([record], flows, tmp_path / "r.html")
    html_text = "".join(_parse(tmp_path / "r.html").itertext())
    export_pdf(record, flows, tmp_path / "r.pdf")
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Agreed with comments: Fine." in html_text and "agreed_with_comments" not in html_text
    assert "Agreed with comments" in pdf_text and "agreed_with_comments" not in pdf_text
