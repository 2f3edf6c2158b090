"""Folder transport: write ``<bundle_id>.age`` atomically into a configured (synced or network)
folder; the receiving side acknowledges by writing ``<bundle_id>.receipt.json`` beside it,
holding the same receipt as the HTTPS answer (version 1, core/sync/receipt.py): with a receipt
key pinned it must be signed by that key, or it acknowledges nothing. A receipt file over
64 KiB is refused.

A bundle file already there with different bytes is a conflict and is never overwritten.
Blocking file I/O: run off the GUI thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sharedesk.core.errors import UsageError
from sharedesk.core.fsutil import WriteError, write_atomic
from sharedesk.core.sync.receipt import MAX_RECEIPT_BYTES, judge
from sharedesk.core.sync.transport import AttemptKind, Outcome


class FolderTransport:
    name = "folder"

    def __init__(self, folder: str | Path, *, receipt_keys: Sequence[str] = ()) -> None:
        self.folder = Path(folder)
        self.receipt_keys = tuple(receipt_keys)
        if not str(folder):
            raise UsageError("no sync folder configured (setting sync.folder)")

    def bundle_path(self, bundle_id: str) -> Path:
        return self.folder / f"{bundle_id}.age"

    def receipt_path(self, bundle_id: str) -> Path:
        return self.folder / f"{bundle_id}.receipt.json"

    def deliver(self, bundle_id: str, data: bytes, sha256: str) -> Outcome:
        if not self.folder.is_dir():
            return Outcome(AttemptKind.RETRY, f"the sync folder {self.folder} is not available; "
                           "will try again when it is")
        target = self.bundle_path(bundle_id)
        try:
            existing = target.read_bytes() if target.exists() else None
        except OSError as exc:
            return Outcome(AttemptKind.RETRY, f"cannot read {target}: {exc.strerror or exc}")
        if existing is not None and hashlib.sha256(existing).hexdigest() != sha256:
            return Outcome(AttemptKind.CONFLICT, f"{target} already holds a different bundle; it was not "
                           "overwritten")
        if existing is None:
            try:
                write_atomic(target, data, mode=0o600)
            except WriteError as exc:
                return Outcome(AttemptKind.RETRY, str(exc))
        return self.check_receipt(bundle_id, sha256) or Outcome(
            AttemptKind.SENT, "written to the sync folder; waiting for the receipt")

    def check_receipt(self, bundle_id: str, sha256: str) -> Outcome | None:
        path = self.receipt_path(bundle_id)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_RECEIPT_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            return Outcome(AttemptKind.RETRY, f"cannot read {path}: {exc.strerror or exc}")
        return judge(raw, bundle_id, sha256, self.receipt_keys, where=path.name)
