"""An export written to a stream instead of a file (``sharedesk export --out -``).

Same formats, bytes and audit as ``batch.export_records``, with no file in between: the
document goes to the stream as it is made (a PDF once it is laid out), so no plaintext copy
is left anywhere on disk. A stream cannot be taken back, so whatever reached it is audited as
exported, even when the export then fails or the reader stops early; nothing that did not
reach it is. Blocking: run on a worker thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol, cast

from sharedesk.core.errors import UsageError
from sharedesk.core.export.common import CancelCheck, Monitor, Progress, count_of
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.sync import credentials
from sharedesk.core.sync.batch import FORMATS, ExportSummary
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault

STREAM_PATH = Path("-")  # ExportSummary.path of an export written to a stream


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


class _Hashing:
    """The sink, counting and hashing what reaches it."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sink.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.sink.flush()


def stream_export(vault: Vault, flows: Mapping[str, Flow], records: Sequence[DecisionRecord],
                  fmt: str, sink: Sink, *, recipients: Sequence[str] = (),
                  passphrase: str | None = None, include_pdfs: bool = True,
                  progress: Progress | None = None,
                  cancel: CancelCheck | None = None) -> ExportSummary:
    """Write ``records`` in ``fmt`` to ``sink`` and audit it; see the module notes."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if not records:
        raise UsageError("no records match; nothing was exported")
    out = _Hashing(sink)
    ids = list(getattr(records, "ids", None) or (r.id for r in records))
    bundle_id: str | None = None
    try:
        if fmt == "bundle":
            from sharedesk.core.export.bundle import write_bundle

            bundle_id = write_bundle(records, flows, cast(BinaryIO, out),
                                     device=credentials.device_key(vault),
                                     recipients=recipients, passphrase=passphrase,
                                     include_pdfs=include_pdfs, progress=progress,
                                     cancel=cancel).bundle_id
        else:
            monitor = Monitor(progress, cancel, total=count_of(records))
            for chunk in _chunks(fmt, records, flows, monitor):
                out.write(chunk)
        out.flush()
    finally:
        if out.size:
            Outbox(vault).audit_export(ids, fmt, out.digest.hexdigest(), bundle_id)
    return ExportSummary(STREAM_PATH, fmt, len(ids), out.digest.hexdigest(), out.size,
                         bundle_id)


def _chunks(fmt: str, records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
            monitor: Monitor) -> Iterator[bytes]:
    if fmt == "pdf":
        from sharedesk.core.export.pdf import pdf_bytes

        yield pdf_bytes(records, flows, monitor=monitor)
    elif fmt == "json":
        from sharedesk.core.export.json_export import iter_json

        yield from iter_json(records, monitor)
    elif fmt == "csv":
        from sharedesk.core.export.csv_export import iter_csv

        yield from iter_csv(records, flows, monitor)
    elif fmt == "html":
        from sharedesk.core.export.html_export import iter_html

        yield from iter_html(records, flows, monitor)
    else:
        yield from _fhir_chunks(records, flows, monitor)


def _fhir_chunks(records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
                 monitor: Monitor) -> Iterator[bytes]:
    # As export_fhir does for a file: each record's PDF embedded, one PDF in memory at a time.
    from sharedesk.core.export.fhir import PdfAttachment, iter_bundle
    from sharedesk.core.export.pdf import pdf_bytes

    pdfs: dict[str, PdfAttachment] = {}

    def with_pdfs() -> Iterator[DecisionRecord]:
        for record in records:
            pdfs[record.id] = PdfAttachment.of(pdf_bytes(record, flows), "", embed=True)
            yield record
            pdfs.pop(record.id, None)

    yield from iter_bundle(with_pdfs(), flows, pdfs, monitor)


__all__ = ["STREAM_PATH", "Sink", "stream_export"]
