"""Secrets sync keeps in the vault: the device signing key and id, the upload token, and the
receipt keys pinned with ``sharedesk sync --receipt-key`` (the profile may pin more).

The device key is made on first use and never leaves the vault; its public half travels in
every bundle manifest. Thread rules: those of the Vault (calls are serialised by its lock).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.settings import Settings
from sharedesk.core.sync.receipt import check_key
from sharedesk.core.vault import Vault

DEVICE_KEY = "device.signing_key"
DEVICE_ID = "device.id"
TOKEN = "sync.token"  # noqa: S105 (the name of the secret, not the secret)
RECEIPT_KEYS = "sync.receipt_keys"


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


def vault_receipt_keys(vault: Vault) -> tuple[str, ...]:
    """The receipt keys pinned in this vault (base64 raw Ed25519 public keys)."""
    raw = vault.secret_get(RECEIPT_KEYS)
    return tuple(line for line in raw.decode("ascii").splitlines() if line) if raw else ()


def check_receipt_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """``keys`` in canonical form, duplicates dropped; UsageError for one that is not base64 of
    a raw Ed25519 public key."""
    return tuple(dict.fromkeys(check_key(k) for k in keys))


def set_receipt_keys(vault: Vault, keys: Sequence[str]) -> tuple[str, ...]:
    """Pin ``keys`` in this vault, replacing those pinned here before; UsageError for a key
    that is not base64 of a raw Ed25519 public key (then nothing changes)."""
    checked = check_receipt_keys(keys)
    vault.secret_set(RECEIPT_KEYS, "\n".join(checked).encode("ascii") if checked else None)
    return checked


def receipt_keys(vault: Vault, settings: Settings, *,
                 vault_keys: Sequence[str] | None = None) -> tuple[str, ...]:
    """Every pinned receipt key: the organisation profile's ``case_system.receipt_keys`` and
    this vault's (or ``vault_keys``, about to replace them). Reads the profile file (small);
    raises ProfileError if it fails its checks."""
    from sharedesk.core.profile import current_profile

    profile = current_profile(settings)
    from_profile = profile.receipt_keys if profile is not None else ()
    own = vault_receipt_keys(vault) if vault_keys is None else tuple(vault_keys)
    return tuple(dict.fromkeys((*from_profile, *own)))
