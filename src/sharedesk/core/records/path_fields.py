"""What the path has already settled in the record, and whether consent is in play at all.

A choice may carry ``sets`` (docs/flows.md): answering "Yes" to "Do you have consent?" settles
``consent: given``. ``path_facts`` reads a walked path against its flow and returns those
settled fields (the last answer wins when a question is asked again, or when a later question
settles the same field) and whether the path makes consent relevant. Validation, ``decide``,
import and the record form all use this one module, so the record can never be asked, filled or
checked differently in different places. Pure functions over immutable data; any thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sharedesk.core.flow.engine import Step
from sharedesk.core.flow.model import Flow, NodeKind

CONSENT_FIELDS = ("consent", "consent_reason")


@dataclass(frozen=True)
class Settled:
    """A record field the path settled: its value and the answer that settled it."""

    field: str
    value: str
    node_id: str     # the question
    answer: str      # the choice value given there
    index: int       # the step's position on the path (for "Change": back to that question)


@dataclass(frozen=True)
class PathFacts:
    """What a path says about its record. The empty facts (``NO_PATH``) settle nothing and
    make consent irrelevant: consent is never asked by default."""

    settled: Mapping[str, Settled] = field(default_factory=lambda: MappingProxyType({}))
    consent_relevant: bool = False
    asserts: frozenset[str] = frozenset()

    def value(self, name: str) -> str | None:
        found = self.settled.get(name)
        return found.value if found is not None else None


NO_PATH = PathFacts()


def path_facts(flow: Flow, path: Iterable[Step]) -> PathFacts:
    """The fields ``path`` settles in ``flow`` and whether consent is relevant on it.

    Consent is relevant when the path passes a question that can settle ``consent`` (a consent
    question, whatever was answered there), an answer asserting ``consent_refused``, or an
    answer settling ``lawful_basis: consent``. Steps naming nodes or answers the flow does not
    have are skipped (validation reports them).
    """
    settled: dict[str, Settled] = {}
    asserts: set[str] = set()
    consent = False
    for index, step in enumerate(path):
        node = flow.nodes.get(step.node_id)
        if node is None or node.kind is not NodeKind.QUESTION or step.answer is None:
            continue
        if any(name == "consent" for c in node.choices for name, _ in c.sets):
            consent = True
        choice = node.choice(step.answer)
        if choice is None:
            continue
        asserts.update(choice.asserts)
        for name, value in choice.sets:
            settled[name] = Settled(name, value, node.id, choice.value, index)
    if "consent_refused" in asserts or (
            "lawful_basis" in settled and settled["lawful_basis"].value == "consent"):
        consent = True
    return PathFacts(MappingProxyType(settled), consent, frozenset(asserts))


def contradictions(facts: PathFacts, fields: Mapping[str, str]) -> list[tuple[str, str]]:
    """(field, message) for each field the record gives a value the path did not settle:
    ``the path answered 'yes' (consent given), the record says 'refused'``. An omitted field
    is no contradiction (``fill`` supplies it)."""
    out: list[tuple[str, str]] = []
    for name, found in facts.settled.items():
        given = str(fields.get(name, "") or "").strip()
        if given and given != found.value:
            out.append((name, f"the path answered {found.answer!r} ({_words(name)} "
                              f"{_words(found.value)}), the record says {given!r}"))
    return out


def fill(facts: PathFacts, fields: Mapping[str, str]) -> dict[str, str]:
    """``fields`` with every field the path settled and the record left blank filled in."""
    out = dict(fields)
    for name, found in facts.settled.items():
        if not str(out.get(name, "") or "").strip():
            out[name] = found.value
    return out


def _words(code: str) -> str:
    return code.replace("_", " ")
