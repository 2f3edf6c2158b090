"""A real vault (cheap KDF) and a record factory for records-service tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from decision_kit import record_on_path

from sharedesk.core.records.model import DecisionRecord, utc_now
from sharedesk.core.vault import KdfParams, Vault

ANSWERS = {
    "share": {"purpose": "yes", "identifiable": "no"},
    "do_not_share": {"purpose": "no"},
}
FIELDS = {
    "share": {"reasons": "Risk of harm", "purpose": "Child protection", "recipient": "CSC duty",
              "what_shared": "Attendance", "lawful_basis": "public_task", "consent": "given",
              "informed": "yes", "decision_maker": "Sam Okafor", "role": "DSL"},
    "do_not_share": {"reasons": "No clear purpose", "purpose": "Request from landlord",
                     "decision_maker": "Sam Okafor", "role": "DSL"},
}


@pytest.fixture
def vault(sharedesk_home: Path) -> Iterator[Vault]:
    v = Vault.create(sharedesk_home / "vault.sharedesk", "records test passphrase",
                     kdf=KdfParams(1024, 1, 1))
    yield v
    v.close()


@pytest.fixture
def make() -> Callable[..., DecisionRecord]:
    def build(outcome: str = "share", created: str | None = None, **fields: str) -> DecisionRecord:
        return record_on_path(ANSWERS[outcome], {**FIELDS[outcome], **fields},
                              created=created or utc_now())

    return build
