"""Property test: a real bundle, mutated every way hypothesis can think of, never raises anything
but a SharedeskError, and a refused bundle changes nothing in the manager's vault.

Mutations: byte flips, insertions and truncation of the encrypted file and of the ZIP inside it;
ZIP entries dropped, duplicated, renamed, replaced, added or stored uncompressed; manifest
members replaced or deleted (re-signed by the trusted device, so the checks after the signature
are reached, or left unsigned); record lines edited and re-hashed under a re-signed manifest.
The CI runs 300 examples; SHAREDESK_FUZZ_EXAMPLES=5000 runs more.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from sharedesk.core.errors import SharedeskError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.sync import devices
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import KdfParams, Vault

EXAMPLES = int(os.environ.get("SHAREDESK_FUZZ_EXAMPLES", "300"))
DEVICE = DeviceKey.generate("laptop-fuzz")
ORG = x25519.Identity.generate()
NAMES = ["records.jsonl", "manifest.json", "manifest.sig", "fhir/bundle.json",
         "pdf/00000000-0000-4000-8000-000000000001.pdf", "../../etc/passwd", "x", ""]


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory, flow: Flow) -> dict[str, bytes]:
    """The plaintext files of one genuine bundle of two records (one amended)."""
    out = tmp_path_factory.mktemp("fuzz") / "genuine.age"
    export_bundle(_records(flow), {flow.id: flow}, out, device=DEVICE, recipients=[str(ORG.to_public())])
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(out.read_bytes(), [ORG]))) as z:
        return {n: z.read(n) for n in z.namelist()}


def _records(flow: Flow) -> list[DecisionRecord]:
    from types import MappingProxyType

    from export_samples import REFUSE_ANSWERS, fields

    from sharedesk.core.flow import Session
    from sharedesk.core.records.model import STATUS_FINAL, Amendment

    session, _ = Session.replay(flow, REFUSE_ANSWERS)  # type: ignore[arg-type]
    out = []
    for n in (1, 2):
        out.append(DecisionRecord(
            id=f"00000000-0000-4000-8000-{n:012d}", flow_id=flow.id, flow_version=flow.version,
            flow_sha256=flow.sha256, path=session.path, outcome=session.outcome or "",
            fields=MappingProxyType(fields(consent="given")), created="2026-11-20T09:30:00Z",
            status=STATUS_FINAL, finalised="2026-11-20T09:45:00Z"))
    out[1] = out[1].with_amendment(Amendment(
        id="00000000-0000-4000-a000-000000000001", at="2026-11-21T10:00:00Z", author="M",
        reason="Corrected", changes=MappingProxyType({"recipient": "MASH"})))
    return out


@pytest.fixture(scope="module")
def manager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    fast = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
    with Vault.create(tmp_path_factory.mktemp("mgr") / "m.sharedesk", "fuzz pass phrase 1",
                      kdf=fast) as vault:
        devices.trust(vault, DEVICE.public_b64, "fuzzed laptop")
        yield vault


def _zip(files: list[tuple[str, bytes]], stored: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", compression=method) as z, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are one of the attacks
        for name, data in files:
            info = zipfile.ZipInfo(name or "_")
            info.compress_type = method
            z.writestr(info, data)
    return buf.getvalue()


def _seal(plain: bytes) -> bytes:
    return pyrage.encrypt(plain, [ORG.to_public()])


def _sign(files: dict[str, bytes]) -> None:
    files["manifest.sig"] = base64.b64encode(DEVICE.sign(files["manifest.json"])) + b"\n"


def _rehash(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
    listed = manifest.get("files")
    for name in list(listed) if isinstance(listed, dict) else []:
        if name in files:
            manifest["files"][name] = {"sha256": hashlib.sha256(files[name]).hexdigest(),
                                       "size": len(files[name])}
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False,
                                        default=str).encode("utf-8", "surrogatepass")
    _sign(files)


KINDS = ("cipher", "zip", "entries", "manifest", "record")
DEEP = "[" * 50_000 + "]" * 50_000
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=30) | st.sampled_from(["\ud800", "2026-02-30T25:00:00Z", "../x", "",
                                              "00000000-0000-4000-8000-000000000001", "x" * 30_000]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=8)


def _edit(value: Any, path: list[int], new: Any) -> Any:
    """Replace (or, for new == DELETE, remove) one member reached by walking ``path``."""
    if not path or not isinstance(value, dict | list) or not value:
        return new
    keys = list(value) if isinstance(value, dict) else list(range(len(value)))
    key = keys[path[0] % len(keys)]
    if len(path) == 1 and new is _DELETE:
        del value[key]
    else:
        value[key] = _edit(value[key], path[1:], new)
    return value


_DELETE = object()


@st.composite
def hostile(draw: st.DrawFn, genuine: dict[str, bytes], sealed: bytes,
            kinds: tuple[str, ...] = KINDS) -> tuple[str, bytes]:
    """A mutated bundle. ``sealed`` is ``genuine`` encrypted once: age headers carry a random
    "grease" stanza, so sealing afresh here would make the drawn positions vary."""
    kind = draw(st.sampled_from(kinds))
    files = dict(genuine)
    if kind == "cipher" or kind == "zip":
        data = bytearray(sealed if kind == "cipher" else _zip(list(files.items())))
        for _ in range(draw(st.integers(1, 4))):
            how = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
            at = draw(st.integers(0, max(len(data) - 1, 0)))
            if how == "flip" and data:
                data[at] ^= draw(st.integers(1, 255))
            elif how == "truncate":
                del data[at:]
            elif how == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=64))
            else:
                del data[at:at + draw(st.integers(1, 64))]
        return kind, bytes(data) if kind == "cipher" else _seal(bytes(data))
    if kind == "entries":
        items = list(files.items())
        for _ in range(draw(st.integers(1, 3))):
            how = draw(st.sampled_from(["drop", "dup", "rename", "replace", "add"]))
            i = draw(st.integers(0, len(items) - 1)) if items else 0
            if how == "drop" and items:
                items.pop(i)
            elif how == "dup" and items:
                items.append(items[i])
            elif how == "rename" and items:
                items[i] = (draw(st.sampled_from(NAMES) | st.text(max_size=20)), items[i][1])
            elif how == "replace" and items:
                items[i] = (items[i][0], draw(st.binary(max_size=200)))
            else:
                items.append((draw(st.sampled_from(NAMES)), draw(st.binary(max_size=50))))
        return kind, _seal(_zip(items, stored=draw(st.booleans())))
    if kind == "manifest":
        manifest = json.loads(files["manifest.json"])
        path = draw(st.lists(st.integers(0, 50), min_size=1, max_size=3))
        new = draw(json_values | st.just(_DELETE) | st.just(DEEP))
        manifest = _edit(manifest, path, new)
        if new is DEEP:
            files["manifest.json"] = json.dumps(manifest).replace(json.dumps(DEEP), DEEP).encode()
            _sign(files)
        elif draw(st.booleans()):
            _rehash(files, manifest if isinstance(manifest, dict) else {"files": {}})
        else:
            files["manifest.json"] = json.dumps(manifest, default=str).encode()
        return kind, _seal(_zip(list(files.items())))
    lines = files["records.jsonl"].split(b"\n")[:-1]
    i = draw(st.integers(0, len(lines) - 1))
    record = json.loads(lines[i])
    new = draw(json_values | st.just(_DELETE))
    record = _edit(record, draw(st.lists(st.integers(0, 50), min_size=1, max_size=4)), new)
    lines[i] = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          default=str).encode("utf-8", "surrogatepass")
    files["records.jsonl"] = b"\n".join(lines) + b"\n"
    manifest = json.loads(files["manifest.json"])
    _rehash(files, manifest)  # version 2: records.jsonl's hash and size cover every line
    return kind, _seal(_zip(list(files.items())))


def _state(vault: Vault) -> tuple[int, int]:
    return vault.records.count(), len(vault.audit_events())


@pytest.fixture(scope="module")
def fuzz_target(genuine: dict[str, bytes], manager: Vault) -> Callable[[bytes], str]:
    trust = devices.trusted_keys(manager)

    def run(blob: bytes) -> str:
        before = _state(manager)
        try:
            opened = open_bundle(blob, [ORG], trust=trust, keep_files=False)
            import_bundle(manager, opened)
        except SharedeskError as exc:
            assert "\n" not in str(exc)
            assert _state(manager) == before, f"refused ({exc}) but the vault changed"
            return "refused"
        return "accepted"

    return run


@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")  # large reprs
def test_mutated_bundles_never_raise_anything_but_a_one_line_error(
        genuine: dict[str, bytes], fuzz_target: Callable[[bytes], str]) -> None:
    sealed = _seal(_zip(list(genuine.items())))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much])
    @given(st.data())
    def check(data: st.DataObject) -> None:
        kind, blob = data.draw(hostile(genuine, sealed))
        event(f"{kind}: {fuzz_target(blob)}")

    check()
    assert fuzz_target(sealed) in ("accepted", "refused")


def test_the_genuine_bundle_imports(genuine: dict[str, bytes], tmp_path: Path) -> None:
    fast = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
    with Vault.create(tmp_path / "fresh.sharedesk", "fuzz pass phrase 1", kdf=fast) as vault:
        opened = open_bundle(_seal(_zip(list(genuine.items()))), [ORG],
                             trust=devices.trusted_keys(vault, (), [DEVICE.public_b64]))
        assert len(import_bundle(vault, opened).added) == 2
