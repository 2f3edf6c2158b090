"""Properties of every shipped flow, checked on random walks (hypothesis) and exhaustively.

A walk may seek advice at most once per question (advice returns to the question, so an
unbounded run of "not sure" is the only way round a loop); with that rule every path must end at
an outcome within 3 x (number of nodes) steps, and back() followed by the same answer must give
back exactly the same path. The exhaustive walk takes at most one detour per path, as
`flows paths` does (core/flow/paths.py explains why that loses nothing).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sharedesk.core.flow import Flow, NodeKind, Session, list_flows

FLOWS = {flow.id: flow for flow in list_flows()}


def _choices(flow: Flow, session: Session, advised: set[str]) -> list[str]:
    node = session.current
    return [c.value for c in node.choices
            if not (flow.node(c.target).kind is NodeKind.ADVICE and node.id in advised)]


def _bound(flow: Flow) -> int:
    return 3 * len(flow.nodes)


@settings(max_examples=150, deadline=None)
@given(flow_id=st.sampled_from(sorted(FLOWS)), data=st.data())
def test_random_walk_ends_at_an_outcome_and_back_restores(flow_id: str, data: st.DataObject) -> None:
    flow = FLOWS[flow_id]
    session = Session(flow)
    advised: set[str] = set()
    for _ in range(_bound(flow)):
        if session.finished:
            break
        node = session.current
        if node.kind is NodeKind.QUESTION:
            value: str | None = data.draw(st.sampled_from(_choices(flow, session, advised)))
            assert value is not None
            if flow.node(node.choice(value).target).kind is NodeKind.ADVICE:  # type: ignore[union-attr]
                advised.add(node.id)
        else:
            value = None
        session.answer(value)
        if data.draw(st.booleans(), label="step back and answer again"):
            before = session.path, session.current.id
            step = session.back()
            assert session.current.id == step.node_id
            assert session.answer(step.answer) == ()
            assert (session.path, session.current.id) == before
    assert session.finished, f"{flow_id}: no outcome within {_bound(flow)} steps"
    assert session.outcome in {"share", "share_part", "do_not_share"}
    assert "reasons" in session.required_fields
    replayed, unused = Session.replay(flow, _answer_lists(session))
    assert replayed.path == session.path and unused == ()


@settings(max_examples=60, deadline=None)
@given(flow_id=st.sampled_from(sorted(FLOWS)), data=st.data())
def test_going_back_any_distance_then_forward_restores_the_path(flow_id: str,
                                                                 data: st.DataObject) -> None:
    flow = FLOWS[flow_id]
    session = Session(flow)
    advised: set[str] = set()
    while not session.finished:
        node = session.current
        value = (data.draw(st.sampled_from(_choices(flow, session, advised)))
                 if node.kind is NodeKind.QUESTION else None)
        if value is not None and flow.node(node.choice(value).target).kind is NodeKind.ADVICE:  # type: ignore[union-attr]
            advised.add(node.id)
        session.answer(value)
    full = session.path
    steps = data.draw(st.integers(min_value=1, max_value=len(full) - 1))
    for _ in range(steps):
        session.back()
    assert len(session.path) == len(full) - 1 - steps
    while session.can_go_forward:
        session.forward()
    assert session.path == full and session.finished


def _answer_lists(session: Session) -> dict[str, list[str]]:
    answers: dict[str, list[str]] = {}
    for step in session.path:
        if step.answer is not None:
            answers.setdefault(step.node_id, []).append(step.answer)
    return answers


def _all_paths(flow: Flow) -> Iterator[tuple[list[str], str]]:
    """Every path with at most one advice detour (the rule of core/flow/paths.py, walked here
    independently through the engine): (answers in order, end node)."""
    def walk(session: Session, detoured: bool, trail: list[str]) -> Iterator[tuple[list[str], str]]:
        if session.finished:
            yield trail, session.current.id
            return
        node = session.current
        if node.kind is not NodeKind.QUESTION:
            session.answer(None)
            yield from walk(session, detoured, trail)
            session.back()
            return
        advised = {node.id} if detoured else set()  # one detour per path
        for value in _choices(flow, session, advised):
            to_advice = flow.node(node.choice(value).target).kind is NodeKind.ADVICE  # type: ignore[union-attr]
            session.answer(value)
            yield from walk(session, detoured or to_advice, [*trail, f"{node.id}={value}"])
            session.back()
    yield from walk(Session(flow), False, [])


@pytest.mark.parametrize("flow_id", sorted(FLOWS))
def test_every_path_ends_at_an_outcome(flow_id: str) -> None:
    flow = FLOWS[flow_id]
    paths = list(_all_paths(flow))
    ends = {end for _, end in paths}
    assert ends == {n.id for n in flow.outcomes}
    assert all(len(trail) <= _bound(flow) for trail, _ in paths)
    assert len(paths) == len({tuple(t) for t, _ in paths})  # answers determine the path


def test_england_2018_every_path_gives_the_flowchart_outcome() -> None:
    # The flowchart read independently of the YAML: the outcome follows from the last answer.
    expected_by_last = {"purpose=no": "do_not_share", "identifiable=no": "share",
                        "confidential=no": "share", "consent=yes": "share",
                        "lawful_basis=yes": "share", "lawful_basis=no": "do_not_share"}
    paths = list(_all_paths(FLOWS["england-2018"]))
    # Six routes through the chart; each also with one "not sure" detour at any question on it.
    assert len(paths) == 2 + 3 + 4 + 5 + 6 + 6
    for trail, end in paths:
        assert end == expected_by_last[trail[-1]], trail
