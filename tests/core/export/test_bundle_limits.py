"""Hostile ZIPs inside correctly encrypted bundles: bombs, lying manifests, damaged directories.

Every bundle here is real age, re-sealed to the organisation key as anyone holding its public
key could. Memory is measured in a child process (its own peak RSS, VmHWM) so a reader that inflates a
bomb fails the bound; no timing is asserted.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from clirun import CLI
from pyrage import x25519

from sharedesk.core.errors import BundleError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle, write_opened
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

BOMB = 1 << 30  # what the bomb entries expand to
MEMORY_BOUND_MB = 200  # far below the bomb, above the 48 MiB manifest cap read twice


@pytest.fixture(scope="module")
def device() -> DeviceKey:
    return DeviceKey.generate("laptop-9")


@pytest.fixture(scope="module")
def org() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture
def files(tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow],
          device: DeviceKey, org: x25519.Identity) -> dict[str, bytes]:
    """The plaintext files of a genuine two-record bundle."""
    out = tmp_path / "genuine.age"
    export_bundle([make_record(), make_record()], flows, out, device=device,
                  recipients=[str(org.to_public())])
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(out.read_bytes(), [org]))) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(files: dict[str, bytes], bombs: tuple[str, ...] = ()) -> bytes:
    """A ZIP of ``files``; each name in ``bombs`` instead holds BOMB zero bytes (deflated to
    about a megabyte)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if name not in bombs:
                z.writestr(name, data)
                continue
            with z.open(name, "w", force_zip64=True) as handle:
                zeros = bytes(1 << 20)
                for _ in range(BOMB >> 20):
                    handle.write(zeros)
    return buf.getvalue()


def _seal(plain: bytes, org: x25519.Identity) -> bytes:
    return pyrage.encrypt(plain, [org.to_public()])


def _resign(files: dict[str, bytes], device: DeviceKey) -> None:
    files["manifest.sig"] = base64.b64encode(device.sign(files["manifest.json"])) + b"\n"


_CHILD = """
import json, sys
from pathlib import Path
from pyrage import x25519
from sharedesk.core.errors import BundleError
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys

def peak_kb():
    # VmHWM: this process's own peak RSS. getrusage's ru_maxrss would start at the parent's
    # (pytest's) size, which Linux carries into a child across fork and exec.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise SystemExit("no VmHWM")

blob, key, trusted = Path(sys.argv[1]).read_bytes(), sys.argv[2], sys.argv[3]
identity = x25519.Identity.from_str(key)
before = peak_kb()
try:
    open_bundle(blob, [identity], trust=TrustedKeys.of([trusted]))
    error = None
except BundleError as exc:
    error = str(exc)
print(json.dumps({"error": error, "grew_mb": (peak_kb() - before) / 1024}))
"""


def _open_in_child(tmp_path: Path, blob: bytes, org: x25519.Identity,
                   trusted: str) -> dict[str, object]:
    path = tmp_path / "hostile.age"
    path.write_bytes(blob)
    result = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(org), trusted],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    out: dict[str, object] = json.loads(result.stdout)
    return out


@pytest.mark.parametrize("case", ["records_understated", "manifest_bomb", "untrusted_bomb"])
def test_zip_bombs_are_refused_in_bounded_memory(case: str, tmp_path: Path,
                                                 files: dict[str, bytes], device: DeviceKey,
                                                 org: x25519.Identity) -> None:
    trusted = device.public_b64
    if case == "records_understated":
        # The signed manifest gives records.jsonl its genuine (small) size; the ZIP entry
        # under that name inflates to a gigabyte.
        plain = _zip(files, bombs=("records.jsonl",))
        expected = "records.jsonl in the bundle expands to more than"
    elif case == "manifest_bomb":
        plain = _zip(files, bombs=("manifest.json",))
        expected = "manifest.json in the bundle expands to more than"
    else:
        trusted = DeviceKey.generate("someone-else").public_b64
        plain = _zip(files, bombs=("fhir/bundle.json",))
        expected = "not a trusted device"
    assert len(plain) < 8 << 20, "a small file..."
    seen = _open_in_child(tmp_path, _seal(plain, org), org, trusted)
    assert expected in str(seen["error"])
    assert float(str(seen["grew_mb"])) < MEMORY_BOUND_MB, seen


def test_a_manifest_listing_huge_files_is_refused_before_reading_them(
        files: dict[str, bytes], device: DeviceKey, org: x25519.Identity) -> None:
    manifest = json.loads(files["manifest.json"])
    manifest["files"]["records.jsonl"]["size"] = 5 << 30
    files["manifest.json"] = json.dumps(manifest).encode()
    _resign(files, device)
    with pytest.raises(BundleError, match="implausibly large"):
        open_bundle(_seal(_zip(files), org), [org], trust=TrustedKeys.of([device.public_b64]))


def test_a_zip_claiming_too_many_entries_is_refused_before_parsing(
        org: x25519.Identity, device: DeviceKey) -> None:
    n = 260_000
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, 1, 0) + b"x"
    central = struct.pack("<4s6H3L5HLL", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0,
                          0, 0, 0, 0) + b"x"
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(central) * n,
                      len(local), 0)
    plain = local + central * n + end
    with pytest.raises(BundleError, match="implausibly many files"):
        open_bundle(_seal(plain, org), [org], trust=TrustedKeys.of([device.public_b64]))


def _damage_central_entry(plain: bytes, name: bytes, how: str) -> bytes:
    data = bytearray(plain)
    at = data.index(b"PK\x01\x02")  # the first central-directory entry
    while True:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + length] == name:
            break
        at = data.index(b"PK\x01\x02", at + 4)
    if how == "utf8_name":  # flagged UTF-8, but the bytes are not UTF-8
        struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | 0x800)
        data[at + 46:at + 46 + length] = b"\xff" * length
    elif how == "method":  # a compression method zipfile does not implement
        struct.pack_into("<H", data, at + 10, 99)
        offset = struct.unpack_from("<L", data, at + 42)[0]
        struct.pack_into("<H", data, offset + 8, 99)
    elif how == "offset":  # the local header is said to lie past the end
        struct.pack_into("<L", data, at + 42, 0xFFFFFFF0)
    return bytes(data)


@pytest.mark.parametrize("how, entry", [("utf8_name", b"manifest.sig"),
                                        ("method", b"records.jsonl"),
                                        ("offset", b"manifest.json")])
def test_a_damaged_central_directory_is_one_line(how: str, entry: bytes, tmp_path: Path,
                                                 files: dict[str, bytes], device: DeviceKey,
                                                 org: x25519.Identity) -> None:
    blob = _seal(_damage_central_entry(_zip(files), entry, how), org)
    bundle, key = tmp_path / "damaged.age", tmp_path / "org.key"
    bundle.write_bytes(blob)
    key.write_text(f"{org}\n")
    out = tmp_path / "opened"
    result = subprocess.run([*CLI, "bundle", "open", str(bundle),
                             "--identity", str(key), "--out", str(out),
                             "--trust", device.public_b64],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "SHAREDESK_HOME": str(tmp_path / "home")})
    err = result.stderr.strip()
    assert result.returncode == 1, err
    assert err.startswith("sharedesk: error: ") and "\n" not in err and "Traceback" not in err
    assert not out.exists()


def test_bundle_open_out_folders_are_owner_only(tmp_path: Path, files: dict[str, bytes],
                                                device: DeviceKey, org: x25519.Identity) -> None:
    opened = open_bundle(_seal(_zip(files), org), [org],
                         trust=TrustedKeys.of([device.public_b64]))
    old = os.umask(0o022)
    try:
        written = write_opened(opened, tmp_path / "a" / "opened")
    finally:
        os.umask(old)
    root = tmp_path / "a" / "opened"
    assert (root.stat().st_mode & 0o777) == 0o700
    assert ((root / "pdf").stat().st_mode & 0o777) == 0o700
    assert ((root / "fhir").stat().st_mode & 0o777) == 0o700
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in written)
    assert hashlib.sha256((root / "manifest.json").read_bytes()).hexdigest() == \
        opened.manifest_sha256
