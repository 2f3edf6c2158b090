"""YAML -> Flow. Data only: a safe loader, a closed set of keys, and errors with file:line."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from sharedesk.core.errors import FlowError
from sharedesk.core.flow.model import (
    OUTCOME_VALUES,
    Choice,
    Flow,
    Node,
    NodeKind,
    SideNote,
    Source,
)
from sharedesk.core.flow.validate import validate_flow

SCHEMA_VERSION = 1

_TOP_KEYS = {"schema", "id", "version", "jurisdiction", "title", "description", "source", "start",
             "side_notes", "nodes", "verified"}
_NODE_KEYS = {"id", "kind", "title", "text", "help", "footnote", "source", "verified", "choices",
              "next", "checklist", "outcome", "requires"}
_CHOICE_KEYS = {"value", "label", "target", "hint"}
_SOURCE_KEYS = {"document", "publisher", "date", "page", "url"}
_NOTE_KEYS = {"id", "title", "text", "kind"}


class _LineDict(dict[str, Any]):
    line: int = 0


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader whose mappings remember the line they start on (1-based)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise FlowError(f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads bare yes/no as booleans; in a flow they are choice values, so keep them strings.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Reader:
    """Pulls typed values out of parsed YAML, raising FlowError with file, line and node."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, message: str, where: Any = None, node: str | None = None) -> FlowError:
        line = getattr(where, "line", None)
        return FlowError(message, file=self.file, line=line, node=node)

    def mapping(self, value: Any, what: str, where: Any, node: str | None = None) -> _LineDict:
        if not isinstance(value, _LineDict):
            raise self.fail(f"{what} must be a mapping", where, node)
        return value

    def keys(self, data: _LineDict, allowed: set[str], what: str, node: str | None = None) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(f"unknown key {unknown[0]!r} in {what}", data, node)

    def text(self, data: _LineDict, key: str, node: str | None = None, *,
             required: bool = True, default: str = "") -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing required text {key!r}", data, node)
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{key!r} must be text", data, node)
        text = str(value).strip()
        if required and not text:
            raise self.fail(f"{key!r} must not be empty", data, node)
        return text

    def flag(self, data: _LineDict, key: str, node: str | None = None) -> bool:
        value = data.get(key, True)
        if value in (True, "true", "True"):
            return True
        if value in (False, "false", "False"):
            return False
        raise self.fail(f"{key!r} must be true or false", data, node)

    def strings(self, data: _LineDict, key: str, node: str | None = None) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty texts", data, node)
        return tuple(v.strip() for v in value)


def load_flow(path: str | Path, *, validate: bool = True) -> Flow:
    """Load and (by default) validate one flow file. Raises FlowError / FlowErrors."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FlowError(f"cannot read flow file ({exc.strerror or exc})", file=str(path)) from None
    return load_flow_text(raw, str(path), validate=validate)


def load_flow_text(raw: bytes | str, file: str = "<flow>", *, validate: bool = True) -> Flow:
    data_bytes = raw.encode() if isinstance(raw, str) else raw
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise FlowError("flow file is not UTF-8 text", file=file) from None
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader derives SafeLoader
    except FlowError as exc:
        raise FlowError(exc.message, file=file, line=exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise FlowError(f"malformed YAML: {problem}", file=file, line=line) from None
    flow = _build(_Reader(file), doc, hashlib.sha256(data_bytes).hexdigest())
    if validate:
        validate_flow(flow)
    return flow


def _build(r: _Reader, doc: Any, sha256: str) -> Flow:
    if not isinstance(doc, _LineDict):
        raise r.fail("a flow file must be a mapping with id, version, nodes ...", doc)
    r.keys(doc, _TOP_KEYS, "flow")
    schema = doc.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise r.fail(f"unsupported schema {schema!r} (this version reads {SCHEMA_VERSION})", doc)
    source = r.mapping(doc.get("source"), "'source'", doc)
    r.keys(source, _SOURCE_KEYS, "source")
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
        source=Source(document=r.text(source, "document"),
                      publisher=r.text(source, "publisher", required=False),
                      date=r.text(source, "date", required=False),
                      page=r.text(source, "page", required=False),
                      url=r.text(source, "url", required=False)),
        start=r.text(doc, "start"), nodes=MappingProxyType(nodes), side_notes=tuple(notes),
        file=r.file, sha256=sha256, verified=r.flag(doc, "verified"),
    )


def _node(r: _Reader, raw: Any, doc: _LineDict) -> Node:
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
                              hint=r.text(c, "hint", node_id, required=False)))
    outcome = r.text(data, "outcome", node_id, required=False) or None
    if outcome is not None and outcome not in OUTCOME_VALUES:
        raise r.fail(f"unknown outcome {outcome!r} (expected one of {', '.join(OUTCOME_VALUES)})",
                     data, node_id)
    return Node(
        id=node_id, kind=kind, line=data.line,
        title=r.text(data, "title", node_id), text=r.text(data, "text", node_id),
        help=r.text(data, "help", node_id, required=False),
        footnote=r.text(data, "footnote", node_id, required=False),
        source=r.text(data, "source", node_id, required=False),
        verified=r.flag(data, "verified", node_id),
        choices=tuple(choices), next=r.text(data, "next", node_id, required=False) or None,
        checklist=r.strings(data, "checklist", node_id), outcome=outcome,
        requires=r.strings(data, "requires", node_id),
    )
