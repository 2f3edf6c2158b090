"""Sample record content shared by the export tests (not a test module)."""

from __future__ import annotations

SHARE_ANSWERS = {"purpose": ["not_sure", "yes"], "identifiable": "yes", "confidential": "yes",
                 "consent": "no", "lawful_basis": "yes"}
REFUSE_ANSWERS = {"purpose": "no"}

# Markup, quotes, Welsh and accented letters, a formula-looking value, a long unbroken token.
TRICKY = "Dad said <b>\"not now\"</b> & left; Siân Llŷr-Jones, café; =HYPERLINK(\"x\")"


def fields(**extra: str) -> dict[str, str]:
    base = {
        "decision_maker": "Siân Llŷr", "role": "Health visitor", "trigger": "request",
        "subject": "Child AB (case ref 12-345)", "purpose": "Protect child AB from harm",
        "reasons": TRICKY, "recipient": "Children's social care, duty team",
        "what_shared": "Attendance at clinic\nmissed 3 appointments", "lawful_basis": "public_task",
        "consent": "not_sought", "consent_reason": "Would increase risk", "informed": "no",
        "informed_reason": "Would put the child at risk", "review_date": "2027-01-31",
    }
    base.update(extra)
    return base
