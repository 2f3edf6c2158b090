"""A case-system server on 127.0.0.1 that follows docs/sync-endpoint.md, with scripted faults,
and helpers to fill a real vault. Imported by the sync tests (not a test module)."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyrage
from pyrage import x25519

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
TOKEN = "s3cret-token"
FIELDS = {
    "reasons": "Risk of significant harm to the child", "purpose": "Child protection enquiry",
    "recipient": "Children's social care", "what_shared": "Attendance notes",
    "lawful_basis": "public_task", "consent": "not_sought",
    "consent_reason": "Seeking consent would place the child at risk", "informed": "no",
    "informed_reason": "Telling the family would increase risk", "decision_maker": "Sam Okafor",
    "role": "Designated safeguarding lead"}


def finalise_records(vault: Vault, n: int) -> list[str]:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    ids = []
    for _ in range(n):
        record = DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                                flow_sha256=flow.sha256, path=session.path,
                                outcome=str(session.outcome), fields=dict(FIELDS), created="")
        ids.append(vault.records.finalise(record).id)
    return ids


class CaseServer(ThreadingHTTPServer):
    """Stores bundles by id; ``script`` lists the faults to play, one per request, in order."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stored: dict[str, bytes] = {}
        self.script: list[str] = []
        self.requests: list[str] = []
        self.release = threading.Event()  # lets a "hang" handler finish at teardown
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> CaseServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()

    def record_ids(self, identity: x25519.Identity) -> list[str]:
        """Every record id in every stored bundle (decrypted with the organisation key)."""
        ids: list[str] = []
        for data in self.stored.values():
            with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(data, [identity]))) as z:
                ids += json.loads(z.read("manifest.json"))["record_ids"]
        return ids


class _Handler(BaseHTTPRequestHandler):
    server: CaseServer

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        bundle_id = self.path.rsplit("/", 1)[-1]
        with self.server.lock:
            fault = self.server.script.pop(0) if self.server.script else "ok"
            self.server.requests.append(f"{bundle_id} {fault}")
        digest = hashlib.sha256(body).hexdigest()
        receipt = json.dumps({"bundle_id": bundle_id, "sha256": digest}).encode()
        if self.headers.get("Authorization") != f"Bearer {TOKEN}" or fault == "401":
            return self._answer(401)
        if fault in ("500", "503", "429"):
            return self._answer(int(fault))
        if fault == "hang":
            self.server.release.wait(10)  # the client times out long before
            return None
        if fault == "malformed":
            return self._answer(200, b"<html>proxy error</html>")
        if fault == "wrong_hash":
            return self._answer(201, json.dumps({"bundle_id": bundle_id,
                                                 "sha256": "0" * 64}).encode())
        with self.server.lock:
            held = self.server.stored.get(bundle_id)
            if held is None:
                self.server.stored[bundle_id] = body
        if fault == "drop_after_store":
            self.close_connection = True
            return None  # stored, but the acknowledgement is lost
        if fault == "409" or (held is not None and held != body):
            return self._answer(409)
        return self._answer(201 if held is None else 200, receipt)


def self_signed(directory: Any) -> tuple[str, str]:
    """A certificate and key for 127.0.0.1, written as PEM files; returns (cert, key) paths."""
    import datetime as dt
    import ipaddress
    from pathlib import Path

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "case system test CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
                ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = Path(directory) / "case.pem", Path(directory) / "case.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def start_tls(server: CaseServer, cert: str, key: str) -> str:
    """Wrap ``server``'s socket in TLS (before start) and return its https URL."""
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.start()
    return f"https://127.0.0.1:{server.server_address[1]}"
