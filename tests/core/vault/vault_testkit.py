"""Shared helpers for vault tests (imported by conftest and by the tests in this directory)."""

from __future__ import annotations

from pathlib import Path

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now
from sharedesk.core.vault import KdfParams

FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
SHARE_ANSWERS = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
                 "lawful_basis": "yes"}
SHARE_FIELDS = {
    "reasons": "Risk of significant harm to the child", "purpose": "Child protection enquiry",
    "recipient": "Children's social care, duty social worker", "what_shared": "Attendance notes",
    "lawful_basis": "public_task", "consent": "not_sought",
    "consent_reason": "Seeking consent would place the child at risk", "informed": "no",
    "informed_reason": "Telling the family would increase risk", "decision_maker": "Sam Okafor",
    "role": "Designated safeguarding lead"}


def make_record(reasons: str | None = None, created: str | None = None,
                **extra: str) -> DecisionRecord:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, SHARE_ANSWERS)
    fields = {**SHARE_FIELDS, **extra}
    if reasons is not None:
        fields["reasons"] = reasons
    return DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                          flow_sha256=flow.sha256, path=session.path,
                          outcome=str(session.outcome), fields=fields,
                          created=created or utc_now())



def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (names and bytes), to prove nothing changed."""
    return {str(p.relative_to(directory)): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}
