"""A real vault (cheap KDF) and a record factory for records-service tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now
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
    flow = load_flow_by_id("england-2018")

    def build(outcome: str = "share", created: str | None = None, **fields: str) -> DecisionRecord:
        session, _ = Session.replay(flow, ANSWERS[outcome])
        return DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                              flow_sha256=flow.sha256, path=session.path,
                              outcome=str(session.outcome),
                              fields={**FIELDS[outcome], **fields}, created=created or utc_now())

    return build
