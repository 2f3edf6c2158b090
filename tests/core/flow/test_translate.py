"""Flow translation overlays: Welsh text in, structure untouched; gaps fall back to English;
an overlay naming an id the flow lacks is refused in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sharedesk.core import paths
from sharedesk.core.errors import FlowError
from sharedesk.core.flow import Session, load_flow_by_id, load_flow_text
from sharedesk.core.flow.model import Flow
from sharedesk.core.flow.translate import missing_text, review_of, translate_flow

FLOW = """\
schema: 1
id: demo
version: "1.0"
jurisdiction: England
title: Demo flow
description: A demo.
source: {document: Demo advice, date: 2024-05, section: all}
start: q1
side_notes:
  - {id: act_now, kind: urgent, title: Act now, text: Call the police.}
nodes:
  - id: q1
    kind: question
    title: Purpose
    text: Is there a purpose?
    help: Say why.
    choices:
      - {value: "yes", label: "Yes", target: share}
      - {value: "no", label: "No", target: stop, hint: Not today}
  - id: share
    kind: outcome
    outcome: share
    title: Share
    text: Share it.
    checklist: [Share securely., Record it.]
    requires: [reasons]
  - id: stop
    kind: outcome
    outcome: do_not_share
    title: Do not share
    text: Do not share it.
    requires: [reasons]
"""

OVERLAY = """\
schema: 1
flow: demo
version: "1.0"
language: cy
review: {status: machine, reviewed_by: null}
title: Llif enghreifftiol
side_notes:
  act_now: {title: Gweithredwch nawr}
nodes:
  q1:
    title: Diben
    text: A oes diben?
    choices:
      "yes": {label: Oes}
      "no": {label: Nac oes}
  share:
    checklist: [Rhannwch yn ddiogel., Cofnodwch hyn.]
"""


def write(tmp_path: Path, overlay: str) -> Path:
    (tmp_path / "cy").mkdir(parents=True, exist_ok=True)
    (tmp_path / "cy" / "demo.yaml").write_text(overlay, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def flow() -> Flow:
    return load_flow_text(FLOW, "demo.yaml")


def test_overlay_translates_what_is_shown_and_keeps_the_rest(tmp_path: Path, flow: Flow) -> None:
    cy = translate_flow(flow, "cy", write(tmp_path, OVERLAY))
    assert cy.title == "Llif enghreifftiol"
    assert cy.description == "A demo."  # not in the overlay: English
    q1 = cy.node("q1")
    assert (q1.title, q1.text, q1.help) == ("Diben", "A oes diben?", "Say why.")
    assert [c.label for c in q1.choices] == ["Oes", "Nac oes"]
    assert q1.choices[1].hint == "Not today"
    assert cy.node("share").checklist == ("Rhannwch yn ddiogel.", "Cofnodwch hyn.")
    assert cy.side_notes[0].title == "Gweithredwch nawr"
    assert cy.side_notes[0].text == "Call the police."
    assert (cy.id, cy.version, cy.sha256, cy.start, cy.file) == (
        flow.id, flow.version, flow.sha256, flow.start, flow.file)
    assert [(c.value, c.target) for c in q1.choices] == [("yes", "share"), ("no", "stop")]
    assert sorted(missing_text(flow, cy)) == sorted([
        "flow.description", "note:act_now.text", "node:q1.help", "choice:q1/no.hint",
        "node:share.title", "node:share.text", "node:stop.title", "node:stop.text"])


def test_a_welsh_session_makes_the_same_path(tmp_path: Path, flow: Flow) -> None:
    cy = translate_flow(flow, "cy", write(tmp_path, OVERLAY))
    english, welsh = Session(flow), Session(cy)
    for session in (english, welsh):
        session.answer("no")
    assert english.path == welsh.path
    assert english.outcome == welsh.outcome == "do_not_share"


def test_english_and_missing_overlays_return_the_flow_itself(tmp_path: Path, flow: Flow) -> None:
    assert translate_flow(flow, "en", write(tmp_path, OVERLAY)) is flow
    assert translate_flow(flow, "fr", tmp_path) is flow
    assert translate_flow(flow, "../cy", tmp_path) is flow  # not a language code: no path games


@pytest.mark.parametrize(("change", "message"), [
    (("  q1:\n", "  q9:\n"), "unknown node id 'q9' in nodes"),
    (('"no": {label: Nac oes}', "maybe: {label: Efallai}"), "unknown choice id 'maybe'"),
    (("  act_now:", "  call_now:"), "unknown side note id 'call_now'"),
    (('version: "1.0"', 'version: "0.9"'), "made for version '0.9' of demo"),
    (("language: cy", "language: fr"), "language 'fr', expected 'cy'"),
    (("flow: demo", "flow: other"), "translation is for flow 'other'"),
    (("Cofnodwch hyn.]", "Cofnodwch hyn., Un arall.]"), "checklist has 3 items, the flow has 2"),
    (("    title: Diben\n", "    target: stop\n"), "unknown key 'target' in node"),
    (("{status: machine, reviewed_by: null}", "{status: reviewed}"), "names who reviewed it"),
    (("{label: Oes}", "{label: Oes, target: stop}"), "unknown key 'target' in choice"),
])
def test_bad_overlays_are_refused_in_one_line(tmp_path: Path, flow: Flow,
                                              change: tuple[str, str], message: str) -> None:
    bad = OVERLAY.replace(*change)
    assert bad != OVERLAY
    with pytest.raises(FlowError) as caught:
        translate_flow(flow, "cy", write(tmp_path, bad))
    text = str(caught.value)
    assert message in text
    assert "\n" not in text
    assert str(tmp_path / "cy" / "demo.yaml") in text


def test_shipped_flows_load_in_welsh_with_their_structure() -> None:
    for flow_id in ("england-2018", "england-2024", "scotland"):
        flow = load_flow_by_id(flow_id)
        cy = translate_flow(flow, "cy")
        assert list(cy.nodes) == list(flow.nodes)
        for node_id, node in flow.nodes.items():
            welsh = cy.nodes[node_id]
            assert welsh.targets() == node.targets()
            assert [(c.value, c.asserts, c.sets) for c in welsh.choices] == [
                (c.value, c.asserts, c.sets) for c in node.choices]
            assert (welsh.kind, welsh.outcome, welsh.requires, welsh.refer, welsh.citations,
                    len(welsh.checklist)) == (node.kind, node.outcome, node.requires, node.refer,
                                              node.citations, len(node.checklist))
        assert [n.id for n in cy.side_notes] == [n.id for n in flow.side_notes]
        assert (cy.id, cy.version, cy.sha256, cy.source) == (
            flow.id, flow.version, flow.sha256, flow.source)


SHIPPED = ("england-2018", "england-2024", "scotland")


@pytest.mark.parametrize("flow_id", SHIPPED)
def test_every_text_of_every_shipped_flow_has_welsh(flow_id: str) -> None:
    flow = load_flow_by_id(flow_id)
    assert missing_text(flow, translate_flow(flow, "cy")) == []


def test_missing_text_names_what_an_overlay_leaves_out(tmp_path: Path, flow: Flow) -> None:
    # The check above fails when an entry goes missing: drop one label and see it named.
    cy = translate_flow(flow, "cy", write(tmp_path, OVERLAY.replace('      "no": {label: Nac oes}\n', "")))
    assert "choice:q1/no.label" in missing_text(flow, cy)


@pytest.mark.parametrize("flow_id", SHIPPED)
def test_shipped_welsh_overlays_are_marked_for_review(flow_id: str) -> None:
    review = review_of(paths.flows_dir() / "cy" / f"{flow_id}.yaml")
    assert review.status in ("machine", "reviewed")
    if review.status == "machine":
        assert review.reviewed_by is None


def test_overlay_title_is_read_from_its_line(tmp_path: Path, flow: Flow) -> None:
    from sharedesk.core.flow.translate import overlay_title

    write(tmp_path, OVERLAY)
    assert overlay_title("demo", "cy", tmp_path) == "Llif enghreifftiol"
    assert overlay_title("demo", "en", tmp_path) is None
    assert overlay_title("other", "cy", tmp_path) is None
    write(tmp_path, OVERLAY.replace("title: Llif enghreifftiol", 'title: "Llif: dyfynnwyd"'))
    assert overlay_title("demo", "cy", tmp_path) is None  # quoted: left to the full parser
    for flow_id in SHIPPED:
        assert overlay_title(flow_id, "cy") == translate_flow(load_flow_by_id(flow_id), "cy").title


def _scenario_rows() -> list[tuple[str, dict[str, object]]]:
    import yaml

    folder = Path(__file__).resolve().parents[2] / "flows" / "scenarios"
    rows = []
    for flow_id in SHIPPED:
        data = yaml.safe_load((folder / f"{flow_id}.yaml").read_text(encoding="utf-8"))
        rows += [(flow_id, row) for row in data["scenarios"]]
    return rows


@pytest.mark.parametrize(("flow_id", "row"), _scenario_rows(),
                         ids=[f"{f}: {r['name']}" for f, r in _scenario_rows()])
def test_every_scenario_walks_the_same_in_welsh(flow_id: str, row: dict[str, object]) -> None:
    from sharedesk.core.records.path_fields import path_facts

    english = load_flow_by_id(flow_id)
    welsh = translate_flow(english, "cy")
    answers = row["answers"]
    assert isinstance(answers, dict)
    made = [Session.replay(flow, answers) for flow in (english, welsh)]
    (en, en_unused), (cy, cy_unused) = made
    assert cy.path == en.path and cy_unused == en_unused
    assert (cy.outcome, cy.required_fields) == (en.outcome, en.required_fields)
    assert path_facts(welsh, cy.path) == path_facts(english, en.path)


@pytest.mark.parametrize("flow_id", SHIPPED)
def test_welsh_flows_pass_the_safety_proof(flow_id: str) -> None:
    from sharedesk.core.flow.safety import check_safety

    assert check_safety(translate_flow(load_flow_by_id(flow_id), "cy")) == []


def _shipped_overlay(flow_id: str) -> dict[str, object]:
    from sharedesk.core.flow.yamldoc import parse_yaml

    path = paths.flows_dir() / "cy" / f"{flow_id}.yaml"
    doc = parse_yaml(path.read_bytes(), str(path), FlowError)

    def plain(value: object) -> object:  # LineDict -> dict, for yaml.safe_dump
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return [plain(v) for v in value] if isinstance(value, list) else value

    result = plain(doc)
    assert isinstance(result, dict)
    return result


WELSH_2024: dict[str, object] = {}  # the English flow, the full overlay and its Welsh flow, once


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_any_part_of_an_overlay_gives_welsh_there_and_english_elsewhere(tmp_path_factory: Any,
                                                                      data: Any) -> None:
    import yaml

    if not WELSH_2024:
        flow = load_flow_by_id("england-2024")
        WELSH_2024.update(english=flow, full=_shipped_overlay("england-2024"),
                          welsh=translate_flow(flow, "cy"))
    english, full, full_welsh = WELSH_2024["english"], WELSH_2024["full"], WELSH_2024["welsh"]
    assert isinstance(english, Flow) and isinstance(full, dict) and isinstance(full_welsh, Flow)
    nodes = full["nodes"]
    assert isinstance(nodes, dict)
    kept = data.draw(st.sets(st.sampled_from(sorted(nodes))))
    fields = data.draw(st.sets(st.sampled_from(["title", "text", "help", "checklist", "choices"]),
                               min_size=1))
    part = {k: v for k, v in full.items() if k not in ("nodes", "side_notes", "title")}
    part["nodes"] = {n: {f: v for f, v in nodes[n].items() if f in fields} for n in kept}
    folder = tmp_path_factory.mktemp("overlay")
    (folder / "cy").mkdir()
    (folder / "cy" / "england-2024.yaml").write_text(
        yaml.safe_dump(part, allow_unicode=True), encoding="utf-8")
    welsh = translate_flow(english, "cy", folder)
    assert welsh.title == english.title and welsh.side_notes == english.side_notes
    for node_id, node in english.nodes.items():
        got, cy = welsh.nodes[node_id], full_welsh.nodes[node_id]
        for field in ("title", "text", "help", "checklist"):
            want = cy if node_id in kept and field in fields else node
            assert getattr(got, field) == getattr(want, field)
        want_choices = cy if node_id in kept and "choices" in fields else node
        assert [c.label for c in got.choices] == [c.label for c in want_choices.choices]
        assert got.targets() == node.targets()


def test_screens_get_english_when_an_overlay_is_refused(tmp_path: Path, flow: Flow,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    from sharedesk.core.flow.translate import shown_flow

    monkeypatch.setenv("SHAREDESK_RESOURCES", str(tmp_path))
    write(tmp_path / "flows", OVERLAY)
    assert shown_flow(flow, "cy").title == "Llif enghreifftiol"
    write(tmp_path / "flows", OVERLAY.replace("  q1:\n", "  q9:\n"))
    with caplog.at_level("WARNING", logger="sharedesk"):
        assert shown_flow(flow, "cy") is flow
    assert "flow.translation_refused" in caplog.text and "flow_id=demo" in caplog.text
    assert "q9" not in caplog.text  # the event names the flow, not the overlay's content


def test_a_translation_is_kept_until_its_overlay_changes(tmp_path: Path, flow: Flow) -> None:
    first = translate_flow(flow, "cy", write(tmp_path, OVERLAY))
    assert translate_flow(flow, "cy", tmp_path) is first  # no second parse for the next decision
    write(tmp_path, OVERLAY.replace("Diben", "Nodau"))  # same size: only the text tells
    again = translate_flow(flow, "cy", tmp_path)
    assert again is not first and again.node("q1").title == "Nodau"
