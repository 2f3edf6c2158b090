"""The upload contract of docs/sync-endpoint.md, answer by answer, against a real intake process.

Every refusal is checked for its status and for leaving nothing stored under the bundle id.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from conftest import Intake, enrol, enrol_many, rows
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from intake_kit import IntakeServer, Laptop, run_cli, verify_receipt

LIMIT = 64 * 1024
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
MARKER = b"PLAINTEXT-MARKER-never-logged"


@pytest.fixture(scope="module")
def server(intake_db: Intake, tmp_path_factory: pytest.TempPathFactory) -> Iterator[IntakeServer]:
    log = tmp_path_factory.mktemp("contract") / "intake.log"
    # Rate: a burst of 10 uploads per device and then one a minute, so the 11th is refused
    # whatever the speed of the machine.
    srv = IntakeServer(intake_db.url, intake_db.key_file, log, "--max-bundle-mb",
                       str(LIMIT / (1024 * 1024)), "--rate-per-minute", "1", "--rate-burst", "10")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


@pytest.fixture
def laptop(intake_db: Intake) -> Laptop:
    return enrol_many(intake_db.url, 1, f"laptop-{uuid.uuid4().hex[:8]}")[0]


@pytest.fixture(scope="module")
def manager(intake_db: Intake) -> Laptop:
    return enrol(intake_db.url, "manager-inbox", role="manager")


def held(url: str, bundle_id: str) -> list[tuple[object, ...]]:
    return rows(url, "SELECT sha256, body, deleted_at FROM intake_bundles WHERE bundle_id = %s",
                bundle_id)


def new_id() -> str:
    return str(uuid.uuid4())


def test_first_store_201_same_bytes_200_same_receipt_other_bytes_409(
        server: IntakeServer, client: httpx.Client, laptop: Laptop, intake_db: Intake) -> None:
    bundle_id, body = new_id(), MARKER + b"-first"
    first = laptop.put(client, server.base, bundle_id, body)
    assert first.status_code == 201
    receipt = first.json()
    assert set(receipt) == {"bundle_id", "sha256", "stored_at", "signature"}
    assert receipt["bundle_id"] == bundle_id
    assert receipt["sha256"] == hashlib.sha256(body).hexdigest()
    assert STAMP.match(receipt["stored_at"])
    verify_receipt(intake_db.receipt_public_key, receipt)  # the key `keys show --json` printed

    again = laptop.put(client, server.base, bundle_id, body)
    assert again.status_code == 200
    assert again.json() == receipt

    other = laptop.put(client, server.base, bundle_id, body + b"-changed")
    assert other.status_code == 409
    assert "signature" not in other.json()
    [(sha, stored, deleted)] = held(intake_db.url, bundle_id)
    assert (sha, bytes(stored), deleted) == (receipt["sha256"], body, None)  # type: ignore[arg-type]


def test_a_receipt_signed_by_another_key_does_not_verify(
        server: IntakeServer, client: httpx.Client, laptop: Laptop) -> None:
    receipt = laptop.put(client, server.base, new_id(), b"x").json()
    stranger = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    with pytest.raises(InvalidSignature):
        verify_receipt(stranger.decode(), receipt)


Case = Callable[[Laptop, Laptop, str], tuple[str, bytes | Iterator[bytes], dict[str, str]]]


def _headers(laptop: Laptop, bundle_id: str, body: bytes, **change: str | None) -> dict[str, str]:
    headers = laptop.headers(bundle_id, body)
    for name, value in change.items():
        key = name.replace("_", "-").title()
        headers.pop(key, None)
        if value is not None:
            headers[key] = value
    return headers


def _chunks() -> Iterator[bytes]:
    for _ in range(LIMIT // 4096 + 2):
        yield b"y" * 4096


CASES: dict[str, tuple[int, Case]] = {
    "no token": (401, lambda lt, mg, b: (b, b"x", _headers(lt, b, b"x", authorization=None))),
    "unknown token": (401, lambda lt, mg, b: (b, b"x", _headers(lt, b, b"x",
                                                                authorization="Bearer nope"))),
    "basic auth": (401, lambda lt, mg, b: (b, b"x", _headers(lt, b, b"x",
                                                             authorization="Basic dTpw"))),
    "manager token uploads": (403, lambda lt, mg, b: (b, b"x", _headers(
        lt, b, b"x", authorization=f"Bearer {mg.token}"))),
    "no device signature": (403, lambda lt, mg, b: (b, b"x", _headers(
        lt, b, b"x", sharedesk_device_signature=None))),
    "signed by another key": (403, lambda lt, mg, b: (b, b"x", lt.headers(
        b, b"x", signer=Ed25519PrivateKey.generate()))),
    "signature over other bytes": (403, lambda lt, mg, b: (b, b"x", lt.headers(b, b"y"))),
    "signature for another id": (403, lambda lt, mg, b: (b, b"x", lt.headers(new_id(), b"x"))),
    "signature not base64": (403, lambda lt, mg, b: (b, b"x", _headers(
        lt, b, b"x", sharedesk_device_signature="!!"))),
    "wrong content type": (400, lambda lt, mg, b: (b, b"x", _headers(
        lt, b, b"x", content_type="application/json"))),
    "no content type": (400, lambda lt, mg, b: (b, b"x", _headers(lt, b, b"x",
                                                                   content_type=None))),
    "malformed id": (400, lambda lt, mg, b: ("not-a-bundle-id", b"x",
                                             lt.headers("not-a-bundle-id", b"x"))),
    "upper-case id": (400, lambda lt, mg, b: (b.upper(), b"x", lt.headers(b.upper(), b"x"))),
    "path below an id": (400, lambda lt, mg, b: (f"{b}/extra", b"x", lt.headers(b, b"x"))),
    "empty body": (400, lambda lt, mg, b: (b, b"", lt.headers(b, b""))),
    "declared too large": (413, lambda lt, mg, b: (b, b"z" * (LIMIT + 1),
                                                   lt.headers(b, b"z" * (LIMIT + 1)))),
    "streamed too large": (413, lambda lt, mg, b: (b, _chunks(), lt.headers(b, b"?"))),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refusals_store_nothing(case: str, server: IntakeServer, client: httpx.Client,
                                laptop: Laptop, manager: Laptop, intake_db: Intake) -> None:
    status, build = CASES[case]
    bundle_id = new_id()
    path, body, headers = build(laptop, manager, bundle_id)
    answer = client.put(f"{server.base}/bundles/{path}", content=body, headers=headers)
    assert answer.status_code == status, answer.text
    assert set(answer.json()) == {"error"}  # never a receipt
    assert held(intake_db.url, bundle_id) == []
    assert held(intake_db.url, bundle_id.upper()) == []


def test_revoked_device_is_refused(server: IntakeServer, client: httpx.Client, laptop: Laptop,
                                   intake_db: Intake) -> None:
    assert laptop.put(client, server.base, new_id(), b"before").status_code == 201
    revoked = run_cli("devices", "revoke", laptop.name, "--database", intake_db.url, "--json")
    assert revoked["revoked_at"]
    bundle_id = new_id()
    answer = laptop.put(client, server.base, bundle_id, b"after")
    assert answer.status_code == 403
    assert held(intake_db.url, bundle_id) == []


def test_rate_limit_per_device_429(server: IntakeServer, client: httpx.Client, laptop: Laptop,
                                   intake_db: Intake) -> None:
    statuses = [laptop.put(client, server.base, new_id(), b"r").status_code for _ in range(10)]
    assert statuses == [201] * 10
    bundle_id = new_id()
    refused = laptop.put(client, server.base, bundle_id, b"r")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    assert held(intake_db.url, bundle_id) == []
    other = enrol(intake_db.url, f"laptop-{uuid.uuid4().hex[:8]}")  # enrolled by the CLI
    assert other.put(client, server.base, new_id(), b"r").status_code == 201


def test_healthz_metrics_and_logs(server: IntakeServer, client: httpx.Client, laptop: Laptop,
                                  manager: Laptop) -> None:
    assert laptop.put(client, server.base, new_id(), MARKER).status_code == 201
    assert client.get(f"{server.base}/healthz").json() == {"status": "ok"}
    metrics = client.get(f"{server.base}/metrics").text
    stored = re.search(r"^intake_bundles_stored_total (\S+)$", metrics, re.M)
    assert stored and float(stored.group(1)) >= 1
    assert re.search(r'^intake_refusals_total\{reason="signature"\} [1-9]', metrics, re.M)
    assert "intake_bundle_duplicates_total" in metrics and "intake_bundle_conflicts_total" in metrics
    text = server.log.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert any(line.get("status") == 201 for line in lines)
    assert laptop.token not in text and manager.token not in text
    assert MARKER.decode() not in text
    assert base64.b64encode(MARKER).decode()[:20] not in text


def test_an_upload_cut_off_mid_body_stores_nothing(server: IntakeServer, client: httpx.Client,
                                                    laptop: Laptop, intake_db: Intake) -> None:
    bundle_id, body = new_id(), b"b" * 4000
    head = "".join(f"{k}: {v}\r\n" for k, v in laptop.headers(bundle_id, body).items())
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(f"PUT /bundles/{bundle_id} HTTP/1.1\r\nHost: 127.0.0.1\r\n{head}"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:1000])
    deadline = time.monotonic() + 20
    while "client_disconnect" not in server.log.read_text():
        assert time.monotonic() < deadline, "the cut-off upload was never logged"
        time.sleep(0.05)
    assert held(intake_db.url, bundle_id) == []
    assert laptop.put(client, server.base, bundle_id, body).status_code == 201


def test_unknown_paths(server: IntakeServer, client: httpx.Client, laptop: Laptop) -> None:
    assert client.post(f"{server.base}/bundles/{new_id()}", content=b"x").status_code == 405
    assert client.get(f"{server.base}/elsewhere").status_code == 404


def test_key_file_is_private(intake_db: Intake) -> None:
    assert Path(intake_db.key_file).stat().st_mode & 0o777 == 0o600
