"""Translation overlays: the words of a flow in another language, never its structure.

An overlay (``resources/flows/<lang>/<flow-id>.yaml``, format in docs/translations.md) maps node
ids, choice values and side-note ids to translated display text. ``translate_flow`` returns a
copy of the flow with that text swapped in and everything else untouched: ids, kinds, targets,
choice values, asserts, sets, outcomes, requires, version, sha256 and citations. Records are
built from ids and values, so a decision taken in Welsh is the same record as one taken in
English. Text the overlay does not give stays English. An overlay naming an id the flow does not
have, made for another version of the flow, or with a checklist of another length is refused
with a one-line FlowError. Pure I/O plus parsing; the only shared state is a small cache of
immutable results (translate_flow), so it is safe from any thread.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sharedesk.core import paths
from sharedesk.core.errors import FlowError
from sharedesk.core.flow.model import Choice, Flow, Node, SideNote
from sharedesk.core.flow.yamldoc import ErrorFactory, LineDict, Reader, parse_yaml

OVERLAY_SCHEMA = 1
ENGLISH = "en"
REVIEW_STATUSES = ("machine", "reviewed")
MAX_OVERLAY_BYTES = 2 * 1024 * 1024
_LANGUAGE = re.compile(r"[a-z]{2,3}")  # an ISO 639 code: also keeps the path inside resources

_TOP_KEYS = {"schema", "flow", "version", "language", "review", "title", "description",
             "side_notes", "nodes"}
_NODE_TEXT = ("title", "text", "help", "footnote")
_NODE_KEYS = {*_NODE_TEXT, "checklist", "choices"}
_CHOICE_KEYS = {"label", "hint"}
_NOTE_KEYS = {"title", "text"}
_REVIEW_KEYS = {"status", "reviewed_by", "reviewed_on", "note"}


@dataclass(frozen=True)
class Review:
    """Who checked a translation: ``machine`` (awaiting a Welsh speaker) or ``reviewed``."""

    status: str
    reviewed_by: str | None = None
    reviewed_on: str | None = None


def is_language(lang: str) -> bool:
    return bool(_LANGUAGE.fullmatch(lang))


def overlay_file(directory: Path, lang: str, name: str) -> Path | None:
    """``directory/lang/name`` if ``lang`` is a language code other than English and the file
    exists; None otherwise (the caller shows English)."""
    if lang == ENGLISH or not is_language(lang):
        return None
    path = directory / lang / name
    return path if path.is_file() else None


def _read_bytes(path: Path, error: ErrorFactory) -> bytes:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_OVERLAY_BYTES + 1)
    except OSError as exc:
        raise error(f"cannot read translation ({exc.strerror or exc})", file=str(path)) from None
    if len(raw) > MAX_OVERLAY_BYTES:
        raise error(f"too large for a translation (over {MAX_OVERLAY_BYTES} bytes)",
                    file=str(path))
    return raw


def read_overlay(path: Path, error: ErrorFactory) -> LineDict:
    """Parse an overlay file into its top mapping (bounded read, safe YAML)."""
    doc = parse_yaml(_read_bytes(path, error), str(path), error)
    if not isinstance(doc, LineDict):
        raise error("a translation must be a mapping", file=str(path))
    return doc


def check_header(r: Reader, doc: LineDict, lang: str, allowed: set[str]) -> Review:
    """Schema, language and review fields shared by flow and reference overlays."""
    r.keys(doc, allowed, "translation")
    if doc.get("schema", OVERLAY_SCHEMA) != OVERLAY_SCHEMA:
        raise r.fail(f"unsupported translation schema {doc.get('schema')!r}", doc)
    if r.text(doc, "language") != lang:
        raise r.fail(f"translation says language {doc.get('language')!r}, expected {lang!r}", doc)
    review = r.mapping(doc.get("review"), "'review' ({status: machine, reviewed_by: null})", doc)
    r.keys(review, _REVIEW_KEYS, "review")
    status = r.text(review, "status")
    if status not in REVIEW_STATUSES:
        raise r.fail(f"review status {status!r} (expected {' or '.join(REVIEW_STATUSES)})", review)
    by = r.text(review, "reviewed_by", required=False) or None
    if status == "reviewed" and by is None:
        raise r.fail("a reviewed translation names who reviewed it (reviewed_by)", review)
    return Review(status, by, r.text(review, "reviewed_on", required=False) or None)


def review_of(path: Path) -> Review:
    """The review field of any overlay file (flow or reference), for tests and tooling."""
    doc = read_overlay(path, FlowError)
    return check_header(Reader(str(path), FlowError), doc, path.parent.name, set(doc))


def translate_flow(flow: Flow, lang: str, directory: Path | None = None) -> Flow:
    """``flow`` with its display text in ``lang`` where an overlay gives it, else English.

    ``directory`` holds the ``<lang>/`` folders (default: the shipped resources/flows). English,
    an unknown code or no overlay file returns ``flow`` itself. Raises FlowError for a bad overlay.
    A result is kept per flow text and overlay text (parsing an overlay costs tens of ms and each
    new decision asks again; reading and hashing it costs well under one). Safe from any thread: the
    flows are immutable and a race at worst translates twice.
    """
    found = overlay_file(directory or paths.flows_dir(), lang, f"{flow.id}.yaml")
    if found is None:
        return flow
    raw = _read_bytes(found, FlowError)
    key = (flow.id, flow.sha256, flow.file, lang, hashlib.sha256(raw).hexdigest())
    cached = _TRANSLATED.get(key) if flow.sha256 else None
    if cached is not None:
        return cached
    doc = parse_yaml(raw, str(found), FlowError)
    if not isinstance(doc, LineDict):
        raise FlowError("a translation must be a mapping", file=str(found))
    translated = apply_overlay(flow, doc, lang, str(found))
    if flow.sha256:
        if len(_TRANSLATED) >= _CACHE_SIZE:
            _TRANSLATED.clear()
        _TRANSLATED[key] = translated
    return translated


_CACHE_SIZE = 32  # a few flows in a language or two; cleared rather than grown
_TRANSLATED: dict[tuple[object, ...], Flow] = {}


def shown_flow(flow: Flow, lang: str) -> Flow:
    """``translate_flow`` for screens: a refused overlay is logged (flow id and language only)
    and the English flow returned, so a broken translation never blocks a decision."""
    try:
        return translate_flow(flow, lang)
    except FlowError:
        from sharedesk.core import log

        log.event("flow.translation_refused", logging.WARNING, flow_id=flow.id, kind=lang)
        return flow


def overlay_title(flow_id: str, lang: str, directory: Path | None = None) -> str | None:
    """The translated flow title from the overlay's top-level ``title:`` line, read without
    parsing the file (menus at start-up). None when there is no overlay for ``lang`` or the line
    is not a plain one-line value; the caller then shows the English title."""
    found = overlay_file(directory or paths.flows_dir(), lang, f"{flow_id}.yaml")
    if found is None:
        return None
    try:
        with found.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(("side_notes:", "nodes:")):
                    break
                if line.startswith("title:"):
                    value = line[len("title:"):].strip()
                    plain = value and value[0] not in "\"'|>&*[{!%@`" and " #" not in value
                    return value if plain else None
    except (OSError, UnicodeDecodeError):
        return None
    return None


def apply_overlay(flow: Flow, doc: LineDict, lang: str, file: str = "<translation>") -> Flow:
    """Swap the overlay's text into ``flow``; every id it names must exist in ``flow``."""
    r = Reader(file, FlowError)
    check_header(r, doc, lang, _TOP_KEYS)
    if r.text(doc, "flow") != flow.id:
        raise r.fail(f"translation is for flow {doc.get('flow')!r}, not {flow.id!r}", doc)
    if r.text(doc, "version") != flow.version:
        raise r.fail(f"translation was made for version {doc.get('version')!r} of {flow.id}; "
                     f"the flow is version {flow.version!r}: update the translation", doc)
    nodes = dict(flow.nodes)
    for node_id, raw in _entries(r, doc, "nodes", nodes):
        nodes[node_id] = _node(r, nodes[node_id], r.mapping(raw, "each node", doc, node_id))
    notes = {n.id: n for n in flow.side_notes}
    for note_id, raw in _entries(r, doc, "side_notes", notes):
        data = r.mapping(raw, "each side note", doc, note_id)
        r.keys(data, _NOTE_KEYS, "side note", note_id)
        note = notes[note_id]
        notes[note_id] = dataclasses.replace(note, title=_pick(r, data, "title", note.title, note_id),
                                             text=_pick(r, data, "text", note.text, note_id))
    return dataclasses.replace(
        flow, title=r.text(doc, "title", required=False) or flow.title,
        description=r.text(doc, "description", required=False) or flow.description,
        nodes=MappingProxyType(nodes),
        side_notes=tuple(notes[n.id] for n in flow.side_notes))


def _entries(r: Reader, doc: LineDict, key: str,
             known: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    data = r.mapping(doc.get(key, LineDict()), f"'{key}'", doc)
    for name, raw in data.items():
        if str(name) not in known:
            raise r.fail(f"unknown {key[:-1].replace('_', ' ')} id {name!r} in {key}", data)
        yield str(name), raw


def _pick(r: Reader, data: LineDict, key: str, english: str, node_id: str) -> str:
    """The overlay's text for ``key``, or the English when the overlay leaves it out."""
    return r.text(data, key, node_id) if key in data else english


def _node(r: Reader, node: Node, data: LineDict) -> Node:
    r.keys(data, _NODE_KEYS, "node", node.id)
    checklist = node.checklist
    if "checklist" in data:
        checklist = r.strings(data, "checklist", node.id)
        if len(checklist) != len(node.checklist):
            raise r.fail(f"checklist has {len(checklist)} items, the flow has "
                         f"{len(node.checklist)}", data, node.id)
    choices = {c.value: c for c in node.choices}
    for value, raw in _entries(r, data, "choices", choices):
        c = r.mapping(raw, "each choice", data, node.id)
        r.keys(c, _CHOICE_KEYS, "choice", node.id)
        old = choices[value]
        choices[value] = dataclasses.replace(old, label=_pick(r, c, "label", old.label, node.id),
                                             hint=_pick(r, c, "hint", old.hint, node.id))
    return dataclasses.replace(
        node, checklist=checklist, choices=tuple(choices[c.value] for c in node.choices),
        title=_pick(r, data, "title", node.title, node.id),
        text=_pick(r, data, "text", node.text, node.id),
        help=_pick(r, data, "help", node.help, node.id),
        footnote=_pick(r, data, "footnote", node.footnote, node.id))


def missing_text(flow: Flow, translated: Flow) -> list[str]:
    """Where ``translated`` still shows ``flow``'s English (text that is not blank in English):
    ``node:<id>.<field>``, ``choice:<node>/<value>.<field>``, ``note:<id>.<field>``, ``flow.<field>``.
    Texts that read the same in both languages (a name, "OK") show up here too."""
    found = [f"flow.{k}" for k in ("title", "description")
             if getattr(flow, k) and getattr(flow, k) == getattr(translated, k)]
    for note, new_note in zip(flow.side_notes, translated.side_notes, strict=True):
        found += _same(f"note:{note.id}", note, new_note, ("title", "text"))
    for node_id, node in flow.nodes.items():
        new = translated.nodes[node_id]
        found += _same(f"node:{node_id}", node, new, _NODE_TEXT)
        found += [f"node:{node_id}.checklist[{i}]" for i, (a, b)
                  in enumerate(zip(node.checklist, new.checklist, strict=True)) if a == b]
        for choice, new_choice in zip(node.choices, new.choices, strict=True):
            found += _same(f"choice:{node_id}/{choice.value}", choice, new_choice,
                           ("label", "hint"))
    return found


def _same(where: str, old: Node | Choice | SideNote, new: Node | Choice | SideNote,
          fields: tuple[str, ...]) -> list[str]:
    return [f"{where}.{k}" for k in fields if getattr(old, k) and getattr(old, k) == getattr(new, k)]


__all__ = ["Review", "apply_overlay", "check_header", "missing_text", "overlay_file",
           "overlay_title", "read_overlay", "review_of", "shown_flow", "translate_flow"]
