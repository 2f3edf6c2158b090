"""Loader and validator: every way a flow file can be wrong gives one line naming file:line: node."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharedesk.core.errors import DataFileError, FlowError, FlowErrors
from sharedesk.core.flow import NodeKind, load_flow, load_flow_text, validate_flow

GOOD = """\
schema: 1
id: demo
version: "1"
jurisdiction: Nowhere
title: Demo
source: {document: Demo guidance, date: 2020-01, page: "3"}
start: q1
side_notes:
  - {id: act_now, kind: urgent, title: Act now, text: Refer now.}
nodes:
  - id: q1
    kind: question
    title: First
    text: Is there a purpose?
    choices:
      - {value: "yes", label: "Yes", target: q2}
      - {value: "no", label: "No", target: stop}
      - {value: not_sure, label: "Not sure", target: advice}
  - id: advice
    kind: advice
    title: Seek advice
    text: Ask someone.
  - id: q2
    kind: question
    title: Second
    text: Share?
    choices:
      - {value: "yes", label: "Yes", target: how}
      - {value: "no", label: "No", target: stop}
  - id: how
    kind: action
    title: How
    text: Share securely.
    checklist: [Check the recipient.]
    next: go
  - id: go
    kind: outcome
    outcome: share
    title: Share
    text: Share it.
    requires: [reasons, recipient]
  - id: stop
    kind: outcome
    outcome: do_not_share
    title: Stop
    text: Do not share.
    requires: [reasons]
"""
LINE = {"q1": 11, "advice": 19, "q2": 23, "how": 30, "go": 36, "stop": 42}


def _errors(text: str) -> list[str]:
    with pytest.raises((FlowError, FlowErrors)) as info:
        load_flow_text(text, "demo.yaml")
    exc = info.value
    messages = [e.format() for e in exc.errors] if isinstance(exc, FlowErrors) else [exc.format()]
    assert "\n" not in str(exc)
    return messages


def test_good_flow_loads_with_lines_and_yes_no_as_text() -> None:
    flow = load_flow_text(GOOD, "demo.yaml")
    assert flow.node("q1").choices[0].value == "yes"  # not the YAML 1.1 boolean
    assert {n: flow.node(n).line for n in LINE} == LINE
    assert flow.node("advice").kind is NodeKind.ADVICE
    assert flow.source.cite() == "Demo guidance, 2020-01, p.3"
    assert len(flow.sha256) == 64 and flow.file == "demo.yaml"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("    kind: action\n", "    kind: checkbox\n",
     "demo.yaml:30: how: unknown node kind 'checkbox'"),
    ("target: q2}", "target: q9}", "demo.yaml:11: q1: target 'q9' does not exist"),
    ("    next: go\n", "    next: nowhere\n", "demo.yaml:30: how: target 'nowhere' does not exist"),
    ("  - id: how\n", "  - id: q2\n", "demo.yaml:30: q2: duplicate node id 'q2'"),
    ('{value: "no", label: "No", target: stop}\n  - id: how',
     '{value: "yes", label: "No", target: stop}\n  - id: how',
     "demo.yaml:23: q2: choice value 'yes' is used more than once"),
    ("    text: Share?\n", "", "demo.yaml:23: q2: missing required text 'text'"),
    ("    title: How\n", "    title: '  '\n", "demo.yaml:30: how: 'title' must not be empty"),
    ("requires: [reasons, recipient]", "requires: [reasons, shoe_size]",
     "demo.yaml:36: go: unknown record field 'shoe_size' in requires"),
    ("requires: [reasons]", "requires: [purpose]",
     "demo.yaml:42: stop: every outcome must require 'reasons'"),
    ("    outcome: share\n", "    outcome: maybe\n", "demo.yaml:36: go: unknown outcome 'maybe'"),
    ("    next: go\n", "", "demo.yaml:30: how: an action node needs 'next'"),
    ("    checklist: [Check the recipient.]\n", "    colour: red\n",
     "demo.yaml:30: how: unknown key 'colour' in node"),
    ("    text: Ask someone.\n", "    text: Ask someone.\n    verified: perhaps\n",
     "demo.yaml:19: advice: 'verified' must be true or false"),
])
def test_broken_node_names_file_line_and_node(old: str, new: str, expected: str) -> None:
    assert old in GOOD
    messages = _errors(GOOD.replace(old, new, 1))
    assert any(m.startswith(expected) for m in messages), messages


def test_unreachable_node() -> None:
    extra = GOOD + "  - id: orphan\n    kind: outcome\n    outcome: share\n    title: O\n    text: O.\n" \
                   "    requires: [reasons]\n"
    assert _errors(extra) == ["demo.yaml:48: orphan: not reachable from the start node"]


def test_cycle_is_refused_but_advice_return_is_not() -> None:
    cyclic = GOOD.replace("    next: go\n", "    next: q1\n")
    messages = _errors(cyclic)
    assert any(m.startswith("demo.yaml:30: how: cycle: 'q1' leads back to itself") for m in messages)
    load_flow_text(GOOD, "demo.yaml")  # q1 -> advice -> (return) q1 is allowed


def test_advice_only_from_questions_and_never_a_trap() -> None:
    trap = GOOD.replace('{value: "no", label: "No", target: stop}\n      - {value: not_sure',
                        '{value: "no", label: "No", target: advice}\n      - {value: not_sure')
    trap = trap.replace('{value: "yes", label: "Yes", target: q2}',
                        '{value: "yes", label: "Yes", target: advice}')
    messages = _errors(trap)
    assert any(m.startswith("demo.yaml:11: q1: every choice leads to advice") for m in messages)
    from_action = GOOD.replace("    next: go\n", "    next: advice\n")
    assert any("demo.yaml:19: advice: advice can only be reached from a question" in m
               for m in _errors(from_action))


@pytest.mark.parametrize(("text", "expected"), [
    ("id: demo\nnodes: [\n", "demo.yaml:3: malformed YAML"),
    ("id: demo\n  title: x\n", "demo.yaml:2: malformed YAML: mapping values are not allowed"),
    ("- a\n- list\n", "demo.yaml: a flow file must be a mapping"),
    (GOOD.replace("title: Demo\n", "title: Demo\ntitle: Again\n"), "demo.yaml:6: duplicate key 'title'"),
    (GOOD.replace("schema: 1", "schema: 7"), "demo.yaml:1: unsupported schema 7"),
    (GOOD.replace("start: q1\n", "start: q1\nextra: 1\n"), "demo.yaml:1: unknown key 'extra' in flow"),
    (GOOD.replace("start: q1", "start: nope"), "demo.yaml: start node 'nope' does not exist"),
    (GOOD.replace("source: {document: Demo guidance, date: 2020-01, page: \"3\"}\n", ""),
     "demo.yaml:1: 'source' must be a mapping"),
    ("!!python/object/apply:os.system ['true']\n", "demo.yaml:1: malformed YAML"),
])
def test_broken_file_names_file_and_line(text: str, expected: str) -> None:
    messages = _errors(text)
    assert messages[0].startswith(expected), messages


def test_every_problem_is_reported_at_once() -> None:
    text = GOOD.replace("target: q2}", "target: q9}").replace("requires: [reasons]", "requires: []")
    with pytest.raises(FlowErrors) as info:
        load_flow_text(text, "demo.yaml")
    assert len(info.value.errors) == 2
    assert isinstance(info.value.errors[0], DataFileError)


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(FlowError, match=r"missing\.yaml: cannot read flow file"):
        load_flow(tmp_path / "missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"id: caf\xe9\n")
    with pytest.raises(FlowError, match=r"latin1\.yaml: file is not UTF-8 text"):
        load_flow(bad)


def test_validate_false_loads_a_broken_graph_for_inspection() -> None:
    flow = load_flow_text(GOOD.replace("target: q2}", "target: q9}"), "demo.yaml", validate=False)
    with pytest.raises(FlowErrors, match="q9"):
        validate_flow(flow)


def test_versions_and_dates_stay_text() -> None:
    text = GOOD.replace('version: "1"', "version: 2018.10").replace("date: 2020-01,", "date: 2020-01-31,")
    flow = load_flow_text(text, "demo.yaml")
    assert flow.version == "2018.10" and flow.source.date == "2020-01-31"


def test_node_ids_must_be_simple_names() -> None:
    text = GOOD.replace("  - id: how\n", "  - id: How now\n").replace("target: how}", "target: How now}")
    assert _errors(text) == ["demo.yaml:30: How now: node ids use lower-case letters, digits and _ "
                             "(starting with a letter)"]


def test_asserts_sets_refer_and_cited_sources_reach_the_model() -> None:
    text = GOOD.replace(
        '{value: "no", label: "No", target: stop}\n      - {value: not_sure',
        '{value: "no", label: "No", target: stop, asserts: [no_lawful_basis, family_not_told],\n'
        '         sets: {informed: "no", consent: not_sought}}\n      - {value: not_sure', 1)
    text = text.replace("    requires: [reasons]\n", "    requires: [reasons]\n    refer: true\n")
    text = text.replace("    text: Is there a purpose?\n",
                        "    text: Is there a purpose?\n    verified: false\n    source:\n"
                        "      - {document: Demo guidance, section: para 1.2, date: 2020-01}\n"
                        "      - {document: Other, publisher: Someone, date: \"2021\", page: \"4\"}\n")
    flow = load_flow_text(text, "demo.yaml")
    q1 = flow.node("q1")
    no = q1.choice("no")
    assert no is not None and no.asserts == ("no_lawful_basis", "family_not_told")
    assert no.sets == (("informed", "no"), ("consent", "not_sought"))
    assert no.settings == {"informed": "no", "consent": "not_sought"}
    assert flow.node("stop").refer and not flow.node("go").refer
    assert q1.source == "Demo guidance, 2020-01, para 1.2; Other, Someone, 2021, p.4"
    assert all(c.complete for c in q1.citations)
    assert q1.verified_declared and not q1.verified
    assert not flow.node("q2").verified_declared and flow.node("q2").verified  # default
    assert flow.node("q2").source == "" and flow.node("q2").citations == ()
