"""Open and verify a bundle: decrypt, check the signed manifest and its signer, then every file.

``open_bundle`` either returns verified contents or raises BundleError with one line saying
what is wrong (not addressed to this identity, truncated, altered after signing, signed by a
device that is not trusted, a file missing or added, a hash mismatch, a record that is not a
valid record). Order matters (docs/bundle-format.md): nothing but the manifest and its signature
is read from the ZIP before the signature verifies and the signer is trusted, and then each
file is streamed with the size the signed manifest gives as its cap, so a hostile ZIP cannot
make the reader inflate more than the signer declared. Format versions 1 (every record id and
line hash in the manifest) and 2 (``records.jsonl`` covered by its hash, size and line count)
are read; each record's hash is the SHA-256 of its line. It writes nothing; callers write only
verified contents (``write_opened``). Pure function of its inputs; thread-safe.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pyrage import x25519

from sharedesk.core.canonical import matches
from sharedesk.core.errors import BundleError, UsageError
from sharedesk.core.export import agecrypt, signing
from sharedesk.core.export.bundle import (
    FHIR_FILE,
    FORMAT,
    MANIFEST,
    PASSPHRASE_RECIPIENT,
    READ_VERSIONS,
    RECORDS_FILE,
    SIGNATURE,
)
from sharedesk.core.export.bundle_zip import MAX_FILES, BundleZip
from sharedesk.core.export.trust import TrustCheck
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.records.countersign import bad_countersignature
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.shape import outside_problems

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_NAME = re.compile(rf"^({re.escape(RECORDS_FILE)}|pdf/{_UUID}\.pdf|{re.escape(FHIR_FILE)}|"
                   rf"{re.escape(MANIFEST)}|{re.escape(SIGNATURE)})$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
# Read before the signature is checked, so only these two claims are looked at in the raw
# manifest bytes; the parsed manifest must agree with them (the signature covers the bytes).
_KEY_CLAIM = re.compile(rb'"device_public_key"\s*:\s*"([A-Za-z0-9+/]{43}=)"')
_ID_CLAIM = re.compile(rb'"device_id"\s*:\s*"([^"\\]{0,100})"')
MAX_PLAIN = 4 << 30           # the largest bundle (and the most its files may total)
MAX_MANIFEST = 48 << 20       # version 1: ~330 bytes per record with its PDF (~150,000 records)
MAX_SIGNATURE = 1024


@dataclass(frozen=True)
class OpenedBundle:
    """A verified bundle: the signed manifest, its records, the files kept, and its signer."""

    manifest: Mapping[str, Any]
    records: tuple[DecisionRecord, ...]
    files: Mapping[str, bytes]
    signer_fingerprint: str
    manifest_sha256: str = ""
    trusted_as: str = ""

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def signer_key(self) -> str:
        return str(self.manifest["device_public_key"])


Source = bytes | bytearray | str | Path
Identities = Sequence[x25519.Identity] | str | Path


def open_bundle(source: Source, identity: Identities | None = None, *,
                passphrase: str | None = None, trust: TrustCheck,
                keep_files: bool = True) -> OpenedBundle:
    """Decrypt and verify a bundle from bytes or a file path.

    ``identity`` is a list of pyrage X25519 identities or the path of an age identity file;
    ``passphrase`` opens a passphrase bundle instead. ``trust`` decides whether the signing
    device key is trusted (``core/export/trust.py``); an untrusted signer is refused
    (UntrustedSigner) before any file but the manifest is read. With ``keep_files`` false only
    ``records.jsonl`` is kept (PDFs and FHIR are checked as they stream, then dropped).
    """
    identities = _identities(identity) if passphrase is None else []
    plain = _decrypt(source, identities, passphrase)
    with BundleZip(plain) as archive:
        for name in archive.names:
            if not _NAME.match(name):
                raise BundleError(f"the bundle holds an unexpected file {name[:80]!r}")
        raw = archive.read(MANIFEST, MAX_MANIFEST)
        signature = archive.read(SIGNATURE, MAX_SIGNATURE)
        key, trusted_as = _check_signer(raw, signature, trust)
        manifest = _parse_manifest(raw, key)
        _check_addressing(manifest, identities, passphrase is not None)
        listing = _listing(manifest, archive.names)
        files = {}
        for name, (size, sha256) in sorted(listing.items()):
            data = archive.read_checked(name, size, sha256, keep_files or name == RECORDS_FILE)
            if data is not None:
                files[name] = data
    del archive, plain  # the decrypted ZIP is not needed while the records are parsed
    if keep_files:
        files[MANIFEST], files[SIGNATURE] = raw, signature
    records = _records(files[RECORDS_FILE] if keep_files else files.pop(RECORDS_FILE), manifest)
    return OpenedBundle(manifest, records, files, signing.fingerprint(key),
                        hashlib.sha256(raw).hexdigest(), trusted_as)


def _identities(identity: Identities | None) -> list[x25519.Identity]:
    if identity is None:
        raise UsageError("an identity file (--identity) is needed to open this bundle")
    if isinstance(identity, str | Path):
        return agecrypt.load_identities(identity)
    return list(identity)


def _decrypt(source: Source, identities: list[x25519.Identity], passphrase: str | None) -> bytes:
    if isinstance(source, bytes | bytearray):
        if len(source) > MAX_PLAIN:
            raise BundleError("the bundle is implausibly large; refusing to open it")
        return agecrypt.decrypt(io.BytesIO(bytes(source)), identities, passphrase)
    try:
        handle: BinaryIO = Path(source).open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read bundle {source}: {exc.strerror or exc}") from None
    with handle:
        if os.fstat(handle.fileno()).st_size > MAX_PLAIN:
            raise BundleError("the bundle is implausibly large; refusing to open it")
        return agecrypt.decrypt(handle, identities, passphrase)


def _check_signer(raw: bytes, signature_b64: bytes, trust: TrustCheck) -> tuple[str, str]:
    """Verify the signature over the raw manifest bytes, then ask ``trust`` about the key."""
    claims = _KEY_CLAIM.findall(raw)
    if len(claims) != 1:
        raise BundleError("the bundle manifest names no single device key (device_public_key)")
    key = claims[0].decode("ascii")
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError("the bundle's manifest signature is malformed") from None
    signing.verify(key, raw, signature)
    ids = _ID_CLAIM.findall(raw)
    device_id = ids[0].decode("utf-8", "replace") if len(ids) == 1 else ""
    return key, trust.check(key, device_id)


def _parse_manifest(raw: bytes, key: str) -> dict[str, Any]:
    try:
        manifest = json.loads(raw)
    except (ValueError, RecursionError):
        raise BundleError("the bundle manifest is malformed") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("this is not a sharedesk bundle (manifest format)")
    if manifest.get("device_public_key") != key:
        raise BundleError("the bundle manifest names its device key twice")
    version = manifest.get("format_version")
    if type(version) is not int or version not in READ_VERSIONS:
        shown = str(version)[:20]
        raise BundleError(f"bundle format version {shown!r} is not supported (this sharedesk "
                          f"reads versions {', '.join(map(str, READ_VERSIONS))})")
    shapes: dict[str, type] = {"bundle_id": str, "created": str, "device_id": str,
                               "recipients": list, "files": dict}
    shapes.update({"record_ids": list, "record_sha256": dict} if version == 1
                  else {"record_count": int})
    for name, kind in shapes.items():
        if not isinstance(manifest.get(name), kind) or isinstance(manifest.get(name), bool):
            raise BundleError(f"the bundle manifest lacks {name}")
    bundle_id = manifest["bundle_id"]
    if not bundle_id or len(bundle_id) > 100 or not bundle_id.isprintable():
        raise BundleError("the bundle manifest's bundle_id is not a plausible id")
    return manifest


def _check_addressing(manifest: Mapping[str, Any], identities: list[x25519.Identity],
                      by_passphrase: bool) -> None:
    """The signed recipient list must name the key that opened it: a bundle re-encrypted to
    someone else by whoever decrypted it on the way is "wrongly addressed"."""
    listed = {r for r in manifest["recipients"] if isinstance(r, str)}
    if by_passphrase:
        ok = PASSPHRASE_RECIPIENT in listed
    else:
        ok = any(str(i.to_public()) in listed for i in identities)
    if not ok:
        raise BundleError("the bundle is wrongly addressed: it was signed for other recipients "
                          "than the key that opened it")


def _listing(manifest: Mapping[str, Any], names: list[str]) -> dict[str, tuple[int, str]]:
    """The manifest's ``files`` as name -> (size, sha256), matching the ZIP's names exactly,
    with sizes that together stay under MAX_PLAIN: the caps every file is then read with."""
    listing: dict[str, tuple[int, str]] = {}
    for name, entry in manifest["files"].items():
        if not _NAME.match(name) or name in (MANIFEST, SIGNATURE):
            raise BundleError(f"the bundle manifest lists an unexpected file {name[:80]!r}")
        size = entry.get("size") if isinstance(entry, dict) else None
        sha256 = entry.get("sha256") if isinstance(entry, dict) else None
        if type(size) is not int or size < 0 or not isinstance(sha256, str) \
                or not _HEX64.match(sha256):
            raise BundleError(f"the bundle manifest gives no size and SHA-256 for {name}")
        listing[name] = (size, sha256)
    if len(listing) > MAX_FILES or sum(s for s, _ in listing.values()) > MAX_PLAIN:
        raise BundleError("the bundle is implausibly large; refusing to expand it")
    present = set(names) - {MANIFEST, SIGNATURE}
    missing, extra = set(listing) - present, present - set(listing)
    if missing:
        raise BundleError(f"the bundle is missing {sorted(missing)[0]} (listed in the manifest)")
    if extra:
        raise BundleError(f"the bundle holds {sorted(extra)[0]}, which the manifest does not list")
    if RECORDS_FILE not in listing:
        raise BundleError(f"the bundle has no {RECORDS_FILE}")
    return listing


def _records(data: bytes, manifest: Mapping[str, Any]) -> tuple[DecisionRecord, ...]:
    """Every line of ``records.jsonl`` (already matched to the signed SHA-256 and size) as a
    checked record. Version 1 also lists each id and line hash; version 2 gives the count."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if manifest["format_version"] == 1:
        ids, hashes = manifest["record_ids"], manifest["record_sha256"]
        if len(lines) != len(ids) or not all(isinstance(i, str) for i in ids) \
                or len(set(ids)) != len(ids) or set(hashes) != set(ids):
            raise BundleError("the bundle's records do not match its list of record ids")
        return tuple(_record(line, n, (rid, hashes[rid]))
                     for n, (line, rid) in enumerate(zip(lines, ids, strict=True), 1))
    count = manifest["record_count"]
    if len(lines) != count:
        raise BundleError(f"the bundle's {RECORDS_FILE} holds {len(lines)} record(s) but its "
                          f"signed manifest says {count}")
    records, seen = [], set()
    for n, line in enumerate(lines, 1):
        record = _record(line, n, None)
        if record.id in seen:
            raise BundleError(f"record {n} ({_shown(record.id)}) appears twice in the bundle")
        seen.add(record.id)
        records.append(record)
    return tuple(records)


def _record(data: bytes, number: int, listed: tuple[str, object] | None) -> DecisionRecord:
    """One line as a record; ``listed`` is version 1's (id, SHA-256) for it."""
    named = f"record {number} ({_shown(listed[0])})" if listed else f"record {number}"
    if listed and hashlib.sha256(data).hexdigest() != listed[1]:
        raise BundleError(f"{named} does not match the SHA-256 in the signed manifest")
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError):
        raise BundleError(f"{named} in the bundle is not valid JSON") from None
    if not listed and isinstance(parsed, dict) and isinstance(parsed.get("id"), str):
        named = f"record {number} ({_shown(parsed['id'])})"
    problems = outside_problems(parsed)
    if problems:
        first = problems[0]
        raise BundleError(f"{named}: {first.field or 'record'} {first.message}; "
                          "the bundle was refused and nothing was imported")
    try:
        record = DecisionRecord.from_dict(parsed)
        canonical = matches(record.to_dict(), data)  # version 2, or 1 from an older sharedesk
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleError(f"{named} in the bundle is malformed") from None
    if (listed and record.id != listed[0]) or not canonical:
        raise BundleError(f"{named} in the bundle is not in canonical form")
    bad = bad_countersignature(record)
    if bad is not None:
        raise BundleError(f"{named}: {bad.split(': ', 1)[1]}; the bundle was refused and "
                          "nothing was imported")
    return record


def _shown(record_id: str) -> str:
    if re.fullmatch(_UUID, record_id):
        return record_id
    clean = "".join(c for c in record_id[:60] if c.isprintable())
    return f"id {clean!r}"


def write_opened(opened: OpenedBundle, out_dir: str | Path) -> list[Path]:
    """Write a verified bundle's files under ``out_dir`` (which must be new or empty).

    The files are plaintext records, so the folder and its subfolders are made 0700 (owner
    only) and each file 0600, whatever the umask.
    """
    root = Path(out_dir)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise UsageError(f"{root} exists and is not an empty folder; choose a new folder")
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(root, 0o700)
        for sub in sorted({n.rpartition("/")[0] for n in opened.files if "/" in n}):
            (root / sub).mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot make folder {root}: {exc.strerror or exc}") from None
    written = []
    for name, data in sorted(opened.files.items()):
        target = root.joinpath(*name.split("/"))
        write_atomic(target, data)
        written.append(target)
    return written
