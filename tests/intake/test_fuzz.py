"""Hostile uploads (hypothesis): whatever the id, headers and body, the intake never answers
500, never hands out a receipt for an upload it should refuse, and a receipt it gives verifies.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator

import httpx
import pytest
from conftest import Intake, enrol, enrol_many, rows
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from intake_kit import IntakeServer, Laptop, verify_receipt

ASCII = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=80)
IDS = st.one_of(st.builds(lambda: str(uuid.uuid4())), st.builds(lambda: str(uuid.uuid4()).upper()),
                st.sampled_from(["", ".", "..", "a/b", "%2e%2e", "x" * 300]),
                st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
TYPES = st.one_of(st.just("application/octet-stream"), st.just("application/octet-stream; x=y"),
                  st.just(None), ASCII)
ALLOWED = {200, 201, 400, 401, 403, 404, 405, 409, 413, 429}


@pytest.fixture(scope="module")
def actors(intake_db: Intake) -> tuple[Laptop, Laptop]:
    [laptop] = enrol_many(intake_db.url, 1, "fuzzed-laptop")
    return laptop, enrol(intake_db.url, "fuzz inbox", role="manager")


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(bundle_id=IDS, content_type=TYPES, auth=st.sampled_from(["none", "garbage", "device",
                                                                "manager"]),
       sign=st.sampled_from(["none", "garbage", "valid", "other key", "other body"]),
       body=st.binary(max_size=2048))
def test_hostile_uploads(shared_server: IntakeServer, intake_db: Intake, client: httpx.Client,
                         actors: tuple[Laptop, Laptop], bundle_id: str, content_type: str | None,
                         auth: str, sign: str, body: bytes) -> None:
    laptop, manager = actors
    headers = {"Host": "127.0.0.1"}
    if auth != "none":
        token = {"garbage": "x" * 43, "device": laptop.token, "manager": manager.token}[auth]
        headers["Authorization"] = f"Bearer {token}"
    if content_type is not None:
        headers["Content-Type"] = content_type
    valid = laptop.headers(bundle_id, body)["Sharedesk-Device-Signature"]
    headers["Sharedesk-Device-Signature"] = {
        "none": "", "garbage": base64.b64encode(b"x" * 64).decode(), "valid": valid,
        "other key": laptop.headers(bundle_id, body, signer=Ed25519PrivateKey.generate())[
            "Sharedesk-Device-Signature"],
        "other body": laptop.headers(bundle_id, body + b"!")["Sharedesk-Device-Signature"],
    }[sign]
    try:
        answer = client.put(f"{shared_server.base}/bundles/{bundle_id}", content=body,
                            headers=headers)
    except httpx.InvalidURL:
        return  # the client itself refuses to send such a URL
    assert answer.status_code in ALLOWED, (answer.status_code, answer.text)
    if answer.status_code in (200, 201):
        assert auth == "device" and sign == "valid" and body
        assert content_type is not None and content_type.startswith("application/octet-stream")
        assert str(uuid.UUID(bundle_id)) == bundle_id
        verify_receipt(intake_db.receipt_public_key, answer.json())
    else:
        assert "stored_at" not in answer.text  # never a receipt
        if answer.status_code != 409:
            assert rows(intake_db.url, "SELECT count(*) FROM intake_bundles WHERE bundle_id = %s",
                        bundle_id) == [(0,)]
