"""Accessible HTML of decision records, alongside the PDF (which ReportLab cannot tag).

One self-contained file (no scripts, no external resources), ``lang="en-GB"``, a title and a
heading outline a screen reader can jump through: ``h1`` for the document, ``h2`` per record,
``h3`` per section (summary, path, record, amendments, countersignatures); the path as an
ordered list, fields as a description list. Text people typed is shown exactly as typed (any
script; the browser shapes and orders it), escaped. Well-formed XML as well as HTML, so it is
easy to check and to transform. Marked OFFICIAL-SENSITIVE at the top and bottom.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sharedesk.core.export.common import (
    APP_VERSION,
    CancelCheck,
    ExportResult,
    Monitor,
    Progress,
    count_of,
    countersign_label,
    describe_path,
    field_rows,
    flow_for,
    outcome_label,
    result_for,
)
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord, utc_now
from sharedesk.core.records.validation import display_value

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob

MARKING = "OFFICIAL-SENSITIVE"
_STYLE = ("body{font-family:system-ui,sans-serif;max-width:50em;margin:1em auto;padding:0 1em;"
          "line-height:1.5}dt{font-weight:bold}dd{margin:0 0 .5em 1em;white-space:pre-wrap}"
          ".marking{font-weight:bold;text-align:center}")


def _e(value: str) -> str:
    return escape(value, quote=True)


def _dl(rows: Iterable[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value) or '-'}</dd>" for label, value in rows)
    return f"<dl>{items}</dl>"


def record_html(record: DecisionRecord, flow: Flow | None) -> str:
    """One record as an ``article`` (h2, then h3 sections)."""
    flow_name = flow.title if flow is not None else "(flow text not available in this copy)"
    parts = [f'<article aria-labelledby="r-{_e(record.id)}">',
             f'<h2 id="r-{_e(record.id)}">Decision record {_e(record.id)}</h2>']
    if not record.is_final:
        parts.append("<p><strong>DRAFT: this record has not been finalised.</strong></p>")
    parts += ["<h3>Summary</h3>", _dl([
        ("Status", "Final" if record.is_final else "Draft"), ("Created (UTC)", record.created),
        ("Finalised (UTC)", record.finalised or ""), ("Outcome", outcome_label(record.outcome)),
        ("Flow", f"{flow_name}; id {record.flow_id}, version {record.flow_version}")])]
    steps = []
    for line in describe_path(record, flow):
        answer = f" <strong>Answer: {_e(line.answer)}</strong>" if line.answer else ""
        advice = "".join(f"<li>Advice from {_e(who)}{f' ({_e(at)})' if at else ''}: {_e(said)}</li>"
                         for who, said, at in line.advice)
        steps.append(f"<li>{_e(line.question)}{answer}{f'<ul>{advice}</ul>' if advice else ''}</li>")
    parts += ["<h3>Path of questions and answers</h3>", f"<ol>{''.join(steps)}</ol>"]
    parts += ["<h3>Record</h3>", _dl(
        (label + (" (amended)" if amended else ""), display_value(name, value))
        for name, label, value, amended in field_rows(record))]
    parts.append("<h3>Amendments</h3>")
    if not record.amendments:
        parts.append("<p>None.</p>")
    for a in record.amendments:
        changes = "".join(f"<li>{_e(RECORD_FIELDS.get(n, n))} changed to: "
                          f"{_e(display_value(n, v)) or '-'}</li>" for n, v in sorted(a.changes.items()))
        parts.append(f"<p><strong>{_e(a.at)}, {_e(a.author)}</strong>: {_e(a.reason)}</p>"
                     f"<ul>{changes}</ul>")
    if record.countersignatures:
        parts += ["<h3>Countersignatures</h3>", _dl(
            (f"{cs.at}, {cs.by}" + (f" ({cs.role})" if cs.role else ""),
             countersign_label(cs.outcome) + (f": {cs.comment}" if cs.comment else ""))
            for cs in record.countersignatures)]
    parts += [f"<p>Record SHA-256: <code>{record.sha256()}</code></p>", "</article>"]
    return "\n".join(parts)


def iter_html(records: Iterable[DecisionRecord], flows: Mapping[str, Flow], monitor: Monitor,
              generated: str | None = None) -> Iterator[bytes]:
    """The document as UTF-8 chunks, one record per chunk after the head (memory stays flat)."""
    when = generated or utc_now()
    yield ('<!DOCTYPE html>\n<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
           '<meta charset="utf-8" />\n<title>Information-sharing decision records</title>\n'
           f'<style>{_STYLE}</style>\n</head>\n<body>\n<p class="marking">{MARKING}</p>\n'
           '<main>\n<h1>Information-sharing decision records</h1>\n'
           f'<p>Generated {_e(when)} by sharedesk {_e(APP_VERSION)}.</p>\n').encode()
    for record in records:
        yield (record_html(record, flow_for(record, flows)) + "\n").encode()
        monitor.step()
    yield f'</main>\n<p class="marking">{MARKING}</p>\n</body>\n</html>\n'.encode()


def export_html(records: Iterable[DecisionRecord], flows: Mapping[str, Flow], out: str | Path, *,
                progress: Progress | None = None, cancel: CancelCheck | None = None,
                generated: str | None = None) -> ExportResult:
    """Write ``records`` as one HTML file to ``out`` atomically (unchanged on cancel or failure).

    Runs on the calling thread."""
    monitor = Monitor(progress, cancel, total=count_of(records))
    path = Path(out)
    with atomic_writer(path) as handle:
        for chunk in iter_html(records, flows, monitor, generated):
            handle.write(chunk)
    return result_for(path, monitor.done)


def write_html(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
               job: ExportJob) -> None:
    """The registry's HTML writer (core/export/registry.py)."""
    monitor = Monitor(job.progress, job.cancel, total=count_of(records))
    for chunk in iter_html(records, flows, monitor, job.generated):
        sink.write(chunk)
