"""Record use-cases: drafts, finalise, amend, get, list and search.

The service owns the rules (validation, immutability, amendment shape); storage is a
``RecordStore`` (the vault implements it in ``vault/repository.py``, keeping the import
direction vault -> records). Thread rules are the store's: the vault store is safe to call from
any thread because it serialises on the vault's lock, but callers should keep slow calls off the
GUI thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any, Protocol

from sharedesk.core.changes import FINALISED, NOTHING, Changes
from sharedesk.core.errors import RecordInvalid, RecordNotFound, SharedeskError, UsageError
from sharedesk.core.flow.catalog import load_flow_by_id
from sharedesk.core.flow.engine import Session
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.draft import assemble_record
from sharedesk.core.records.model import (
    STATUS_FINAL,
    Amendment,
    DecisionRecord,
    new_id,
    utc_now,
)
from sharedesk.core.records.path_fields import NO_PATH, PathFacts, fill, path_facts
from sharedesk.core.records.query import DraftSummary, RecordQuery, RecordSummary
from sharedesk.core.records.validation import (
    FieldProblem,
    blocking,
    normalise_fields,
    validate_fields,
    validate_record,
)

MAX_DRAFT_BYTES = 2_000_000
FINALISED_MARK = "sharedesk.finalised_record"  # a finalised draft's marker (see the vault store)


class RecordStore(Protocol):
    """Storage for records and drafts. Each method is one atomic transaction.

    ``insert_final`` raises UsageError if the id is taken, and returns the id of the record
    already finalised from ``draft_id`` (storing nothing) if there is one; ``insert_imported``
    returns False when the id is taken; ``append_amendment`` raises RecordNotFound for an
    unknown record.
    """

    def put_draft(self, draft_id: str, state_json: str, updated: str) -> None: ...
    def get_draft(self, draft_id: str) -> dict[str, Any] | None: ...
    def list_drafts(self) -> list[DraftSummary]: ...
    def remove_draft(self, draft_id: str) -> bool: ...
    def insert_final(self, record: DecisionRecord, draft_id: str | None) -> str: ...
    def finalised_from_draft(self, draft_id: str) -> str | None: ...
    def insert_imported(self, record: DecisionRecord, bundle_id: str | None) -> bool: ...
    def append_amendment(self, record_id: str, amendment: Amendment) -> None: ...
    def get(self, record_id: str) -> DecisionRecord | None: ...
    def count(self, query: RecordQuery) -> int: ...
    def page(self, query: RecordQuery, offset: int, limit: int) -> list[RecordSummary]: ...
    def page_after(self, query: RecordQuery, after_id: str,
                   limit: int) -> list[RecordSummary]: ...
    def count_upto(self, query: RecordQuery, cap: int) -> int: ...
    def select(self, query: RecordQuery) -> Sequence[DecisionRecord]: ...
    def reviews_due(self, today: date, limit: int) -> list[RecordSummary]: ...
    def index_pending(self) -> int: ...


@dataclass(frozen=True)
class Finalised:
    """What ``finalise_session`` did: the stored record, and what changed (``FINALISED``, or
    ``NOTHING`` when the draft had been finalised before and the record already made is
    returned)."""

    record: DecisionRecord
    changes: Changes


class RecordsService:
    """Use-cases over a store. ``flow_lookup`` finds the flow a record was made with."""

    def __init__(self, store: RecordStore,
                 flow_lookup: Callable[[str], Flow] = load_flow_by_id) -> None:
        self._store = store
        self._flow_lookup = flow_lookup
        self._flows: dict[str, Flow] = {}  # parsing a flow file costs tens of ms; once per id

    def _flow(self, flow_id: str) -> Flow:
        flow = self._flows.get(flow_id)
        if flow is None:
            flow = self._flows[flow_id] = self._flow_lookup(flow_id)
        return flow

    # -- drafts --------------------------------------------------------------------------------
    def save_draft(self, draft_id: str | None, state: Mapping[str, Any]) -> str:
        """Save (autosave) a draft's JSON-able state; returns its id (new when None)."""
        try:
            text = json.dumps(dict(state), sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError):
            raise UsageError("a draft must hold JSON data (text, numbers, lists, objects)") from None
        if len(text) > MAX_DRAFT_BYTES:
            raise UsageError("the draft is too large to save")
        if FINALISED_MARK in state:
            raise UsageError(f"a draft cannot hold the key {FINALISED_MARK!r}")
        draft_id = draft_id or new_id()
        self._store.put_draft(draft_id, text, utc_now())
        return draft_id

    def drafts(self) -> list[DraftSummary]:
        """Saved drafts, most recently saved first."""
        return self._store.list_drafts()

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        state = self._store.get_draft(draft_id)
        if state is None:
            raise RecordNotFound(f"no draft with id {draft_id}")
        return state

    def delete_draft(self, draft_id: str) -> None:
        if not self._store.remove_draft(draft_id):
            raise RecordNotFound(f"no draft with id {draft_id}")

    # -- decisions -----------------------------------------------------------------------------
    def problems(self, record: DecisionRecord) -> list[FieldProblem]:
        """Every problem (errors and warnings) that finalising ``record`` would meet."""
        try:
            flow = self._flow(record.flow_id)
        except SharedeskError:
            return [FieldProblem("flow", "The flow this record was made with is not installed.")]
        return validate_record(record, flow)

    def finalise(self, record: DecisionRecord, *, draft_id: str | None = None) -> DecisionRecord:
        """Validate, stamp and store ``record`` as final (and drop its draft), atomically.

        Raises RecordInvalid with (field, message) pairs; nothing is stored then. Returns the
        stored record (status final, ``finalised`` set). Never replaces an existing record.
        Idempotent on the draft: once ``draft_id`` has been finalised, finalising it again (a
        second press after a failure that followed the commit) stores nothing and returns the
        record already made.
        """
        if draft_id:
            made = self._store.finalised_from_draft(draft_id)
            if made is not None:
                return self.get(made)
        if record.amendments:
            raise UsageError("a new record cannot carry amendments")
        record = replace(record, fields=MappingProxyType(
            fill(self._facts(record), record.fields)))  # what the path settled, if omitted
        errors = blocking(self.problems(record))
        if errors:
            raise RecordInvalid(errors)
        final = DecisionRecord(
            id=record.id or new_id(), flow_id=record.flow_id, flow_version=record.flow_version,
            flow_sha256=record.flow_sha256, path=record.path, outcome=record.outcome,
            fields=MappingProxyType(normalise_fields({k: str(v).strip()
                                                      for k, v in record.fields.items()
                                                      if str(v).strip()})),
            created=record.created or utc_now(), status=STATUS_FINAL, finalised=utc_now())
        stored = self._store.insert_final(final, draft_id)  # UsageError if the id exists
        return final if stored == final.id else self.get(stored)  # another caller won the race

    def finalise_session(self, session: Session, fields: Mapping[str, str], *,
                         draft_id: str | None = None) -> Finalised:
        """Make, check and store the record of a finished walk: the one way a decision becomes
        a record, for the guided decision (GUI) and ``sharedesk decide`` (CLI) alike.

        ``fields`` are the record fields typed (blank ones are dropped, settled ones filled).
        Raises as ``assemble_record`` (UsageError, RecordContradictsPath, RecordInvalid) and
        ``finalise``; nothing is stored then. Idempotent on ``draft_id`` as ``finalise``.
        """
        if draft_id:
            made = self._store.finalised_from_draft(draft_id)
            if made is not None:
                return Finalised(self.get(made), NOTHING)
        final = self.finalise(assemble_record(session, fields), draft_id=draft_id)
        return Finalised(final, FINALISED)

    def amend(self, record_id: str, author: str, reason: str,
              changes: Mapping[str, str]) -> DecisionRecord:
        """Append an amendment (author, time, reason, changed fields) to a final record.

        The original fields are never overwritten. Raises RecordInvalid if the amended record
        would be incomplete, UsageError for an empty author/reason/change set.
        """
        record = self.get(record_id)
        problems: list[tuple[str, str]] = []
        if not author.strip():
            problems.append(("author", "Say who is making the amendment."))
        if not reason.strip():
            problems.append(("reason", "Give the reason for the amendment."))
        if not changes:
            problems.append(("changes", "Change at least one field."))
        problems += [(k, "This is not a field of the decision record.")
                     for k in changes if k not in RECORD_FIELDS]
        if problems:
            raise RecordInvalid(problems)
        amendment = Amendment(id=new_id(), at=utc_now(), author=author.strip(),
                              reason=reason.strip(),
                              changes=MappingProxyType(normalise_fields(
                                  {k: str(v).strip() for k, v in changes.items()})))
        amended = record.with_amendment(amendment)
        requires = self._requires(record)
        errors = blocking(validate_fields(amended.effective_fields(), requires, record.outcome,
                                          facts=self._facts(record)))
        if errors:
            raise RecordInvalid(errors)
        self._store.append_amendment(record_id, amendment)
        return amended

    def import_final(self, record: DecisionRecord, *, bundle_id: str | None = None) -> bool:
        """Store a record finalised on another device exactly as it was (same id, bytes and
        hash, with its amendments), audited ``imported``, in one transaction.

        Returns False, changing nothing, if a record with that id is already here (never
        overwrites). The record's export status is ``imported``: the outbox leaves it alone
        (the device that made it sends it) unless queued explicitly. Raises UsageError for a
        record that is not final.
        """
        if not record.is_final or not record.finalised:
            raise UsageError(f"record {record.id} is not final; only final records are imported")
        return self._store.insert_imported(record, bundle_id)

    def import_amendments(self, record_id: str, amendments: Sequence[Amendment]) -> None:
        """Append amendments made on another device (kept as made: id, author, time, reason)
        to a record here, each audited. RecordNotFound if the record is not here."""
        for amendment in amendments:
            self._store.append_amendment(record_id, amendment)

    def _requires(self, record: DecisionRecord) -> tuple[str, ...]:
        try:
            flow = self._flow(record.flow_id)
        except SharedeskError:
            return ()
        node = flow.nodes.get(record.path[-1].node_id) if record.path else None
        return node.requires if node is not None else ()

    def _facts(self, record: DecisionRecord) -> PathFacts:
        try:
            return path_facts(self._flow(record.flow_id), record.path)
        except SharedeskError:
            return NO_PATH

    def get(self, record_id: str) -> DecisionRecord:
        """The record with every amendment, or RecordNotFound."""
        record = self._store.get(record_id)
        if record is None:
            raise RecordNotFound(f"no record with id {record_id}")
        return record

    def count(self, query: RecordQuery | None = None) -> int:
        query = query or RecordQuery()
        query.check()
        return self._store.count(query)

    def page(self, query: RecordQuery | None = None, offset: int = 0,
             limit: int = 50) -> list[RecordSummary]:
        """One page of summaries, newest first; only ``limit`` rows are read."""
        query = query or RecordQuery()
        query.check()
        if offset < 0 or not 1 <= limit <= 1000:
            raise UsageError("a page starts at 0 and holds 1 to 1000 records")
        return self._store.page(query, offset, limit)

    def page_after(self, query: RecordQuery | None, after_id: str,
                   limit: int = 50) -> list[RecordSummary]:
        """The page that follows record ``after_id`` (the last row already shown), newest
        first: costs one page however far the list was scrolled (prefer it to ``page`` with
        an offset for load-more)."""
        query = query or RecordQuery()
        query.check()
        if not 1 <= limit <= 1000:
            raise UsageError("a page holds 1 to 1000 records")
        return self._store.page_after(query, after_id, limit)

    def select(self, query: RecordQuery | None = None) -> Sequence[DecisionRecord]:
        """Every record matching ``query``, oldest first, as a sequence read from the store a
        batch at a time when iterated: one ordered pass in constant memory, for exports."""
        query = query or RecordQuery()
        query.check()
        return self._store.select(query)

    def count_upto(self, query: RecordQuery | None = None, cap: int = 1000) -> int:
        """How many records match, up to ``cap + 1``: a result over ``cap`` means "more than
        cap" (show "1,000+"). Reads at most cap + 1 rows, so it is fit for the GUI thread's
        budget on any vault; ``count`` is exact and reads every match."""
        query = query or RecordQuery()
        query.check()
        return self._store.count_upto(query, max(0, cap))

    def index_pending(self) -> int:
        """Bring the search index up to date now (a search does this itself); returns how
        many decisions were indexed. Saves leave indexing to this, in batches."""
        return self._store.index_pending()

    def reviews_due(self, today: date, limit: int = 200) -> list[RecordSummary]:
        """Final records whose review date is on or before ``today``, soonest first."""
        return self._store.reviews_due(today, limit)
