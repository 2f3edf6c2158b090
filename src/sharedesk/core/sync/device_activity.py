"""What each laptop has sent this vault, from the audit of imports (issue 14, Devices screen).

Each ``bundle_imported`` event names the signer's fingerprint and how many records it added
and amended; per fingerprint this gives the first and last bundle seen, the bundles and the
records. Refused bundles are not audited, so they do not count. Thread rules: the Vault's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sharedesk.core.vault import Vault


@dataclass
class DeviceActivity:
    fingerprint: str
    device_id: str = ""
    first_seen: str = ""
    last_seen: str = ""
    bundles: int = 0
    records: int = 0


def activity(vault: Vault) -> dict[str, DeviceActivity]:
    """Fingerprint -> activity, for every signer whose bundles were imported here."""
    out: dict[str, DeviceActivity] = {}
    for imported in vault.import_log.all():
        at, data = imported.at, imported.detail
        signer = str(data.get("signer", ""))
        if not signer:
            continue
        seen = out.setdefault(signer, DeviceActivity(signer, first_seen=str(at)))
        seen.device_id = str(data.get("device_id", ""))[:100]
        seen.last_seen = str(at)
        seen.bundles += 1
        seen.records += int(data.get("added", 0) or 0)
    return out
