"""The devices this vault accepts bundles from: trust, revoke, list (``sharedesk devices``).

Kept as one JSON entry in the vault's ``secrets`` table (``devices.trusted``): a list of
``{"name", "public_key", "added", "revoked"}`` (``revoked`` is null or the UTC time). A revoked
key stays listed, so it is refused even where the organisation profile's ``keys.devices``
still names it. Each change is audited (``device_trusted``, ``device_revoked``) with the key's
fingerprint. ``trusted_keys`` gathers what ``open_bundle`` needs: this vault's list, the
profile's ``keys.devices`` and keys given for one run. Thread rules: those of the Vault.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.export.signing import DeviceKey, check_public_key, fingerprint
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.records.model import utc_now
from sharedesk.core.records.status import AuditKind
from sharedesk.core.sync.credentials import DEVICE_ID, DEVICE_KEY
from sharedesk.core.vault import Vault

TRUSTED = "devices.trusted"
MAX_NAME = 100


@dataclass(frozen=True)
class TrustedDevice:
    name: str
    public_key: str
    added: str
    revoked: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "public_key": self.public_key, "fingerprint": self.fingerprint,
                "added": self.added, "revoked": self.revoked}


def devices(vault: Vault) -> list[TrustedDevice]:
    """This vault's trusted-device list (revoked ones included), in the order added."""
    raw = vault.secret_get(TRUSTED)
    if not raw:
        return []
    try:
        items = json.loads(raw)
        return [TrustedDevice(str(i["name"]), check_public_key(str(i["public_key"])),
                              str(i["added"]), i.get("revoked")) for i in items]
    except (ValueError, KeyError, TypeError, AttributeError, UsageError):
        raise UsageError("this vault's trusted-device list is damaged; "
                         "`sharedesk vault verify` and re-trust the devices") from None


def _save(vault: Vault, items: Sequence[TrustedDevice]) -> None:
    data = [{"name": d.name, "public_key": d.public_key, "added": d.added, "revoked": d.revoked}
            for d in items]
    vault.secret_set(TRUSTED, json.dumps(data, sort_keys=True).encode("utf-8"))


def _check_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME or not clean.isprintable():
        raise UsageError(f"give the device a name of one line, at most {MAX_NAME} characters "
                         "(for example the practitioner and laptop)")
    return clean


def trust(vault: Vault, key: str, name: str) -> TrustedDevice:
    """Trust ``key`` (base64 Ed25519, as ``sharedesk device show`` prints it) under ``name``;
    a revoked key is trusted again. UsageError for a bad key or name (nothing changes)."""
    public, clean = check_public_key(key), _check_name(name)
    kept = [d for d in devices(vault) if d.public_key != public]
    device = TrustedDevice(clean, public, utc_now())
    _save(vault, [*kept, device])
    vault.audit(AuditKind.DEVICE_TRUSTED, None, {"fingerprint": device.fingerprint, "name": clean})
    return device


def revoke(vault: Vault, key_or_fingerprint: str) -> TrustedDevice:
    """Revoke a trusted device by its key or fingerprint; UsageError if no such device."""
    wanted = key_or_fingerprint.strip()
    items = devices(vault)
    for i, device in enumerate(items):
        if wanted in (device.public_key, device.fingerprint) and device.revoked is None:
            items[i] = TrustedDevice(device.name, device.public_key, device.added, utc_now())
            _save(vault, items)
            vault.audit(AuditKind.DEVICE_REVOKED, None, {"fingerprint": device.fingerprint,
                                                 "name": device.name})
            return items[i]
    raise UsageError(f"no trusted device with key or fingerprint {wanted[:60]!r} "
                     "(see `sharedesk devices list`)")


def own_key(vault: Vault) -> str | None:
    """This vault's own device key (base64), if it has made one; never makes one."""
    raw, ident = vault.secret_get(DEVICE_KEY), vault.secret_get(DEVICE_ID)
    return DeviceKey.from_bytes(ident.decode("ascii"), raw).public_b64 if raw and ident else None


def vault_trust(vault: Vault) -> TrustedKeys:
    """This vault's trusted devices, and its own device key (its own bundles, as "this
    laptop"), minus those revoked here."""
    items = devices(vault)
    keys = {d.public_key: d.name for d in items if not d.revoked}
    own = own_key(vault)
    if own is not None:
        keys.setdefault(own, "this laptop")
    return TrustedKeys(MappingProxyType(keys), frozenset(d.public_key for d in items if d.revoked))


def trusted_keys(vault: Vault | None, profile_devices: Iterable[tuple[str, str]] = (),
                 this_run: Iterable[str] = ()) -> TrustedKeys:
    """Every key a bundle may be signed by: ``this_run`` (``--trust``; checked here), the
    profile's ``keys.devices`` (name, key) and, with a vault, its list (whose revocations win
    over the profile)."""
    run = frozenset(check_public_key(k) for k in this_run)
    base = TrustedKeys(MappingProxyType({k: n for n, k in profile_devices}), this_run=run)
    return base if vault is None else vault_trust(vault).merged(base)
