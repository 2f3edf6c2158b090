"""YAML -> Flow. Data only: a safe loader, a closed set of keys, and errors with file:line."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sharedesk.core.errors import FlowError
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import (
    ASSERTS,
    OUTCOME_VALUES,
    Choice,
    Flow,
    Node,
    NodeKind,
    SideNote,
    Source,
)
from sharedesk.core.flow.validate import validate_flow
from sharedesk.core.flow.yamldoc import LineDict, Reader, parse_yaml, read_source

SCHEMA_VERSION = 1
MAX_FLOW_BYTES = 2 * 1024 * 1024  # the shipped flows are 10-40 kB

_TOP_KEYS = {"schema", "id", "version", "jurisdiction", "title", "description", "source", "start",
             "side_notes", "nodes", "verified"}
_NODE_KEYS = {"id", "kind", "title", "text", "help", "footnote", "source", "verified", "choices",
              "next", "checklist", "outcome", "requires", "refer"}
_CHOICE_KEYS = {"value", "label", "target", "hint", "asserts", "sets"}
_NOTE_KEYS = {"id", "title", "text", "kind"}


def load_flow(path: str | Path, *, validate: bool = True) -> Flow:
    """Load and (by default) validate one flow file. Raises FlowError / FlowErrors."""
    path = Path(path)
    try:
        with path.open("rb") as handle:  # bounded: `flows check /dev/zero` must not fill memory
            raw = handle.read(MAX_FLOW_BYTES + 1)
    except OSError as exc:
        raise FlowError(f"cannot read flow file ({exc.strerror or exc})", file=str(path)) from None
    if len(raw) > MAX_FLOW_BYTES:
        raise FlowError(f"too large for a flow file (over {MAX_FLOW_BYTES} bytes)", file=str(path))
    return load_flow_text(raw, str(path), validate=validate)


def load_flow_text(raw: bytes | str, file: str = "<flow>", *, validate: bool = True) -> Flow:
    """Parse and (by default) validate flow YAML. ``file`` names the source in error messages."""
    data_bytes = raw.encode() if isinstance(raw, str) else raw
    doc = parse_yaml(data_bytes, file, FlowError)
    flow = _build(Reader(file, FlowError), doc, hashlib.sha256(data_bytes).hexdigest())
    if validate:
        validate_flow(flow)
    return flow


def _build(r: Reader, doc: Any, sha256: str) -> Flow:
    if not isinstance(doc, LineDict):
        raise r.fail("a flow file must be a mapping with id, version, nodes ...", doc)
    r.keys(doc, _TOP_KEYS, "flow")
    schema = doc.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise r.fail(f"unsupported schema {schema!r} (this version reads {SCHEMA_VERSION})", doc)
    source = read_source(r, doc.get("source"), doc)
    raw_nodes = doc.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        raise r.fail("'nodes' must be a non-empty list", doc)
    nodes: dict[str, Node] = {}
    for raw in raw_nodes:
        node = _node(r, raw, doc)
        if node.id in nodes:
            raise r.fail(f"duplicate node id {node.id!r}", raw, node.id)
        nodes[node.id] = node
    notes = []
    raw_notes = doc.get("side_notes", [])
    if not isinstance(raw_notes, list):
        raise r.fail("'side_notes' must be a list", doc)
    for raw in raw_notes:
        note = r.mapping(raw, "a side note", doc)
        r.keys(note, _NOTE_KEYS, "side note")
        notes.append(SideNote(id=r.text(note, "id"), title=r.text(note, "title"),
                              text=r.text(note, "text"),
                              kind=r.text(note, "kind", required=False, default="info")))
    return Flow(
        id=r.text(doc, "id"), version=r.text(doc, "version"),
        jurisdiction=r.text(doc, "jurisdiction"), title=r.text(doc, "title"),
        description=r.text(doc, "description", required=False),
        source=source,
        start=r.text(doc, "start"), nodes=MappingProxyType(nodes), side_notes=tuple(notes),
        file=r.file, sha256=sha256, verified=r.flag(doc, "verified"),
    )


def _node(r: Reader, raw: Any, doc: LineDict) -> Node:
    data = r.mapping(raw, "each node", doc)
    node_id = r.text(data, "id")
    r.keys(data, _NODE_KEYS, "node", node_id)
    kind_text = r.text(data, "kind", node_id)
    try:
        kind = NodeKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in NodeKind)
        raise r.fail(f"unknown node kind {kind_text!r} (expected one of {allowed})",
                     data, node_id) from None
    choices: list[Choice] = []
    raw_choices = data.get("choices", [])
    if not isinstance(raw_choices, list):
        raise r.fail("'choices' must be a list", data, node_id)
    for raw_choice in raw_choices:
        c = r.mapping(raw_choice, "each choice", data, node_id)
        r.keys(c, _CHOICE_KEYS, "choice", node_id)
        choices.append(Choice(value=r.text(c, "value", node_id), label=r.text(c, "label", node_id),
                              target=r.text(c, "target", node_id),
                              hint=r.text(c, "hint", node_id, required=False),
                              asserts=_asserts(r, c, node_id), sets=_sets(r, c, node_id)))
    outcome = r.text(data, "outcome", node_id, required=False) or None
    if outcome is not None and outcome not in OUTCOME_VALUES:
        raise r.fail(f"unknown outcome {outcome!r} (expected one of {', '.join(OUTCOME_VALUES)})",
                     data, node_id)
    citations = _citations(r, data, node_id)
    return Node(
        id=node_id, kind=kind, line=data.line,
        title=r.text(data, "title", node_id), text=r.text(data, "text", node_id),
        help=r.text(data, "help", node_id, required=False),
        footnote=r.text(data, "footnote", node_id, required=False),
        source=("; ".join(c.cite() for c in citations) if citations
                else r.text(data, "source", node_id, required=False)),
        citations=citations,
        verified=r.flag(data, "verified", node_id), verified_declared="verified" in data,
        refer=r.flag(data, "refer", node_id, default=False),
        choices=tuple(choices), next=r.text(data, "next", node_id, required=False) or None,
        checklist=r.strings(data, "checklist", node_id), outcome=outcome,
        requires=r.strings(data, "requires", node_id),
    )


def _citations(r: Reader, data: LineDict, node_id: str) -> tuple[Source, ...]:
    """A node's ``source``: one citation mapping, a list of them, or (drafts) plain text."""
    value = data.get("source")
    if isinstance(value, LineDict):
        return (read_source(r, value, data, node_id),)
    if isinstance(value, list):
        if not value:
            raise r.fail("'source' must not be an empty list", data, node_id)
        return tuple(read_source(r, item, data, node_id) for item in value)
    return ()


def _asserts(r: Reader, choice: LineDict, node_id: str) -> tuple[str, ...]:
    values = r.strings(choice, "asserts", node_id)
    for value in values:
        if value not in ASSERTS:
            raise r.fail(f"unknown assertion {value!r} (expected one of {', '.join(ASSERTS)})",
                         choice, node_id)
    if len(set(values)) != len(values):
        raise r.fail("an assertion is listed twice in 'asserts'", choice, node_id)
    return tuple(values)


def _sets(r: Reader, choice: LineDict, node_id: str) -> tuple[tuple[str, str], ...]:
    if "sets" not in choice:
        return ()
    value = r.mapping(choice["sets"], "'sets' (record field: value)", choice, node_id)
    pairs = []
    for name in value:
        if name not in RECORD_FIELDS:
            raise r.fail(f"unknown record field {name!r} in sets", choice, node_id)
        pairs.append((str(name), r.text(value, name, node_id)))
    return tuple(pairs)
