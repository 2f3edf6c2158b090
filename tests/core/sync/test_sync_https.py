"""Sync over HTTPS against a real server on 127.0.0.1 that fails, drops, hangs and conflicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyrage import x25519
from sync_kit import TOKEN, CaseServer, finalise_records

from sharedesk.core.errors import UsageError
from sharedesk.core.flow import Flow
from sharedesk.core.sync.https import HttpsTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import prepare_bundles, sync
from sharedesk.core.vault import Vault


def _https(server: CaseServer, timeout: float = 5.0) -> HttpsTransport:
    return HttpsTransport(server.url, TOKEN, timeout=timeout)


def _statuses(vault: Vault, ids: list[str]) -> set[str]:
    return {s.export_status for s in vault.records.page(limit=1000) if s.id in ids}


def test_misbehaving_server_gets_every_record_exactly_once(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 7)
    server.script = ["500", "drop_after_store", "hang", "503", "drop_after_store", "429"]
    transport = _https(server, timeout=0.5)
    for _ in range(8):  # bounded: each explicit sync tries every open bundle once
        sync(vault, flows, transport, [str(org.to_public())], batch=3, include_pdfs=False)
        if Outbox(vault).status().counts["acknowledged"] == 7:
            break
    assert sorted(server.record_ids(org)) == sorted(ids), "each record stored exactly once"
    assert len(server.stored) == 3
    assert _statuses(vault, ids) == {"acknowledged"}
    before = list(server.requests)
    report = sync(vault, flows, transport, [str(org.to_public())])
    assert report.attempts == [] and report.bundled == []
    assert server.requests == before, "a second sync sends nothing"
    kinds = [e.kind for e in vault.audit_events(ids[0])]
    assert kinds[-3:] == ["exported", "uploaded", "acknowledged"]
    assert vault.verify() == []


def test_failures_change_nothing_but_retry_bookkeeping(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    server.script = ["500"]
    now = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
    report = sync(vault, flows, _https(server), [str(org.to_public())], now=now,
                  include_pdfs=False)
    [(bundle_id, outcome)] = report.attempts
    assert outcome.kind == "retry" and "HTTP 500" in outcome.message
    bundle = Outbox(vault).bundle(bundle_id)
    assert bundle.state == "pending" and bundle.attempts == 1
    assert bundle.error is not None and "500" in bundle.error
    wait = datetime.fromisoformat(bundle.next_attempt.replace("Z", "+00:00")) - now
    assert timedelta(seconds=15) <= wait <= timedelta(seconds=30)
    assert _statuses(vault, ids) == {"pending"}
    # An automatic retry before the backoff has passed sends nothing; after it, it sends.
    sync(vault, flows, _https(server), explicit=False, now=now + timedelta(seconds=10))
    assert len(server.requests) == 1
    sync(vault, flows, _https(server), explicit=False, now=now + timedelta(seconds=31))
    assert _statuses(vault, ids) == {"acknowledged"}


@pytest.mark.parametrize("fault, kind, words", [
    ("401", "failed", "refused the upload token"),
    ("wrong_hash", "failed", "does not match the bundle sent"),
    ("malformed", "retry", "receipt was malformed"),
])
def test_bad_answers_never_mark_anything_sent(
        fault: str, kind: str, words: str, vault: Vault, server: CaseServer,
        org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 2)
    server.script = [fault]
    report = sync(vault, flows, _https(server), [str(org.to_public())], include_pdfs=False)
    [(_, outcome)] = report.attempts
    assert outcome.kind == kind and words in outcome.message
    assert "acknowledged" not in _statuses(vault, ids)
    assert not [e for e in vault.audit_events(ids[0]) if e.kind in ("uploaded", "acknowledged")]
    if kind == "failed":
        sync(vault, flows, _https(server), explicit=False)  # automatic: leaves it stopped
        assert len(server.requests) == 1
    sync(vault, flows, _https(server))  # explicit: tries again (same bytes)
    assert _statuses(vault, ids) == {"acknowledged"}
    assert sorted(server.record_ids(org)) == sorted(ids)


def test_conflict_is_never_overwritten_and_can_be_requeued(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow],
        tmp_path: Path) -> None:
    ids = finalise_records(vault, 3)
    [info] = prepare_bundles(vault, flows, [str(org.to_public())], include_pdfs=False)
    server.stored[info.bundle_id] = b"someone else's bytes"
    report = sync(vault, flows, _https(server))
    assert report.attempts[0][1].kind == "conflict"
    assert server.stored[info.bundle_id] == b"someone else's bytes"
    outbox = Outbox(vault)
    assert outbox.bundle(info.bundle_id).error_kind == "conflict"
    assert _statuses(vault, ids) == {"failed"}
    sync(vault, flows, _https(server))
    assert len(server.requests) == 1, "a conflicted bundle is never resent"
    # Saving a copy by hand (manual hand-over) must not clear the conflict either.
    outbox.save_copy(info.bundle_id, tmp_path / "copy.age")
    assert outbox.bundle(info.bundle_id).state == "failed"
    assert outbox.bundle(info.bundle_id).error_kind == "conflict"
    sync(vault, flows, _https(server))
    assert len(server.requests) == 1, "a saved copy does not make the conflicted bundle resend"
    assert outbox.requeue(info.bundle_id) == 3
    sync(vault, flows, _https(server), [str(org.to_public())], include_pdfs=False)
    assert _statuses(vault, ids) == {"acknowledged"}
    del server.stored[info.bundle_id]  # not a bundle: the other party's bytes
    assert sorted(server.record_ids(org)) == sorted(ids)


def test_endpoint_rules(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="only https:// is allowed"):
        HttpsTransport("http://case.example.org", TOKEN)
    with pytest.raises(UsageError, match="must not hold"):
        HttpsTransport("https://user:pw@case.example.org", TOKEN)
    with pytest.raises(UsageError, match="no upload token"):
        HttpsTransport("https://case.example.org", "")
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(UsageError, match="CA bundle"):
        HttpsTransport("https://case.example.org", TOKEN, ca_bundle=bad)


def test_tls_failure_stops_with_a_plain_message(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 1)
    transport = HttpsTransport(server.url.replace("http://", "https://"), TOKEN, timeout=5)
    report = sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    outcome = report.attempts[0][1]
    assert outcome.kind == "failed" and "secure (TLS) connection" in outcome.message
    assert _statuses(vault, ids) == {"failed"} and server.stored == {}


def test_sync_now_from_settings_and_cancel_keeps_the_queue(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    from sharedesk.core.errors import ExportCancelled
    from sharedesk.core.settings import Settings
    from sharedesk.core.sync.credentials import set_token
    from sharedesk.core.sync.service import sync_now

    ids = finalise_records(vault, 2)
    settings = Settings()
    settings.set("sync.endpoint", server.url)
    set_token(vault, TOKEN)
    with pytest.raises(UsageError, match="no recipient key"):
        sync_now(vault, settings, flows)  # no profile imported, so no recipients
    with pytest.raises(ExportCancelled):
        sync(vault, flows, _https(server), [str(org.to_public())], cancel=lambda: True)
    assert Outbox(vault).bundles() == [] and server.requests == []
    assert _statuses(vault, ids) == {"pending"}


def test_real_tls_with_the_organisation_ca_bundle(
        vault: Vault, tmp_path: Path, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    from sync_kit import self_signed, start_tls

    cert, key = self_signed(tmp_path)
    tls = CaseServer()
    url = start_tls(tls, cert, key)
    try:
        ids = finalise_records(vault, 2)
        untrusted = sync(vault, flows, HttpsTransport(url, TOKEN, timeout=5),
                         [str(org.to_public())], include_pdfs=False)
        assert untrusted.attempts[0][1].kind == "failed"
        assert "certificate is not trusted" in untrusted.attempts[0][1].message
        assert tls.stored == {}
        trusted = sync(vault, flows, HttpsTransport(url, TOKEN, ca_bundle=cert, timeout=5))
        assert trusted.attempts[0][1].kind == "acknowledged"
        assert sorted(tls.record_ids(org)) == sorted(ids)
    finally:
        tls.stop()
