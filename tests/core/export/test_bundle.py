"""Bundles: real age encryption (pyrage and the age CLI), signatures, and every way to break one."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from export_samples import REFUSE_ANSWERS
from fhir_check import check_invariants, r4_errors
from pypdf import PdfReader
from pyrage import x25519

from sharedesk.core.errors import BundleError, ExportCancelled, ExportError, UsageError
from sharedesk.core.export.bundle import PASSPHRASE_RECIPIENT, export_bundle, write_bundle
from sharedesk.core.export.bundle_open import open_bundle, write_opened
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

Make = Callable[..., DecisionRecord]


@pytest.fixture(scope="module")
def device() -> DeviceKey:
    return DeviceKey.generate("laptop-7")


@pytest.fixture(scope="module")
def trust(device: DeviceKey) -> TrustedKeys:
    return TrustedKeys.of([device.public_b64])


@pytest.fixture(scope="module")
def org() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture
def records(make_record: Make) -> list[DecisionRecord]:
    return [make_record(amend=True), make_record(REFUSE_ANSWERS, consent="given")]


def _write(tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow],
           device: DeviceKey, *recipients: x25519.Identity, **options: object) -> Path:
    out = tmp_path / "out.age"
    export_bundle(records, flows, out, device=device,
                  recipients=[str(r.to_public()) for r in recipients], **options)
    return out


def _plain_zip(path: Path, identity: x25519.Identity) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _reseal(files: dict[str, bytes], identity: x25519.Identity) -> bytes:
    """Re-encrypt altered contents to the same recipient, as an attacker holding the key could."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return pyrage.encrypt(buf.getvalue(), [identity.to_public()])


def test_bundle_round_trip_to_two_recipients(tmp_path: Path, records: list[DecisionRecord],
                                             flows: dict[str, Flow], device: DeviceKey,
                                             org: x25519.Identity, trust: TrustedKeys) -> None:
    manager = x25519.Identity.generate()
    out = tmp_path / "b.age"
    info = export_bundle(records, flows, out, device=device, bundle_id="b-1",
                         created="2026-11-22T08:00:00Z",
                         recipients=[str(org.to_public()), str(manager.to_public())])
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
    assert "Siân".encode() not in data and b"decision_maker" not in data
    for identity in (org, manager):
        opened = open_bundle(out, [identity], trust=trust)
        assert opened.records == tuple(records)
        assert opened.bundle_id == "b-1" and opened.device_id == "laptop-7"
        assert opened.signer_fingerprint == device.fingerprint
    manifest = opened.manifest
    assert manifest["format_version"] == 2 and manifest["record_count"] == len(records)
    assert "record_ids" not in manifest and "record_sha256" not in manifest
    assert manifest["created"] == "2026-11-22T08:00:00Z" and manifest["schema_version"] == 1
    assert manifest["app_version"] and manifest["device_public_key"] == device.public_b64
    assert set(manifest["files"]) == set(opened.files) - {"manifest.json", "manifest.sig"}
    for name, entry in manifest["files"].items():
        assert hashlib.sha256(opened.files[name]).hexdigest() == entry["sha256"]
    lines = opened.files["records.jsonl"].splitlines()
    for record, line in zip(records, lines, strict=True):
        # Each line is the canonical JSON, so its hash is the record hash.
        assert line == record.canonical_bytes()
        assert hashlib.sha256(line).hexdigest() == record.sha256()
        pdf = PdfReader(io.BytesIO(opened.files[f"pdf/{record.id}.pdf"]))
        assert record.id in pdf.pages[0].extract_text()
    fhir = json.loads(opened.files["fhir/bundle.json"])
    assert r4_errors(fhir) == []  # the official R4 JSON schema (fhir_check)
    check_invariants(fhir)
    docs = [e["resource"] for e in fhir["entry"]
            if e["resource"]["resourceType"] == "DocumentReference"]
    assert {d["content"][0]["attachment"]["url"] for d in docs} == {
        f"pdf/{r.id}.pdf" for r in records}


@pytest.mark.skipif(shutil.which("age") is None, reason="age CLI not installed")
def test_standard_age_tool_opens_the_bundle(tmp_path: Path, records: list[DecisionRecord],
                                            flows: dict[str, Flow], device: DeviceKey,
                                            org: x25519.Identity) -> None:
    out = _write(tmp_path, records, flows, device, org)
    key = tmp_path / "org.key"
    key.write_text(f"# test key\n{org}\n")
    plain = subprocess.run(["age", "--decrypt", "-i", str(key), str(out)], capture_output=True,
                           check=True).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        assert z.testzip() is None
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["record_count"] == len(records)
        assert z.read("records.jsonl").splitlines()[0] == records[0].canonical_bytes()


def test_passphrase_bundle_opens_with_passphrase_only(tmp_path: Path, records: list[DecisionRecord],
                                                      flows: dict[str, Flow],
                                                      device: DeviceKey,
                                                      trust: TrustedKeys) -> None:
    out = tmp_path / "p.age"
    export_bundle(records, flows, out, device=device, passphrase="correct horse battery",
                  include_pdfs=False)
    opened = open_bundle(out, passphrase="correct horse battery", trust=trust)
    assert opened.manifest["recipients"] == [PASSPHRASE_RECIPIENT]
    assert not [n for n in opened.files if n.startswith("pdf/")]
    with pytest.raises(BundleError, match="wrong passphrase"):
        open_bundle(out, passphrase="wrong", trust=trust)
    with pytest.raises(BundleError, match="encrypted with a passphrase"):
        open_bundle(out, [x25519.Identity.generate()], trust=trust)


def test_wrong_identity_truncation_and_garbage_give_one_line_errors(
        tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
        org: x25519.Identity, trust: TrustedKeys) -> None:
    out = _write(tmp_path, records, flows, device, org)
    data = out.read_bytes()
    cases = [(data, x25519.Identity.generate(), "not addressed to this identity"),
             (data[:-200], org, "truncated or damaged"),
             (data[:len(data) // 2], org, "truncated or damaged"),
             (data[:90], org, "truncated or damaged|not addressed"),
             (b"PK\x03\x04 plain zip", org, "not an age-encrypted bundle")]
    for blob, identity, message in cases:
        with pytest.raises(BundleError, match=message) as info:
            open_bundle(blob, [identity], trust=trust)
        assert "\n" not in str(info.value)


@pytest.mark.parametrize("attack, message", [
    ("edit_record", "does not match the SHA-256"),
    ("edit_manifest", "signature does not verify"),
    ("add_file", "unexpected file|does not list"),
    ("extra_record", "unexpected file"),
    ("swap_record_lines", "does not match the SHA-256 in the signed manifest"),
    ("drop_pdf", "is missing"),
    ("resign_other_device", "not a trusted device"),
    ("traversal", "unexpected file"),
])
def test_tampered_bundles_are_rejected(attack: str, message: str, tmp_path: Path,
                                       records: list[DecisionRecord], flows: dict[str, Flow],
                                       device: DeviceKey, org: x25519.Identity,
                                       trust: TrustedKeys) -> None:
    files = _plain_zip(_write(tmp_path, records, flows, device, org), org)
    first = records[0].id
    if attack == "edit_record":
        files["records.jsonl"] = files["records.jsonl"].replace(b"public_task", b"consent", 1)
    elif attack == "edit_manifest":
        files["manifest.json"] = files["manifest.json"].replace(b"laptop-7", b"laptop-8")
    elif attack == "add_file":
        files["notes.txt"] = b"hello"
    elif attack == "extra_record":
        files["records/00000000-0000-4000-8000-999999999999.json"] = b"{}"
    elif attack == "swap_record_lines":
        lines = files["records.jsonl"].splitlines(keepends=True)
        files["records.jsonl"] = b"".join(reversed(lines))
    elif attack == "drop_pdf":
        del files[f"pdf/{first}.pdf"]
    elif attack == "resign_other_device":
        other = DeviceKey.generate("laptop-7")
        manifest = json.loads(files["manifest.json"])
        manifest["device_public_key"] = other.public_b64
        files["manifest.json"] = json.dumps(manifest).encode()
        files["manifest.sig"] = base64.b64encode(other.sign(files["manifest.json"]))
    elif attack == "traversal":
        files["../../evil.json"] = b"{}"
    blob = _reseal(files, org)
    trusted = [device.public_b64]
    out_dir = tmp_path / "opened"
    with pytest.raises(BundleError, match=message) as info:
        opened = open_bundle(blob, [org], trust=TrustedKeys.of(trusted))
        write_opened(opened, out_dir)
    assert "\n" not in str(info.value)
    assert not out_dir.exists(), "nothing is written from a bad bundle"


def test_re_encrypting_to_another_key_is_wrongly_addressed(
        tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
        org: x25519.Identity, trust: TrustedKeys) -> None:
    files = _plain_zip(_write(tmp_path, records, flows, device, org), org)
    eve = x25519.Identity.generate()
    with pytest.raises(BundleError, match="wrongly addressed"):
        open_bundle(_reseal(files, eve), [eve], trust=trust)
    assert open_bundle(_reseal(files, org), [org], trust=trust).records == tuple(records)


def test_write_opened_writes_every_file_into_an_empty_folder_only(
        tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
        org: x25519.Identity, trust: TrustedKeys) -> None:
    opened = open_bundle(_write(tmp_path, records, flows, device, org), [org], trust=trust)
    written = write_opened(opened, tmp_path / "dir")
    assert len(written) == len(opened.files)
    assert (tmp_path / "dir" / "records.jsonl").read_bytes().splitlines()[0] == \
        records[0].canonical_bytes()
    with pytest.raises(UsageError, match="not an empty folder"):
        write_opened(opened, tmp_path / "dir")


def test_cancel_and_bad_input_leave_the_destination_alone(
        tmp_path: Path, records: list[DecisionRecord], flows: dict[str, Flow], device: DeviceKey,
        org: x25519.Identity) -> None:
    out = tmp_path / "keep.age"
    out.write_bytes(b"previous")
    threads = threading.active_count()
    with pytest.raises(ExportCancelled):
        export_bundle(records, flows, out, device=device, recipients=[str(org.to_public())],
                      cancel=lambda: True)
    assert threading.active_count() == threads, "the encrypting thread has stopped"
    with pytest.raises(UsageError, match="not an age X25519 public key"):
        export_bundle(records, flows, out, device=device, recipients=["age1nope"])
    with pytest.raises(UsageError, match="recipient key"):
        export_bundle(records, flows, out, device=device)
    with pytest.raises(ExportError, match="twice"):
        export_bundle(records + records[:1], flows, out, device=device,
                      recipients=[str(org.to_public())])
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "keep.age"]


def test_a_failing_sink_is_reported_not_hung(records: list[DecisionRecord],
                                             flows: dict[str, Flow], device: DeviceKey,
                                             org: x25519.Identity) -> None:
    class DiskFull(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: object) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="could not encrypt the bundle: No space left on device"):
        write_bundle(records, flows, DiskFull(), device=device,  # type: ignore[arg-type]
                     recipients=[str(org.to_public())], include_pdfs=False)
