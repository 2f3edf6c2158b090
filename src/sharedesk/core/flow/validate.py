"""Graph checks for a loaded flow. Reports every problem, each naming file, line and node."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sharedesk.core.errors import FlowError, FlowErrors
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import NodeKind

if TYPE_CHECKING:
    from sharedesk.core.flow.model import Flow, Node


def validate_flow(flow: Flow) -> None:
    """Raise FlowErrors listing every problem; return quietly if the flow is sound.

    Rules: every target exists; every node is reachable from start; the graph without
    advice-return edges is acyclic; every path ends at an outcome; choice values are unique;
    each kind carries exactly the fields it needs; required record fields are known names.
    """
    errors = _Problems(flow)
    if flow.start not in flow.nodes:
        errors.add(f"start node {flow.start!r} does not exist")
    for node in flow.nodes.values():
        _check_node(flow, node, errors)
    if not errors.items and flow.start in flow.nodes:
        _check_reachable(flow, errors)
        _check_acyclic(flow, errors)
    if errors.items:
        raise FlowErrors(errors.items)


class _Problems:
    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.items: list[FlowError] = []

    def add(self, message: str, node: Node | None = None) -> None:
        self.items.append(FlowError(message, file=self.flow.file,
                                    line=node.line if node else None,
                                    node=node.id if node else None))


_NODE_ID = re.compile(r"[a-z][a-z0-9_]*")


def _check_node(flow: Flow, node: Node, errors: _Problems) -> None:
    if not _NODE_ID.fullmatch(node.id):
        errors.add("node ids use lower-case letters, digits and _ (starting with a letter)", node)
    for target in node.targets():
        if target not in flow.nodes:
            errors.add(f"target {target!r} does not exist", node)
    for name in node.requires:
        if name not in RECORD_FIELDS:
            errors.add(f"unknown record field {name!r} in requires", node)
    if node.kind is NodeKind.QUESTION:
        values = [c.value for c in node.choices]
        if len(values) < 2:
            errors.add("a question needs at least two choices", node)
        for value in sorted({v for v in values if values.count(v) > 1}):
            errors.add(f"choice value {value!r} is used more than once", node)
        if node.next is not None:
            errors.add("a question moves on by its choices, not 'next'", node)
        advice_only = all(flow.nodes.get(c.target) is not None
                          and flow.nodes[c.target].kind is NodeKind.ADVICE for c in node.choices)
        if node.choices and advice_only:
            errors.add("every choice leads to advice, so the question can never be left", node)
    elif node.choices:
        errors.add(f"only questions have choices (this is {node.kind.value})", node)
    if node.kind in (NodeKind.ACTION, NodeKind.INFO) and node.next is None:
        errors.add(f"an {node.kind.value} node needs 'next'", node)
    if node.kind is NodeKind.ADVICE and node.next is not None:
        errors.add("an advice node returns to the question that led to it; remove 'next'", node)
    if node.kind is NodeKind.OUTCOME:
        if node.outcome is None:
            errors.add("an outcome node needs 'outcome'", node)
        if node.next is not None:
            errors.add("an outcome node ends the flow; remove 'next'", node)
        if "reasons" not in node.requires:
            errors.add("every outcome must require 'reasons' (shared or not)", node)
    elif node.outcome is not None or node.requires or node.refer:
        errors.add("only outcome nodes have 'outcome', 'requires' or 'refer'", node)


def _check_reachable(flow: Flow, errors: _Problems) -> None:
    seen = {flow.start}
    todo = [flow.start]
    while todo:
        for target in flow.nodes[todo.pop()].targets():
            if target not in seen:
                seen.add(target)
                todo.append(target)
    for node in flow.nodes.values():
        if node.id not in seen:
            errors.add("not reachable from the start node", node)
        elif node.kind is NodeKind.ADVICE and flow.start == node.id:
            errors.add("the start node cannot be advice", node)
    for node in flow.nodes.values():
        if node.kind is NodeKind.ADVICE:
            sources = [n for n in flow.nodes.values() if node.id in n.targets()]
            if any(s.kind is not NodeKind.QUESTION for s in sources):
                errors.add("advice can only be reached from a question (it returns there)", node)


def _check_acyclic(flow: Flow, errors: _Problems) -> None:
    # Iterative DFS with colours; a grey node seen again closes a cycle.
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(flow.nodes, white)
    for root in flow.nodes:
        if colour[root] != white:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        colour[root] = grey
        while stack:
            node_id, index = stack[-1]
            targets = flow.nodes[node_id].targets()
            if index == len(targets):
                colour[node_id] = black
                stack.pop()
                continue
            stack[-1] = (node_id, index + 1)
            target = targets[index]
            if colour[target] == grey:
                errors.add(f"cycle: {target!r} leads back to itself (only advice may return)",
                           flow.nodes[node_id])
            elif colour[target] == white:
                colour[target] = grey
                stack.append((target, 0))
