"""The path fills the record and the record cannot contradict the path (issue 11 part 3)."""

from __future__ import annotations

from dataclasses import replace

from decision_kit import record_on_path

from sharedesk.core.flow import Session, load_flow_by_id, load_flow_text
from sharedesk.core.records.path_fields import contradictions, fill, path_facts
from sharedesk.core.records.validation import blocking, validate_record

REVISIT = """
id: revisit
version: "1"
jurisdiction: England
title: t
source: {document: d}
start: told
nodes:
  - id: told
    kind: question
    title: Told
    text: Was the family told?
    choices:
      - {value: "yes", label: "Yes", target: basis, sets: {informed: "yes"}}
      - {value: "no", label: "No", target: basis, sets: {informed: "no"}}
      - {value: not_sure, label: "Not sure", target: advice, sets: {informed: "no"}}
  - id: advice
    kind: advice
    title: Seek advice
    text: Ask.
  - id: basis
    kind: question
    title: Basis
    text: Which basis?
    choices:
      - {value: consent, label: "Consent", target: share, sets: {lawful_basis: consent}}
      - {value: task, label: "Public task", target: share, sets: {lawful_basis: public_task}}
  - id: share
    kind: outcome
    outcome: share
    title: Share
    text: Share.
    requires: [reasons]
"""

SHARE_FIELDS = {"reasons": "Risk of harm", "purpose": "Child protection",
                "recipient": "CSC duty", "what_shared": "Attendance",
                "lawful_basis": "public_task", "informed": "yes",
                "decision_maker": "Sam Okafor", "role": "DSL"}
CONSENT_ROUTE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes",
                 "consent": "yes"}


def test_sets_along_the_path_settle_fields() -> None:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, CONSENT_ROUTE)
    facts = path_facts(flow, session.path)
    assert facts.value("consent") == "given"
    found = facts.settled["consent"]
    assert (found.node_id, found.answer, found.index) == ("consent", "yes", 3)
    assert facts.consent_relevant


def test_the_last_answer_wins_when_a_question_is_asked_again() -> None:
    flow = load_flow_text(REVISIT)
    session, _ = Session.replay(flow, {"told": ["not_sure", "yes"], "basis": "task"})
    facts = path_facts(flow, session.path)
    assert facts.value("informed") == "yes"  # not the "no" the detour set
    assert facts.settled["informed"].index == 2
    assert facts.value("lawful_basis") == "public_task"
    assert not facts.consent_relevant
    # going back and answering differently: the path holds the new answer only
    session.back()
    session.answer("consent")
    facts = path_facts(flow, session.path)
    assert facts.value("lawful_basis") == "consent" and facts.consent_relevant


def test_consent_is_relevant_only_where_the_path_makes_it_so() -> None:
    flow = load_flow_by_id("england-2018")
    short, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "no"})
    assert not path_facts(flow, short.path).consent_relevant
    refused, _ = Session.replay(flow, {**CONSENT_ROUTE, "consent": "no", "lawful_basis": "yes"})
    assert path_facts(flow, refused.path).consent_relevant  # asked, answered no: say why
    assert path_facts(flow, refused.path).settled == {}


def test_the_2018_share_outcome_does_not_require_consent_on_a_route_that_never_asks() -> None:
    flow = load_flow_by_id("england-2018")
    record = record_on_path({"purpose": "yes", "identifiable": "no"}, SHARE_FIELDS)
    assert blocking(validate_record(record, flow)) == []
    asked = record_on_path({**CONSENT_ROUTE, "consent": "no", "lawful_basis": "yes"}, SHARE_FIELDS)
    assert [f for f, _ in blocking(validate_record(asked, flow))] == ["consent"]
    reason = record_on_path({**CONSENT_ROUTE, "consent": "no", "lawful_basis": "yes"},
                     {**SHARE_FIELDS, "consent": "not_sought"})
    assert [f for f, _ in blocking(validate_record(reason, flow))] == ["consent_reason"]


def test_a_contradiction_is_refused_with_the_answer_and_both_values() -> None:
    flow = load_flow_by_id("england-2018")
    record = record_on_path(CONSENT_ROUTE, {**SHARE_FIELDS, "consent": "refused"})
    expected = ("consent", "the path answered 'yes' (consent given), the record says 'refused'")
    assert contradictions(path_facts(flow, record.path), record.fields) == [expected]
    assert expected in blocking(validate_record(record, flow))
    # an amendment that contradicts the path is caught too (effective fields)
    fine = record_on_path(CONSENT_ROUTE, SHARE_FIELDS)
    assert blocking(validate_record(fine, flow)) == []
    assert fine.fields.get("consent") is None  # omitted: no contradiction, and fill supplies it
    assert fill(path_facts(flow, fine.path), fine.fields)["consent"] == "given"
    same = replace(fine, fields={**SHARE_FIELDS, "consent": "given"})
    assert blocking(validate_record(same, flow)) == []


def test_finalise_fills_and_an_amendment_cannot_contradict_the_path(vault) -> None:
    from sharedesk.core.errors import RecordInvalid

    record = record_on_path(CONSENT_ROUTE, SHARE_FIELDS)
    final = vault.records.finalise(record)
    assert final.fields["consent"] == "given"  # filled from the path as it was finalised
    try:
        vault.records.amend(final.id, "Sam Okafor", "typo", {"consent": "refused"})
    except RecordInvalid as exc:
        assert exc.problems[0] == ("consent", "the path answered 'yes' (consent given), "
                                              "the record says 'refused'")
    else:
        raise AssertionError("an amendment contradicting the path was accepted")
    assert vault.records.get(final.id).amendments == ()
