"""The device signing key: an Ed25519 key pair that signs every bundle manifest this device makes.

The private half lives in the vault (the sync layer loads it and passes a ``DeviceKey`` in);
the public half travels in each manifest. A receiver opens bundles only from device keys it
trusts (``core/export/trust.py``); ``fingerprint`` is the one short name for a device key that
every screen, message and program uses (docs/bundle-format.md). Signatures are made over a
context prefix plus the exact manifest bytes, so they can never be replayed as a signature over
anything else. Safe to use from any thread.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sharedesk.core import orgkeys
from sharedesk.core.errors import BundleError, UsageError

CONTEXT = b"sharedesk-bundle-manifest-v1\n"
FINGERPRINT_PREFIX = "SHA256:"


def fingerprint(public_b64: str) -> str:
    """A device key's fingerprint: ``SHA256:`` and the unpadded base64 of the SHA-256 of the 32
    raw public-key bytes (as OpenSSH prints). The one function for it is
    ``orgkeys.fingerprint``, shared with profile-signing and receipt keys; this name is the one
    programs (the intake server, a Devices screen) import."""
    return orgkeys.fingerprint(public_b64)


def check_public_key(text: str) -> str:
    """A device public key as given by a person or a file: base64 of the 32 raw Ed25519 bytes,
    returned in its one canonical spelling; UsageError (naming no secret) if it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise UsageError(f"{shown!r} is not a device key (base64 of a 32-byte Ed25519 public "
                         "key, as `sharedesk device show` prints it)") from None
    return orgkeys.public_key_text(key)


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    private: Ed25519PrivateKey

    @classmethod
    def generate(cls, device_id: str) -> DeviceKey:
        return cls(device_id, Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, device_id: str, raw: bytes) -> DeviceKey:
        """From the 32 raw private-key bytes as stored in the vault."""
        return cls(device_id, Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self.private.private_bytes(serialization.Encoding.Raw,
                                          serialization.PrivateFormat.Raw,
                                          serialization.NoEncryption())

    @property
    def public_b64(self) -> str:
        return orgkeys.public_key_text(self.private.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_b64)

    def card(self) -> dict[str, str]:
        """What ``sharedesk device show --json`` prints: exactly these three keys."""
        return {"device_id": self.device_id, "public_key": self.public_b64,
                "fingerprint": self.fingerprint}

    def sign(self, manifest: bytes) -> bytes:
        return self.private.sign(CONTEXT + manifest)


def verify(public_b64: str, manifest: bytes, signature: bytes) -> None:
    """Raise BundleError unless ``signature`` is the key's signature over ``manifest``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(signature, CONTEXT + manifest)
    except (binascii.Error, ValueError, TypeError):
        raise BundleError("the bundle manifest names no valid device key") from None
    except InvalidSignature:
        raise BundleError("the bundle manifest signature does not verify: "
                          "the bundle was altered after it was signed") from None
