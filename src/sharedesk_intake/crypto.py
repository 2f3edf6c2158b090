"""Keys and signatures: the receipt key, receipts (v1), upload signatures and upload tokens.

Receipt v1 (docs/sync-endpoint.md): ``signature`` is base64 of the Ed25519 signature by the
receipt key over the UTF-8 bytes of ``sharedesk-receipt-v1\\n{bundle_id}\\n{sha256}\\n{stored_at}``.
Upload signature (header ``Sharedesk-Device-Signature``): base64 of the Ed25519 signature by the
laptop's device key over ``sharedesk-upload-v1\\n{bundle_id}\\n{sha256}``.
Tokens are 32 random bytes (URL-safe base64); only their SHA-256 is stored, which is enough for
high-entropy secrets. All functions are pure or touch only the path given; thread-safe.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sharedesk.core.export import signing
from sharedesk_intake.errors import IntakeError, UsageError

RECEIPT_CONTEXT = "sharedesk-receipt-v1"
UPLOAD_CONTEXT = "sharedesk-upload-v1"
_MAX_KEY_FILE = 16 * 1024


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    sha256: str
    stored_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ
    signature: str  # base64

    def as_json(self) -> dict[str, str]:
        return {"bundle_id": self.bundle_id, "sha256": self.sha256,
                "stored_at": self.stored_at, "signature": self.signature}


def receipt_message(bundle_id: str, sha256: str, stored_at: str) -> bytes:
    return f"{RECEIPT_CONTEXT}\n{bundle_id}\n{sha256}\n{stored_at}".encode()


def upload_message(bundle_id: str, sha256: str) -> bytes:
    return f"{UPLOAD_CONTEXT}\n{bundle_id}\n{sha256}".encode()


def sign_receipt(key: Ed25519PrivateKey, bundle_id: str, sha256: str, stored_at: str) -> Receipt:
    signature = key.sign(receipt_message(bundle_id, sha256, stored_at))
    return Receipt(bundle_id, sha256, stored_at, base64.b64encode(signature).decode("ascii"))


def verify_upload(device_key: bytes, bundle_id: str, sha256: str, header: str | None) -> bool:
    """True only if ``header`` is the device key's base64 signature over the upload message."""
    if not header or len(header) > 200:
        return False
    try:
        signature = base64.b64decode(header.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(device_key).verify(
            signature, upload_message(bundle_id, sha256))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def parse_device_key(text: str) -> bytes:
    """The raw 32 bytes of a device's Ed25519 public key given as base64; UsageError otherwise."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise UsageError("the device key must be base64 of a raw 32-byte Ed25519 public key "
                         "(as printed by `sharedesk device show --json`)") from None
    return raw


def fingerprint(raw_public_key: bytes) -> str:
    """The device fingerprint exactly as ``sharedesk device show`` prints it (one function)."""
    return signing.fingerprint(base64.b64encode(raw_public_key).decode("ascii"))


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def ensure_receipt_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """Load the receipt key, or create it (PKCS#8 PEM, 0600, never overwritten) if missing.

    Returns the key and whether it was created.
    """
    if path.exists() or path.is_symlink():
        return load_receipt_key(path), False
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_receipt_key(path), False
    except OSError as exc:
        raise IntakeError(f"cannot create the receipt key file {path}: {exc.strerror}") from None
    try:
        os.write(fd, pem)
        os.fsync(fd)
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise IntakeError(f"cannot write the receipt key file {path}: {exc.strerror}") from None
    os.close(fd)
    return key, True


def load_receipt_key(path: Path) -> Ed25519PrivateKey:
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_KEY_FILE + 1)
    except OSError as exc:
        raise IntakeError(f"cannot read the receipt key file {path}: {exc.strerror}") from None
    if len(data) > _MAX_KEY_FILE:
        raise IntakeError(f"{path}: too large to be a receipt key file")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise IntakeError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise IntakeError(f"{path}: not an Ed25519 private key")
    return key
