"""One complete decision, for the tests of every layer (cli, core fuzz, gui) and
bench/kill_loop.py: not a test module.

The answers walk england-2018 to "share" (consent not sought, the family not told); the record
holds every field that outcome requires. ``share_decision`` is the decision as
``sharedesk decide --answers FILE`` reads it; ``share_record`` is the same decision as a
``DecisionRecord`` to finalise straight into a vault. Each call returns a fresh copy, with any
record field replaced or added, so a test can change it without touching another test's copy.
"""

from __future__ import annotations

from typing import Any

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id

SHARE_ANSWERS = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
                 "lawful_basis": "yes"}
SHARE_RECORD = {"reasons": "Risk of significant harm", "purpose": "Section 47 enquiry",
                "recipient": "Children's social care", "what_shared": "Attendance record",
                "lawful_basis": "public_task", "consent": "not_sought",
                "consent_reason": "Would increase risk", "informed": "no",
                "informed_reason": "Would increase risk", "decision_maker": "Sam Okafor",
                "role": "DSL"}


def share_decision(**record: str) -> dict[str, Any]:
    """``{"flow", "answers", "record"}`` for a "share" decision; ``record`` overrides fields."""
    return {"flow": "england-2018", "answers": dict(SHARE_ANSWERS),
            "record": {**SHARE_RECORD, **record}}


def share_record(**fields: str) -> DecisionRecord:
    """The decision as a record for ``vault.records.finalise`` (created "" : the vault stamps
    it); ``fields`` replace or add record fields."""
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, SHARE_ANSWERS)
    return DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                          flow_sha256=flow.sha256, path=session.path,
                          outcome=str(session.outcome), fields={**SHARE_RECORD, **fields},
                          created="")
