"""Exports chosen by the user (the Export dialog, ``sharedesk export``): select records from the
vault by ids or date range and status, write them in one format, audit the export.

A manual export never takes a record out of the upload queue (only an acknowledgement does).
Blocking: run on a worker thread; ``progress``/``cancel`` are called on that thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sharedesk.core.errors import UsageError
from sharedesk.core.export.common import CancelCheck, ExportResult, Progress
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.sync import credentials
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault

FORMATS = ("pdf", "json", "csv", "fhir", "bundle", "html")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: str
    count: int
    sha256: str
    size: int
    bundle_id: str | None = None


def select_records(vault: Vault, *, ids: Sequence[str] = (), since: date | None = None,
                   until: date | None = None, export_status: str | None = None,
                   outcome: str | None = None) -> Sequence[DecisionRecord]:
    """Records by id (in the order given), or every record created in [since, until] with the
    given export status and outcome, oldest first, leaving out records whose content was
    purged (RecordPurged if one is asked for by id). A selection by date and status is read
    from the vault in one ordered pass, a batch at a time, as it is exported (constant
    memory; ``records.select``)."""
    if ids:
        return [vault.records.get(record_id) for record_id in dict.fromkeys(ids)]
    query = RecordQuery(date_from=since, date_to=until, export_status=export_status,
                        outcome=outcome, status="final")  # a purged record is only a stub
    return vault.records.select(query)


def export_records(vault: Vault, flows: Mapping[str, Flow], records: Sequence[DecisionRecord],
                   fmt: str, out: str | Path, *, recipients: Sequence[str] = (),
                   passphrase: str | None = None, include_pdfs: bool = True,
                   include_fhir: bool = True, progress: Progress | None = None,
                   cancel: CancelCheck | None = None) -> ExportSummary:
    """Write ``records`` to ``out`` in ``fmt`` (one of FORMATS) atomically and audit it.

    ``bundle`` needs ``recipients`` (age1... keys) or a ``passphrase``; its manifest is signed
    with this vault's device key. On cancel or failure ``out`` is unchanged and nothing is
    audited.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if not records:
        raise UsageError("no records match; nothing was exported")
    path = Path(out)
    bundle_id = None
    if fmt == "bundle":
        from sharedesk.core.export.bundle import export_bundle

        info = export_bundle(records, flows, path, device=credentials.device_key(vault),
                             recipients=recipients, passphrase=passphrase,
                             include_pdfs=include_pdfs, include_fhir=include_fhir,
                             progress=progress, cancel=cancel)
        sha256, size, bundle_id = info.sha256, info.size, info.bundle_id
    else:
        result = _write_plain(fmt, records, flows, path, progress, cancel)
        sha256, size = result.sha256, result.size
    ids = list(getattr(records, "ids", None) or (r.id for r in records))  # no second read
    Outbox(vault).audit_export(ids, fmt, sha256, bundle_id)
    return ExportSummary(path, fmt, len(records), sha256, size, bundle_id)


def _write_plain(fmt: str, records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
                 path: Path, progress: Progress | None, cancel: CancelCheck | None) -> ExportResult:
    if fmt == "pdf":
        from sharedesk.core.export.pdf import export_pdf

        return export_pdf(records, flows, path, progress=progress, cancel=cancel)
    if fmt == "json":
        from sharedesk.core.export.json_export import export_json

        return export_json(records, path, progress=progress, cancel=cancel)
    if fmt == "csv":
        from sharedesk.core.export.csv_export import export_csv

        return export_csv(records, flows, path, progress=progress, cancel=cancel)
    if fmt == "html":
        from sharedesk.core.export.html_export import export_html

        return export_html(records, flows, path, progress=progress, cancel=cancel)
    from sharedesk.core.export.fhir import export_fhir

    return export_fhir(records, flows, path, progress=progress, cancel=cancel)
