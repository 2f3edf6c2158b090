"""Open and verify a bundle: decrypt, check the signature, every hash, the addressing, every record.

``open_bundle`` either returns verified contents or raises BundleError with one line saying
what is wrong (not addressed to this identity, truncated, altered after signing, a file missing
or added, a hash mismatch, a record that does not match its hash). It writes nothing; callers
write only verified contents (``write_opened``). Pure function of its inputs; thread-safe.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pyrage import x25519

from sharedesk.core import orgkeys
from sharedesk.core.errors import BundleError, UsageError
from sharedesk.core.export import agecrypt, signing
from sharedesk.core.export.bundle import (
    FHIR_FILE,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PASSPHRASE_RECIPIENT,
    RECORDS_FILE,
    SIGNATURE,
)
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.records.model import DecisionRecord

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_NAME = re.compile(rf"^({re.escape(RECORDS_FILE)}|pdf/{_UUID}\.pdf|{re.escape(FHIR_FILE)}|"
                   rf"{re.escape(MANIFEST)}|{re.escape(SIGNATURE)})$")
MAX_PLAIN = 4 << 30      # refuse a ZIP that claims to expand beyond this
MAX_FILES = 250_000


@dataclass(frozen=True)
class OpenedBundle:
    """A verified bundle: the signed manifest, its records and every file's bytes."""

    manifest: Mapping[str, Any]
    records: tuple[DecisionRecord, ...]
    files: Mapping[str, bytes]
    signer_fingerprint: str

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])


Source = bytes | bytearray | str | Path
Identities = Sequence[x25519.Identity] | str | Path


def open_bundle(source: Source, identity: Identities | None = None, *,
                passphrase: str | None = None,
                trusted_keys: Collection[str] | None = None) -> OpenedBundle:
    """Decrypt and verify a bundle from bytes or a file path.

    ``identity`` is a list of pyrage X25519 identities or the path of an age identity file;
    ``passphrase`` opens a passphrase bundle instead. ``trusted_keys`` (base64 Ed25519 public
    keys), when given, must include the signing device's key.
    """
    identities = _identities(identity) if passphrase is None else []
    plain = _decrypt(source, identities, passphrase)
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
    except (zipfile.BadZipFile, OSError):
        raise BundleError("the bundle decrypted, but its content is not a valid ZIP") from None
    with archive:
        files = _read_all(archive)
    manifest = _check_manifest(files, trusted_keys)
    _check_addressing(manifest, identities, passphrase is not None)
    _check_files(manifest, files)
    records = _records(files, manifest)
    return OpenedBundle(manifest, records, files,
                        orgkeys.fingerprint(manifest["device_public_key"]))


def _identities(identity: Identities | None) -> list[x25519.Identity]:
    if identity is None:
        raise UsageError("an identity file (--identity) is needed to open this bundle")
    if isinstance(identity, str | Path):
        return agecrypt.load_identities(identity)
    return list(identity)


def _decrypt(source: Source, identities: list[x25519.Identity], passphrase: str | None) -> bytes:
    if isinstance(source, bytes | bytearray):
        return agecrypt.decrypt(io.BytesIO(bytes(source)), identities, passphrase)
    try:
        handle: BinaryIO = Path(source).open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read bundle {source}: {exc.strerror or exc}") from None
    with handle:
        return agecrypt.decrypt(handle, identities, passphrase)


def _read_all(archive: zipfile.ZipFile) -> dict[str, bytes]:
    infos = archive.infolist()
    names = [i.filename for i in infos]
    if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_PLAIN:
        raise BundleError("the bundle is implausibly large; refusing to expand it")
    if len(set(names)) != len(names):
        raise BundleError("the bundle holds the same file name twice")
    for name in names:
        if not _NAME.match(name):
            raise BundleError(f"the bundle holds an unexpected file {name[:80]!r}")
    try:
        return {name: archive.read(name) for name in names}
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise BundleError("a file inside the bundle is damaged (ZIP check failed)") from None


def _check_manifest(files: Mapping[str, bytes], trusted: Collection[str] | None) -> dict[str, Any]:
    if MANIFEST not in files or SIGNATURE not in files:
        raise BundleError("the bundle has no signed manifest (manifest.json, manifest.sig)")
    try:
        manifest = json.loads(files[MANIFEST])
        signature = base64.b64decode(files[SIGNATURE].strip(), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError("the bundle manifest or its signature is malformed") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("this is not a sharedesk bundle (manifest format)")
    key = manifest.get("device_public_key")
    signing.verify(key if isinstance(key, str) else "", files[MANIFEST], signature)
    assert isinstance(key, str)  # verify() refused anything else
    if trusted is not None and key not in trusted:
        raise BundleError(f"the bundle is signed by device key {orgkeys.fingerprint(key)}, "
                          "which is not one of the keys you trust")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BundleError(f"bundle format version {manifest.get('format_version')!r} is not "
                          f"supported (this sharedesk reads version {FORMAT_VERSION})")
    shapes = {"bundle_id": str, "created": str, "device_id": str, "recipients": list,
              "record_ids": list, "record_sha256": dict, "files": dict}
    for name, kind in shapes.items():
        if not isinstance(manifest.get(name), kind):
            raise BundleError(f"the bundle manifest lacks {name}")
    return manifest


def _check_addressing(manifest: Mapping[str, Any], identities: list[x25519.Identity],
                      by_passphrase: bool) -> None:
    """The signed recipient list must name the key that opened it: a bundle re-encrypted to
    someone else by whoever decrypted it on the way is "wrongly addressed"."""
    listed = set(manifest["recipients"])
    if by_passphrase:
        ok = PASSPHRASE_RECIPIENT in listed
    else:
        ok = any(str(i.to_public()) in listed for i in identities)
    if not ok:
        raise BundleError("the bundle is wrongly addressed: it was signed for other recipients "
                          "than the key that opened it")


def _check_files(manifest: Mapping[str, Any], files: Mapping[str, bytes]) -> None:
    listed = dict(manifest["files"])
    present = set(files) - {MANIFEST, SIGNATURE}
    missing, extra = set(listed) - present, present - set(listed)
    if missing:
        raise BundleError(f"the bundle is missing {sorted(missing)[0]} (listed in the manifest)")
    if extra:
        raise BundleError(f"the bundle holds {sorted(extra)[0]}, which the manifest does not list")
    for name, entry in sorted(listed.items()):
        data = files[name]
        if not isinstance(entry, dict) or hashlib.sha256(data).hexdigest() != entry.get("sha256") \
                or len(data) != entry.get("size"):
            raise BundleError(f"{name} does not match the SHA-256 in the signed manifest")
    if RECORDS_FILE not in listed:
        raise BundleError(f"the bundle has no {RECORDS_FILE}")


def _records(files: Mapping[str, bytes], manifest: Mapping[str, Any]) -> tuple[DecisionRecord, ...]:
    lines = files[RECORDS_FILE].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    ids, hashes = manifest["record_ids"], manifest["record_sha256"]
    if len(lines) != len(ids) or set(hashes) != set(ids):
        raise BundleError("the bundle's records do not match its list of record ids")
    return tuple(_record(line, rid, hashes[rid]) for line, rid in zip(lines, ids, strict=True))


def _record(data: bytes, record_id: str, sha256: object) -> DecisionRecord:
    if hashlib.sha256(data).hexdigest() != sha256:
        raise BundleError(f"record {record_id} does not match the SHA-256 in the signed manifest")
    try:
        record = DecisionRecord.from_dict(json.loads(data))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleError(f"record {record_id} in the bundle is malformed") from None
    if record.id != record_id or record.canonical_bytes() != data:
        raise BundleError(f"record {record_id} in the bundle is not in canonical form")
    return record


def write_opened(opened: OpenedBundle, out_dir: str | Path) -> list[Path]:
    """Write a verified bundle's files under ``out_dir`` (which must be new or empty)."""
    root = Path(out_dir)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise UsageError(f"{root} exists and is not an empty folder; choose a new folder")
    written = []
    for name, data in sorted(opened.files.items()):
        target = root.joinpath(*name.split("/"))
        write_atomic(target, data)
        written.append(target)
    return written
