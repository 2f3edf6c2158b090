"""`serve --ssl-certfile/--ssl-keyfile`: the intake speaks TLS itself (no proxy), and a client
that trusts only the organisation's CA uploads and gets a signed receipt."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import uuid
from pathlib import Path

import httpx
from conftest import Intake, enrol_many
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from intake_kit import IntakeServer, verify_receipt


def _certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return cert_file, key_file


def test_uvicorn_tls(intake_db: Intake, tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
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
