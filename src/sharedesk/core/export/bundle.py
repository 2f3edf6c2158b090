"""Signed, age-encrypted bundles of decision records (format: docs/bundle-format.md).

A bundle is a ZIP holding ``records.jsonl`` (one record per line, each line the record's
canonical JSON, so its SHA-256 is the record hash), ``pdf/<id>.pdf``, ``fhir/bundle.json`` and
``manifest.json`` (bundle id, created, app and schema versions, device id and public key,
recipients, the number of records, and the SHA-256 and size of every file), plus
``manifest.sig``, the device's Ed25519 signature over the manifest bytes. Format version 2:
the manifest covers ``records.jsonl`` by its hash, size and line count only, so the records
stream through once and the manifest stays small whatever the count (version 1 listed every
record id with its hash; ``bundle_open`` still reads it). The whole ZIP is encrypted with age
to X25519 recipients (streamed: plaintext is never on disk and never held whole in memory) or,
where no key exists, to a passphrase (then the ZIP is held in memory to encrypt it).

Writing runs on the calling thread (plus one internal encrypting thread); ``progress`` and
``cancel`` are called on the calling thread. Reading is in ``bundle_open``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sharedesk.core.errors import ExportError, UsageError
from sharedesk.core.export import agecrypt
from sharedesk.core.export.common import (
    APP_VERSION,
    SCHEMA_VERSION,
    CancelCheck,
    Monitor,
    Progress,
)
from sharedesk.core.export.fhir import PdfAttachment, iter_bundle
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord, canonical_lines, utc_now

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob

FORMAT = "sharedesk-bundle"
FORMAT_VERSION = 2  # what this sharedesk writes
READ_VERSIONS = (1, 2)  # what it opens
MANIFEST, SIGNATURE, FHIR_FILE = "manifest.json", "manifest.sig", "fhir/bundle.json"
RECORDS_FILE = "records.jsonl"
PASSPHRASE_RECIPIENT = "scrypt-passphrase"  # noqa: S105 (a label in the manifest, not a secret)
_CHUNK = 1 << 18
COMPRESS_LEVEL = 1  # records compress ~5x even at level 1; higher levels cost time, not much size


@dataclass(frozen=True)
class BundleInfo:
    """What was written: ids, the encrypted bytes' SHA-256 and size, and the signed manifest."""

    bundle_id: str
    created: str
    record_ids: tuple[str, ...]
    sha256: str
    size: int
    manifest: Mapping[str, Any] = field(repr=False)


class _Counting:
    """Passes writes to ``sink`` while hashing and counting them (the receipt hash to expect)."""

    def __init__(self, sink: BinaryIO) -> None:
        self.sink = sink
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        self.sink.write(data)
        return len(data)

    def flush(self) -> None:
        self.sink.flush()


class _ZipBuilder:
    def __init__(self, plain: BinaryIO, created: str) -> None:
        self.zip = zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED,
                                   compresslevel=COMPRESS_LEVEL)
        digits = [int(x) for x in created[:19].replace("T", "-").replace(":", "-").split("-")]
        self.date_time = tuple(digits[:6]) if len(digits) >= 6 else (1980, 1, 1, 0, 0, 0)
        self.files: dict[str, dict[str, Any]] = {}

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self.date_time)  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED
        # ZipFile.open(info, "w") takes the level from the ZipInfo, not the ZipFile: without
        # this the streamed records.jsonl was deflated at zlib's default level 6 (5x slower).
        info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]  # 3.13: an alias
        return info

    def add(self, name: str, data: bytes) -> None:
        self.zip.writestr(self._info(name), data, compresslevel=COMPRESS_LEVEL)
        self.files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def add_stream(self, name: str, chunks: Any) -> None:
        digest, size = hashlib.sha256(), 0
        pending: list[bytes] = []
        held = 0
        with self.zip.open(self._info(name), "w", force_zip64=True) as handle:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                pending.append(chunk)
                held += len(chunk)
                if held >= _CHUNK:  # deflate is far faster on large writes than on many small
                    handle.write(b"".join(pending))
                    pending, held = [], 0
            handle.write(b"".join(pending))
        self.files[name] = {"sha256": digest.hexdigest(), "size": size}


def _manifest(count: int, files: dict[str, dict[str, Any]], bundle_id: str, created: str,
              device: DeviceKey, recipients: list[str]) -> bytes:
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "bundle_id": bundle_id,
        "created": created, "app_version": APP_VERSION, "schema_version": SCHEMA_VERSION,
        "device_id": device.device_id, "device_public_key": device.public_b64,
        "recipients": recipients, "record_count": count, "files": dict(sorted(files.items()))}
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode() + b"\n"


class _Lines:
    """``records.jsonl`` as it streams: one record per line (canonical JSON never holds a raw
    newline; json escapes it), counted. Nothing per record is kept. A vault selection gives
    its lines itself (``canonical_lines``: a record with no amendments is its stored canonical
    body, not parsed and written again; vault/stream.py); anything else is written here."""

    def __init__(self, records: Sequence[DecisionRecord], monitor: Monitor) -> None:
        self.records, self.monitor, self.count = records, monitor, 0

    def __iter__(self) -> Iterator[bytes]:
        for line in canonical_lines(self.records):
            yield line
            self.count += 1
            self.monitor.step()


def _produce(plain: BinaryIO, records: Sequence[DecisionRecord], flows: Mapping[str, Flow],
             monitor: Monitor, bundle_id: str, created: str, device: DeviceKey,
             recipients: list[str], include_pdfs: bool, include_fhir: bool) -> bytes:
    builder = _ZipBuilder(plain, created)
    lines = _Lines(records, monitor)
    builder.add_stream(RECORDS_FILE, lines)
    pdfs: dict[str, PdfAttachment] = {}
    if include_pdfs:
        from sharedesk.core.export.pdf import pdf_bytes  # only when PDFs are wanted

        for record in records:
            name = f"pdf/{record.id}.pdf"
            data = pdf_bytes(record, flows, generated=created, monitor=Monitor(cancel=monitor.cancel))
            builder.add(name, data)
            pdfs[record.id] = PdfAttachment.of(data, name)
            monitor.step()
    if include_fhir:
        builder.add_stream(FHIR_FILE, iter_bundle(records, flows, pdfs, monitor, created))
    manifest = _manifest(lines.count, builder.files, bundle_id, created, device, recipients)
    builder.add(MANIFEST, manifest)
    builder.add(SIGNATURE, base64.b64encode(device.sign(manifest)) + b"\n")
    builder.zip.close()
    return manifest


def write_bundle(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO, *,
                 device: DeviceKey, recipients: Sequence[str] = (), passphrase: str | None = None,
                 bundle_id: str | None = None, created: str | None = None,
                 include_pdfs: bool = True, include_fhir: bool = True,
                 progress: Progress | None = None,
                 cancel: CancelCheck | None = None) -> BundleInfo:
    """Write an encrypted bundle to ``sink`` (a binary stream); see ``export_bundle``."""
    if not records:
        raise ExportError("no records to put in the bundle")
    # A vault selection (vault.stream.StoredRecords) knows its ids without reading bodies:
    # the records are then read once, in order, as the bundle is written.
    ids = record_ids(records)
    if any(a == b for a, b in pairwise(sorted(ids))):  # a set of a million ids: 4x the memory
        raise ExportError("the same record appears twice in one bundle")
    if not recipients and passphrase is None:
        raise UsageError("give at least one recipient key (age1...) or a passphrase")
    keys = agecrypt.parse_recipients(recipients)
    bundle_id = bundle_id or str(uuid.uuid4())
    created = created or utc_now()
    names = list(recipients) if recipients else [PASSPHRASE_RECIPIENT]
    monitor = Monitor(progress, cancel,
                      total=(1 + include_fhir + include_pdfs) * len(records))
    out = _Counting(sink)

    signed: list[bytes] = []

    def produce(plain: BinaryIO) -> None:
        signed.append(_produce(plain, records, flows, monitor, bundle_id, created, device, names,
                               include_pdfs, include_fhir))

    if keys:
        agecrypt.encrypt_stream(produce, out, keys)  # type: ignore[arg-type]
    else:
        buffer = io.BytesIO()
        produce(buffer)
        out.write(agecrypt.encrypt_passphrase(buffer.getvalue(), passphrase or ""))
    return BundleInfo(bundle_id, created, ids, out.digest.hexdigest(), out.size,
                      json.loads(signed[0]))


def record_ids(records: Sequence[DecisionRecord]) -> tuple[str, ...]:
    """The records' ids, in order: a vault selection's own tuple (no copy, no body read)."""
    ids = getattr(records, "ids", None)
    return tuple(ids) if ids is not None else tuple(r.id for r in records)


def export_bundle(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], out: str | Path,
                  **options: Any) -> BundleInfo:
    """Write an encrypted bundle to the file ``out`` atomically.

    ``options`` are those of ``write_bundle``: ``device`` (required), ``recipients`` (age1...
    keys) or ``passphrase``, ``bundle_id`` and ``created`` (fixed by the outbox so a retry
    sends the same bundle), ``include_pdfs`` and ``include_fhir`` (both default true),
    ``progress`` and ``cancel``. On cancel
    (ExportCancelled) or any failure ``out`` is left as it was.
    """
    with atomic_writer(Path(out)) as handle:
        return write_bundle(records, flows, handle, **options)


def write_sealed(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
                 job: ExportJob) -> str:
    """The registry's bundle writer (core/export/registry.py); returns the bundle id."""
    if job.device is None:
        raise UsageError("a bundle is signed with this device's key: none was given")
    return write_bundle(records, flows, sink, device=job.device, recipients=job.recipients,
                        passphrase=job.passphrase, include_pdfs=job.include_pdfs,
                        include_fhir=job.include_fhir, created=job.generated,
                        progress=job.progress, cancel=job.cancel).bundle_id
