"""Checks on a decision record that comes from outside this vault (an imported bundle).

A record made here is shaped by the code that made it; one read from a bundle is shaped by
whoever wrote the bundle. ``outside_problems`` checks the parsed JSON against the record's shape
(types, no unknown members), its ids (UUIDs, so an id can never become a path), its timestamps,
its status and outcome, text lengths, and then its fields with the same ``validate_fields`` that
finalising and amending use here. Each problem names the member (``fields.consent``,
``amendments[0].at``). Pure functions; safe from any thread.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import OUTCOME_VALUES
from sharedesk.core.records.countersign import shape_problems
from sharedesk.core.records.model import STATUS_DRAFT, STATUS_FINAL
from sharedesk.core.records.validation import MAX_FIELD_CHARS, FieldProblem, validate_fields

MAX_PATH_STEPS = 1000
MAX_SHORT_CHARS = 200  # ids, versions, node ids, answers
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_SHA256 = re.compile(r"^([0-9a-f]{64})?$")
_MEMBERS = {"id", "flow", "path", "outcome", "fields", "created", "status", "finalised",
            "amendments"}
_OPTIONAL = {"countersignatures"}  # present only when there is at least one


class _Problems:
    def __init__(self) -> None:
        self.found: list[FieldProblem] = []

    def add(self, where: str, message: str) -> None:
        self.found.append(FieldProblem(where, message))

    def text(self, value: object, where: str, limit: int = MAX_SHORT_CHARS, *,
             required: bool = True) -> bool:
        if not isinstance(value, str):
            self.add(where, "must be text")
            return False
        if required and not value.strip():
            self.add(where, "must not be empty")
        elif len(value) > limit:
            self.add(where, f"is longer than {limit} characters")
        return True

    def members(self, value: object, where: str, members: set[str]) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.add(where, "must be an object")
            return None
        extra = sorted(str(k) for k in value if k not in members)
        if extra:
            self.add(f"{where}.{extra[0]}" if where else extra[0], "is not a member of a record")
        return value

    def uuid(self, value: object, where: str) -> None:
        if self.text(value, where) and not _is_uuid(str(value)):
            self.add(where, "must be a UUID (8-4-4-4-12 lower-case hex digits)")

    def timestamp(self, value: object, where: str) -> None:
        if self.text(value, where) and not _is_timestamp(str(value)):
            self.add(where, "must be a UTC time such as 2026-11-20T09:30:00Z")

    def fields(self, value: object, where: str) -> None:
        if not isinstance(value, Mapping):
            self.add(where, "must be an object")
            return
        for name, text in value.items():
            if name not in RECORD_FIELDS:
                self.add(f"{where}.{str(name)[:40]}", "is not a field of the decision record")
            else:
                self.text(text, f"{where}.{name}", MAX_FIELD_CHARS, required=False)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _is_timestamp(text: str) -> bool:
    if not _TIMESTAMP.match(text):
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def outside_problems(data: object) -> list[FieldProblem]:
    """Every problem with ``data`` (a record as parsed from JSON), the first most telling."""
    p = _Problems()
    record = p.members(data, "", _MEMBERS | _OPTIONAL)
    if record is None:
        return p.found
    missing = sorted(_MEMBERS - set(record))
    if missing:
        p.add(missing[0], "is missing")
        return p.found
    p.uuid(record["id"], "id")
    p.text(record["outcome"], "outcome", required=False)
    flow = p.members(record["flow"], "flow", {"id", "version", "sha256"})
    if flow is not None:
        p.text(flow.get("id"), "flow.id")
        p.text(flow.get("version"), "flow.version")
        if p.text(flow.get("sha256", ""), "flow.sha256", required=False) \
                and not _SHA256.match(str(flow.get("sha256", ""))):
            p.add("flow.sha256", "must be 64 lower-case hex digits")
    _path(p, record["path"])
    p.timestamp(record["created"], "created")
    status = record["status"]
    if status not in (STATUS_DRAFT, STATUS_FINAL):
        p.add("status", f"must be {STATUS_DRAFT} or {STATUS_FINAL}")
    if status == STATUS_FINAL or record["finalised"] is not None:
        p.timestamp(record["finalised"], "finalised")
    p.fields(record["fields"], "fields")
    _amendments(p, record["amendments"])
    if "countersignatures" in record:
        p.found.extend(FieldProblem(where, text)
                       for where, text in shape_problems(record["countersignatures"]))
    if p.found:
        return p.found
    if status == STATUS_FINAL:  # the rules a record is finalised and amended under, here
        effective = dict(record["fields"])
        for amendment in record["amendments"]:
            effective.update(amendment["changes"])
        p.found.extend(FieldProblem(f"fields.{x.field}" if x.field in RECORD_FIELDS else x.field,
                                    x.message)
                       for x in validate_fields(effective, (), str(record["outcome"]))
                       if x.blocking)
    elif record["outcome"] not in ("", *OUTCOME_VALUES):
        p.add("outcome", "is not an outcome of a decision")
    return p.found


def _path(p: _Problems, path: object) -> None:
    if not isinstance(path, list) or len(path) > MAX_PATH_STEPS:
        p.add("path", f"must be a list of at most {MAX_PATH_STEPS} steps")
        return
    for i, step in enumerate(path):
        where = f"path[{i}]"
        item = p.members(step, where, {"node", "answer", "advice"})
        if item is None:
            continue
        p.text(item.get("node"), f"{where}.node")
        if "answer" in item:
            p.text(item["answer"], f"{where}.answer")
        advice = item.get("advice", [])
        if not isinstance(advice, list) or len(advice) > MAX_PATH_STEPS:
            p.add(f"{where}.advice", "must be a list")
            continue
        for j, entry in enumerate(advice):
            at = f"{where}.advice[{j}]"
            given = p.members(entry, at, {"adviser", "advice", "at"})
            if given is not None:
                p.text(given.get("adviser"), f"{at}.adviser", MAX_FIELD_CHARS)
                p.text(given.get("advice"), f"{at}.advice", MAX_FIELD_CHARS)
                if given.get("at", ""):
                    p.timestamp(given.get("at"), f"{at}.at")


def _amendments(p: _Problems, amendments: object) -> None:
    if not isinstance(amendments, list) or len(amendments) > MAX_PATH_STEPS:
        p.add("amendments", f"must be a list of at most {MAX_PATH_STEPS} amendments")
        return
    for i, amendment in enumerate(amendments):
        where = f"amendments[{i}]"
        item = p.members(amendment, where, {"id", "at", "author", "reason", "changes"})
        if item is None:
            continue
        p.uuid(item.get("id"), f"{where}.id")
        p.timestamp(item.get("at"), f"{where}.at")
        p.text(item.get("author"), f"{where}.author", MAX_FIELD_CHARS)
        p.text(item.get("reason"), f"{where}.reason", MAX_FIELD_CHARS)
        p.fields(item.get("changes"), f"{where}.changes")
