"""Every route through a flow, from the start to an outcome, for review and for the safety rules.

A route follows one choice at each question and the ``next`` of every action or info node. A
choice whose target is an advice node is a *detour*: question (answer) -> advice -> the same
question again, where the choices leading to advice are no longer offered (a detour is taken at
most once per question). A listed path takes at most one detour: a detour returns to the
question it left, so the rest of the walk, the outcome and every later answer are the same as
without it; combining detours at several questions only unions asserts that single-detour
paths already show, and every safety rule looks at one assertion at a time. Listing the
combinations would multiply the paths by 2**(questions) and add nothing a reviewer or a rule
could use.

Pure Python, no I/O; a flow validated by ``validate_flow`` is finite, so this terminates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sharedesk.core.errors import FlowError
from sharedesk.core.flow.model import Flow, Node, NodeKind

# A bound on the listing: each yes/no question in sequence doubles the routes, so a badly
# shaped flow could have millions. The shipped flows have a few thousand.
MAX_PATHS = 200_000

# Step kinds in the paths listing: an info node is a step without an answer, like an action.
_STEP_KIND = {NodeKind.QUESTION: "question", NodeKind.ADVICE: "advice",
              NodeKind.ACTION: "action", NodeKind.INFO: "action", NodeKind.OUTCOME: "outcome"}


@dataclass(frozen=True)
class PathStep:
    node: str
    kind: str  # question | advice | action | outcome
    answer: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"node": self.node, "kind": self.kind}
        if self.answer is not None:
            out["answer"] = self.answer
        return out


@dataclass(frozen=True)
class FlowPath:
    steps: tuple[PathStep, ...]
    outcome: str       # the outcome node's id
    outcome_kind: str  # share | share_part | do_not_share
    asserts: tuple[str, ...]  # sorted union of the asserts of every answer given
    refer: bool

    def answers(self) -> dict[str, list[str]]:
        """Answers in the form Session.replay takes (a list per question, in order)."""
        out: dict[str, list[str]] = {}
        for step in self.steps:
            if step.answer is not None:
                out.setdefault(step.node, []).append(step.answer)
        return out

    def describe(self) -> str:
        """One line: ``purpose=yes > advice > ... > do_not_share``."""
        return " > ".join(f"{s.node}={s.answer}" if s.answer is not None else s.node
                          for s in self.steps)

    def last_question(self) -> PathStep | None:
        return next((s for s in reversed(self.steps) if s.kind == "question"), None)

    def to_dict(self) -> dict[str, object]:
        return {"steps": [s.to_dict() for s in self.steps], "outcome": self.outcome,
                "outcome_kind": self.outcome_kind, "asserts": list(self.asserts),
                "refer": self.refer}


def flow_paths(flow: Flow, *, limit: int = MAX_PATHS) -> list[FlowPath]:
    """Every route from ``flow.start`` to an outcome, in a stable order (choices in file order;
    for each route, first without a detour, then with one at each question in turn).

    Raises FlowError when there are more than ``limit`` paths (too many to review or check).
    """
    paths: list[FlowPath] = []
    for path in _walk(flow, flow.start, (), frozenset(), detoured=False):
        if len(paths) == limit:
            raise FlowError(f"more than {limit} paths from the start: too many to review; "
                            "split the flow or rejoin its branches", file=flow.file)
        paths.append(path)
    return paths


def _walk(flow: Flow, node_id: str, trail: tuple[tuple[PathStep, frozenset[str]], ...],
          advised: frozenset[str], *, detoured: bool) -> Iterator[FlowPath]:
    node = flow.nodes[node_id]
    if node.kind is NodeKind.OUTCOME:
        steps = (*(s for s, _ in trail), PathStep(node.id, "outcome"))
        asserts = sorted(set().union(*(a for _, a in trail)))
        yield FlowPath(steps, node.id, node.outcome or "", tuple(asserts), node.refer)
        return
    if node.kind is not NodeKind.QUESTION:
        assert node.next is not None  # guaranteed by validate_flow
        yield from _walk(flow, node.next, (*trail, (PathStep(node.id, _STEP_KIND[node.kind]),
                                                    frozenset())), advised, detoured=detoured)
        return
    for choice in node.choices:
        if _is_detour(flow, node, choice.target):
            continue
        step = (PathStep(node.id, "question", choice.value), frozenset(choice.asserts))
        yield from _walk(flow, choice.target, (*trail, step), advised, detoured=detoured)
    if detoured or node.id in advised:
        return
    for choice in node.choices:
        if _is_detour(flow, node, choice.target):
            asked = (PathStep(node.id, "question", choice.value), frozenset(choice.asserts))
            advice: tuple[PathStep, frozenset[str]] = (PathStep(choice.target, "advice"),
                                                       frozenset())
            yield from _walk(flow, node.id, (*trail, asked, advice), advised | {node.id}, detoured=True)


def _is_detour(flow: Flow, node: Node, target: str) -> bool:
    return node.kind is NodeKind.QUESTION and flow.nodes[target].kind is NodeKind.ADVICE
