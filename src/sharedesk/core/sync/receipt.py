"""Signed delivery receipts (version 1) and the device's upload signature (docs/sync-endpoint.md).

A receipt is the case system's word that it stored a bundle: JSON ``{"bundle_id", "sha256",
"stored_at", "signature"}``, the signature being Ed25519 by the case system's receipt key over
the UTF-8 bytes of ``sharedesk-receipt-v1\\n{bundle_id}\\n{sha256}\\n{stored_at}``. A proxy or
load balancer can answer ``{bundle_id, sha256}`` without storing anything; only the signature
tells the two apart. So when a receipt key is pinned, a receipt that does not verify under one
of the pinned keys acknowledges nothing, and retention purges only content acknowledged by a
receipt that verifies under a key pinned at the time of the purge.

Every HTTPS upload carries ``Sharedesk-Device-Signature``: this device's Ed25519 signature over
``sharedesk-upload-v1\\n{bundle_id}\\n{sha256}`` (the public key is in the bundle manifest).
Pure functions; safe from any thread.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sharedesk.core import orgkeys
from sharedesk.core.errors import UsageError
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.sync.transport import AttemptKind, Outcome

RECEIPT_CONTEXT = "sharedesk-receipt-v1"
UPLOAD_CONTEXT = "sharedesk-upload-v1"
SIGNATURE_HEADER = "Sharedesk-Device-Signature"
MAX_RECEIPT_BYTES = 64 * 1024
NOT_SIGNED = "receipt not signed by the case system's key"
NO_KEY_PINNED = ("no receipt key is pinned: records are never purged automatically until a "
                 "receipt key is pinned (case_system.receipt_keys in the organisation profile, "
                 "or `sharedesk sync --receipt-key KEY`)")
_STORED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


def receipt_message(bundle_id: str, sha256: str, stored_at: str) -> bytes:
    return f"{RECEIPT_CONTEXT}\n{bundle_id}\n{sha256}\n{stored_at}".encode()


def upload_message(bundle_id: str, sha256: str) -> bytes:
    return f"{UPLOAD_CONTEXT}\n{bundle_id}\n{sha256}".encode()


def sign_receipt(key: Ed25519PrivateKey, bundle_id: str, sha256: str,
                 stored_at: str) -> dict[str, str]:
    """A complete version 1 receipt, as a case system (or a test server) makes it."""
    signature = key.sign(receipt_message(bundle_id, sha256, stored_at))
    return {"bundle_id": bundle_id, "sha256": sha256, "stored_at": stored_at,
            "signature": base64.b64encode(signature).decode("ascii")}


def upload_signature(device: DeviceKey, bundle_id: str, sha256: str) -> str:
    """The ``Sharedesk-Device-Signature`` header value for an upload."""
    return base64.b64encode(device.private.sign(upload_message(bundle_id, sha256))).decode("ascii")


def check_key(text: str) -> str:
    """A receipt key as pinned: base64 of the 32 raw Ed25519 public-key bytes (UsageError if not)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))
    except (binascii.Error, ValueError):
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise UsageError(f"receipt key {shown!r} is not a base64 Ed25519 public key "
                         "(32 raw bytes)") from None
    return orgkeys.public_key_text(key)


def verifying_key(keys: Sequence[str], bundle_id: str, sha256: str, stored_at: str | None,
                  signature: str | None) -> str | None:
    """The pinned key (base64) under which ``signature`` verifies for this receipt, or None."""
    if not keys or not signature or not stored_at or not _STORED_AT.match(stored_at):
        return None
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return None
    message = receipt_message(bundle_id, sha256, stored_at)
    for text in keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(text)).verify(raw, message)
        except (InvalidSignature, binascii.Error, ValueError):
            continue
        return text
    return None


def judge(raw: bytes, bundle_id: str, sha256: str, keys: Sequence[str], *, where: str,
          http_status: int | None = None) -> Outcome:
    """The outcome of a receipt ``raw`` for the bundle sent (``sha256`` lowercase hex).

    ``where`` names the receipt in messages ("the case system's receipt", a file name).
    With ``keys`` pinned, only a receipt signed by one of them acknowledges; without, a
    matching receipt acknowledges but is never purge-eligible (``receipt_key`` stays None).
    """
    if len(raw) > MAX_RECEIPT_BYTES:
        return Outcome(AttemptKind.RETRY, f"{where} is larger than 64 KiB and was refused; nothing was "
                       "marked sent, will try again", http_status=http_status)
    try:
        receipt = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        receipt = None
    fields = ("bundle_id", "sha256", "stored_at", "signature")
    if not isinstance(receipt, dict) or not isinstance(receipt.get("bundle_id"), str) \
            or not isinstance(receipt.get("sha256"), str) \
            or any(not isinstance(receipt.get(f), str | None) for f in fields):
        return Outcome(AttemptKind.RETRY, f"{where} was malformed; nothing was marked sent, will try again",
                       http_status=http_status)
    claimed: str = receipt["sha256"]
    if receipt["bundle_id"] != bundle_id or not _HEX64.match(claimed) \
            or claimed.lower() != sha256:
        return Outcome(AttemptKind.FAILED, f"{where} does not match the bundle sent (different id or "
                       "SHA-256); nothing was marked sent: ask the case-system administrators",
                       http_status=http_status)
    stored_at, signature = receipt.get("stored_at"), receipt.get("signature")
    key = verifying_key(keys, bundle_id, claimed, stored_at, signature)
    if keys and key is None:
        why = "unsigned" if not signature else "the signature does not verify under a pinned key"
        return Outcome(AttemptKind.RETRY, f"{NOT_SIGNED} ({where}: {why}); nothing was marked sent, will "
                       "try again", http_status=http_status)
    return Outcome(AttemptKind.ACKNOWLEDGED, "acknowledged by the case system" + (
        " (signed receipt)" if key else " (receipt not signed: never purged automatically)"),
        receipt_sha256=claimed, http_status=http_status, receipt_key=key,
        receipt_stored_at=stored_at if key else None, receipt_signature=signature if key else None)


def utc_stamp(moment: datetime) -> str:
    """``moment`` (aware, UTC) in the receipt's ``stored_at`` form."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
