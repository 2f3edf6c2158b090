"""Countersignatures: a manager's signed review of a finalised record (issue 14).

A countersignature is ``{by, role, outcome, comment, at, public_key, signature}``; the
signature is Ed25519 over the UTF-8 bytes of::

    sharedesk-countersign-v1\\n{record_sha256}\\n{outcome}\\n{at}\\n{sha256_hex(comment)}

where ``record_sha256`` is the hash of the finalised record (``DecisionRecord.finalised_sha256``:
the canonical JSON without amendments and countersignatures) and ``at`` is UTC
``YYYY-MM-DDTHH:MM:SSZ``. Anyone holding the record verifies it with any Ed25519 library
(docs/bundle-format.md). Pure functions; safe from any thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sharedesk.core.errors import UsageError
from sharedesk.core.records.model import (
    COUNTERSIGNATURE_MEMBERS,
    Countersignature,
    DecisionRecord,
    utc_now,
)
from sharedesk.core.records.status import CountersignOutcome
from sharedesk.core.records.validation import MAX_FIELD_CHARS

CONTEXT = "sharedesk-countersign-v1"
MAX_COUNTERSIGNATURES = 1000
_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_SIGNATURE = re.compile(r"^[A-Za-z0-9+/]{86}==$")


def message(record_sha256: str, outcome: str, at: str, comment: str) -> bytes:
    """The exact bytes a countersignature signs."""
    comment_hash = hashlib.sha256(comment.encode("utf-8")).hexdigest()
    return f"{CONTEXT}\n{record_sha256}\n{outcome}\n{at}\n{comment_hash}".encode()


def check_request(record: DecisionRecord, outcome: str, comment: str, by: str) -> None:
    """UsageError (one line) for a countersignature that must not be made."""
    if not record.is_final:
        raise UsageError(f"record {record.id} is a draft: only a finalised record is countersigned")
    if outcome not in set(CountersignOutcome):
        raise UsageError(f"unknown countersign outcome {outcome!r}; choose one of: "
                         + ", ".join(CountersignOutcome))
    if outcome != CountersignOutcome.AGREED and not comment.strip():
        raise UsageError(f"a countersignature with the outcome {outcome} needs a comment")
    if not by.strip():
        raise UsageError("say who countersigns (--by NAME, or decision_maker in the profile)")
    if len(comment) > MAX_FIELD_CHARS or len(by) > 200:
        raise UsageError(f"the comment is longer than {MAX_FIELD_CHARS} characters")


def sign(record: DecisionRecord, key: Ed25519PrivateKey, *, outcome: str, comment: str,
         by: str, role: str = "", at: str | None = None) -> Countersignature:
    """A new countersignature of ``record`` by ``key`` (checked with ``check_request``)."""
    check_request(record, outcome, comment, by)
    when = at or utc_now()
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    signature = key.sign(message(record.finalised_sha256(), outcome, when, comment))
    return Countersignature(by=by.strip(), role=role.strip(), outcome=outcome, comment=comment,
                            at=when, public_key=base64.b64encode(public).decode("ascii"),
                            signature=base64.b64encode(signature).decode("ascii"))


def verifies(record: DecisionRecord, cs: Countersignature) -> bool:
    """True when ``cs`` is a valid signature over ``record`` as finalised."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(cs.public_key, validate=True))
        key.verify(base64.b64decode(cs.signature, validate=True),
                   message(record.finalised_sha256(), cs.outcome, cs.at, cs.comment))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def bad_countersignature(record: DecisionRecord) -> str | None:
    """A one-line reason naming the first countersignature that does not verify, or None."""
    for index, cs in enumerate(record.countersignatures):
        if not verifies(record, cs):
            return (f"record {record.id}: countersignatures[{index}] (by {cs.by[:60]}) does not "
                    "verify: it was altered or signs another record")
    return None


def shape_problems(value: object) -> list[tuple[str, str]]:
    """(member, message) for a ``countersignatures`` member read from outside."""
    if not isinstance(value, list) or not 0 < len(value) <= MAX_COUNTERSIGNATURES:
        return [("countersignatures", f"must be a list of 1 to {MAX_COUNTERSIGNATURES} "
                                      "countersignatures")]
    problems: list[tuple[str, str]] = []
    for i, item in enumerate(value):
        problems += _item_problems(item, f"countersignatures[{i}]")
    return problems


def _item_problems(item: object, where: str) -> list[tuple[str, str]]:
    if not isinstance(item, Mapping) or set(item) != set(COUNTERSIGNATURE_MEMBERS):
        return [(where, "must be an object with exactly: " + ", ".join(COUNTERSIGNATURE_MEMBERS))]
    if not all(isinstance(item[m], str) for m in COUNTERSIGNATURE_MEMBERS):
        return [(where, "every member must be text")]
    checks: Sequence[tuple[str, bool, str]] = (
        ("by", bool(item["by"].strip()) and len(item["by"]) <= 200, "must be a name"),
        ("role", len(item["role"]) <= 200, "is too long"),
        ("outcome", item["outcome"] in set(CountersignOutcome), "is not a countersign outcome"),
        ("comment", len(item["comment"]) <= MAX_FIELD_CHARS, "is too long"),
        ("at", bool(_AT.match(item["at"])), "must be a UTC time such as 2026-11-20T09:30:00Z"),
        ("public_key", bool(_KEY.match(item["public_key"])), "must be base64 of 32 bytes"),
        ("signature", bool(_SIGNATURE.match(item["signature"])), "must be base64 of 64 bytes"))
    return [(f"{where}.{name}", text) for name, ok, text in checks if not ok]


def same_signer_and_outcome(a: Countersignature, b: Countersignature) -> bool:
    return a.public_key == b.public_key and a.outcome == b.outcome


def as_dicts(record: DecisionRecord) -> list[dict[str, Any]]:
    return [cs.to_dict() for cs in record.countersignatures]
