"""Delivery is proven by a signed receipt (issue 10, part 2), against a real server on 127.0.0.1
and a real vault: a proxy's unsigned 201, a bad signature or another key's acknowledge nothing
when a receipt key is pinned; without one, records are acknowledged but never purged; a server
cannot stall a sync (overall deadline) or bloat it (64 KiB receipt cap); each upload carries the
device's signature."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pyrage import x25519
from sync_kit import TOKEN, CaseServer, finalise_records, public_b64, signed_receipt

from sharedesk.core.flow import Flow
from sharedesk.core.sync.folder import FolderTransport
from sharedesk.core.sync.https import HttpsTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.retention import purge_due
from sharedesk.core.sync.service import sync
from sharedesk.core.vault import Vault, probe

LATER = datetime.now(UTC) + timedelta(days=400)
NOT_SIGNED = "receipt not signed by the case system's key"


def _https(server: CaseServer, keys: list[str], **options: float) -> HttpsTransport:
    return HttpsTransport(server.url, TOKEN, receipt_keys=keys, timeout=options.get("timeout", 5),
                          deadline=options.get("deadline", 30))


def _statuses(vault: Vault) -> set[str]:
    return {s.export_status for s in vault.records.page(limit=1000)}


def _send(vault: Vault, flows: dict[str, Flow], org: x25519.Identity,
          transport: HttpsTransport | FolderTransport) -> tuple[str, str]:
    [(bundle_id, outcome)] = sync(vault, flows, transport, [str(org.to_public())],
                                  include_pdfs=False).attempts
    return bundle_id, outcome.kind


@pytest.mark.parametrize("fault", ["proxy", "bad_signature", "other_key"])
def test_with_a_pinned_key_an_unsigned_or_foreign_receipt_acknowledges_nothing(
        fault: str, vault: Vault, server: CaseServer, org: x25519.Identity,
        flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    server.script = [fault]
    transport = _https(server, [server.receipt_public])
    bundle_id, kind = _send(vault, flows, org, transport)
    assert kind == "retry"
    bundle = Outbox(vault).bundle(bundle_id)
    assert bundle.state == "pending" and bundle.receipt_key is None
    assert bundle.error is not None and NOT_SIGNED in bundle.error
    assert bundle.next_attempt is not None, "retried with backoff"
    assert _statuses(vault) == {"pending"}
    assert not [e for e in vault.audit_events(ids[0]) if e.kind in ("uploaded", "acknowledged")]
    assert purge_due(vault, 0, receipt_keys=[server.receipt_public], now=LATER).due == []
    # The next attempt sends the same bytes; the case system's signed receipt acknowledges.
    assert _send(vault, flows, org, transport)[1] == "acknowledged"
    assert len(set(server.bodies)) == 1, "the retry sent exactly the same bytes"
    assert _statuses(vault) == {"acknowledged"}
    assert Outbox(vault).bundle(bundle_id).receipt_key == server.receipt_public


def test_a_correctly_signed_receipt_acknowledges_and_lets_retention_purge(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    keys = [public_b64(Ed25519PrivateKey.generate()), server.receipt_public]  # either may sign
    bundle_id, kind = _send(vault, flows, org, _https(server, keys))
    assert kind == "acknowledged" and _statuses(vault) == {"acknowledged"}
    bundle = Outbox(vault).bundle(bundle_id)
    assert bundle.receipt_key == server.receipt_public and bundle.error is None
    acknowledged = [e for e in vault.audit_events(ids[0]) if e.kind == "acknowledged"][-1]
    assert acknowledged.detail["receipt_signed_by"]
    assert purge_due(vault, 0, receipt_keys=keys[:1], now=LATER).due == [], \
        "a key no longer pinned does not let its receipts purge"
    assert sorted(purge_due(vault, 0, receipt_keys=keys, now=LATER).purged) == sorted(ids)
    assert vault.verify() == []


def test_without_a_pinned_key_records_are_acknowledged_but_never_purged(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    server.script = ["proxy"]
    bundle_id, kind = _send(vault, flows, org, _https(server, []))
    assert kind == "acknowledged" and _statuses(vault) == {"acknowledged"}
    assert server.stored == {}, "the proxy stored nothing, but no key was pinned to tell"
    assert Outbox(vault).bundle(bundle_id).receipt_key is None
    report = purge_due(vault, 0, receipt_keys=[], now=LATER)
    assert report.due == [] and report.purged == []
    assert "never purged automatically until a receipt key is pinned" in report.lines()[0]
    assert sync(vault, flows, _https(server, []), retention_days=0).purged == []
    # A key pinned later does not make that unverified acknowledgement purgeable.
    assert purge_due(vault, 0, receipt_keys=[server.receipt_public], now=LATER).due == []
    assert {s.status for s in vault.records.page()} == {"final"}


def test_a_tampered_stored_receipt_is_not_purged(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    keys = [server.receipt_public]
    bundle_id, _ = _send(vault, flows, org, _https(server, keys))
    with probe.write(vault, "tamper") as c:  # the key column says verified, the receipt is not
        c.execute("UPDATE outbox_bundles SET receipt_stored_at = '2000-01-01T00:00:00Z' "
                  "WHERE id = ?", (bundle_id,))
    assert purge_due(vault, 0, receipt_keys=keys, now=LATER).due == []


@pytest.mark.parametrize("case", ["unsigned", "other_key", "signed"])
def test_folder_receipts_follow_the_same_rules(
        case: str, vault: Vault, tmp_path: Path, org: x25519.Identity,
        flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    key = Ed25519PrivateKey.generate()
    keys = [public_b64(key)]
    drop = tmp_path / "drop"
    drop.mkdir()
    transport = FolderTransport(drop, receipt_keys=keys)
    bundle_id, kind = _send(vault, flows, org, transport)
    assert kind == "uploaded"
    sha = Outbox(vault).bundle(bundle_id).sha256
    receipt: dict[str, str] = {"bundle_id": bundle_id, "sha256": sha}
    if case != "unsigned":
        receipt = signed_receipt(key if case == "signed" else Ed25519PrivateKey.generate(),
                                 bundle_id, sha)
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(receipt))
    [(_, outcome)] = sync(vault, flows, transport).attempts
    bundle = Outbox(vault).bundle(bundle_id)
    if case == "signed":
        assert outcome.kind == "acknowledged" and bundle.receipt_key == keys[0]
        assert purge_due(vault, 0, receipt_keys=keys, now=LATER).purged
    else:
        assert outcome.kind == "retry" and NOT_SIGNED in outcome.message
        assert bundle.state == "uploaded" and bundle.error is not None
        assert NOT_SIGNED in bundle.error, "the outbox says why it is still waiting"
        assert _statuses(vault) == {"uploaded"}
        assert purge_due(vault, 0, receipt_keys=keys, now=LATER).due == []


@pytest.mark.parametrize("fault", ["trickle", "trickle_head"])
def test_a_server_trickling_its_answer_is_cut_off_by_the_overall_deadline(
        fault: str, vault: Vault, server: CaseServer, org: x25519.Identity,
        flows: dict[str, Flow]) -> None:
    finalise_records(vault, 1)
    server.script = [fault]  # a valid signed receipt (and head), one byte every 0.5 s
    transport = _https(server, [server.receipt_public], timeout=5, deadline=2)
    bundle_id, kind = _send(vault, flows, org, transport)
    assert kind == "retry"
    error = Outbox(vault).bundle(bundle_id).error or ""
    assert "overall deadline" in error
    assert _statuses(vault) == {"pending"}


@pytest.mark.parametrize("keys", ["pinned", "none"])
def test_a_receipt_over_64_kib_is_refused(
        keys: str, vault: Vault, server: CaseServer, org: x25519.Identity,
        flows: dict[str, Flow], tmp_path: Path) -> None:
    finalise_records(vault, 1)
    pinned = [server.receipt_public] if keys == "pinned" else []
    server.script = ["huge"]  # correctly signed, padded to 65 KiB
    bundle_id, kind = _send(vault, flows, org, _https(server, pinned))
    assert kind == "retry" and _statuses(vault) == {"pending"}
    assert "larger than 64 KiB" in (Outbox(vault).bundle(bundle_id).error or "")
    # The same cap holds for a receipt file.
    drop = tmp_path / "drop"
    drop.mkdir()
    folder = FolderTransport(drop, receipt_keys=pinned)
    sha = Outbox(vault).bundle(bundle_id).sha256
    huge = {**signed_receipt(server.receipt_key, bundle_id, sha), "padding": "x" * 65 * 1024}
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(huge))
    outcome = folder.check_receipt(bundle_id, sha)
    assert outcome is not None and outcome.kind == "retry"
    assert "larger than 64 KiB" in outcome.message


def test_every_upload_carries_the_device_signature(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    from sharedesk.core.settings import Settings
    from sharedesk.core.sync.credentials import set_token
    from sharedesk.core.sync.service import transport_from_settings

    finalise_records(vault, 1)
    set_token(vault, TOKEN)
    server.script = ["500"]  # the retry is signed too
    transport = transport_from_settings(vault, Settings(), endpoint=server.url)
    for _ in range(2):
        sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    assert len(server.headers) == 2
    [(bundle_id, body)] = server.stored.items()
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(body, [org]))) as z:
        manifest = json.loads(z.read("manifest.json"))
    device = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["device_public_key"]))
    sha = Outbox(vault).bundle(bundle_id).sha256
    for headers, sent in zip(server.headers, server.bodies, strict=True):
        signature = base64.b64decode(headers["Sharedesk-Device-Signature"], validate=True)
        assert hashlib.sha256(sent).hexdigest() == sha
        device.verify(signature, f"sharedesk-upload-v1\n{bundle_id}\n{sha}".encode())


def test_a_schema_6_vault_upgrades_and_its_old_acknowledgements_are_never_purged(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    from sync_kit import PASS

    from sharedesk.core.vault.db import connect
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase
    from sharedesk.core.vault.migrations import latest

    ids = finalise_records(vault, 2)
    keys = [server.receipt_public]
    bundle_id, _ = _send(vault, flows, org, _https(server, keys))
    path = vault.path
    vault.close()
    # Make it the file schema 6 left: no receipt columns (acknowledged by an unsigned receipt).
    conn = connect(path, unwrap_passphrase(read_keyfile(path), PASS))
    try:
        for column in ("receipt_key", "receipt_stored_at", "receipt_signature"):
            conn.execute(f"ALTER TABLE outbox_bundles DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 6")
        conn.commit()
    finally:
        conn.close()
    with Vault.open(path, PASS) as upgraded:
        assert version_of(upgraded) == latest() >= 7
        bundle = Outbox(upgraded).bundle(bundle_id)
        assert bundle.state == "acknowledged" and bundle.receipt_key is None
        assert purge_due(upgraded, 0, receipt_keys=keys, now=LATER).due == []
        assert upgraded.verify() == []
        assert {s.id for s in upgraded.records.page()} == set(ids)


def version_of(vault: Vault) -> int:
    return int(probe.rows(vault, "PRAGMA user_version")[0][0])


def test_the_deadline_also_cuts_a_trickling_tls_server(
        vault: Vault, tmp_path: Path, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    from sync_kit import self_signed, start_tls

    cert, key = self_signed(tmp_path)
    tls = CaseServer()
    url = start_tls(tls, cert, key)
    try:
        finalise_records(vault, 1)
        tls.script = ["trickle_head"]
        transport = HttpsTransport(url, TOKEN, ca_bundle=cert, timeout=5, deadline=2,
                                   receipt_keys=[tls.receipt_public])
        bundle_id, kind = _send(vault, flows, org, transport)
        assert kind == "retry"
        assert "overall deadline" in (Outbox(vault).bundle(bundle_id).error or "")
        assert _send(vault, flows, org, transport)[1] == "acknowledged", "the next try works"
    finally:
        tls.stop()


_HYPOTHESIS_KEY = Ed25519PrivateKey.generate()
_SHA = hashlib.sha256(b"bundle").hexdigest()
_FORGED = st.fixed_dictionaries({"bundle_id": st.just("b-1"), "sha256": st.just(_SHA)}, optional={
    "stored_at": st.one_of(st.text(max_size=30), st.just("2026-11-30T12:00:00Z"), st.integers()),
    "signature": st.one_of(st.text(max_size=100), st.binary(min_size=64, max_size=64).map(
        lambda b: base64.b64encode(b).decode()), st.none())})


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=300), _FORGED.map(lambda d: json.dumps(d).encode()),
                 st.dictionaries(st.sampled_from(["bundle_id", "sha256", "stored_at", "x"]),
                                 st.one_of(st.text(max_size=90), st.integers(), st.none()),
                                 max_size=4).map(lambda d: json.dumps(d).encode())))
def test_no_receipt_but_a_signed_one_acknowledges_when_a_key_is_pinned(raw: bytes) -> None:
    from sharedesk.core.sync.receipt import judge

    pinned = judge(raw, "b-1", _SHA, [public_b64(_HYPOTHESIS_KEY)], where="r")
    assert pinned.kind in ("retry", "failed") and pinned.receipt_key is None
    unpinned = judge(raw, "b-1", _SHA, [], where="r")
    assert unpinned.receipt_key is None
    if unpinned.kind == "acknowledged":  # a matching receipt: with the key it is refused as such
        assert "receipt not signed by the case system's key" in pinned.message


def test_the_deadline_cuts_a_tls_handshake_that_never_ends(
        vault: Vault, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    import socket
    import threading
    import time

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:  # a TLS record header promising 16 KiB, then a byte every 0.5 s
        conn, _ = listener.accept()
        with conn:
            conn.sendall(b"\x16\x03\x03\x40\x00")
            while not stop.is_set():
                try:
                    conn.sendall(b"\x02")
                except OSError:
                    return
                time.sleep(0.5)

    threading.Thread(target=trickle, daemon=True).start()
    try:
        finalise_records(vault, 1)
        url = f"https://127.0.0.1:{listener.getsockname()[1]}"
        transport = HttpsTransport(url, TOKEN, timeout=5, deadline=2)
        bundle_id, kind = _send(vault, flows, org, transport)
        assert kind == "retry"
        assert "overall deadline" in (Outbox(vault).bundle(bundle_id).error or "")
    finally:
        stop.set()
        listener.close()
