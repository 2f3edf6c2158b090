"""One complete decision, for the tests of every layer (cli, core fuzz, gui) and
bench/kill_loop.py: not a test module.

The answers walk england-2018 to "share" (consent not sought, the family not told); the record
holds every field that outcome requires. ``share_decision`` is the decision as
``sharedesk decide --answers FILE`` reads it; ``share_record`` is the same decision as a
``DecisionRecord`` to finalise straight into a vault. Each call returns a fresh copy, with any
record field replaced or added, so a test can change it without touching another test's copy.
``record_on_path`` builds the record of any walk through a flow, for tests of other outcomes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now

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


def record_on_path(answers: Mapping[str, Any], fields: Mapping[str, str],
                   created: str | None = None, flow_id: str = "england-2018") -> DecisionRecord:
    """The record of the walk ``answers`` make through ``flow_id``, holding ``fields`` (not
    validated: a test may build an incomplete one), created now unless ``created`` is given
    ("" lets the vault stamp it)."""
    flow = load_flow_by_id(flow_id)
    session, _ = Session.replay(flow, answers)  # type: ignore[arg-type]
    return DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                          flow_sha256=flow.sha256, path=session.path,
                          outcome=str(session.outcome), fields=dict(fields),
                          created=utc_now() if created is None else created)


def share_record(**fields: str) -> DecisionRecord:
    """The decision as a record for ``vault.records.finalise`` (created "" : the vault stamps
    it); ``fields`` replace or add record fields."""
    return record_on_path(SHARE_ANSWERS, {**SHARE_RECORD, **fields}, created="")
