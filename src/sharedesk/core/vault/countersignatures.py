"""Countersignatures in the vault (table ``countersignatures``, schema 9).

They live beside the record like amendments: the finalised body, its stored hash and the audit
chain's hash of it never change. ``CountersignedStore`` is the vault's record store with the
countersignatures attached to every record it reads (one indexed query per record, one per
batch of an export) and kept apart from the body of a record it imports.
Thread rules: those of the Vault (writes take its lock; reads the read-only connection).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import Any, overload

from sharedesk.core.errors import RecordNotFound, RecordPurged, UsageError
from sharedesk.core.orgkeys import fingerprint
from sharedesk.core.records.model import Countersignature, DecisionRecord, canonical_lines
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.records.status import AuditKind, RecordStatus
from sharedesk.core.vault import audit
from sharedesk.core.vault.db import Connection, Handle, read, transaction
from sharedesk.core.vault.purge import STATUS_PURGED
from sharedesk.core.vault.repository import VaultStore
from sharedesk.core.vault.stream import RecordSequence

BATCH = 500


def _body(cs: Countersignature) -> str:
    return json.dumps(cs.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _insert(c: Connection, record_id: str, cs: Countersignature, imported: bool) -> None:
    body = _body(cs)
    c.execute("INSERT INTO countersignatures (record_id, public_key, outcome, at, body) "
              "VALUES (?, ?, ?, ?, ?)", (record_id, cs.public_key, cs.outcome, cs.at, body))
    # The comment is record content: the trail holds its hash (in the body's), never its text.
    audit.append(c, AuditKind.COUNTERSIGNED, record_id,
                 {"outcome": cs.outcome, "signer": fingerprint(cs.public_key), "at": cs.at,
                  "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
                  **({"imported": True} if imported else {})})


def of_records(handle: Handle, ids: Sequence[str]) -> dict[str, list[Countersignature]]:
    """Countersignatures of ``ids``, oldest first per record (read on the read-only connection)."""
    out: dict[str, list[Countersignature]] = {}
    for start in range(0, len(ids), BATCH):
        part = list(ids[start:start + BATCH])
        marks = ",".join("?" * len(part))
        with handle.reading() as conn:
            rows = read(conn, handle.path,
                        f"SELECT record_id, body FROM countersignatures "  # noqa: S608 - marks only
                        f"WHERE record_id IN ({marks}) ORDER BY record_id, seq", tuple(part))
        for record_id, body in rows:
            out.setdefault(record_id, []).append(Countersignature.from_dict(json.loads(body)))
    return out


def _attach(record: DecisionRecord, found: dict[str, list[Countersignature]]) -> DecisionRecord:
    held = found.get(record.id)
    return replace(record, countersignatures=tuple(held)) if held else record


class _Attached(RecordSequence):
    """A store selection with countersignatures attached, a batch at a time as it is read."""

    def __init__(self, handle: Handle, base: Sequence[DecisionRecord]) -> None:
        self._h = handle
        self._base = base
        self.ids: tuple[str, ...] = tuple(getattr(base, "ids", ()) or (r.id for r in base))

    def __len__(self) -> int:
        return len(self._base)

    @overload
    def __getitem__(self, index: int) -> DecisionRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DecisionRecord]: ...

    def __getitem__(self, index: int | slice) -> DecisionRecord | Sequence[DecisionRecord]:
        if isinstance(index, slice):
            return _Attached(self._h, self._base[index])
        record = self._base[index]
        return _attach(record, of_records(self._h, [record.id]))

    def __iter__(self) -> Iterator[DecisionRecord]:
        batch: list[DecisionRecord] = []
        for record in self._base:
            batch.append(record)
            if len(batch) == BATCH:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def canonical_lines(self) -> Iterator[bytes]:
        """The records' canonical bytes, a line each, as iterating gives them: the base
        selection's lines (model.canonical_lines), a countersigned record's made again with
        its countersignatures, read a batch at a time as iterating reads them."""
        lines = canonical_lines(self._base)
        for start in range(0, len(self.ids), BATCH):
            part = self.ids[start:start + BATCH]
            found = of_records(self._h, part)
            for record_id, line in zip(part, islice(lines, len(part)), strict=True):
                if record_id in found:
                    record = _attach(DecisionRecord.from_dict(json.loads(line)), found)
                    yield record.canonical_bytes() + b"\n"
                else:
                    yield line

    def _flush(self, batch: list[DecisionRecord]) -> Iterator[DecisionRecord]:
        found = of_records(self._h, [r.id for r in batch]) if batch else {}
        for record in batch:
            yield _attach(record, found)


class CountersignedStore(VaultStore):
    """The vault's record store, with countersignatures (see the module docstring)."""

    def __init__(self, handle: Handle) -> None:
        super().__init__(handle)
        self._handle = handle

    def get(self, record_id: str) -> DecisionRecord | None:
        record = super().get(record_id)
        if record is None:
            return None
        return _attach(record, of_records(self._handle, [record_id]))

    def select(self, query: RecordQuery) -> Sequence[DecisionRecord]:
        return _Attached(self._handle, super().select(query))

    def insert_imported(self, record: DecisionRecord, bundle_id: str | None) -> bool:
        """Store the record as finalised, then its countersignatures (a second transaction:
        a crash between them is healed by importing the bundle again, which adds the ones
        missing)."""
        added = super().insert_imported(replace(record, countersignatures=()), bundle_id)
        if added and record.countersignatures:
            self.add_countersignatures(record.id, record.countersignatures, imported=True)
        return added

    def add_countersignatures(self, record_id: str, items: Sequence[Countersignature], *,
                              imported: bool = False) -> int:
        """Store ``items`` for the record in one transaction, audited ``countersigned``.

        A local one (``imported`` False) that repeats a signing key and outcome already held
        raises UsageError and nothing is written; imported ones already held are skipped.
        RecordNotFound or RecordPurged for a record not here with its content. Returns the
        number stored."""
        h = self._handle
        with h.lock, transaction(h.conn, h.path, "save the countersignature") as c:
            _check_record(c, record_id)
            held = {(k, o) for k, o in c.execute(
                "SELECT public_key, outcome FROM countersignatures WHERE record_id = ?",
                (record_id,))}
            stored = 0
            for cs in items:
                if (cs.public_key, cs.outcome) in held:
                    if imported:
                        continue
                    raise UsageError(f"record {record_id} is already countersigned "
                                     f"'{cs.outcome}' with this key; nothing was written")
                _insert(c, record_id, cs, imported)
                held.add((cs.public_key, cs.outcome))
                stored += 1
        return stored


def _check_record(c: Connection, record_id: str) -> None:
    row: Any = c.execute("SELECT status, body FROM decisions WHERE id = ?",
                         (record_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"no record with id {record_id}")
    if row[0] == STATUS_PURGED:
        purged = str(json.loads(row[1]).get("purged", "?"))[:10]
        raise RecordPurged(f"record {record_id}: its content was purged on {purged}; a purged "
                           "record cannot be countersigned; nothing was written")
    if row[0] != RecordStatus.FINAL:
        raise UsageError(f"record {record_id} is a draft: only a finalised record is "
                         "countersigned; nothing was written")
