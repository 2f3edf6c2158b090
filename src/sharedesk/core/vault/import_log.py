"""The bundles this vault imported, as its audit trail records them (``bundle_imported``).

Read by the inbox (a bundle imported before is a duplicate, or a conflict when its signed
manifest differs) and by the Devices screen (what each laptop has sent). Thread rules: every
call takes the vault lock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sharedesk.core.records.status import AuditKind
from sharedesk.core.vault.db import Handle, read

BUNDLE_IMPORTED = AuditKind.BUNDLE_IMPORTED


@dataclass(frozen=True)
class BundleImport:
    """One ``bundle_imported`` event: when, and its detail (bundle id, device, signer, manifest
    hash, counts)."""

    at: str
    detail: dict[str, Any]


def _event(at: str, detail: str | None) -> BundleImport:
    return BundleImport(str(at), dict(json.loads(detail)) if detail else {})


class ImportLog:
    def __init__(self, handle: Handle) -> None:
        self._h = handle

    def of_bundle(self, bundle_id: str) -> list[BundleImport]:
        """The imports of bundle ``bundle_id``, oldest first."""
        with self._h.lock:
            rows = read(self._h.conn, self._h.path,
                        "SELECT at, detail FROM audit WHERE kind = ? AND detail LIKE ? "
                        "ORDER BY seq",
                        (BUNDLE_IMPORTED, f'%"bundle_id":{json.dumps(bundle_id)}%'))
        return [e for e in (_event(*r) for r in rows) if e.detail.get("bundle_id") == bundle_id]

    def all(self) -> list[BundleImport]:
        """Every import, oldest first."""
        with self._h.lock:
            rows = read(self._h.conn, self._h.path,
                        "SELECT at, detail FROM audit WHERE kind = ? ORDER BY seq",
                        (BUNDLE_IMPORTED,))
        return [_event(*r) for r in rows]
