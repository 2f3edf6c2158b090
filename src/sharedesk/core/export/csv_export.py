"""CSV export: one row per record, every field as it stands after amendments.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab/return) are
prefixed with an apostrophe: a record's free text must never execute in the case worker's
spreadsheet. The file is UTF-8 with a byte-order mark so spreadsheet programs read names and
reasons correctly, and is written atomically, row by row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sharedesk.core.export.common import (
    CancelCheck,
    ExportResult,
    FlowIndex,
    Monitor,
    Progress,
    count_of,
    describe_path,
    flow_for,
    result_for,
)
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob

FIXED_COLUMNS = ("id", "status", "created", "finalised", "flow_id", "flow_version", "outcome",
                 "path")
TRAILING_COLUMNS = ("amendments", "sha256")
COLUMNS = (*FIXED_COLUMNS, *RECORD_FIELDS, *TRAILING_COLUMNS)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formula injection (OWASP CSV injection advice)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def record_row(record: DecisionRecord, flow: Flow | None) -> list[str]:
    steps = describe_path(record, flow)
    path = " > ".join(f"{s.node_id}={s.answer_value}" if s.answer_value else s.node_id
                      for s in steps)
    fields = record.effective_fields()
    amendments = " | ".join(f"{a.at} {a.author}: {a.reason}" for a in record.amendments)
    row = [record.id, record.status, record.created, record.finalised or "", record.flow_id,
           record.flow_version, record.outcome, path,
           *(fields.get(name, "") for name in RECORD_FIELDS), amendments, record.sha256()]
    return [safe_cell(cell) for cell in row]


def iter_csv(records: Iterable[DecisionRecord], flows: FlowIndex,
             monitor: Monitor) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(record_row(record, flow_for(record, flows)))
        yield buffer.getvalue().encode("utf-8")
        monitor.step()


def export_csv(records: Iterable[DecisionRecord], flows: Mapping[str, Flow], out: str | Path, *,
               progress: Progress | None = None,
               cancel: CancelCheck | None = None) -> ExportResult:
    """Write records to ``out`` as CSV, atomically; on cancel or failure ``out`` is unchanged."""
    monitor = Monitor(progress, cancel, total=count_of(records))
    path = Path(out)
    with atomic_writer(path) as handle:
        for chunk in iter_csv(records, flows, monitor):
            handle.write(chunk)
    return result_for(path, monitor.done)


def write_csv(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
              job: ExportJob) -> None:
    """The registry's CSV writer (core/export/registry.py)."""
    monitor = Monitor(job.progress, job.cancel, total=count_of(records))
    for chunk in iter_csv(records, flows, monitor):
        sink.write(chunk)
