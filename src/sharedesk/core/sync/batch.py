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
from typing import BinaryIO, cast

from sharedesk.core.errors import UsageError
from sharedesk.core.export.common import CancelCheck, Progress
from sharedesk.core.export.registry import ExportJob, HashingSink, export_format
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.records.status import RecordStatus
from sharedesk.core.sync import credentials
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault


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
                        outcome=outcome, status=RecordStatus.FINAL)  # a purged one: a stub
    return vault.records.select(query)


def export_records(vault: Vault, flows: Mapping[str, Flow], records: Sequence[DecisionRecord],
                   fmt: str, out: str | Path, *, recipients: Sequence[str] = (),
                   passphrase: str | None = None, include_pdfs: bool = True,
                   include_fhir: bool = True, progress: Progress | None = None,
                   cancel: CancelCheck | None = None) -> ExportSummary:
    """Write ``records`` to ``out`` in ``fmt`` (an id in core/export/registry.py) atomically
    and audit it.

    A sealed format (``bundle``) needs ``recipients`` (age1... keys) or a ``passphrase``; its
    manifest is signed with this vault's device key. On cancel or failure ``out`` is unchanged
    and nothing is audited.
    """
    kind = export_format(fmt)
    if not records:
        raise UsageError("no records match; nothing was exported")
    path = Path(out)
    job = ExportJob(progress=progress, cancel=cancel, recipients=recipients,
                    passphrase=passphrase, include_pdfs=include_pdfs, include_fhir=include_fhir,
                    device=credentials.device_key(vault) if kind.sealed else None)
    with atomic_writer(path) as handle:
        sink = HashingSink(handle)
        bundle_id = kind.write(records, flows, cast(BinaryIO, sink), job)
    # A selection's own tuple of ids: no second read, no copy (a million ids are ~90 MB).
    ids: Sequence[str] = getattr(records, "ids", None) or tuple(r.id for r in records)
    Outbox(vault).audit_export(ids, fmt, sink.sha256(), bundle_id)
    return ExportSummary(path, fmt, len(records), sink.sha256(), sink.size, bundle_id)
