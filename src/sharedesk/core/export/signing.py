"""The device signing key: an Ed25519 key pair that signs every bundle manifest this device makes.

The private half lives in the vault (the sync layer loads it and passes a ``DeviceKey`` in);
the public half travels in each manifest, and a receiver who has recorded a device's key (its
fingerprint is shown by ``sharedesk bundle open``) can insist on it. Signatures are made over a
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
from sharedesk.core.errors import BundleError

CONTEXT = b"sharedesk-bundle-manifest-v1\n"


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
        return orgkeys.fingerprint(self.public_b64)

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
