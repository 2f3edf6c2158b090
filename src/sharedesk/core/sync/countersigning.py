"""Countersign a record in this vault with its device key (issue 14).

The signature is made offline with the vault's Ed25519 device key (``credentials.device_key``),
stored beside the record and audited in one transaction (``Vault.add_countersignatures``).
Countersigning a purged record, a draft, or again with the same key and outcome is refused
with a one-line message and nothing is written. Thread rules: those of the Vault.
"""

from __future__ import annotations

from sharedesk.core.errors import RecordNotFound, UsageError
from sharedesk.core.log import event
from sharedesk.core.records import countersign
from sharedesk.core.records.model import Countersignature
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.vault import Vault


def countersign_record(vault: Vault, record_id: str, *, outcome: str, comment: str, by: str,
                       role: str = "", at: str | None = None) -> Countersignature:
    """Sign and store a countersignature of record ``record_id``; returns it.

    UsageError for a bad outcome, a missing comment or name, a draft, or a repeat of this key's
    outcome; RecordPurged for a purged record; RecordNotFound for an unknown id."""
    record = vault.records.get(record_id)  # raises RecordPurged for a purged record
    if record is None:
        raise RecordNotFound(f"no record with id {record_id}")
    key = device_key(vault)
    countersign.check_request(record, outcome, comment, by)
    if any(c.public_key == key.public_b64 and c.outcome == outcome
           for c in record.countersignatures):
        raise UsageError(f"record {record_id} is already countersigned '{outcome}' with this "
                         "vault's key; nothing was written")
    signed = countersign.sign(record, key.private, outcome=outcome, comment=comment, by=by,
                              role=role, at=at)
    vault.add_countersignatures(record_id, [signed])
    event("records.countersigned", outcome=outcome)
    return signed
