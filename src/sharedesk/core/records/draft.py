"""A decision in progress: the draft format (a JSON-able state dict) and the record it becomes.

The walk is kept as the list of moves the user made (answer, back, forward, advice), not as a
copy of the engine's internals: replaying the moves through the public Session API rebuilds the
exact session, including answers kept for Forward and advice sought on abandoned branches.

This is the only reader and writer of a draft's state; the GUI and the CLI both go through it.
Pure Python, no I/O and no Qt; a ``MoveLog`` is not thread-safe (it belongs to one screen).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple

from sharedesk.core.errors import AnswerError, RecordContradictsPath, RecordInvalid, UsageError
from sharedesk.core.flow.engine import Session, Step
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now
from sharedesk.core.records.path_fields import contradictions, fill, path_facts
from sharedesk.core.records.validation import blocking, validate_record

STATE_VERSION = 1
_MAX_MOVES = 10_000  # a walk is short; this bounds a damaged draft
_DAMAGED = "the saved draft is damaged (its steps cannot be read)"

Move = list[str | None]  # ["answer", value | None], ["back"], ["forward"], ["advice", who, what, at]


class DraftPage(StrEnum):
    """Where the user was when the draft was saved."""

    QUESTION = "question"  # a step of the walk (the session says which)
    RECORD = "record"      # the record form, after the outcome
    CHECK = "check"        # check your answers


class MoveLog:
    """A session plus the moves that produced it. Every move goes through here."""

    def __init__(self, flow: Flow) -> None:
        self.session = Session(flow)
        self.moves: list[Move] = []

    def answer(self, value: str | None) -> tuple[Step, ...]:
        dropped = self.session.answer(value)
        self.moves.append(["answer", value])
        return dropped

    def back(self) -> Step:
        step = self.session.back()
        self.moves.append(["back"])
        return step

    def forward(self) -> None:
        self.session.forward()
        self.moves.append(["forward"])

    def seek_advice(self, adviser: str, advice: str, at: str) -> None:
        self.session.seek_advice(adviser, advice, at)
        self.moves.append(["advice", adviser, advice, at])

    def redo_answer(self) -> str | None:
        """The answer Forward would give at the current question, or None."""
        return self.session.pending_answer

    @classmethod
    def replay(cls, flow: Flow, moves: object) -> MoveLog:
        """Rebuild from saved moves. Raises AnswerError if they do not fit this flow."""
        log = cls(flow)
        if not isinstance(moves, list) or len(moves) > _MAX_MOVES:
            raise AnswerError(_DAMAGED)
        for move in moves:
            if not isinstance(move, list) or not move:
                raise AnswerError(_DAMAGED)
            kind = move[0]
            if kind == "answer" and len(move) == 2:
                log.answer(None if move[1] is None else str(move[1]))
            elif kind == "back" and len(move) == 1:
                log.back()
            elif kind == "forward" and len(move) == 1:
                log.forward()
            elif kind == "advice" and len(move) == 4:
                log.seek_advice(str(move[1]), str(move[2]), str(move[3]))
            else:
                raise AnswerError("the saved draft is damaged (unknown step)")
        return log


class DraftState(NamedTuple):
    """A draft read back: the walk, the record fields typed so far and the page shown."""

    log: MoveLog
    fields: dict[str, str]
    page: DraftPage


def make_state(log: MoveLog, fields: Mapping[str, str], page: str,
               author: str, role: str) -> dict[str, Any]:
    """The JSON-able state saved as a draft (``RecordsService.save_draft``)."""
    flow = log.session.flow
    return {
        "version": STATE_VERSION,
        "flow": {"id": flow.id, "version": flow.version, "sha256": flow.sha256},
        "moves": [list(m) for m in log.moves],
        "fields": {k: v for k, v in fields.items() if v},
        "page": str(page),
        "author": author,
        "role": role,
    }


def draft_flow_id(state: Mapping[str, Any]) -> str:
    """The id of the flow a saved draft walks ("" if it names none)."""
    saved = state.get("flow")
    flow_id = saved.get("id") if isinstance(saved, Mapping) else saved
    return str(flow_id or "")


def read_state(flow: Flow, state: Mapping[str, Any]) -> DraftState:
    """The move log, fields and page of a saved state. Raises AnswerError when it does not fit
    ``flow`` (another flow, damaged moves); a page it does not know reads as the question."""
    flow_id = draft_flow_id(state)
    if flow_id != flow.id:
        raise AnswerError(f"the draft was started with flow {flow_id!r}, not {flow.id!r}")
    log = MoveLog.replay(flow, state.get("moves", []))
    raw_fields = state.get("fields", {})
    fields = ({str(k): str(v) for k, v in raw_fields.items()}
              if isinstance(raw_fields, Mapping) else {})
    try:
        page = DraftPage(state.get("page", DraftPage.QUESTION))
    except ValueError:
        page = DraftPage.QUESTION
    return DraftState(log, fields, page)


def assemble_record(session: Session, fields: Mapping[str, str]) -> DecisionRecord:
    """The record a finished walk and its typed fields make (new id, created now), not stored.

    Fields the path settled are filled when left blank. Raises UsageError when the walk has not
    reached an outcome, RecordContradictsPath when a field says otherwise than the path, and
    RecordInvalid with (field, message) pairs for anything else finalising would refuse.
    """
    if not session.finished or session.outcome is None:
        raise UsageError("the answers do not reach an outcome yet")
    flow = session.flow
    facts = path_facts(flow, session.path)
    clashes = contradictions(facts, fields)
    if clashes:
        raise RecordContradictsPath(clashes)
    record = DecisionRecord(
        id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
        path=session.path, outcome=session.outcome,
        fields=MappingProxyType(fill(facts, fields)), created=utc_now())
    errors = blocking(validate_record(record, flow))
    if errors:
        raise RecordInvalid(errors)
    return record
