"""One complete decision as ``sharedesk decide --answers FILE`` reads it, for the tests of every
layer (cli, core fuzz, gui) and bench/kill_loop.py: not a test module.

The answers walk england-2018 to "share" (consent not sought, the family not told); the record
holds every field that outcome requires. ``share_decision`` returns a fresh copy each call, with
any record field replaced, so a test can change it without touching another test's copy.
"""

from __future__ import annotations

from typing import Any

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
