"""The audit chain: an append-only list of events, each hashed over the one before.

``hash = sha256(prev_hash + canonical event)`` where the canonical event is sorted-key JSON of
seq, time, kind, record id and detail. Editing a row breaks its hash; deleting or reordering rows
breaks the seq sequence or the prev_hash links; deleting the newest rows is caught by the chain
head kept in ``meta`` and updated in the same transaction. Details carry ids, counts and hashes,
never record content. Callers hold the vault lock and an open transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sharedesk.core import canonical as jcs
from sharedesk.core.errors import UsageError, VaultCorrupt
from sharedesk.core.records.model import utc_now
from sharedesk.core.records.status import AuditKind
from sharedesk.core.vault.db import Connection

GENESIS = "0" * 64
KINDS: tuple[AuditKind, ...] = tuple(AuditKind)
_KNOWN = frozenset(KINDS)
# The events that bring a decision into the vault: the decision row keeps its seq
# (``decisions.audit_seq``). A record's other events are listed in ``record_events`` (record id,
# seq), written only for them, so a save touches no per-record index of the audit table.
# The SQL in events(), integrity and migration 6 spells this tuple out.
CREATION_KINDS = (AuditKind.FINALISED, AuditKind.IMPORTED)
_RECORD_EVENTS = (
    "SELECT seq, at, kind, record_id, detail, hash FROM audit "
    "WHERE seq = (SELECT audit_seq FROM decisions WHERE id = ?) UNION ALL "
    "SELECT a.seq, a.at, a.kind, a.record_id, a.detail, a.hash FROM record_events x "
    "JOIN audit a ON a.seq = x.seq WHERE x.record_id = ? ORDER BY 1")
_HEAD = re.compile(r"^([0-9]{1,18}):([0-9a-f]{64})$")
# An event for many records (audit_batch.append_listing: an export, a batch at a time) has no
# record id; its detail lists the records under this key and ``record_events`` points each
# record at it.
LISTED = "records"

Detail = Mapping[str, str | int | float | bool | None]


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    kind: str
    record_id: str | None
    detail: Mapping[str, Any]
    hash: str


def canonical(seq: int, at: str, kind: str, record_id: str | None, detail: str | None,
              version: int = jcs.VERSION) -> bytes:
    """The event as hashed: RFC 8785 (version 2); version 1 is what sharedesk wrote before,
    the same bytes for every event (the detail is JSON text, not an object)."""
    return jcs.canonical({"seq": seq, "at": at, "kind": kind, "record_id": record_id,
                          "detail": detail}, version)


def chain_hash(prev_hash: str, event: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + event).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    """The newest event's (seq, hash); VaultCorrupt when the stored head is not "seq:sha256"."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        return 0, GENESIS
    match = _HEAD.match(str(row[0]))
    if match is None:
        raise VaultCorrupt("the vault is damaged: its audit chain head is unreadable; "
                           "restore it from a backup")
    return int(match.group(1)), match.group(2)


def detail_of(text: object) -> dict[str, Any]:
    """An event's stored detail as a dict: {} when empty and, for a detail that is not a JSON
    object (damage that ``verify`` reports), {"_damaged": True} instead of an error."""
    if text is None or text == "":
        return {}
    try:
        data = json.loads(str(text))
    except (ValueError, RecursionError):
        return {"_damaged": True}
    return data if isinstance(data, dict) else {"_damaged": True}


def check_kind(kind: str) -> None:
    """UsageError for a kind that is not an ``AuditKind``: a new event kind is added there (and
    gets its label in the GUI), never written as a string of its own."""
    if kind not in _KNOWN:
        raise UsageError(f"unknown audit event kind {kind!r} (add it to AuditKind)")


def append(conn: Connection, kind: str, record_id: str | None = None,
           detail: Detail | None = None, at: str | None = None) -> int:
    """Append one event inside the caller's transaction; returns its seq."""
    check_kind(kind)
    detail_text = (json.dumps(dict(detail), sort_keys=True, separators=(",", ":"))
                   if detail else None)
    seq, prev = head(conn)
    seq += 1
    when = at or utc_now()
    digest = chain_hash(prev, canonical(seq, when, kind, record_id, detail_text))
    conn.execute("INSERT INTO audit (seq, at, kind, record_id, detail, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, when, kind, record_id, detail_text, prev,
                                                  digest))
    conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (f"{seq}:{digest}",))
    if record_id is not None and kind not in CREATION_KINDS:
        conn.execute("INSERT INTO record_events (record_id, seq) VALUES (?, ?)", (record_id, seq))
    return seq


def events(conn: Connection, record_id: str | None = None) -> list[AuditEvent]:
    """Every event as stored, oldest first; or one record's trail, where an event listing many
    records (``LISTED``) is given as that record's: its id, the detail without the list."""
    if not record_id:
        rows = conn.execute("SELECT seq, at, kind, record_id, detail, hash FROM audit "
                            "ORDER BY seq")
        return [AuditEvent(int(r[0]), str(r[1]), str(r[2]), r[3], detail_of(r[4]), str(r[5]))
                for r in rows]
    out = []
    for seq, at, kind, named, text, digest in conn.execute(_RECORD_EVENTS,
                                                           (record_id, record_id)):
        detail = detail_of(text)
        if named is None and isinstance(detail.get(LISTED), list):
            named, detail = record_id, {k: v for k, v in detail.items() if k != LISTED}
        out.append(AuditEvent(int(seq), str(at), str(kind), named, detail, str(digest)))
    return out


def _chained(prev_hash: str, seq: int, at: str, kind: str, record_id: str | None,
             detail: str | None, digest: str) -> bool:
    """The event hashes to ``digest`` in canonical form version 2 or, made before, version 1.
    A tampered row holding what JSON cannot (a huge number, a lone surrogate) matches neither."""
    for version in (jcs.VERSION, 1):
        try:
            if chain_hash(prev_hash, canonical(seq, at, kind, record_id, detail, version)) == digest:
                return True
        except jcs.NotCanonicalisable:
            continue
    return False


def verify(conn: Connection) -> list[str]:
    """Walk the chain in rowid order; return one line per problem (empty when intact)."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    rows = conn.execute("SELECT seq, at, kind, record_id, detail, prev_hash, hash FROM audit "
                        "ORDER BY rowid")
    for seq, at, kind, record_id, detail, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(f"audit: event {seq} found where event {expected_seq} was expected "
                            "(an event was deleted or reordered)")
        if prev_hash != prev:
            problems.append(f"audit: event {seq} does not follow the event before it")
        if not _chained(str(prev_hash), seq, at, kind, record_id, detail, str(digest)):
            problems.append(f"audit: event {seq} was altered")
        if detail is not None and "_damaged" in detail_of(detail):
            problems.append(f"audit: event {seq} has a detail that is not a JSON object")
        prev, expected_seq = str(digest), int(seq) + 1
        if len(problems) > 20:
            problems.append("audit: more problems not listed")
            return problems
    try:
        last_seq, last_hash = head(conn)
    except VaultCorrupt:
        problems.append("audit: the chain head is unreadable")
        return problems
    if (last_seq, last_hash) != (expected_seq - 1, prev if expected_seq > 1 else GENESIS):
        problems.append("audit: the newest events are missing or the chain head was altered")
    return problems
