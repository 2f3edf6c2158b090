"""The decision record (DOMAIN.md section 4) as an immutable value with a canonical JSON form.

A record's ``fields`` use the names in ``sharedesk.core.flow.fields.RECORD_FIELDS``; values are
text (enumerated values such as consent status are validated by ``records.validation``).
A finalised record is never changed: amendments are appended, each with author, time, reason and
the fields it changes; ``effective_fields`` applies them in order.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from sharedesk.core.canonical import canonical
from sharedesk.core.flow.engine import Advice, Step
from sharedesk.core.records.status import RecordStatus

STATUS_DRAFT = RecordStatus.DRAFT
STATUS_FINAL = RecordStatus.FINAL


def utc_now() -> str:
    """Current UTC time as ISO 8601 with a Z suffix, to the second (records show local time)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Amendment:
    id: str
    at: str
    author: str
    reason: str
    changes: Mapping[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "author": self.author, "reason": self.reason,
                "changes": dict(sorted(self.changes.items()))}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Amendment:
        return cls(id=str(data["id"]), at=str(data["at"]), author=str(data["author"]),
                   reason=str(data["reason"]),
                   changes=MappingProxyType({str(k): str(v)
                                             for k, v in dict(data["changes"]).items()}))


@dataclass(frozen=True)
class Countersignature:
    """A manager's signed review of a finalised record (records/countersign.py signs and
    verifies; docs/bundle-format.md gives the signed text). Kept beside the record, never
    part of its finalised content, like amendments."""

    by: str
    role: str
    outcome: str
    comment: str
    at: str
    public_key: str
    signature: str

    def to_dict(self) -> dict[str, str]:
        return {"by": self.by, "role": self.role, "outcome": self.outcome,
                "comment": self.comment, "at": self.at, "public_key": self.public_key,
                "signature": self.signature}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Countersignature:
        return cls(**{name: str(data[name]) for name in COUNTERSIGNATURE_MEMBERS})


COUNTERSIGNATURE_MEMBERS = ("by", "role", "outcome", "comment", "at", "public_key", "signature")


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    flow_id: str
    flow_version: str
    flow_sha256: str
    path: tuple[Step, ...]
    outcome: str
    fields: Mapping[str, str]
    created: str
    status: str = STATUS_DRAFT
    finalised: str | None = None
    amendments: tuple[Amendment, ...] = field(default_factory=tuple)
    countersignatures: tuple[Countersignature, ...] = field(default_factory=tuple)

    @property
    def author(self) -> str:
        return self.fields.get("decision_maker", "")

    @property
    def is_final(self) -> bool:
        return self.status == STATUS_FINAL

    def effective_fields(self) -> dict[str, str]:
        """The fields as they stand after every amendment, in order."""
        out = dict(self.fields)
        for amendment in self.amendments:
            out.update(amendment.changes)
        return out

    def with_amendment(self, amendment: Amendment) -> DecisionRecord:
        return replace(self, amendments=(*self.amendments, amendment))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "flow": {"id": self.flow_id, "version": self.flow_version, "sha256": self.flow_sha256},
            "path": [step.to_dict() for step in self.path],
            "outcome": self.outcome,
            "fields": dict(sorted(self.fields.items())),
            "created": self.created,
            "status": self.status,
            "finalised": self.finalised,
            "amendments": [a.to_dict() for a in self.amendments],
            # Only when there are some, so a record never countersigned keeps the bytes (and
            # the hash) it always had.
            **({"countersignatures": [c.to_dict() for c in self.countersignatures]}
               if self.countersignatures else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DecisionRecord:
        flow = data["flow"]
        path = tuple(
            Step(node_id=str(s["node"]), answer=s.get("answer"),
                 advice=tuple(Advice(str(a["adviser"]), str(a["advice"]), str(a.get("at", "")))
                              for a in s.get("advice", ())))
            for s in data["path"])
        return cls(
            id=str(data["id"]), flow_id=str(flow["id"]), flow_version=str(flow["version"]),
            flow_sha256=str(flow.get("sha256", "")), path=path, outcome=str(data["outcome"]),
            fields=MappingProxyType({str(k): str(v) for k, v in dict(data["fields"]).items()}),
            created=str(data["created"]), status=str(data.get("status", STATUS_DRAFT)),
            finalised=data.get("finalised"),
            amendments=tuple(Amendment.from_dict(a) for a in data.get("amendments", ())),
            countersignatures=tuple(Countersignature.from_dict(c)
                                    for c in data.get("countersignatures", ())),
        )

    def canonical_bytes(self) -> bytes:
        """RFC 8785 canonical JSON (core/canonical.py): what hashes and signatures cover. For a
        record it is byte for byte what sharedesk wrote before (canonical version 1)."""
        return canonical(self.to_dict())

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()

    def finalised_sha256(self) -> str:
        """The hash of the record as finalised: without amendments and countersignatures, so
        it never changes (what a countersignature signs and the PDF shows as such)."""
        return replace(self, amendments=(), countersignatures=()).sha256()


def canonical_lines(records: Sequence[DecisionRecord]) -> Iterator[bytes]:
    """``records``' canonical bytes, a line each (what a bundle's records.jsonl holds): a
    selection's own ``canonical_lines`` when it has them (a vault selection's unamended bodies
    go out unparsed: vault/stream.py), else each record's."""
    given = getattr(records, "canonical_lines", None)
    if given is not None:
        return iter(given())
    return (record.canonical_bytes() + b"\n" for record in records)
