"""What a decision record must hold before it can be finalised (DOMAIN.md section 4).

Pure functions, no I/O: the GUI calls ``validate_fields`` on every edit for inline messages, and
the records service calls ``validate_record`` before finalising. Messages are plain words for a
practitioner and never repeat the value typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import OUTCOME_VALUES, SHARING_OUTCOMES, Flow, NodeKind
from sharedesk.core.records import dates, nhs_number
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.path_fields import (
    CONSENT_FIELDS,
    NO_PATH,
    PathFacts,
    contradictions,
    fill,
    path_facts,
)

SHARED_OUTCOMES = SHARING_OUTCOMES  # the name this module has always exported
MAX_FIELD_CHARS = 20_000

CHOICES: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "consent": (("not_sought", "Not sought"), ("given", "Sought and given"),
                ("refused", "Sought and refused"), ("withdrawn", "Given, then withdrawn")),
    "informed": (("yes", "Yes"), ("no", "No")),
    "lawful_basis": (("public_task", "Public task (Art 6(1)(e))"),
                     ("legal_obligation", "Legal obligation (Art 6(1)(c))"),
                     ("vital_interests", "Vital interests (Art 6(1)(d))"),
                     ("consent", "Consent (Art 6(1)(a))"),
                     ("contract", "Contract (Art 6(1)(b))"),
                     ("legitimate_interests", "Legitimate interests (Art 6(1)(f))"),
                     ("recognised_legitimate_interest",
                      "Recognised legitimate interest (Art 6(1)(ea))")),
})


def display_value(name: str, value: str) -> str:
    """The label of an enumerated value (consent, lawful basis...) or the text itself.

    Screens and documents show labels; stores and machine formats (JSON, FHIR) keep the codes.
    """
    for key, label in CHOICES.get(name, ()):
        if key == value:
            return label
    return value


DATE_FIELDS = ("review_date", "subject_dob")
DATETIME_FIELDS = ("shared_when",)

# Consent is not among these: it is asked only where the path makes it relevant (path_fields).
_REQUIRED_WHEN_SHARED = ("recipient", "what_shared", "lawful_basis")
# A field needed because of another answer: (the other field, the answers that make it needed).
REQUIRED_IF: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType({
    "consent_reason": ("consent", ("not_sought", "refused")),
    "informed_reason": ("informed", ("no",)),
})
_MESSAGES = {
    "reasons": "Give the reasons for the decision: they are required whether or not you share.",
    "recipient": "Say who received the information (organisation, role, name).",
    "what_shared": "Say what was shared.",
    "lawful_basis": "Choose the lawful basis for sharing.",
    "consent": "Say whether consent was sought and what happened.",
    "consent_reason": "Say why consent was not sought, or what the person said.",
    "informed_reason": "Say why the person was not told (for example, risk of harm).",
    "informed": "Say whether the person was told about the sharing.",
    "purpose": "Say what the sharing is for.",
    "decision_maker": "Enter your name.",
    "role": "Enter your role.",
}
LEGITIMATE_INTERESTS_NOTE = ("Public bodies cannot rely on legitimate interests for their public "
                             "tasks; most safeguarding sharing uses public task or legal "
                             "obligation.")
RECOGNISED_LEGITIMATE_INTEREST_NOTE = (
    "Recognised legitimate interest (in force from 5 February 2026) suits voluntary and private "
    "settings; public bodies cannot rely on it for their public tasks and use public task "
    "instead.")
_BASIS_NOTES = {"legitimate_interests": LEGITIMATE_INTERESTS_NOTE,
                "recognised_legitimate_interest": RECOGNISED_LEGITIMATE_INTEREST_NOTE}


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field. ``severity`` is "error" (blocks finalising) or "warning"."""

    field: str
    message: str
    severity: str = "error"

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


def _blank(fields: Mapping[str, str], name: str) -> bool:
    return not str(fields.get(name, "") or "").strip()


def _required(name: str) -> str:
    label = RECORD_FIELDS.get(name, name)
    return _MESSAGES.get(name, f"Fill in: {label}.")


def required_fields(fields: Mapping[str, str], requires: Sequence[str],
                    outcome: str, facts: PathFacts = NO_PATH) -> set[str]:
    """The fields that must be filled in, given the outcome node's ``requires``, the outcome,
    what the path says (``facts``) and the answers so far (``REQUIRED_IF``). Consent and why it
    was not sought are needed only where ``facts`` makes consent relevant, whatever
    ``requires`` says: consent is never the default. The form labels "(optional)" from this."""
    needed = {"reasons", *requires}
    if outcome in SHARED_OUTCOMES:
        needed.update(_REQUIRED_WHEN_SHARED)
    if facts.consent_relevant:
        needed.add("consent")
    for name, (other, answers) in REQUIRED_IF.items():
        if str(fields.get(other, "") or "").strip() in answers:
            needed.add(name)
    if not facts.consent_relevant:
        needed.difference_update(CONSENT_FIELDS)
    return needed


def normalise_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """``fields`` with dates typed the UK way (31/03/2026) stored as ISO (2026-03-31)."""
    out = dict(fields)
    for name in DATE_FIELDS:
        if out.get(name):
            out[name] = dates.normalise_date(out[name])
    for name in DATETIME_FIELDS:
        if out.get(name):
            out[name] = dates.normalise_datetime(out[name])
    if out.get("nhs_number"):
        out["nhs_number"] = nhs_number.normalise(out["nhs_number"])
    return out


def validate_fields(fields: Mapping[str, str], requires: Sequence[str],
                    outcome: str, today: date | None = None,
                    facts: PathFacts = NO_PATH) -> list[FieldProblem]:
    """Every problem with ``fields`` for a decision with ``outcome`` whose flow outcome node
    ``requires`` the named fields, reached by a path that says ``facts`` (a field contradicting
    what the path settled is an error). Order: field order of RECORD_FIELDS, then unknown
    fields. ``today`` (default: the local date) bounds a date of birth."""
    problems: list[FieldProblem] = []
    if outcome not in OUTCOME_VALUES:
        problems.append(FieldProblem("outcome", "The decision has no valid outcome."))
    problems += [FieldProblem(name, message) for name, message in contradictions(facts, fields)]
    fields = fill(facts, fields)  # a field the path settled is never missing
    needed = required_fields(fields, requires, outcome, facts)
    when = today or date.today()
    for name in fields:
        if name not in RECORD_FIELDS:
            problems.append(FieldProblem(name, "This is not a field of the decision record."))
        elif len(str(fields[name])) > MAX_FIELD_CHARS:
            problems.append(FieldProblem(name, f"Keep this under {MAX_FIELD_CHARS} characters."))
    for name in RECORD_FIELDS:
        if name in needed and _blank(fields, name):
            problems.append(FieldProblem(name, _required(name)))
        elif not _blank(fields, name):
            problems.extend(_check_value(name, str(fields[name]).strip(), when))
    order = {name: i for i, name in enumerate(RECORD_FIELDS)}
    return sorted(problems, key=lambda p: order.get(p.field, len(order)))


def _check_value(name: str, value: str, today: date) -> list[FieldProblem]:
    if name in CHOICES:
        allowed = [v for v, _ in CHOICES[name]]
        if value not in allowed:
            labels = ", ".join(label for _, label in CHOICES[name])
            return [FieldProblem(name, f"Choose one of: {labels}.")]
    if name == "nhs_number":
        wrong = nhs_number.problem(value)
        return [FieldProblem(name, wrong)] if wrong else []
    if name == "lawful_basis" and value in _BASIS_NOTES:
        return [FieldProblem(name, _BASIS_NOTES[value], "warning")]
    try:
        if name in DATE_FIELDS:
            day = dates.parse_date(value)
            late = dates.birth_date_problem(day, today) if name == "subject_dob" else None
            return [FieldProblem(name, late)] if late else []
        if name in DATETIME_FIELDS:
            dates.parse_datetime(value)
    except dates.DateProblem as exc:
        return [FieldProblem(name, str(exc))]
    return []


def outcome_requires(record: DecisionRecord, flow: Flow) -> tuple[tuple[str, ...], list[FieldProblem]]:
    """The fields the record's outcome node requires, and problems with its flow and path."""
    problems: list[FieldProblem] = []
    if record.flow_id != flow.id:
        problems.append(FieldProblem("flow", "The record was made with a different flow."))
    last = record.path[-1].node_id if record.path else ""
    node = flow.nodes.get(last)
    if node is None or node.kind is not NodeKind.OUTCOME:
        problems.append(FieldProblem("path", "The decision did not reach an outcome of its flow."))
        return (), problems
    if node.outcome != record.outcome:
        problems.append(FieldProblem("outcome", "The outcome does not match the path taken."))
    missing = [s.node_id for s in record.path if s.node_id not in flow.nodes]
    if missing:
        problems.append(FieldProblem("path", "The path names steps that are not in the flow."))
    return node.requires, problems


def validate_record(record: DecisionRecord, flow: Flow) -> list[FieldProblem]:
    """Every problem with ``record`` (its path against ``flow``, its effective fields, and
    any field contradicting what the path settled)."""
    requires, problems = outcome_requires(record, flow)
    return problems + validate_fields(record.effective_fields(), requires, record.outcome,
                                      facts=path_facts(flow, record.path))


def path_problems(record: DecisionRecord, flow: Flow) -> list[tuple[str, str]]:
    """(field, message) for each field of ``record`` that contradicts its path in ``flow``."""
    return contradictions(path_facts(flow, record.path), record.effective_fields())


def blocking(problems: Sequence[FieldProblem]) -> list[tuple[str, str]]:
    """The (field, message) pairs that stop a record being finalised (warnings excluded)."""
    return [(p.field, p.message) for p in problems if p.blocking]
