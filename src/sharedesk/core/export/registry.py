"""The export formats, in one table: id -> display label, file suffix and writer.

``sharedesk export --format``, the Export dialog's format list and the runs that write an
export (``core/sync/batch.py`` to a file, ``core/sync/export_stream.py`` to a stream) all read
this table, so adding a format is one ``ExportFormat`` line here (or ``register`` from a plug-in
or a test) and its writer: nothing else changes.

A writer is a function ``(records, flows, sink, job) -> bundle id or None`` that writes the whole
export to ``sink`` (a binary stream) and reports progress and checks for cancel through
``job``. Writers are named as ``"module:function"`` and imported only when an export runs, so
listing the formats (the dialog, ``--help``) never imports ReportLab, pyrage or fhir code.
Labels are English source strings; the GUI translates them (``gui/labels.export_format``).
The table is read on any thread; ``register``/``unregister`` are for start-up and tests.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Protocol, cast

from sharedesk.core.errors import UsageError
from sharedesk.core.export.common import CancelCheck, Progress
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord

if TYPE_CHECKING:
    from sharedesk.core.export.signing import DeviceKey


@dataclass(frozen=True)
class ExportJob:
    """What a writer is given besides the records and flows.

    ``device`` signs a sealed format's manifest (a bundle); ``recipients`` (age1... keys) or
    ``passphrase`` encrypt it. ``include_pdfs``: each record's PDF goes into a bundle or a FHIR
    export. ``generated``: the time written into the document (default: now)."""

    progress: Progress | None = None
    cancel: CancelCheck | None = None
    recipients: Sequence[str] = ()
    passphrase: str | None = None
    include_pdfs: bool = True
    include_fhir: bool = True
    device: DeviceKey | None = None
    generated: str | None = None


class Writer(Protocol):
    def __call__(self, records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
                 sink: BinaryIO, job: ExportJob, /) -> str | None: ...


@dataclass(frozen=True)
class ExportFormat:
    """One export format. ``label`` is an English source string (translated by the GUI);
    ``suffix`` the file name ending the dialog suggests; ``binary``: never written to a
    terminal; ``sealed``: encrypted to recipients or a passphrase and signed with this
    device's key (the dialog then asks for recipients)."""

    id: str
    label: str
    suffix: str
    writer: str | Writer
    help: str = ""
    binary: bool = False
    sealed: bool = False

    def load_writer(self) -> Writer:
        if not isinstance(self.writer, str):
            return self.writer
        module, _, name = self.writer.partition(":")
        return cast(Writer, getattr(importlib.import_module(module), name))

    def write(self, records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
              sink: BinaryIO, job: ExportJob) -> str | None:
        """Write ``records`` to ``sink``; the bundle id for a sealed format, else None.
        Runs on the calling thread (blocking); ``job.progress``/``job.cancel`` are called on it."""
        return self.load_writer()(records, flows, sink, job)


_P = "sharedesk.core.export."
_FORMATS: dict[str, ExportFormat] = {f.id: f for f in (
    ExportFormat("pdf", "PDF document", ".pdf", _P + "pdf:write_pdf", binary=True,
                 help="one PDF, each record from a new page, marked OFFICIAL-SENSITIVE"),
    ExportFormat("json", "JSON", ".json", _P + "json_export:write_json",
                 help="the records as JSON (docs/schema/record.schema.json)"),
    ExportFormat("csv", "CSV spreadsheet", ".csv", _P + "csv_export:write_csv",
                 help="one row per record, safe to open in a spreadsheet"),
    ExportFormat("fhir", "FHIR R4 bundle", ".fhir.json", _P + "fhir:write_fhir",
                 help="a FHIR R4 Bundle (docs/fhir.md)"),
    ExportFormat("html", "Accessible HTML", ".html", _P + "html_export:write_html",
                 help="the records as accessible HTML (headings, lists; any script)"),
    ExportFormat("bundle", "Encrypted bundle (age)", ".age", _P + "bundle:write_sealed",
                 binary=True, sealed=True,
                 help="a signed bundle encrypted with age (docs/bundle-format.md)"),
)}


def formats() -> list[ExportFormat]:
    """Every format, in the order the dialog lists them."""
    return list(_FORMATS.values())


def format_ids() -> tuple[str, ...]:
    return tuple(_FORMATS)


def export_format(format_id: str) -> ExportFormat:
    """The format with this id; UsageError (one line, the known ids) otherwise."""
    try:
        return _FORMATS[format_id]
    except KeyError:
        raise UsageError(f"unknown export format {format_id!r} "
                         f"(one of {', '.join(_FORMATS)})") from None


def register(fmt: ExportFormat) -> None:
    """Add ``fmt`` (UsageError if its id is taken: a format is never silently replaced)."""
    if fmt.id in _FORMATS:
        raise UsageError(f"export format {fmt.id!r} is already registered")
    _FORMATS[fmt.id] = fmt


def unregister(format_id: str) -> None:
    _FORMATS.pop(format_id, None)


class HashingSink:
    """Passes writes to ``sink`` while hashing and counting what reached it."""

    def __init__(self, sink: BinaryIO | _Writable) -> None:
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

    def sha256(self) -> str:
        return self.digest.hexdigest()


class _Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


__all__ = ["ExportFormat", "ExportJob", "HashingSink", "Writer", "export_format", "format_ids",
           "formats", "register", "unregister"]
