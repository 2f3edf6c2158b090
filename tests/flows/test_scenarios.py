"""Scenario tables (tests/flows/scenarios/*.yaml): for every shipped flow, answers -> outcome.

The tables are data, so they double as worked examples of each flow. Besides replaying each
row, the tests check the tables are complete: every choice of every question and every outcome
node of a shipped flow is exercised by at least one row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sharedesk.core.flow import Flow, NodeKind, Session, list_flows, load_flow_by_id

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def _tables() -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for path in sorted(SCENARIOS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["flow"] == path.stem, path
        tables[data["flow"]] = data["scenarios"]
    return tables


TABLES = _tables()
ROWS = [(flow_id, row) for flow_id, rows in TABLES.items() for row in rows]


@pytest.fixture(scope="module")
def flows() -> dict[str, Flow]:
    return {flow.id: flow for flow in list_flows()}


def test_every_shipped_flow_has_a_scenario_table(flows: dict[str, Flow]) -> None:
    assert set(flows) == set(TABLES)
    assert {"england-2018", "england-2024", "scotland"} <= set(flows)


@pytest.mark.parametrize(("flow_id", "row"), ROWS, ids=[f"{f}: {r['name']}" for f, r in ROWS])
def test_scenario(flow_id: str, row: dict[str, Any]) -> None:
    flow = load_flow_by_id(flow_id)
    for value in row["answers"].values():
        assert isinstance(value, str | list), "quote yes/no in scenario files"
    session, unused = Session.replay(flow, row["answers"])
    assert session.outcome == row["outcome"]
    assert [step.node_id for step in session.path] == row["path"]
    assert unused == ()
    assert "reasons" in session.required_fields


def _edges(flow: Flow, rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    used: set[tuple[str, str]] = set()
    for row in rows:
        session, _ = Session.replay(flow, row["answers"])
        used.update((s.node_id, s.answer) for s in session.path if s.answer is not None)
    return used


@pytest.mark.parametrize("flow_id", sorted(TABLES))
def test_table_covers_every_choice_and_outcome(flows: dict[str, Flow], flow_id: str) -> None:
    flow, rows = flows[flow_id], TABLES[flow_id]
    wanted = {(n.id, c.value) for n in flow.nodes.values() for c in n.choices}
    missing = sorted(wanted - _edges(flow, rows))
    assert missing == [], f"no scenario takes these choices: {missing}"
    ends = {row["path"][-1] for row in rows}
    assert ends == {n.id for n in flow.outcomes}


@pytest.mark.parametrize("flow_id", ["scotland", "england-2024"])
def test_guided_flows_end_in_all_three_outcomes(flows: dict[str, Flow], flow_id: str) -> None:
    assert {n.outcome for n in flows[flow_id].outcomes} == {"share", "share_part", "do_not_share"}


def test_every_shipped_node_explains_itself(flows: dict[str, Flow]) -> None:
    for flow in flows.values():
        assert flow.source.document and flow.source.date, flow.id
        assert {n.id for n in flow.side_notes} >= {"act_now", "seek_advice"}, flow.id
        for node in flow.nodes.values():
            assert node.title and node.text and node.help and node.source, f"{flow.id}:{node.id}"


def test_england_2024_is_marked_as_based_on_2024_and_unverified(flows: dict[str, Flow]) -> None:
    flow = flows["england-2024"]
    assert "2024" in flow.title and flow.source.date.startswith("2024")
    assert not flow.verified
    assert len(flow.unverified_nodes) == len(flow.nodes)


def test_england_2018_says_it_is_superseded_on_its_start_screen(flows: dict[str, Flow]) -> None:
    flow = flows["england-2018"]
    start = flow.node(flow.start)
    assert "superseded" in start.footnote and "2024" in start.footnote
    assert "superseded" in flow.title
    # The flowchart image is missing from the only copy: every box's wording is unverified.
    assert {n.id for n in flow.unverified_nodes} >= {"purpose", "identifiable", "confidential",
                                                    "consent", "lawful_basis", "share"}


def test_every_shipped_node_cites_document_section_and_date(flows: dict[str, Flow]) -> None:
    for flow in flows.values():
        for node in flow.nodes.values():
            assert node.citations and all(c.complete for c in node.citations), node.id
            assert node.verified_declared, f"{flow.id}:{node.id}"
            assert node.source == "; ".join(c.cite() for c in node.citations)


def test_scotland_asks_about_child_protection_first(flows: dict[str, Flow]) -> None:
    flow = flows["scotland"]
    first = flow.node(flow.start)
    assert first.kind is NodeKind.QUESTION and "child protection" in first.text
    urgent = [n for n in flow.side_notes if n.kind == "urgent"]
    assert urgent and "consent" in urgent[0].text
    assert "significant harm" not in urgent[0].text.split("you do not need to decide")[0]
    session, _ = Session.replay(flow, {"child_protection": "yes", "emergency": "no",
                                       "cp_special": "no"})
    assert session.outcome == "share" and session.current.refer
    assert {"lawful_basis", "urgency", "recipient", "views"} <= set(session.required_fields)
    session, _ = Session.replay(flow, {"child_protection": "yes", "emergency": "no",
                                       "cp_special": "yes"})
    assert "special_category_condition" in session.required_fields
    share_part = flow.node("share_part")
    assert "what_withheld" in share_part.requires
    assert "special_category_condition" in flow.node("share_special").requires
