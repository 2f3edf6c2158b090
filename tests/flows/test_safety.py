"""The safety rules of `sharedesk flows check` and the listing of `sharedesk flows paths --json`.

Each rule is shown catching a deliberately broken copy of a shipped flow (the YAML text edited in
tmp_path), and the shipped flows pass. The paths listing is checked against the engine: every
listed path is replayed through Session and must reach the same outcome by the same steps, and
the set of listed paths equals an independent exhaustive walk of the engine.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sharedesk.cli import main
from sharedesk.cli.flows import record_choices
from sharedesk.core.errors import FlowError
from sharedesk.core.flow import Flow, NodeKind, Session, list_flows, load_flow
from sharedesk.core.flow.model import ASSERTS
from sharedesk.core.flow.paths import flow_paths
from sharedesk.core.flow.safety import check_safety

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_properties import _all_paths  # the independent engine walk

REPO = Path(__file__).resolve().parents[2]
FLOWS = REPO / "resources" / "flows"
# Paths per shipped flow (one "not sure" detour at most per path; docs/flows.md). A change in
# content changes these: check the new routes with `flows paths` before updating them.
PATH_COUNTS = {"england-2018": 26, "england-2024": 3080, "scotland": 2628}


def _line(text: str, node_id: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line == f"  - id: {node_id}")


def _check(tmp_path: Path, flow_id: str, old: str, new: str,
           capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str, Path]:
    text = (FLOWS / f"{flow_id}.yaml").read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    broken = text.replace(old, new, 1)
    path = tmp_path / f"{flow_id}.yaml"
    path.write_text(broken, encoding="utf-8")
    code = main(["flows", "check", str(path)])
    return code, capsys.readouterr().out, broken, path


def test_shipped_flows_pass_every_safety_rule(capsys: pytest.CaptureFixture[str]) -> None:
    for flow in list_flows():
        assert check_safety(flow, field_values=record_choices()) == [], flow.id
    files = sorted(str(p) for p in FLOWS.glob("*.yaml"))
    assert main(["flows", "check", *files]) == 0
    assert capsys.readouterr().out.count(": ok, ") == 3


BROKEN = [
    pytest.param(
        "england-2024", "target: cp_refer}", "target: do_not_share}", "cp_recipient",
        "a path asserting child_at_risk ends in do_not_share (do_not_share) without refer: true "
        "after cp_recipient=no; path: purpose=yes > at_risk=yes > emergency=no > cp_engage=yes > "
        "cp_lawful_basis=yes > cp_identities=no > cp_recipient=no > do_not_share (and ",
        id="child at risk routed to a bare do-not-share"),
    pytest.param(
        "england-2024", "target: share_now, asserts", "target: cp_refer, asserts", "emergency",
        "a path asserting immediate_danger ends in do_not_share (cp_refer), not in sharing after "
        "emergency=yes; path: purpose=yes > at_risk=yes > emergency=yes > cp_refer",
        id="immediate danger not shared"),
    pytest.param(
        "scotland", "target: decision_part, asserts: [only_part]}",
        "target: decision, asserts: [only_part]}", "decision",
        "a path asserting only_part ends in share (share), sharing everything after decision=all; "
        "path: child_protection=no > purpose=yes > what_to_share > lawful_basis=yes > ",
        id="only part relevant but everything shared"),
    pytest.param(
        "england-2018", '      - {value: not_sure, label: "Not sure", target: advice}\n  - id: confidential',
        "  - id: confidential", "identifiable",
        "the question offers no not_sure choice", id="question without not sure"),
    pytest.param(
        "england-2018", '{value: not_sure, label: "Not sure", target: advice}',
        '{value: not_sure, label: "Not sure", target: do_not_share}', "purpose",
        "not_sure leads straight to do-not-share outcome 'do_not_share'",
        id="not sure straight to do not share"),
    pytest.param(
        "scotland", ', section: "introduction: practitioners supported by procedures and supervision"',
        "", "advice", "no complete source: give source with document, section (or page) and date",
        id="source without section"),
    pytest.param(
        "england-2018", "      - {document: \"Information sharing: advice for practitioners (HM "
        "Government)\", date: 2018-07, section: flowchart, page: \"12\"}\n    verified: false\n"
        "    choices:\n      - {value: \"yes\", label: \"Yes\", target: confidential}",
        "    verified: false\n    choices:\n      - {value: \"yes\", label: \"Yes\", target: "
        "confidential}", "identifiable",
        "no complete source", id="node without source"),
    pytest.param(
        "scotland", "    verified: true\n", "", "advice",
        "no verified flag: say verified: true (checked against the source) or false",
        id="node without verified flag"),
    pytest.param(
        "england-2018", "sets: {consent: given}", "sets: {consent: maybe}", "consent",
        "choice 'yes' sets 'consent' to 'maybe' (expected one of not_sought, given, refused, "
        "withdrawn)", id="sets a value the record does not allow"),
    pytest.param(
        "england-2018", "sets: {consent: given}", "sets: {reasons: given}", "consent",
        "choice 'yes' sets 'reasons', which has no fixed list of values",
        id="sets a free-text field"),
]


@pytest.mark.parametrize(("flow_id", "old", "new", "node", "message"), BROKEN)
def test_broken_copy_is_rejected_with_file_line_node_and_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], flow_id: str, old: str, new: str,
        node: str, message: str) -> None:
    code, out, broken, path = _check(tmp_path, flow_id, old, new, capsys)
    assert code == 1
    assert "1 of 1 flow file(s) invalid" in out
    expected = f"{path}:{_line(broken, node)}: {node}: {message}"
    assert any(line.startswith(expected) for line in out.splitlines()), out


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("asserts: [child_at_risk]}", "asserts: [child_in_danger]}",
     "at_risk: unknown assertion 'child_in_danger'"),
    ("sets: {informed: \"yes\"}}", "sets: {shoe_size: \"yes\"}}",
     "cp_engage: unknown record field 'shoe_size' in sets"),
    ("    refer: true\n    title: Shared in an emergency", "    refer: perhaps\n    title: Shared",
     "emergency_shared: 'refer' must be true or false"),
    ("    next: emergency_shared\n", "    next: emergency_shared\n    refer: true\n",
     "share_now: only outcome nodes have 'outcome', 'requires' or 'refer'"),
])
def test_loader_refuses_bad_asserts_sets_and_refer(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   old: str, new: str, expected: str) -> None:
    code, out, _, path = _check(tmp_path, "england-2024", old, new, capsys)
    assert code == 1
    assert f"{path}:" in out and expected in out, out


def _json_paths(flow_id: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["flows", "paths", flow_id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def _independent_asserts(flow: Flow, steps: list[dict[str, str]]) -> list[str]:
    found: set[str] = set()
    for step in steps:
        if "answer" in step:
            choice = flow.node(step["node"]).choice(step["answer"])
            assert choice is not None
            found.update(choice.asserts)
    return sorted(found)


@pytest.mark.parametrize("flow_id", sorted(PATH_COUNTS))
def test_paths_json_matches_the_engine_on_every_path(flow_id: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    flow = load_flow(FLOWS / f"{flow_id}.yaml")
    paths = _json_paths(flow_id, capsys)
    assert len(paths) == PATH_COUNTS[flow_id]
    listed = set()
    for item in paths:
        assert set(item) == {"steps", "outcome", "outcome_kind", "asserts", "refer"}
        steps = item["steps"]
        for step in steps:
            assert step["kind"] in {"question", "advice", "action", "outcome"}
            assert ("answer" in step) == (step["kind"] == "question")
            assert set(step) <= {"node", "kind", "answer"}
        answers: dict[str, list[str]] = {}
        for step in steps:
            if "answer" in step:
                answers.setdefault(step["node"], []).append(step["answer"])
        session, unused = Session.replay(flow, answers)
        assert unused == ()
        assert [s.node_id for s in session.path] == [s["node"] for s in steps]
        assert session.current.id == item["outcome"] == steps[-1]["node"]
        assert session.outcome == item["outcome_kind"]
        assert session.current.refer is item["refer"]
        assert item["asserts"] == _independent_asserts(flow, steps)
        assert set(item["asserts"]) <= set(ASSERTS)
        listed.add((tuple(f"{s['node']}={s['answer']}" for s in steps if "answer" in s),
                    item["outcome"]))
    assert len(listed) == len(paths)  # no path listed twice
    walked = {(tuple(trail), end) for trail, end in _all_paths(flow)}
    assert listed == walked
    assert {item["outcome"] for item in paths} == {n.id for n in flow.outcomes}


def test_paths_text_and_file_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows", "paths", str(FLOWS / "england-2018.yaml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"{PATH_COUNTS['england-2018']} paths"
    assert "do_not_share [no_lawful_basis]: purpose=yes > identifiable=yes > confidential=yes > " \
           "consent=no > lawful_basis=no > do_not_share" in out


def test_every_child_at_risk_path_shares_or_refers() -> None:
    # The rule stated directly on the shipped content, independent of the checker's grouping.
    for flow in list_flows():
        for trail, end in _all_paths(flow):
            node = flow.node(end)
            at_risk = any(c.value == a.split("=", 1)[1] and "child_at_risk" in c.asserts
                          for a in trail for c in flow.node(a.split("=", 1)[0]).choices)
            if at_risk:
                assert node.outcome in ("share", "share_part") or node.refer, (flow.id, trail)
            assert node.kind is NodeKind.OUTCOME


def test_a_flow_with_too_many_paths_is_refused_not_hung() -> None:
    flow = load_flow(FLOWS / "england-2024.yaml")
    with pytest.raises(FlowError, match="more than 1000 paths"):
        flow_paths(flow, limit=1000)
    assert len(flow_paths(flow, limit=PATH_COUNTS["england-2024"])) == PATH_COUNTS["england-2024"]
