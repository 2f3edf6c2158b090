"""PDF of one decision record or a batch, marked OFFICIAL-SENSITIVE on every page.

Each page carries the handling marking in its header and footer, the record id, the flow id and
version, the time the PDF was generated and "Page x of y". The body gives the flow used, the
full path of questions and answers (in the flow's own words), every record field with its label,
amendments with author, time and reason, and the record's SHA-256. DejaVu Sans is embedded
(subset) so the text renders and extracts identically everywhere; a character it cannot draw is
printed as its code point, never as an empty box (pdf_fonts). The document language (/Lang
en-GB) and title are set; the PDF is not tagged (docs/pdf.md). ReportLab is imported here
only, and this module is imported only when exporting, so it never slows the GUI's start-up.
Not thread-safe across font registration the first time; later calls are independent.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from sharedesk.core.errors import ExportError
from sharedesk.core.export import pdf_fonts
from sharedesk.core.export.common import (
    APP_VERSION,
    CancelCheck,
    ExportResult,
    Monitor,
    Progress,
    countersign_label,
    describe_path,
    field_history,
    field_rows,
    flow_for,
    outcome_label,
    result_for,
)
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.orgkeys import fingerprint
from sharedesk.core.records.countersign import verifies
from sharedesk.core.records.model import DecisionRecord, utc_now
from sharedesk.core.records.validation import display_value

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob

FONT, FONT_BOLD, register_fonts = pdf_fonts.FONT, pdf_fonts.FONT_BOLD, pdf_fonts.register_fonts

MARKING = "OFFICIAL-SENSITIVE"
@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=15, leading=19,
                                spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "item": ParagraphStyle("item", base, leftIndent=12),
        "hash": ParagraphStyle("hash", base, fontSize=8.5, leading=11),
    }


def text(value: str) -> str:
    """User text as ReportLab paragraph markup: escaped, line breaks kept, never a silent box
    (pdf_fonts: a character no embedded font can draw is given as its code point)."""
    return pdf_fonts.markup(value)


def _typed_text(record: DecisionRecord) -> list[str]:
    """Every piece of text people typed into ``record`` (to say when some cannot be drawn)."""
    return [*record.fields.values(), *record.effective_fields().values(),
            *(v for a in record.amendments for v in (a.author, a.reason, *a.changes.values())),
            *(v for step in record.path for a in step.advice for v in (a.adviser, a.advice)),
            *(v for cs in record.countersignatures for v in (cs.by, cs.role, cs.comment))]


class _RecordStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Zero-size marker: names the record on the canvas (for the page header) and reports progress."""

    def __init__(self, record: DecisionRecord, monitor: Monitor) -> None:
        super().__init__()
        self.record = record
        self.monitor = monitor

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.monitor.check()  # layout is where the time goes: stop promptly on cancel
        return 0, 0

    def draw(self) -> None:
        r = self.record
        self.canv._sd_header = (r.id, f"{r.flow_id} {r.flow_version}")
        self.monitor.step()


class _MarkedCanvas(Canvas):  # type: ignore[misc]
    """Defers headers and footers to save(), when the page count is known ("Page x of y")."""

    def __init__(self, *args: Any, generated: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sd_generated = generated
        self._sd_header: tuple[str, str] = ("", "")
        self._sd_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._sd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._sd_pages)
        for number, state in enumerate(self._sd_pages, start=1):
            self.__dict__.update(state)
            self._mark(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _mark(self, number: int, total: int) -> None:
        width, height = A4
        left, right = 18 * mm, width - 18 * mm
        record_id, flow = self._sd_header
        self.setFont(FONT_BOLD, 10)
        self.drawCentredString(width / 2, height - 11 * mm, MARKING)
        self.drawCentredString(width / 2, 8 * mm, MARKING)
        self.setFont(FONT, 7.5)
        self.drawString(left, height - 16 * mm, f"Decision record {record_id}")
        self.drawRightString(right, height - 16 * mm, f"Flow {flow}")
        self.drawString(left, 13 * mm, f"Generated {self._sd_generated} by sharedesk {APP_VERSION}")
        self.drawRightString(right, 13 * mm, f"Page {number} of {total}")
        self.setLineWidth(0.4)
        self.line(left, height - 18 * mm, right, height - 18 * mm)
        self.line(left, 16 * mm, right, 16 * mm)


def record_story(record: DecisionRecord, flow: Flow | None, monitor: Monitor) -> list[Flowable]:
    """The flowables for one record (public so the benchmark can lay out the same content)."""
    s = styles()
    story: list[Flowable] = [_RecordStart(record, monitor),
                             Paragraph("Information-sharing decision record", s["title"])]
    if not record.is_final:
        story.append(Paragraph("<b>DRAFT: this record has not been finalised.</b>", s["body"]))
    flow_name = flow.title if flow is not None else "(flow text not available in this copy)"
    summary = [("Record id", record.id), ("Status", "Final" if record.is_final else "Draft"),
               ("Created (UTC)", record.created), ("Finalised (UTC)", record.finalised or "-"),
               ("Outcome", outcome_label(record.outcome)),
               ("Flow", f"{flow_name}; id {record.flow_id}, version {record.flow_version}")]
    story += [Paragraph(f"<b>{label}:</b> {text(value)}", s["body"]) for label, value in summary]
    story.append(Paragraph("Path of questions and answers", s["h2"]))
    for number, line in enumerate(describe_path(record, flow), start=1):
        answer = f" <b>Answer: {text(line.answer)}</b>" if line.answer else ""
        story.append(Paragraph(f"{number}. {text(line.question)}{answer}", s["body"]))
        for adviser, advice, at in line.advice:
            when = f" ({text(at)})" if at else ""
            story.append(Paragraph(f"Advice from {text(adviser)}{when}: {text(advice)}", s["item"]))
    story.append(Paragraph("Record", s["h2"]))
    for name, label, value, amended in field_rows(record):
        mark = " <i>(amended)</i>" if amended else ""
        shown = text(display_value(name, value)) or "-"
        story.append(Paragraph(f"<b>{text(label)}:</b>{mark} {shown}", s["body"]))
        if amended:
            story += _field_history(record, name)
    story.append(Paragraph("Amendments", s["h2"]))
    if not record.amendments:
        story.append(Paragraph("None.", s["body"]))
    for a in record.amendments:
        story.append(Paragraph(f"<b>{text(a.at)}, {text(a.author)}</b>: {text(a.reason)}", s["body"]))
        for name, value in sorted(a.changes.items()):
            label = RECORD_FIELDS.get(name, name)
            shown = text(display_value(name, value)) or "-"
            story.append(Paragraph(f"{text(label)} changed to: {shown}", s["item"]))
    story += _countersignatures(record)
    if pdf_fonts.needs_code_points(_typed_text(record)):
        story.append(Paragraph(pdf_fonts.CODE_POINT_NOTE, s["body"]))
    story += [Spacer(1, 6),
              Paragraph(f"<b>Record SHA-256:</b> {record.sha256()}", s["hash"])]
    if record.amendments or record.countersignatures:
        story.append(Paragraph(f"<b>Finalised record SHA-256</b> (without amendments and "
                               f"countersignatures; what a countersignature signs): "
                               f"{record.finalised_sha256()}", s["hash"]))
    return story


def _countersignatures(record: DecisionRecord) -> list[Flowable]:
    """Each countersignature: outcome, who, role, time, comment and the signing key's
    fingerprint (the signature itself is in the JSON and FHIR exports)."""
    s = styles()
    if not record.is_final:
        return []
    story: list[Flowable] = [Paragraph("Countersignatures", s["h2"])]
    if not record.countersignatures:
        story.append(Paragraph("None.", s["body"]))
    for cs in record.countersignatures:
        role = f" ({text(cs.role)})" if cs.role else ""
        valid = "signature verified" if verifies(record, cs) else "SIGNATURE DOES NOT VERIFY"
        story.append(Paragraph(f"<b>{text(countersign_label(cs.outcome))}"
                               f"</b>: {text(cs.at)}, {text(cs.by)}{role}", s["body"]))
        if cs.comment:
            story.append(Paragraph(f"Comment: {text(cs.comment)}", s["item"]))
        story.append(Paragraph(f"Key {fingerprint(cs.public_key)}; {valid}", s["item"]))
    return story


def _field_history(record: DecisionRecord, name: str) -> list[Flowable]:
    """The original value, then each amendment's value with its time, author and reason."""
    s = styles()
    original = text(display_value(name, record.fields.get(name, ""))) or "(blank)"
    story: list[Flowable] = [Paragraph(f"Original: {original}", s["item"])]
    for a, value in field_history(record, name):
        shown = text(display_value(name, value)) or "(blank)"
        story.append(Paragraph(f"Amended {text(a.at)} by {text(a.author)} "
                               f"(reason: {text(a.reason)}): {shown}", s["item"]))
    return story


def cover_story(records: list[DecisionRecord]) -> list[Flowable]:
    """A PDF pack's cover sheet: one line per record (number, id, finalised, outcome, who,
    subject, amendments and countersignatures), in the order the records follow."""
    s = styles()
    story: list[Flowable] = [
        Paragraph("Information-sharing decision records: cover sheet", s["title"]),
        Paragraph(f"{len(records)} records follow, each from a new page, with its path of "
                  "questions and answers, reasons, amendments and countersignatures.", s["body"])]
    for number, r in enumerate(records, start=1):
        fields = r.effective_fields()
        signed = ", ".join(countersign_label(c.outcome)
                           for c in r.countersignatures) or "none"
        story.append(Paragraph(
            f"<b>{number}.</b> {text(r.id)}; {text(r.finalised or r.created)}; "
            f"<b>{text(outcome_label(r.outcome))}</b>; by {text(fields.get('decision_maker', '-'))}; "
            f"subject {text(fields.get('subject', '-') or '-')}; amendments {len(r.amendments)}; "
            f"countersigned: {text(signed)}", s["item"]))
    return story


def _build(records: list[DecisionRecord], flows: Mapping[str, Flow], sink: Any,
           monitor: Monitor, generated: str) -> None:
    register_fonts()
    story: list[Flowable] = cover_story(records) if len(records) > 1 else []
    for index, record in enumerate(records):
        if index or story:
            story.append(PageBreak())
        story += record_story(record, flow_for(record, flows), monitor)
    title = f"Decision record {records[0].id}" if len(records) == 1 else "Decision records"
    doc = SimpleDocTemplate(sink, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                            subject=MARKING, creator=f"sharedesk {APP_VERSION}",
                            lang=pdf_fonts.LANGUAGE,  # /Lang: screen readers pick the voice
                            initialFontName=FONT)  # so no unembedded base-14 font is referenced
    doc.build(story, canvasmaker=functools.partial(_MarkedCanvas, generated=generated))


def _as_list(records: Iterable[DecisionRecord] | DecisionRecord) -> list[DecisionRecord]:
    items = [records] if isinstance(records, DecisionRecord) else list(records)
    if not items:
        raise ExportError("no records to export")
    return items


def pdf_bytes(records: Iterable[DecisionRecord] | DecisionRecord, flows: Mapping[str, Flow], *,
              generated: str | None = None, monitor: Monitor | None = None) -> bytes:
    """The PDF in memory (for bundles and FHIR, which hash and embed it)."""
    sink = io.BytesIO()
    _build(_as_list(records), flows, sink, monitor or Monitor(), generated or utc_now())
    return sink.getvalue()


def export_pdf(records: Iterable[DecisionRecord] | DecisionRecord, flows: Mapping[str, Flow],
               out: str | Path, *, generated: str | None = None, progress: Progress | None = None,
               cancel: CancelCheck | None = None) -> ExportResult:
    """Write one record or a batch (each record from a new page) to ``out``, atomically.

    On cancel (ExportCancelled) or failure ``out`` is left as it was. Runs on the calling thread.
    """
    items = _as_list(records)
    monitor = Monitor(progress, cancel, total=len(items))
    path = Path(out)
    with atomic_writer(path) as handle:
        _build(items, flows, handle, monitor, generated or utc_now())
    return result_for(path, len(items))


def write_pdf(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
              job: ExportJob) -> None:
    """The registry's PDF writer (core/export/registry.py): the whole PDF to ``sink``."""
    items = _as_list(records)
    _build(items, flows, sink, Monitor(job.progress, job.cancel, total=len(items)),
           job.generated or utc_now())
