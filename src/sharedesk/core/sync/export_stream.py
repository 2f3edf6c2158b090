"""An export written to a stream instead of a file (``sharedesk export --out -``).

Same formats, bytes and audit as ``batch.export_records``, with no file in between: the
document goes to the stream as it is made (a PDF once it is laid out), so no plaintext copy
is left anywhere on disk. A stream cannot be taken back, so whatever reached it is audited as
exported, even when the export then fails or the reader stops early; nothing that did not
reach it is. Blocking: run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol, cast

from sharedesk.core.errors import UsageError
from sharedesk.core.export.common import CancelCheck, Progress
from sharedesk.core.export.registry import ExportJob, HashingSink, export_format
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.sync import credentials
from sharedesk.core.sync.batch import ExportSummary
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault

STREAM_PATH = Path("-")  # ExportSummary.path of an export written to a stream


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


def stream_export(vault: Vault, flows: Mapping[str, Flow], records: Sequence[DecisionRecord],
                  fmt: str, sink: Sink, *, recipients: Sequence[str] = (),
                  passphrase: str | None = None, include_pdfs: bool = True,
                  progress: Progress | None = None,
                  cancel: CancelCheck | None = None) -> ExportSummary:
    """Write ``records`` in ``fmt`` (an id in core/export/registry.py) to ``sink`` and audit
    it; see the module notes."""
    kind = export_format(fmt)
    if not records:
        raise UsageError("no records match; nothing was exported")
    out = HashingSink(sink)
    ids: Sequence[str] = getattr(records, "ids", None) or tuple(r.id for r in records)
    bundle_id: str | None = None
    job = ExportJob(progress=progress, cancel=cancel, recipients=recipients,
                    passphrase=passphrase, include_pdfs=include_pdfs,
                    device=credentials.device_key(vault) if kind.sealed else None)
    try:
        bundle_id = kind.write(records, flows, cast(BinaryIO, out), job)
        out.flush()
    finally:
        if out.size:
            Outbox(vault).audit_export(ids, fmt, out.sha256(), bundle_id)
    return ExportSummary(STREAM_PATH, fmt, len(ids), out.sha256(), out.size, bundle_id)


__all__ = ["STREAM_PATH", "Sink", "stream_export"]
