"""Validation of record fields and whole records against their flow outcome."""

from __future__ import annotations

from dataclasses import replace

import pytest
from decision_kit import record_on_path

from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.records.path_fields import PathFacts
from sharedesk.core.records.validation import (
    CHOICES,
    FieldProblem,
    blocking,
    validate_fields,
    validate_record,
)

SHARED = {"reasons": "r", "recipient": "CSC", "what_shared": "notes",
          "lawful_basis": "public_task", "consent": "given"}
CONSENT = PathFacts(consent_relevant=True)  # a path through a consent question


def _fields(problems: list[FieldProblem]) -> list[str]:
    return [p.field for p in problems if p.blocking]


def test_reasons_are_required_whether_or_not_shared() -> None:
    for outcome in ("share", "share_part", "do_not_share"):
        assert "reasons" in _fields(validate_fields({}, (), outcome))
        assert "reasons" in _fields(validate_fields({"reasons": "   "}, (), outcome))
    assert validate_fields({"reasons": "Because"}, (), "do_not_share") == []


def test_sharing_requires_recipient_what_lawful_basis_and_consent_where_relevant() -> None:
    problems = validate_fields({"reasons": "Because"}, (), "share")
    assert _fields(problems) == ["what_shared", "recipient", "lawful_basis"]
    problems = validate_fields({"reasons": "Because"}, (), "share", facts=CONSENT)
    assert _fields(problems) == ["what_shared", "recipient", "lawful_basis", "consent"]
    assert validate_fields(SHARED, (), "share") == []
    assert validate_fields(SHARED, (), "share_part") == []


def test_consent_reason_needed_when_not_sought_or_refused() -> None:
    for status in ("not_sought", "refused"):
        problems = validate_fields({**SHARED, "consent": status}, (), "share", facts=CONSENT)
        assert _fields(problems) == ["consent_reason"]
        assert validate_fields({**SHARED, "consent": status, "consent_reason": "risk"}, (),
                               "share", facts=CONSENT) == []
        # where the path never made consent relevant, the reason is not asked for
        assert validate_fields({**SHARED, "consent": status}, (), "share") == []
    assert validate_fields({**SHARED, "consent": "withdrawn"}, (), "share", facts=CONSENT) == []


def test_informed_no_needs_a_reason() -> None:
    assert _fields(validate_fields({**SHARED, "informed": "no"}, (), "share")) == ["informed_reason"]
    assert validate_fields({**SHARED, "informed": "yes"}, (), "share") == []
    assert validate_fields({**SHARED, "informed": "no", "informed_reason": "harm"}, (),
                           "share") == []


def test_enumerated_values_are_checked_and_choices_cover_them() -> None:
    for name, choices in CHOICES.items():
        assert name in RECORD_FIELDS
        assert all(value and label for value, label in choices)
        problems = validate_fields({**SHARED, name: "something else"}, (), "share")
        assert [p.field for p in problems if p.blocking] == [name]
        assert "Choose one of" in problems[0].message
    values = {v for v, _ in CHOICES["lawful_basis"]}
    assert values == {"public_task", "legal_obligation", "vital_interests", "consent", "contract",
                      "legitimate_interests", "recognised_legitimate_interest"}


def test_legitimate_interests_warns_but_does_not_block() -> None:
    problems = validate_fields({**SHARED, "lawful_basis": "legitimate_interests"}, (), "share")
    assert [(p.field, p.severity) for p in problems] == [("lawful_basis", "warning")]
    assert "Public bodies" in problems[0].message
    assert blocking(problems) == []


def test_legal_gateway_is_free_text() -> None:
    assert validate_fields({**SHARED, "legal_gateway": "Children Act 1989 s.47"}, (),
                           "share") == []


@pytest.mark.parametrize("name,value,message", [
    ("review_date", "2027-03-01", None), ("review_date", "01/03/2027", None),
    ("review_date", "2027-02-30", "30 February does not exist."),
    ("review_date", "31/02/2027", "31 February does not exist."),
    ("review_date", "29/02/2027", "29 February 2027 does not exist (2027 is not a leap year)."),
    ("review_date", "next week", "Enter the date as day/month/year, for example 31/03/2026."),
    ("subject_dob", "2015-06-30", None), ("subject_dob", "30/06/2015", None),
    ("subject_dob", "01/01/2031", "A date of birth cannot be in the future."),
    ("shared_when", "2026-11-23T10:15:00Z", None), ("shared_when", "23/11/2026 10:15", None),
    ("shared_when", "yesterday", "Enter the date as day/month/year, for example 31/03/2026."),
])
def test_dates_uk_or_iso_with_plain_messages(name: str, value: str, message: str | None) -> None:
    from datetime import date

    problems = validate_fields({"reasons": "r", name: value}, (), "do_not_share",
                               today=date(2030, 6, 1))
    assert [(p.field, p.message) for p in problems] == ([(name, message)] if message else [])


def test_a_reason_is_required_by_the_answer_and_says_so_in_required_fields() -> None:
    from sharedesk.core.records.validation import required_fields

    assert "informed_reason" not in required_fields({"informed": "yes"}, (), "share")
    assert "informed_reason" in required_fields({"informed": "no"}, (), "share")
    assert "consent_reason" in required_fields({"consent": "refused"}, (), "do_not_share",
                                               CONSENT)
    assert "consent_reason" not in required_fields({"consent": "refused"}, (), "do_not_share")


def test_required_by_the_flow_and_unknown_fields_and_outcome() -> None:
    problems = validate_fields({"reasons": "r", "colour": "blue"}, ("role",), "maybe")
    assert {p.field for p in problems} == {"role", "colour", "outcome"}
    assert all(p.message.endswith(".") and "\n" not in p.message for p in problems)


def test_messages_never_repeat_the_value_typed() -> None:
    secret = "Jane Doe lives at 4 Elm Road"
    problems = validate_fields({**SHARED, "consent": secret, "review_date": secret}, (), "share")
    assert problems and all(secret not in p.message for p in problems)


def test_validate_record_uses_the_outcome_nodes_requirements() -> None:
    flow = load_flow_by_id("england-2018")
    record = record_on_path({"purpose": "no"}, {"reasons": "No clear purpose"})
    assert _fields(validate_record(record, flow)) == ["decision_maker", "role", "purpose"]
    complete = replace(record, fields={"reasons": "x", "purpose": "p", "decision_maker": "A",
                                       "role": "GP"})
    assert validate_record(complete, flow) == []
    assert _fields(validate_record(replace(complete, outcome="share"), flow))[:1] == ["outcome"]
    assert "path" in _fields(validate_record(replace(complete, path=complete.path[:-1]), flow))
