"""`serve --ssl-certfile/--ssl-keyfile`: the intake speaks TLS itself (no proxy), and a client
that trusts only the organisation's CA uploads and gets a signed receipt."""

from __future__ import annotations

import ssl
import sys
import uuid
from pathlib import Path

import httpx
from conftest import Intake, enrol_many
from intake_kit import IntakeServer, verify_receipt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from sync_kit import self_signed  # a CA certificate for 127.0.0.1 and its key


def test_uvicorn_tls(intake_db: Intake, tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    server = IntakeServer(intake_db.url, intake_db.key_file, tmp_path / "intake.log",
                          "--ssl-certfile", str(cert), "--ssl-keyfile", str(key),
                          scheme="https", verify=ssl.create_default_context(cafile=str(cert)))
    try:
        [laptop] = enrol_many(intake_db.url, 1, "tls-laptop")
        with httpx.Client(verify=ssl.create_default_context(cafile=str(cert))) as client:
            answer = laptop.put(client, server.base, str(uuid.uuid4()), b"over tls")
            assert answer.status_code == 201
            verify_receipt(intake_db.receipt_public_key, answer.json())
        with httpx.Client() as untrusting:  # the public CAs only: refused
            try:
                untrusting.get(f"{server.base}/healthz")
                raise AssertionError("a self-signed certificate was trusted")
            except httpx.ConnectError:
                pass
    finally:
        server.stop()
