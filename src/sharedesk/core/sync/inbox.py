"""The manager's inbox: import every bundle in a folder, one at a time, and mark each file.

Each bundle goes through the ordinary ``open_bundle`` and ``import_bundle`` (trust, addressing,
tamper and record checks; nothing imported from a refused bundle). The file then moves to
``DIR/imported/`` or ``DIR/refused/``, the latter with ``NAME.reason.txt`` beside it holding the
one-line reason, and the inbox goes on with the next file. A bundle imported before (same id,
same signed manifest) is refused as a duplicate. Files are taken in name order; hidden files,
folders and reason files are left alone. Thread rules: those of the Vault; ``progress`` and
``cancel`` are called on the calling thread between bundles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyrage import x25519

from sharedesk.core.errors import BundleError, SharedeskError
from sharedesk.core.export.bundle_open import OpenedBundle, open_bundle
from sharedesk.core.export.signing import fingerprint
from sharedesk.core.export.trust import TrustCheck, UntrustedSigner
from sharedesk.core.log import event
from sharedesk.core.paths import ensure_private_dir
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import Vault

IMPORTED, REFUSED = "imported", "refused"
REASON_SUFFIX = ".reason.txt"
InboxProgress = Callable[[int, int, "InboxResult"], None]


@dataclass
class InboxResult:
    """What happened to one bundle. ``signer_key``/``device_id`` are set when the bundle's
    manifest signature verified (so an unknown laptop can be offered for trust)."""

    name: str
    status: str
    reason: str = ""
    bundle_id: str = ""
    added: int = 0
    amended: int = 0
    unchanged: int = 0
    signer_key: str = ""
    device_id: str = ""
    untrusted: bool = False
    moved_to: str = ""

    @property
    def signer_fingerprint(self) -> str:
        return fingerprint(self.signer_key) if self.signer_key else ""

    def line(self) -> str:
        if self.status == IMPORTED:
            return (f"{self.name}: imported bundle {self.bundle_id}: {self.added} added, "
                    f"{self.amended} amended, {self.unchanged} already here")
        return f"{self.name}: refused: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.name, "status": self.status, "reason": self.reason,
                "bundle_id": self.bundle_id, "added": self.added, "amended": self.amended,
                "unchanged": self.unchanged, "signer_fingerprint": self.signer_fingerprint,
                "signer_key": self.signer_key, "device_id": self.device_id,
                "untrusted": self.untrusted}


@dataclass
class InboxSummary:
    results: list[InboxResult] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        imported = [r for r in self.results if r.status == IMPORTED]
        return {"bundles": len(self.results), "imported": len(imported),
                "refused": len(self.results) - len(imported),
                "records_added": sum(r.added for r in imported),
                "records_amended": sum(r.amended for r in imported)}

    def line(self) -> str:
        c = self.counts()
        noun = "bundle" if c["bundles"] == 1 else "bundles"
        return (f"{c['bundles']} {noun}: {c['imported']} imported ({c['records_added']} records "
                f"added, {c['records_amended']} amended), {c['refused']} refused")


class _Recording:
    """A TrustCheck that remembers the signer it was asked about (its signature verified)."""

    def __init__(self, inner: TrustCheck) -> None:
        self.inner = inner
        self.key = ""
        self.device_id = ""

    def check(self, public_b64: str, device_id: str) -> str:
        self.key, self.device_id = public_b64, device_id
        return self.inner.check(public_b64, device_id)


def bundle_files(folder: Path) -> list[Path]:
    """The files the inbox would take, in name order."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".")
                  and not p.name.endswith(REASON_SUFFIX))


def _duplicate(vault: Vault, opened: OpenedBundle) -> str | None:
    """When this very bundle was imported before, the time it was; else None."""
    for earlier in vault.import_log.of_bundle(opened.bundle_id):
        if earlier.detail.get("manifest_sha256") == opened.manifest_sha256:
            return earlier.at
    return None


def import_one(vault: Vault, data: bytes | Path, name: str,
               identities: Sequence[x25519.Identity], trust: TrustCheck) -> InboxResult:
    """Open, check and import one bundle; a refusal is returned, never raised."""
    recorder = _Recording(trust)
    result = InboxResult(name, REFUSED)
    try:
        opened = open_bundle(data, identities, trust=recorder, keep_files=False)
        result.bundle_id = opened.bundle_id
        when = _duplicate(vault, opened)
        if when is not None:
            raise BundleError(f"bundle {opened.bundle_id} is a duplicate: it was imported on "
                              f"{when[:10]}; nothing was imported again")
        report = import_bundle(vault, opened)
    except SharedeskError as exc:
        result.reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        result.untrusted = isinstance(exc, UntrustedSigner)
    else:
        result.status = IMPORTED
        result.added, result.amended = len(report.added), len(report.amended)
        result.unchanged = len(report.unchanged)
    result.signer_key, result.device_id = recorder.key, recorder.device_id[:100]
    return result


def _move(path: Path, folder: Path, result: InboxResult) -> None:
    target_dir = ensure_private_dir(path.parent / folder)
    target = target_dir / path.name
    n = 1
    while target.exists() or (target_dir / (target.name + REASON_SUFFIX)).exists():
        target = target_dir / f"{path.name}.{n}"
        n += 1
    if result.status == REFUSED:
        reason = target_dir / (target.name + REASON_SUFFIX)
        fd = os.open(reason, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(result.reason + "\n")
    os.replace(path, target)
    result.moved_to = str(target)


def process_folder(vault: Vault, folder: str | Path, identities: Sequence[x25519.Identity],
                   trust: TrustCheck, *, progress: InboxProgress | None = None,
                   cancel: Callable[[], bool] | None = None) -> InboxSummary:
    """Import every bundle in ``folder`` and move each file (see the module docstring).
    ``cancel`` is asked before each bundle: the ones done stay done (ExportCancelled is not
    raised; the summary lists what was processed)."""
    root = Path(folder)
    if not root.is_dir():
        raise BundleError(f"{root} is not a folder")
    files = bundle_files(root)
    summary = InboxSummary()
    for index, path in enumerate(files, start=1):
        if cancel is not None and cancel():
            break
        result = import_one(vault, path, path.name, identities, trust)
        try:
            _move(path, Path(result.status), result)
        except OSError as exc:
            raise BundleError(f"{path.name} was {result.status} but could not be moved to "
                              f"{root / result.status} ({exc.strerror or exc}); the rest of "
                              "the inbox was not processed") from None
        summary.results.append(result)
        if progress is not None:
            progress(index, len(files), result)
    event("sync.inbox", bundles=len(summary.results),
          refused=summary.counts()["refused"])
    return summary


def as_json(summary: InboxSummary) -> str:
    return json.dumps({"results": [r.to_dict() for r in summary.results],
                       "summary": summary.counts()}, indent=2)
