"""`sharedesk flows list|check|show|walk|paths|questionnaire`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sharedesk.cli.stdio import confirm, input_name, is_stdio, read_input
from sharedesk.core.errors import FlowError, FlowErrors, SharedeskError, UsageError
from sharedesk.core.flow import Flow, Session, catalog, load_flow
from sharedesk.core.flow.paths import flow_paths
from sharedesk.core.flow.render import to_dot, to_mermaid
from sharedesk.core.flow.safety import check_safety
from sharedesk.core.plaindata import parse_json
from sharedesk.core.records.path_fields import CONSENT_FIELDS, path_facts
from sharedesk.core.records.validation import CHOICES


def register(sub: Any) -> None:
    flows = sub.add_parser("flows", help="list, check, show and dry-run the decision flows")
    fsub = flows.add_subparsers(dest="flows_command", metavar="ACTION", required=True)

    p = fsub.add_parser("list", help="id, version, jurisdiction and title of each shipped flow")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_list)

    p = fsub.add_parser("check", help="validate flow files and prove the safety rules on every "
                                      "path; exit non-zero with file:line: node")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_check)

    p = fsub.add_parser("show", help="print a flow's graph")
    p.add_argument("flow_id", metavar="ID")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.set_defaults(func=_show)

    p = fsub.add_parser("walk", help="dry-run a flow from a JSON answers file")
    p.add_argument("flow_id", metavar="ID")
    p.add_argument("--answers", required=True, metavar="FILE",
                   help='JSON: {"flow": ID, "answers": {"<node id>": "<choice value>"}}; give a '
                        'list of values for a question asked again after advice; - for stdin')
    p.add_argument("--json", action="store_true", help="print JSON with outcome and path")
    p.set_defaults(func=_walk)

    p = fsub.add_parser("paths", help="every route from the start to an outcome")
    p.add_argument("flow", metavar="FLOW", help="a shipped flow id, or a flow file")
    p.add_argument("--json", action="store_true", help="print a JSON list of paths")
    p.set_defaults(func=_paths)

    p = fsub.add_parser("questionnaire", help="the flow as a FHIR R4 Questionnaire (docs/fhir.md), "
                                              "the one its QuestionnaireResponses refer to")
    p.add_argument("flow", metavar="FLOW", help="a shipped flow id, or a flow file")
    p.add_argument("--out", metavar="PATH", help="write it to PATH (atomically); - or none: stdout")
    p.set_defaults(func=_questionnaire)


def _list(args: argparse.Namespace) -> int:
    flows = catalog().flows()
    if args.json:
        print(json.dumps([{"id": f.id, "version": f.version, "jurisdiction": f.jurisdiction,
                           "title": f.title, "unverified_nodes": len(f.unverified_nodes)}
                          for f in flows], indent=2))
        return 0
    for f in flows:
        note = f" [{len(f.unverified_nodes)} unverified]" if f.unverified_nodes else ""
        print(f"{f.id:<14} {f.version:<8} {f.jurisdiction:<9} {f.title}{note}")
    return 0


def _check(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            flow = load_flow(name)
        except FlowErrors as exc:
            failed += 1
            for err in exc.errors:
                print(err.format())
        except FlowError as exc:
            failed += 1
            print(exc.format())
        else:
            problems = check_safety(flow, field_values=record_choices())
            if problems:
                failed += 1
                for err in problems:
                    print(err.format())
                continue
            if Path(name).stem != flow.id:
                print(f"sharedesk: warning: {name}: id {flow.id!r} differs from the file name, "
                      f"so `flows show/walk {flow.id}` will not find it", file=sys.stderr)
            note = f" ({len(flow.unverified_nodes)} unverified)" if flow.unverified_nodes else ""
            print(f"{name}: ok, {flow.id} {flow.version}, {len(flow.nodes)} nodes{note}")
    if failed:
        print(f"{failed} of {len(args.files)} flow file(s) invalid")
        return 1
    return 0


def record_choices() -> dict[str, tuple[str, ...]]:
    """The record fields with a fixed list of values, and those values (for ``sets``)."""
    return {name: tuple(value for value, _ in values) for name, values in CHOICES.items()}


def _flow_arg(text: str) -> Flow:
    if text.endswith((".yaml", ".yml")) or "/" in text:
        return load_flow(text)
    return catalog().flow(text)


def _paths(args: argparse.Namespace) -> int:
    flow = _flow_arg(args.flow)
    paths = flow_paths(flow)
    if args.json:
        print(json.dumps([p.to_dict() for p in paths]))
        return 0
    for path in paths:
        refer = ", refer" if path.refer else ""
        asserts = f" [{', '.join(path.asserts)}]" if path.asserts else ""
        print(f"{path.outcome_kind}{refer}{asserts}: {path.describe()}")
    print(f"{len(paths)} paths")
    return 0


def _questionnaire(args: argparse.Namespace) -> int:
    from sharedesk.core.export.fhir_codes import questionnaire_canonical
    from sharedesk.core.export.fhir_questionnaire import questionnaire
    from sharedesk.core.fsutil import write_atomic

    flow = _flow_arg(args.flow)
    data = json.dumps(questionnaire(flow), indent=2, ensure_ascii=False) + "\n"
    if not args.out or is_stdio(args.out):
        sys.stdout.write(data)
        return 0
    write_atomic(args.out, data.encode("utf-8"), mode=0o644)
    confirm(f"wrote {questionnaire_canonical(flow.id, flow.version)} to {args.out}")
    return 0


def _show(args: argparse.Namespace) -> int:
    flow = catalog().flow(args.flow_id)
    print(to_mermaid(flow) if args.format == "mermaid" else to_dot(flow), end="")
    return 0


MAX_ANSWERS_BYTES = 1024 * 1024  # a decision file is a few kB; the record fields' own limits are smaller


def read_answers_file(path: str) -> dict[str, Any]:
    """Read a JSON answers/decision file (``-``: standard input), with one-line errors for every
    way it can be wrong."""
    raw = read_input(path, MAX_ANSWERS_BYTES)  # bounded: --answers /dev/zero must not fill memory
    path = input_name(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise UsageError(f"{path}: too large for a decision file (over {MAX_ANSWERS_BYTES} bytes)")
    data = parse_json(text, path, UsageError)  # also refuses deep nesting, lone surrogates
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise UsageError(f'{path}: expected an object with "answers": {{node id: value}}')
    for key, value in data["answers"].items():
        ok = isinstance(value, str) or (isinstance(value, list) and value
                                         and all(isinstance(v, str) for v in value))
        if not ok:
            raise UsageError(f"{path}: answer for {key!r} must be a text or a list of texts")
    return data


def _walk(args: argparse.Namespace) -> int:
    data = read_answers_file(args.answers)
    if "flow" in data and data["flow"] != args.flow_id:
        raise UsageError(f"{input_name(args.answers)} is for flow {data['flow']!r}, "
                         f"not {args.flow_id!r}")
    flow = catalog().flow(args.flow_id)
    try:
        session, unused = Session.replay(flow, data["answers"])
    except SharedeskError as exc:
        raise UsageError(f"{input_name(args.answers)}: {exc}") from None
    path = [step.to_dict() for step in session.path]
    facts = path_facts(flow, session.path)
    settled = {name: found.value for name, found in facts.settled.items()}
    # consent only where the path asks about it; settled fields are filled by `decide`
    requires = [f for f in session.required_fields if f not in settled
                and (facts.consent_relevant or f not in CONSENT_FIELDS)]
    if args.json:
        print(json.dumps({"flow": flow.id, "version": flow.version, "outcome": session.outcome,
                          "end": session.current.id, "path": path, "requires": requires,
                          "settled": settled, "unused": list(unused)}, indent=2))
    else:
        print(f"outcome: {session.outcome}")
        print("path:")
        for step in session.path:
            node = flow.node(step.node_id)
            answer = f" -> {step.answer}" if step.answer else ""
            print(f"  {step.node_id}{answer}   ({node.title})")
        print(f"record must include: {', '.join(requires)}")
        if settled:
            print("settled by the answers: "
                  + ", ".join(f"{name} = {value}" for name, value in settled.items()))
    for node_id in unused:
        why = "not on the path" if node_id in flow.nodes else f"no such question in {flow.id}"
        print(f"sharedesk: warning: answer for {node_id!r} was not used ({why})", file=sys.stderr)
    return 0
