"""JSON export of decision records, in the shape published in docs/schema/record.schema.json.

A record is exported as its canonical form (``DecisionRecord.to_dict``) plus ``sha256`` (the
hash of the canonical bytes, which a receiver recomputes) and ``effective_fields`` (the fields
after every amendment, for systems that only want the current values). A file holds
``{"format": "sharedesk-records", "schema_version": 1, ..., "records": [...]}`` and is written
record by record, so memory stays flat however many records are exported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sharedesk.core.errors import ExportError
from sharedesk.core.export.common import (
    APP_VERSION,
    SCHEMA_VERSION,
    CancelCheck,
    ExportResult,
    Monitor,
    Progress,
    count_of,
    result_for,
)
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord, utc_now

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob
    from sharedesk.core.flow.model import Flow

FORMAT = "sharedesk-records"


def record_to_json(record: DecisionRecord) -> dict[str, Any]:
    """The exported form of one record (canonical form + sha256 + effective_fields)."""
    out = record.to_dict()
    out["sha256"] = record.sha256()
    out["effective_fields"] = dict(sorted(record.effective_fields().items()))
    return out


def record_from_json(data: Mapping[str, Any]) -> DecisionRecord:
    """Rebuild a record from its exported form, checking ``sha256`` when present.

    Raises ExportError with a one-line reason on a malformed record or a hash mismatch.
    """
    try:
        record = DecisionRecord.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(f"malformed record: missing or invalid {exc}") from None
    claimed = data.get("sha256")
    if claimed is not None and claimed != record.sha256():
        raise ExportError(f"record {record.id}: content does not match its sha256")
    return record


def iter_json(records: Iterable[DecisionRecord], monitor: Monitor,
              generated: str | None = None) -> Iterator[bytes]:
    """The export document as UTF-8 chunks, one record per chunk after the header."""
    head = {"format": FORMAT, "schema_version": SCHEMA_VERSION, "app_version": APP_VERSION,
            "generated": generated or utc_now()}
    yield json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8") + b',\n"records": ['
    first = True
    for record in records:
        body = json.dumps(record_to_json(record), ensure_ascii=False, sort_keys=True)
        yield (b"\n" if first else b",\n") + body.encode("utf-8")
        first = False
        monitor.step()
    yield b"\n]}\n"


def export_json(records: Iterable[DecisionRecord], out: str | Path, *,
                progress: Progress | None = None, cancel: CancelCheck | None = None,
                generated: str | None = None) -> ExportResult:
    """Write records to ``out`` as one JSON document, atomically.

    On cancel (ExportCancelled) or failure the destination is left as it was. Runs on the
    calling thread; ``progress`` and ``cancel`` are called on it after each record.
    """
    monitor = Monitor(progress, cancel, total=count_of(records))
    path = Path(out)
    with atomic_writer(path) as handle:
        for chunk in iter_json(records, monitor, generated):
            handle.write(chunk)
    return result_for(path, monitor.done)


def load_json_export(data: bytes) -> list[DecisionRecord]:
    """Parse a JSON export (or a single exported record) back into records, checking hashes."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportError(f"not a sharedesk JSON export: {exc}") from None
    if isinstance(doc, dict) and doc.get("format") == FORMAT and isinstance(doc.get("records"), list):
        return [record_from_json(item) for item in doc["records"]]
    if isinstance(doc, dict) and "id" in doc and "flow" in doc:
        return [record_from_json(doc)]
    raise ExportError("not a sharedesk JSON export (no records)")


def write_json(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
               job: ExportJob) -> None:
    """The registry's JSON writer (core/export/registry.py)."""
    monitor = Monitor(job.progress, job.cancel, total=count_of(records))
    for chunk in iter_json(records, monitor, job.generated):
        sink.write(chunk)
