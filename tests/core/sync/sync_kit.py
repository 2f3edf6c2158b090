"""A case-system server on 127.0.0.1 that follows docs/sync-endpoint.md, with scripted faults,
and helpers to fill a real vault. Imported by the sync tests (not a test module).

Its receipts (version 1) are signed with its own Ed25519 key by code written here from the
spec, not with sharedesk's own helpers, so a test of the two together checks the spec."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import threading
import time
import zipfile
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
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
        self.receipt_key = Ed25519PrivateKey.generate()
        self.headers: list[dict[str, str]] = []  # each PUT's headers, in order
        self.bodies: list[bytes] = []

    @property
    def receipt_public(self) -> str:
        """The receipt key as pinned: base64 of the raw 32-byte public key."""
        return public_b64(self.receipt_key)

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
                ids += [json.loads(line)["id"] for line in z.read("records.jsonl").splitlines()]
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
            self.server.headers.append(dict(self.headers.items()))
            self.server.bodies.append(body)
        digest = hashlib.sha256(body).hexdigest()
        if self.headers.get("Authorization") != f"Bearer {TOKEN}" or fault == "401":
            return self._answer(401)
        if fault == "proxy":  # a TLS proxy's answer: looks right, nothing stored, unsigned
            return self._answer(201, json.dumps({"bundle_id": bundle_id,
                                                 "sha256": digest}).encode())
        if fault in ("bad_signature", "other_key", "huge", "trickle", "trickle_head"):
            key = Ed25519PrivateKey.generate() if fault == "other_key" else self.server.receipt_key
            signed = signed_receipt(key, bundle_id, digest)
            if fault == "bad_signature":  # the right key over other bytes
                signed["signature"] = signed_receipt(key, bundle_id, "f" * 64)["signature"]
            if fault == "huge":
                signed["padding"] = "x" * (65 * 1024)
            if fault.startswith("trickle"):
                return self._trickle(json.dumps(signed).encode(), fault == "trickle_head")
            return self._answer(201, json.dumps(signed).encode())
        receipt = json.dumps(signed_receipt(self.server.receipt_key, bundle_id, digest)).encode()
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


    def _trickle(self, body: bytes, head_too: bool) -> None:
        """A valid receipt, one byte every half second (a minute or more in all); with
        ``head_too`` the status line and headers are trickled as well."""
        head = (f"HTTP/1.1 201 Created\r\nContent-Length: {len(body)}\r\n"
                "Content-Type: application/json\r\n\r\n").encode()
        if head_too:
            body = head + body
        else:
            self.wfile.write(head)
        for i in range(len(body)):
            if self.server.release.is_set():
                return
            try:
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
            except OSError:
                return  # the client gave up
            time.sleep(0.5)


def public_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def signed_receipt(key: Ed25519PrivateKey, bundle_id: str, sha256: str,
                   stored_at: str | None = None) -> dict[str, str]:
    """A version 1 receipt as docs/sync-endpoint.md specifies it."""
    stored_at = stored_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    message = f"sharedesk-receipt-v1\n{bundle_id}\n{sha256}\n{stored_at}".encode()
    return {"bundle_id": bundle_id, "sha256": sha256, "stored_at": stored_at,
            "signature": base64.b64encode(key.sign(message)).decode("ascii")}


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
