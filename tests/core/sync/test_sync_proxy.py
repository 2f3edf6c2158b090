"""Uploads through a real forwarding proxy on 127.0.0.1: the system settings (HTTPS_PROXY,
HTTP_PROXY, NO_PROXY) and the sync.proxy setting from the organisation profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from proxy_kit import ForwardProxy, dead_proxy_url
from pyrage import x25519
from sync_kit import TOKEN, CaseServer, finalise_records, start_tls

from sharedesk.core.errors import UsageError
from sharedesk.core.flow import Flow
from sharedesk.core.profile import import_profile
from sharedesk.core.settings import Settings
from sharedesk.core.sync.credentials import set_token
from sharedesk.core.sync.https import HttpsTransport
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.sync.service import sync, transport_from_settings
from sharedesk.core.vault import Vault

CASE_HOST = "case.invalid"  # resolves nowhere: only the proxy knows where it is
# tests/conftest.py removes the proxy variables before each test; each test sets its own.


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    p = ForwardProxy().start()
    yield p
    p.stop()


@pytest.fixture
def hidden_tls(tmp_path: Path, proxy: ForwardProxy) -> Iterator[tuple[CaseServer, str]]:
    """A TLS case system reachable only as https://case.invalid through ``proxy``; yields the
    server and its CA bundle."""
    cert, key = _certificate(tmp_path, CASE_HOST)
    server = CaseServer()
    start_tls(server, cert, key)
    proxy.routes[f"{CASE_HOST}:443"] = server.server_address[1]
    yield server, cert
    server.stop()


def _certificate(directory: Path, host: str) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "case.pem", directory / "case.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def _acknowledged(vault: Vault) -> int:
    return Outbox(vault).status().counts["acknowledged"]


def test_https_proxy_from_the_environment_tunnels_the_upload(
        vault: Vault, proxy: ForwardProxy, hidden_tls: tuple[CaseServer, str],
        org: x25519.Identity, flows: dict[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    server, cert = hidden_tls
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    ids = finalise_records(vault, 2)
    transport = HttpsTransport(f"https://{CASE_HOST}", TOKEN, ca_bundle=cert, timeout=5)
    report = sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    assert [o.kind for _b, o in report.attempts] == ["acknowledged"]
    assert proxy.requests == [f"CONNECT {CASE_HOST}:443"]
    assert sorted(server.record_ids(org)) == sorted(ids)
    assert TOKEN.encode() not in proxy.tunnelled, "the proxy carries TLS, never the token"
    assert len(proxy.tunnelled) > len(next(iter(server.stored.values())))


def test_http_proxy_forwards_the_absolute_uri_and_no_proxy_goes_direct(
        vault: Vault, proxy: ForwardProxy, server: CaseServer, org: x25519.Identity,
        flows: dict[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    finalise_records(vault, 1)
    report = sync(vault, flows, HttpsTransport(server.url, TOKEN, timeout=5),
                  [str(org.to_public())], include_pdfs=False)
    [(bundle_id, outcome)] = report.attempts
    assert outcome.kind == "acknowledged"
    assert proxy.requests == [f"PUT {server.url}/bundles/{bundle_id}"]
    assert list(server.stored) == [bundle_id]

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    finalise_records(vault, 1)
    report = sync(vault, flows, HttpsTransport(server.url, TOKEN, timeout=5),
                  [str(org.to_public())], include_pdfs=False)
    assert [o.kind for _b, o in report.attempts] == ["acknowledged"]
    assert len(proxy.requests) == 1, "NO_PROXY: straight to the case system"
    assert len(server.stored) == 2


def test_profile_proxy_is_used_whatever_the_environment_says(
        vault: Vault, proxy: ForwardProxy, hidden_tls: tuple[CaseServer, str],
        org: x25519.Identity, flows: dict[str, Flow], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    server, cert = hidden_tls
    monkeypatch.setenv("HTTPS_PROXY", dead_proxy_url())  # would fail if it were used
    text = (f'schema = 1\n[organisation]\nname = "Northshire"\njurisdiction = "England"\n'
            f'default_flow = "england-2018"\n[case_system]\nendpoint = "https://{CASE_HOST}"\n'
            f'ca_bundle = "{cert}"\nproxy = "{proxy.url}/"\n')
    (tmp_path / "profile.toml").write_text(text, encoding="utf-8")
    settings = Settings()
    assert import_profile(tmp_path / "profile.toml", settings).proxy == proxy.url
    assert Settings().get("sync.proxy") == proxy.url  # saved
    set_token(vault, TOKEN)
    ids = finalise_records(vault, 1)
    transport = transport_from_settings(vault, settings, timeout=5)
    report = sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    assert [o.kind for _b, o in report.attempts] == ["acknowledged"]
    assert proxy.requests == [f"CONNECT {CASE_HOST}:443"]
    assert server.record_ids(org) == ids


def test_proxy_none_ignores_the_environment(
        vault: Vault, server: CaseServer, org: x25519.Identity, flows: dict[str, Flow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", dead_proxy_url())
    finalise_records(vault, 1)
    transport = HttpsTransport(server.url, TOKEN, timeout=5, proxy="none")
    report = sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    assert [o.kind for _b, o in report.attempts] == ["acknowledged"]
    assert len(server.stored) == 1


def test_a_proxy_that_refuses_the_tunnel_leaves_the_bundle_queued(
        vault: Vault, proxy: ForwardProxy, org: x25519.Identity, flows: dict[str, Flow]) -> None:
    ids = finalise_records(vault, 1)
    transport = HttpsTransport(f"https://{CASE_HOST}", TOKEN, timeout=5, proxy=proxy.url)
    report = sync(vault, flows, transport, [str(org.to_public())], include_pdfs=False)
    [(bundle_id, outcome)] = report.attempts
    assert outcome.kind == "retry" and "proxy refused or failed" in outcome.message
    assert proxy.requests == [f"CONNECT {CASE_HOST}:443"]  # no route: 502
    bundle = Outbox(vault).bundle(bundle_id)
    assert bundle.state == "pending" and "proxy" in (bundle.error or "")
    assert {s.export_status for s in vault.records.page(limit=10) if s.id in ids} != {
        "acknowledged"}


@pytest.mark.parametrize("value", ["socks5://127.0.0.1:1080", "http://user:pw@proxy:3128",
                                   "http://proxy:99999", "proxy.example.org:3128",
                                   "http://proxy/path"])
def test_a_bad_sync_proxy_setting_stores_nothing(vault: Vault, server: CaseServer,
                                                 value: str) -> None:
    from sharedesk.core.sync import credentials

    settings = Settings()
    settings.set("sync.endpoint", server.url)
    settings.set("sync.proxy", value)
    with pytest.raises(UsageError, match=r"^sync\.proxy "):
        transport_from_settings(vault, settings, token="new-token")
    assert credentials.token(vault) != "new-token", "the token is not kept"
