"""Bundle format versions: version 1 bundles (every record id and line hash in the manifest)
still open and import; version 2 bundles (records.jsonl covered by its hash, size and count)
refuse every way of changing, dropping or adding a record line."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tracemalloc
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, overload

import pyrage
import pytest
from pyrage import x25519

from sharedesk.core.errors import BundleConflict, BundleError
from sharedesk.core.export.bundle import export_bundle, write_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.sync import devices
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import KdfParams, Vault

Files = dict[str, bytes]


@pytest.fixture(scope="module")
def device() -> DeviceKey:
    return DeviceKey.generate("laptop-v")


@pytest.fixture(scope="module")
def org() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture
def trust(device: DeviceKey) -> TrustedKeys:
    return TrustedKeys.of([device.public_b64])


@pytest.fixture
def records(make_record: Callable[..., DecisionRecord]) -> list[DecisionRecord]:
    return [make_record(amend=True), make_record(), make_record()]


@pytest.fixture
def files(tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow],
          device: DeviceKey, org: x25519.Identity) -> Files:
    """The plaintext files of a genuine bundle as this sharedesk writes it (version 2)."""
    out = tmp_path / "genuine.age"
    export_bundle(records, flows, out, device=device, recipients=[str(org.to_public())],
                  bundle_id="bundle-versions-1", include_pdfs=False)
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(out.read_bytes(), [org]))) as z:
        return {n: z.read(n) for n in z.namelist()}


def _seal(files: Files, org: x25519.Identity) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return pyrage.encrypt(buf.getvalue(), [org.to_public()])


def _sign(files: Files, manifest: dict[str, Any], device: DeviceKey,
          rehash: bool = True) -> None:
    """Write ``manifest`` (its file hashes brought up to date if ``rehash``) and sign it with
    ``device``, as a trusted but faulty or hostile writer could."""
    if rehash:
        for name in manifest["files"]:
            manifest["files"][name] = {"sha256": hashlib.sha256(files[name]).hexdigest(),
                                       "size": len(files[name])}
    files["manifest.json"] = json.dumps(manifest, indent=2, sort_keys=True).encode() + b"\n"
    files["manifest.sig"] = base64.b64encode(device.sign(files["manifest.json"])) + b"\n"


def as_version_1(files: Files, device: DeviceKey) -> Files:
    """The same bundle as sharedesk up to format 1 wrote it: the manifest lists every record
    id in order and each line's SHA-256 (the old writer's ``_manifest``), signed."""
    old = dict(files)
    manifest = json.loads(files["manifest.json"])
    lines = files["records.jsonl"].splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    del manifest["record_count"]
    manifest["format_version"] = 1
    manifest["record_ids"] = ids
    manifest["record_sha256"] = {i: hashlib.sha256(line).hexdigest()
                                 for i, line in zip(ids, lines, strict=True)}
    _sign(old, manifest, device, rehash=False)
    return old


def _manager(tmp_path: Path, device: DeviceKey) -> Vault:
    fast = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
    vault = Vault.create(tmp_path / "manager.sharedesk", "versions pass phrase 1", kdf=fast)
    devices.trust(vault, device.public_b64, "laptop")
    return vault


def test_this_sharedesk_writes_version_2(files: Files, records: list[DecisionRecord]) -> None:
    manifest = json.loads(files["manifest.json"])
    assert manifest["format_version"] == 2 and manifest["record_count"] == len(records)
    assert "record_ids" not in manifest and "record_sha256" not in manifest
    assert [json.loads(line)["id"] for line in files["records.jsonl"].splitlines()] == \
        [r.id for r in records]
    listed = manifest["files"]["records.jsonl"]
    assert listed == {"sha256": hashlib.sha256(files["records.jsonl"]).hexdigest(),
                      "size": len(files["records.jsonl"])}


def test_a_version_1_bundle_still_opens_and_imports(
        tmp_path: Path, files: Files, records: list[DecisionRecord], device: DeviceKey,
        org: x25519.Identity, trust: TrustedKeys) -> None:
    blob = _seal(as_version_1(files, device), org)
    opened = open_bundle(blob, [org], trust=trust)
    assert opened.manifest["format_version"] == 1
    assert opened.records == tuple(records)
    with _manager(tmp_path, device) as vault:
        assert sorted(import_bundle(vault, opened).added) == sorted(r.id for r in records)
        # The same bundle id again as version 2 is other signed content: refused as reuse.
        again = open_bundle(_seal(files, org), [org], trust=trust)
        with pytest.raises(BundleConflict, match="different bundle with this id"):
            import_bundle(vault, again)


def test_a_version_1_bundle_keeps_its_per_record_checks(
        files: Files, device: DeviceKey, org: x25519.Identity, trust: TrustedKeys) -> None:
    old = as_version_1(files, device)
    manifest = json.loads(old["manifest.json"])
    manifest["record_sha256"][manifest["record_ids"][1]] = "0" * 64
    _sign(old, manifest, device, rehash=False)
    with pytest.raises(BundleError, match=r"record 2 \(.*\) does not match the SHA-256"):
        open_bundle(_seal(old, org), [org], trust=trust)
    manifest["record_ids"].pop()
    _sign(old, manifest, device, rehash=False)
    with pytest.raises(BundleError, match="do not match its list of record ids"):
        open_bundle(_seal(old, org), [org], trust=trust)


def _changed(lines: list[bytes]) -> list[bytes]:
    return [lines[0].replace(b'"recipient":"', b'"recipient":"X', 1), *lines[1:]]


EDITS: dict[str, Callable[[list[bytes]], list[bytes]]] = {
    "changed line": _changed,
    "dropped line": lambda lines: lines[:-1],
    "added line": lambda lines: [*lines, lines[0]],
    "swapped lines": lambda lines: [lines[1], lines[0], *lines[2:]],
    "spaced line": lambda lines: [lines[0].replace(b'":', b'": ', 1), *lines[1:]],
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_v2_any_change_to_records_jsonl_breaks_the_signed_hash(
        edit: str, files: Files, org: x25519.Identity, trust: TrustedKeys) -> None:
    lines = files["records.jsonl"].splitlines()
    files["records.jsonl"] = b"".join(line + b"\n" for line in EDITS[edit](lines))
    with pytest.raises(BundleError, match=r"records.jsonl (does not match the SHA-256 in the "
                                          r"signed manifest|in the bundle expands to more "
                                          r"than .* bytes .its signed size)"):
        open_bundle(_seal(files, org), [org], trust=trust)


def test_v2_rehashing_without_the_device_key_breaks_the_signature(
        files: Files, device: DeviceKey, org: x25519.Identity, trust: TrustedKeys) -> None:
    files["records.jsonl"] += files["records.jsonl"].splitlines(keepends=True)[0]
    signature = files["manifest.sig"]
    _sign(files, json.loads(files["manifest.json"]), device)
    files["manifest.sig"] = signature
    with pytest.raises(BundleError, match="signature does not verify"):
        open_bundle(_seal(files, org), [org], trust=trust)


@pytest.mark.parametrize("edit, count, message", [
    ("dropped line", None, "holds 2 record.s. but its signed manifest says 3"),
    ("added line", None, "holds 4 record.s. but its signed manifest says 3"),
    (None, 2, "holds 3 record.s. but its signed manifest says 2"),
    (None, 4, "holds 3 record.s. but its signed manifest says 4"),
    ("added line", 4, r"record 4 \(.*\) appears twice in the bundle"),
    ("spaced line", None, r"record 1 \(.*\) in the bundle is not in canonical form"),
])
def test_v2_a_signed_manifest_must_count_the_lines_and_each_line_must_be_a_record(
        edit: str | None, count: int | None, message: str, files: Files, device: DeviceKey,
        org: x25519.Identity, trust: TrustedKeys) -> None:
    """A trusted device's key signed it (a faulty writer): the count, the ids' uniqueness and
    each record's own checks still refuse the whole bundle."""
    lines = files["records.jsonl"].splitlines()
    if edit:
        files["records.jsonl"] = b"".join(line + b"\n" for line in EDITS[edit](lines))
    manifest = json.loads(files["manifest.json"])
    if count is not None:
        manifest["record_count"] = count
    _sign(files, manifest, device)
    with pytest.raises(BundleError, match=message) as info:
        open_bundle(_seal(files, org), [org], trust=trust)
    assert "\n" not in str(info.value)


def test_v2_one_invalid_record_refuses_the_whole_bundle(
        tmp_path: Path, files: Files, device: DeviceKey, org: x25519.Identity,
        trust: TrustedKeys) -> None:
    lines = files["records.jsonl"].splitlines()
    record = json.loads(lines[1])
    record["fields"]["consent"] = "maybe"
    lines[1] = json.dumps(record, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode()
    files["records.jsonl"] = b"".join(line + b"\n" for line in lines)
    _sign(files, json.loads(files["manifest.json"]), device)
    with _manager(tmp_path, device) as vault:
        before = len(vault.audit_events())
        with pytest.raises(BundleError, match=r"record 2 \(.*\): fields.consent "):
            import_bundle(vault, open_bundle(_seal(files, org), [org], trust=trust))
        assert vault.records.count() == 0 and len(vault.audit_events()) == before


@pytest.mark.parametrize("member, value, message", [
    ("record_count", "3", "lacks record_count"),
    ("record_count", True, "lacks record_count"),
    ("record_count", None, "lacks record_count"),
    ("format_version", 3, "format version '3' is not supported"),
    ("format_version", "2", "format version '2' is not supported"),
])
def test_v2_manifest_members_are_checked(member: str, value: object, message: str,
                                         files: Files, device: DeviceKey,
                                         org: x25519.Identity, trust: TrustedKeys) -> None:
    manifest = json.loads(files["manifest.json"])
    manifest[member] = value
    _sign(files, manifest, device)
    with pytest.raises(BundleError, match=message):
        open_bundle(_seal(files, org), [org], trust=trust)


class _Many(Sequence[DecisionRecord]):
    """``count`` distinct records made on demand from one, with ``ids`` as a vault selection
    has them (vault/stream.py): nothing per record is held but the ids."""

    def __init__(self, base: DecisionRecord, count: int) -> None:
        self.base = base
        self.ids = tuple(f"00000000-0000-4000-8000-{n:012d}" for n in range(1, count + 1))

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> DecisionRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DecisionRecord]: ...

    def __getitem__(self, index: int | slice) -> DecisionRecord | Sequence[DecisionRecord]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return replace(self.base, id=self.ids[index])


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass


def _writer_peak(records: Sequence[DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
                 org: x25519.Identity) -> int:
    tracemalloc.start()
    try:
        write_bundle(records, flows, _Discard(), device=device,  # type: ignore[arg-type]
                     recipients=[str(org.to_public())], include_pdfs=False, include_fhir=False)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_writer_keeps_nothing_per_record(make_record: Callable[..., DecisionRecord],
                                             flows: dict[str, Flow], device: DeviceKey,
                                             org: x25519.Identity) -> None:
    """Ten times the records, the same peak: 20 KB more here (format 1 built every id and hash
    into the manifest: 2.4 MB more, about 540 bytes a record)."""
    base = make_record(amend=True)
    small = _writer_peak(_Many(base, 500), flows, device, org)
    large = _writer_peak(_Many(base, 5_000), flows, device, org)
    assert large - small < 300_000, (small, large)  # the sort of the ids: 8 bytes a record


def test_the_inbox_imports_version_1_and_2_and_refuses_a_miscounted_one(
        tmp_path: Path, files: Files, records: list[DecisionRecord],
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
        org: x25519.Identity) -> None:
    from sharedesk.core.sync.inbox import IMPORTED, REFUSED, process_folder

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.age").write_bytes(_seal(as_version_1(files, device), org))
    newer = [make_record(), make_record()]
    export_bundle(newer, flows, inbox / "b.age", device=device,
                  recipients=[str(org.to_public())], include_pdfs=False)
    short = dict(files)
    short["records.jsonl"] = b"".join(short["records.jsonl"].splitlines(keepends=True)[:2])
    manifest = json.loads(short["manifest.json"])
    manifest["bundle_id"] = "bundle-versions-short"
    _sign(short, manifest, device)
    (inbox / "c.age").write_bytes(_seal(short, org))
    with _manager(tmp_path, device) as vault:
        summary = process_folder(vault, inbox, [org], devices.trusted_keys(vault))
        assert [(r.name, r.status) for r in summary.results] == [
            ("a.age", IMPORTED), ("b.age", IMPORTED), ("c.age", REFUSED)]
        assert [r.added for r in summary.results[:2]] == [3, 2]
        assert "holds 2 record(s) but its signed manifest says 3" in summary.results[2].reason
        assert vault.records.count() == 5
