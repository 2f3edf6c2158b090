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


OUTCOME_VALUES = ("share", "share_part", "do_not_share")


@dataclass(frozen=True)
class Source:
    document: str
    publisher: str = ""
    date: str = ""
    page: str = ""
    url: str = ""

    def cite(self) -> str:
        parts = [self.document]
        if self.publisher:
            parts.append(self.publisher)
        if self.date:
            parts.append(self.date)
        if self.page:
            parts.append(f"p.{self.page}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    target: str
    hint: str = ""


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
    source: str = ""
    verified: bool = True
    choices: tuple[Choice, ...] = ()
    next: str | None = None
    checklist: tuple[str, ...] = ()
    outcome: str | None = None
    requires: tuple[str, ...] = ()

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
