"""An amendment made after a record was acknowledged reaches the case system in a new bundle
(against pytest-httpserver on 127.0.0.1), and the manager's import merges it exactly once."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from pytest_httpserver import HTTPServer
from sync_kit import FAST, PASS, TOKEN, finalise_records, public_b64, signed_receipt
from werkzeug.wrappers import Request, Response

from sharedesk.core.errors import BundleConflict
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.sync.https import HttpsTransport
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.retention import due
from sharedesk.core.sync.service import prepare_bundles, sync
from sharedesk.core.vault import Vault

LATER = datetime.now(UTC) + timedelta(days=400)
RECEIPT_KEY = Ed25519PrivateKey.generate()
KEYS = [public_b64(RECEIPT_KEY)]



def _trust(vault: Vault) -> TrustedKeys:
    """The practitioner's device, as a manager who enrolled it trusts it."""
    return TrustedKeys.of([device_key(vault).public_b64])


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)  # loopback only, any free port


def _case_system(httpserver: HTTPServer) -> dict[str, bytes]:
    """A receiver that stores each bundle once and answers with the receipt the doc describes."""
    stored: dict[str, bytes] = {}

    def put(request: Request) -> Response:
        assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
        bundle_id = request.path.rsplit("/", 1)[-1]
        body = request.get_data()
        if stored.setdefault(bundle_id, body) != body:
            return Response("different bytes", status=409)
        receipt = signed_receipt(RECEIPT_KEY, bundle_id, hashlib.sha256(body).hexdigest())
        return Response(json.dumps(receipt), status=201, content_type="application/json")

    httpserver.expect_request(re.compile(r"^/bundles/[^/]+$"), method="PUT") \
        .respond_with_handler(put)
    return stored


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / name).write_bytes(data)
    return tmp_path / name


def test_amendment_after_ack_travels_in_a_new_bundle_and_merges_once(
        vault: Vault, httpserver: HTTPServer, org: x25519.Identity, flows: dict[str, Flow],
        tmp_path: Path) -> None:
    stored = _case_system(httpserver)
    transport = HttpsTransport(httpserver.url_for("/").rstrip("/"), TOKEN, timeout=5,
                               receipt_keys=KEYS)
    recipients = [str(org.to_public())]
    ids = finalise_records(vault, 2)
    outbox = Outbox(vault)
    [(first_id, first)] = sync(vault, flows, transport, recipients, include_pdfs=False).attempts
    assert first.kind == "acknowledged"
    receipt_before = outbox.bundle(first_id).receipt_sha256
    assert {i.record_id for i in due(vault, 0, KEYS, LATER)[1]} == set(ids)

    vault.records.amend(ids[0], "Sam Okafor", "Recipient team corrected", {"recipient": "MASH"})
    statuses = {s.id: s.export_status for s in vault.records.page()}
    assert statuses == {ids[0]: "pending", ids[1]: "acknowledged"}
    assert [e.kind for e in vault.audit_events(ids[0])][-2:] == ["amended", "queued"]
    assert {i.record_id for i in due(vault, 0, KEYS, LATER)[1]} == {ids[1]}, \
        "not purgeable until the amendment is acknowledged"

    report = sync(vault, flows, transport, recipients, include_pdfs=False)
    [(second_id, second)] = report.attempts
    assert second.kind == "acknowledged" and second_id != first_id
    assert outbox.record_ids(second_id) == [ids[0]]
    assert outbox.bundle(first_id).receipt_sha256 == receipt_before
    assert outbox.bundle(first_id).state == "acknowledged"
    assert {s.export_status for s in vault.records.page()} == {"acknowledged"}
    sent = open_bundle(_write(tmp_path, "2.age", stored[second_id]), [org], trust=_trust(vault))
    assert [r.id for r in sent.records] == [ids[0]]
    assert sent.records[0].amendments[0].reason == "Recipient team corrected"
    purgeable = {i.record_id: i.bundle_id for i in due(vault, 0, KEYS, LATER)[1]}
    assert purgeable == {ids[0]: second_id, ids[1]: first_id}
    requests = len(httpserver.log)
    assert sync(vault, flows, transport, recipients, include_pdfs=False).attempts == []
    assert len(httpserver.log) == requests, "nothing more to send"
    assert len(stored) == 2

    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as manager:
        b1 = _write(tmp_path, "1.age", stored[first_id])
        b2 = _write(tmp_path, "2.age", stored[second_id])
        trust = _trust(vault)
        assert sorted(import_bundle(manager, open_bundle(b1, [org], trust=trust)).added) == sorted(ids)
        assert import_bundle(manager, open_bundle(b2, [org], trust=trust)).amended == [ids[0]]
        held = manager.records.get(ids[0])
        assert held == vault.records.get(ids[0])
        assert held.effective_fields()["recipient"] == "MASH"
        events = len(manager.audit_events(ids[0]))
        again = import_bundle(manager, open_bundle(b2, [org], trust=trust))
        assert again.unchanged == [ids[0]] and again.amended == []
        assert manager.records.get(ids[0]) == held
        assert len(manager.audit_events(ids[0])) == events
        assert manager.verify() == []


def test_a_bundle_whose_content_differs_is_refused_whole(
        vault: Vault, org: x25519.Identity, flows: dict[str, Flow], tmp_path: Path) -> None:
    ids = finalise_records(vault, 2)
    records = [vault.records.get(i) for i in ids]
    genuine = tmp_path / "genuine.age"
    export_bundle(records, flows, genuine, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False)
    fields = dict(records[1].fields, reasons="Rewritten after the fact")
    altered = [records[0], replace(records[1], fields=MappingProxyType(fields))]
    extra = finalise_records(vault, 1)
    altered.append(vault.records.get(extra[0]))
    forged = tmp_path / "forged.age"
    export_bundle(altered, flows, forged, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False)
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as manager:
        import_bundle(manager, open_bundle(genuine, [org], trust=_trust(vault)))
        before = [manager.records.get(i) for i in ids]
        audit_before = manager.audit_events()
        with pytest.raises(BundleConflict, match=f"record {ids[1]} differs.*nothing was imported"):
            import_bundle(manager, open_bundle(forged, [org], trust=_trust(vault)))
        assert [manager.records.get(i) for i in ids] == before
        assert manager.records.count() == 2, "the bundle's new record was not imported either"
        assert manager.audit_events() == audit_before
        assert manager.verify() == []


def test_amendment_made_while_the_bundle_waits_is_sent_after_it(
        vault: Vault, httpserver: HTTPServer, org: x25519.Identity, flows: dict[str, Flow],
        tmp_path: Path) -> None:
    stored = _case_system(httpserver)
    transport = HttpsTransport(httpserver.url_for("/").rstrip("/"), TOKEN, timeout=5,
                               receipt_keys=KEYS)
    recipients = [str(org.to_public())]
    [record_id] = finalise_records(vault, 1)
    [first] = prepare_bundles(vault, flows, recipients, include_pdfs=False)
    first_id = first.bundle_id
    vault.records.amend(record_id, "Sam Okafor", "Late correction", {"purpose": "Other"})
    sync(vault, flows, transport, recipients, include_pdfs=False)
    assert Outbox(vault).bundle(first_id).state == "acknowledged"
    [summary] = vault.records.page()
    assert summary.export_status == "pending", "the waiting bundle did not carry the amendment"
    [(second_id, outcome)] = sync(vault, flows, transport, recipients,
                                  include_pdfs=False).attempts
    assert outcome.kind == "acknowledged" and second_id != first_id
    [sent] = open_bundle(_write(tmp_path, "2.age", stored[second_id]), [org],
                         trust=_trust(vault)).records
    assert [a.reason for a in sent.amendments] == ["Late correction"]
    assert vault.records.page()[0].export_status == "acknowledged"


def test_amendment_made_while_the_bundle_is_being_built_is_not_counted_as_sent(
        vault: Vault, httpserver: HTTPServer, org: x25519.Identity, flows: dict[str, Flow],
        tmp_path: Path) -> None:
    # The bundle is written from records read before the amendment lands (here, from the
    # progress callback, as a GUI edit could while a background sync builds): the stored count
    # must be the bundle's own, so the record is queued again once that bundle is acknowledged.
    stored = _case_system(httpserver)
    transport = HttpsTransport(httpserver.url_for("/").rstrip("/"), TOKEN, timeout=5,
                               receipt_keys=KEYS)
    recipients = [str(org.to_public())]
    [record_id] = finalise_records(vault, 1)
    amended: list[bool] = []

    def amend_during_build(done: int, total: int) -> None:
        if not amended:
            amended.append(True)
            vault.records.amend(record_id, "Sam Okafor", "Mid-build correction", {"purpose": "X"})

    [first] = prepare_bundles(vault, flows, recipients, include_pdfs=False,
                              progress=amend_during_build)
    assert amended, "the progress callback never ran, so the race was not exercised"
    sync(vault, flows, transport, recipients, include_pdfs=False)
    assert Outbox(vault).bundle(first.bundle_id).state == "acknowledged"
    [sent_first] = open_bundle(_write(tmp_path, "1.age", stored[first.bundle_id]), [org],
                               trust=_trust(vault)).records
    assert sent_first.amendments == ()
    assert vault.records.page()[0].export_status == "pending"
    [(second_id, outcome)] = sync(vault, flows, transport, recipients,
                                  include_pdfs=False).attempts
    assert outcome.kind == "acknowledged"
    [sent] = open_bundle(_write(tmp_path, "2.age", stored[second_id]), [org],
                         trust=_trust(vault)).records
    assert [a.reason for a in sent.amendments] == ["Mid-build correction"]
