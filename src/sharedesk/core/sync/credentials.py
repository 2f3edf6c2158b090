"""Secrets sync keeps in the vault: the device signing key and id, and the upload token.

The device key is made on first use and never leaves the vault; its public half travels in
every bundle manifest. Thread rules: those of the Vault (calls are serialised by its lock).
"""

from __future__ import annotations

import uuid

from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.vault import Vault

DEVICE_KEY = "device.signing_key"
DEVICE_ID = "device.id"
TOKEN = "sync.token"  # noqa: S105 (the name of the secret, not the secret)


def device_key(vault: Vault) -> DeviceKey:
    """This vault's device key, created and stored on first use."""
    raw, ident = vault.secret_get(DEVICE_KEY), vault.secret_get(DEVICE_ID)
    if raw is not None and ident is not None:
        return DeviceKey.from_bytes(ident.decode("ascii"), raw)
    key = DeviceKey.generate(str(uuid.uuid4()))
    vault.secret_set(DEVICE_ID, key.device_id.encode("ascii"))
    vault.secret_set(DEVICE_KEY, key.private_bytes())
    return key


def token(vault: Vault) -> str:
    raw = vault.secret_get(TOKEN)
    return raw.decode("utf-8") if raw else ""


def set_token(vault: Vault, value: str | None) -> None:
    vault.secret_set(TOKEN, value.strip().encode("utf-8") if value else None)
