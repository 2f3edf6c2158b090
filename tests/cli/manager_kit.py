"""Real practitioners' bundles for the manager's desk tests (issue 14), not a test module.

Each practitioner is a real vault (SQLCipher) with finalised records and its own device key;
each bundle is written by sharedesk's own exporter, age-encrypted to the organisation's key
and signed by the laptop. Helpers make the bad ones: tampered bytes, another organisation's
key, a copy (duplicate).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from pyrage import x25519

from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "manager desk passphrase"
NAMES = ("Sam Okafor", "Priya Shah", "Tom Reid", "Ana Lee", "Joe Bloggs")
SHARE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
         "lawful_basis": "yes"}


@dataclass
class Practitioner:
    name: str
    vault_path: Path
    public_key: str
    fingerprint: str
    record_ids: list[str]
    bundle: Path


def _fields(name: str, n: int) -> dict[str, str]:
    return {"reasons": f"Bruising seen at nursery ({name}, case {n})",
            "purpose": "Section 47 enquiry", "recipient": "Children's social care",
            "what_shared": "Attendance record", "lawful_basis": "public_task",
            "consent": "not_sought", "consent_reason": "Would increase risk",
            "informed": "no", "informed_reason": "Would increase risk",
            "decision_maker": name, "role": "Health visitor", "subject": f"C-{1000 + n}",
            "review_date": "2026-01-15" if n % 3 == 0 else "2027-03-01"}


def practitioner(root: Path, name: str, org: x25519.Identity, records: int = 2,
                 *, index: int = 0) -> Practitioner:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, SHARE)
    path = root / f"{name.split()[0].lower()}.sharedesk"
    bundle = root / f"{index:02d}-{name.split()[0].lower()}.age"
    with Vault.create(path, PASS, kdf=FAST) as vault:
        made = [vault.records.finalise(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome),
            fields=_fields(name, index * 10 + n), created="")) for n in range(records)]
        key = device_key(vault)
        export_bundle(made, {flow.id: flow}, bundle, device=key,
                      recipients=[str(org.to_public())], include_pdfs=False)
        return Practitioner(name, path, key.public_b64, key.fingerprint, [r.id for r in made],
                            bundle)


def team(root: Path, org: x25519.Identity, count: int = 5) -> list[Practitioner]:
    root.mkdir(parents=True, exist_ok=True)
    return [practitioner(root, NAMES[i], org, index=i) for i in range(count)]


def tamper(path: Path) -> None:
    """Flip one byte in the middle of the encrypted payload (age's MAC then fails)."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def readdress(root: Path, org_other: x25519.Identity, name: str = "Other Org") -> Path:
    """A bundle from a laptop of another organisation, encrypted to that organisation."""
    return practitioner(root, name, org_other, index=9).bundle


def copy_to(src: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or src.name)
    shutil.copyfile(src, target)
    return target
