"""Many records read in one ordered pass, a batch at a time: what exports and bundles consume.

``StoredRecords`` holds only the chosen records' rids and ids (from one index read); iterating
reads ``BATCH`` bodies and their amendments per short read on the read-only connection, so memory
stays flat whatever the count, writes never wait for it (the GUI and other calls go on), and
the whole pass is linear (no OFFSET, no lookup by id per record). Each iteration reads the vault
again; a record purged since the selection raises RecordPurged, as ``get`` would.

``canonical_lines`` gives what a bundle's ``records.jsonl`` holds, each record's canonical bytes
and a newline, without parsing what needs none: a record stored without amendments is its
stored body as it is (a countersigned selection adds countersignatures to the lines that need
them: countersignatures._Attached). Every body is written as the
``canonical_bytes()`` of a record without amendments (repository._insert, bulk._Bodies, which
compares itself with canonical_bytes) and never rewritten but by a purge, and those bytes are a
fixed point of reading and writing again (``canonical_bytes(from_dict(loads(body))) == body``:
tests/core/vault/test_vault_lines.py over records of every flow and outcome, generated ones and
a made vault's). The rest are read and written as ``__iter__`` reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import overload

from sharedesk.core.errors import RecordPurged
from sharedesk.core.records.model import Amendment, DecisionRecord
from sharedesk.core.records.status import RecordStatus
from sharedesk.core.vault.db import Handle, read

BATCH = 500
_AMENDMENTS = ("SELECT a.record_id, a.body FROM amendments a JOIN decisions d ON "
               "d.id = a.record_id WHERE d.rid IN ({marks}) ORDER BY a.record_id, a.seq")


class RecordSequence(Sequence[DecisionRecord]):
    """A lazily read sequence of records with ``ids``: equal to another one with the same ids,
    or to a list or tuple of the same records, as the plain list it stands in for was."""

    ids: tuple[str, ...]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RecordSequence):
            return self.ids == other.ids
        if isinstance(other, list | tuple):
            return len(other) == len(self) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class StoredRecords(RecordSequence):
    """The records at ``rids`` (ids ``ids``), in that order, read from the vault on demand."""

    def __init__(self, handle: Handle, rids: Sequence[int], ids: Sequence[str]) -> None:
        self._h = handle
        self._rids = list(rids)
        self.ids: tuple[str, ...] = tuple(ids)

    def __len__(self) -> int:
        return len(self._rids)

    @overload
    def __getitem__(self, index: int) -> DecisionRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DecisionRecord]: ...

    def __getitem__(self, index: int | slice) -> DecisionRecord | Sequence[DecisionRecord]:
        if isinstance(index, slice):
            return StoredRecords(self._h, self._rids[index], self.ids[index])
        return self._read([self._rids[index]])[0]

    def __iter__(self) -> Iterator[DecisionRecord]:
        for start in range(0, len(self._rids), BATCH):
            yield from self._read(self._rids[start:start + BATCH])

    def canonical_lines(self) -> Iterator[bytes]:
        """Each record's ``canonical_bytes()`` and a newline, in order: a record with nothing
        beside its body is the body's bytes, unparsed (module docstring)."""
        for start in range(0, len(self._rids), BATCH):
            rids = self._rids[start:start + BATCH]
            bodies, changes = self._batch(rids)
            for rid in rids:
                record_id, body = bodies[rid]
                if record_id in changes:
                    yield _record(body, changes, record_id).canonical_bytes() + b"\n"
                else:
                    yield body.encode("utf-8") + b"\n"

    def _read(self, rids: list[int]) -> list[DecisionRecord]:
        bodies, changes = self._batch(rids)
        return [_record(bodies[rid][1], changes, bodies[rid][0]) for rid in rids]

    def _batch(self, rids: list[int]) -> tuple[dict[int, tuple[str, str]],
                                               dict[str, list[Amendment]]]:
        """One snapshot's bodies by rid (RecordPurged for a purged one) and amendments by
        record id."""
        marks = ",".join("?" * len(rids))
        with self._h.reading() as conn:  # one snapshot for a batch's bodies and amendments
            rows = read(conn, self._h.path,
                        f"SELECT rid, id, status, body FROM decisions WHERE rid IN ({marks})",  # noqa: S608
                        tuple(rids))
            amendments = read(conn, self._h.path, _AMENDMENTS.format(marks=marks), tuple(rids))
        changes: dict[str, list[Amendment]] = {}
        for record_id, body in amendments:
            changes.setdefault(record_id, []).append(Amendment.from_dict(json.loads(body)))
        bodies: dict[int, tuple[str, str]] = {}
        for rid, record_id, status, body in rows:
            if status == RecordStatus.PURGED:
                raise RecordPurged(f"record {record_id}: its content was purged while it was "
                                   "being exported; only its stub and audit trail remain")
            bodies[rid] = (record_id, body)
        return bodies, changes


def _record(body: str, changes: dict[str, list[Amendment]], record_id: str) -> DecisionRecord:
    record = DecisionRecord.from_dict(json.loads(body))
    if record_id in changes:
        record = replace(record, amendments=tuple(changes[record_id]))
    return record
