"""The flow model: immutable, Qt-free, and holding data only (no code, no expressions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class NodeKind(StrEnum):
    QUESTION = "question"  # one question, choices with values and targets
    ACTION = "action"      # something to do (with optional checklist), then `next`
    INFO = "info"          # something to read, then `next`
    ADVICE = "advice"      # seek advice; returns to the question that led here
    OUTCOME = "outcome"    # the end: share / share_part / do_not_share, then record


class Outcome(StrEnum):
    """What a decision decided (a flow's outcome node, ``decisions.outcome``)."""

    SHARE = "share"
    SHARE_PART = "share_part"
    DO_NOT_SHARE = "do_not_share"


OUTCOME_VALUES: tuple[Outcome, ...] = tuple(Outcome)
SHARING_OUTCOMES = (Outcome.SHARE, Outcome.SHARE_PART)

# What a choice can assert about the case (docs/flows.md, "Safety rules"): a fixed vocabulary,
# so `flows check` can prove rules such as "an at-risk child never ends in a bare do-not-share".
ASSERTS = ("child_at_risk", "immediate_danger", "only_part", "consent_refused",
           "no_lawful_basis", "family_not_told")


@dataclass(frozen=True)
class Source:
    document: str
    publisher: str = ""
    date: str = ""
    page: str = ""
    url: str = ""
    section: str = ""  # section, paragraph, rule or step ("para 1.129", "golden rule 4")

    def cite(self) -> str:
        parts = [self.document]
        if self.publisher:
            parts.append(self.publisher)
        if self.date:
            parts.append(self.date)
        if self.section:
            parts.append(self.section)
        if self.page:
            parts.append(f"p.{self.page}")
        return ", ".join(parts)

    @property
    def complete(self) -> bool:
        """A citation a reviewer can check: document, section/paragraph (or page) and date."""
        return bool(self.document and (self.section or self.page) and self.date)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    target: str
    hint: str = ""
    asserts: tuple[str, ...] = ()  # from ASSERTS: what this answer says about the case
    # Record fields this answer settles (field name, value), e.g. (("consent", "given"),).
    # Parsed and checked now; a later change fills the record from them (issue 11 part 3).
    sets: tuple[tuple[str, str], ...] = ()

    @property
    def settings(self) -> dict[str, str]:
        return dict(self.sets)


@dataclass(frozen=True)
class SideNote:
    id: str
    title: str
    text: str
    kind: str = "info"  # "urgent" notes are the child-protection "act now" path


@dataclass(frozen=True)
class Node:
    id: str
    kind: NodeKind
    title: str
    text: str
    line: int = 0
    help: str = ""
    footnote: str = ""
    source: str = ""  # the citations as one line of text ("; " between documents)
    citations: tuple[Source, ...] = ()  # structured; empty when the file gives plain text
    verified: bool = True
    verified_declared: bool = False  # the file says verified: true/false (not the default)
    choices: tuple[Choice, ...] = ()
    next: str | None = None
    checklist: tuple[str, ...] = ()
    outcome: str | None = None
    requires: tuple[str, ...] = ()
    refer: bool = False  # outcome directs a child-protection referral (social care / police)

    def choice(self, value: str) -> Choice | None:
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None

    def targets(self) -> tuple[str, ...]:
        """Static outgoing edges (an advice node's return edge is dynamic and not listed)."""
        if self.kind is NodeKind.QUESTION:
            return tuple(c.target for c in self.choices)
        if self.next is not None:
            return (self.next,)
        return ()


@dataclass(frozen=True)
class Flow:
    id: str
    version: str
    jurisdiction: str
    title: str
    source: Source
    start: str
    nodes: Mapping[str, Node]
    side_notes: tuple[SideNote, ...] = ()
    description: str = ""
    file: str = ""
    sha256: str = ""
    verified: bool = True

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    @property
    def outcomes(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes.values() if n.kind is NodeKind.OUTCOME)

    @property
    def unverified_nodes(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes.values() if not n.verified)
