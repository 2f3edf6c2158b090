"""Safety rules that `sharedesk flows check` proves on every path of a flow (docs/flows.md).

A safeguarding partnership edits these files; these rules stop it shipping an unsafe route:

1. a path asserting ``child_at_risk`` never ends in ``do_not_share`` without ``refer: true``;
2. a path asserting ``immediate_danger`` ends in sharing (``share`` or ``share_part``);
3. a path asserting ``only_part`` never ends in ``share`` (everything);
4. every question offers a ``not_sure`` choice;
5. a ``not_sure`` answer never leads straight (through actions only) to a do-not-share outcome;
6. every node has a complete source (document, section/paragraph or page, date) and an
   explicit ``verified: true|false``.
7. ``sets`` on a choice names a record field with a fixed list of values and one of those
   values (when the caller passes the lists; the flow package does not import records).

Pure functions, no I/O. Path rules report one problem per (rule, last question, answer): the
line of that question, its node id, the first offending path and how many more there are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sharedesk.core.errors import FlowError
from sharedesk.core.flow.model import SHARING_OUTCOMES, Flow, Node, NodeKind, Outcome
from sharedesk.core.flow.paths import FlowPath, flow_paths

NOT_SURE = "not_sure"


@dataclass(frozen=True)
class _PathRule:
    assertion: str
    breaks: Callable[[FlowPath], bool]
    message: str  # formatted with outcome and kind


_PATH_RULES = (
    _PathRule("child_at_risk", lambda p: p.outcome_kind == Outcome.DO_NOT_SHARE and not p.refer,
              "a path asserting child_at_risk ends in do_not_share ({outcome}) without "
              "refer: true"),
    _PathRule("immediate_danger", lambda p: p.outcome_kind not in SHARING_OUTCOMES,
              "a path asserting immediate_danger ends in {kind} ({outcome}), not in sharing"),
    _PathRule("only_part", lambda p: p.outcome_kind == Outcome.SHARE,
              "a path asserting only_part ends in share ({outcome}), sharing everything"),
)


def check_safety(flow: Flow, *, field_values: Mapping[str, Sequence[str]] | None = None,
                 paths: Sequence[FlowPath] | None = None) -> list[FlowError]:
    """Every safety problem in a loaded, validated flow (empty when it is safe)."""
    problems: list[FlowError] = []

    def add(node: Node, message: str) -> None:
        problems.append(FlowError(message, file=flow.file, line=node.line, node=node.id))

    for node in flow.nodes.values():
        _check_node(flow, node, add, field_values)
    _check_paths(flow, flow_paths(flow) if paths is None else paths, add)
    return problems


def _check_node(flow: Flow, node: Node, add: Callable[[Node, str], None],
                field_values: Mapping[str, Sequence[str]] | None) -> None:
    if not node.citations or not all(c.complete for c in node.citations):
        add(node, "no complete source: give source with document, section (or page) and date")
    if not node.verified_declared:
        add(node, "no verified flag: say verified: true (checked against the source) or false")
    if node.kind is not NodeKind.QUESTION:
        return
    not_sure = node.choice(NOT_SURE)
    if not_sure is None:
        add(node, "the question offers no not_sure choice (seek advice if unsure at any stage)")
    else:
        end = _straight_end(flow, not_sure.target)
        if end is not None and end.outcome == Outcome.DO_NOT_SHARE:
            add(node, f"not_sure leads straight to do-not-share outcome {end.id!r} "
                      "(send it to advice, or to the safer branch)")
    for choice in node.choices:
        for name, value in choice.sets:
            if field_values is None:
                continue
            allowed = field_values.get(name)
            if allowed is None:
                add(node, f"choice {choice.value!r} sets {name!r}, which has no fixed list of "
                          "values (only such fields can be set by an answer)")
            elif value not in allowed:
                add(node, f"choice {choice.value!r} sets {name!r} to {value!r} "
                          f"(expected one of {', '.join(allowed)})")


def _straight_end(flow: Flow, node_id: str) -> Node | None:
    """The outcome reached from ``node_id`` through actions/info only, or None."""
    node = flow.nodes[node_id]
    for _ in range(len(flow.nodes)):
        if node.kind is NodeKind.OUTCOME:
            return node
        if node.kind not in (NodeKind.ACTION, NodeKind.INFO) or node.next is None:
            return None
        node = flow.nodes[node.next]
    return None


def _check_paths(flow: Flow, paths: Sequence[FlowPath],
                 add: Callable[[Node, str], None]) -> None:
    found: dict[tuple[str, str, str | None], list[FlowPath]] = {}
    for rule in _PATH_RULES:
        for path in paths:
            if rule.assertion in path.asserts and rule.breaks(path):
                last = path.last_question()
                key = (rule.assertion, last.node if last else path.outcome,
                       last.answer if last else None)
                found.setdefault(key, []).append(path)
    for (assertion, node_id, answer), broken in found.items():
        rule = next(r for r in _PATH_RULES if r.assertion == assertion)
        first = min(broken, key=lambda p: len(p.steps))
        more = f" (and {len(broken) - 1} more)" if len(broken) > 1 else ""
        via = f" after {node_id}={answer}" if answer is not None else ""
        add(flow.nodes[node_id],
            rule.message.format(outcome=first.outcome, kind=first.outcome_kind) + via
            + f"; path: {first.describe()}{more}")
