"""A decision in progress as a JSON-able state dict, and back again.

The walk is kept as the list of moves the user made (answer, back, forward, advice), not as a
copy of the engine's internals: replaying the moves through the public Session API rebuilds the
exact session, including answers kept for Forward and advice sought on abandoned branches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sharedesk.core.errors import AnswerError
from sharedesk.core.flow.engine import Session, Step
from sharedesk.core.flow.model import Flow

STATE_VERSION = 1
_MAX_MOVES = 10_000  # a walk is short; this bounds a damaged draft


class MoveLog:
    """A session plus the moves that produced it. Every move goes through here."""

    def __init__(self, flow: Flow) -> None:
        self.session = Session(flow)
        self.moves: list[list[Any]] = []

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
        """The answer Forward would give at the current question, or None.

        A forward then a back leaves the session exactly as it was and hands back the step, so
        the screen can preselect the kept answer without reaching into the engine.
        """
        if not self.session.can_go_forward:
            return None
        self.session.forward()
        return self.session.back().answer

    @classmethod
    def replay(cls, flow: Flow, moves: list[Any]) -> MoveLog:
        """Rebuild from saved moves. Raises AnswerError if they do not fit this flow."""
        log = cls(flow)
        if not isinstance(moves, list) or len(moves) > _MAX_MOVES:
            raise AnswerError("the saved draft is damaged (its steps cannot be read)")
        for move in moves:
            if not isinstance(move, list) or not move:
                raise AnswerError("the saved draft is damaged (its steps cannot be read)")
            kind = move[0]
            if kind == "answer" and len(move) == 2:
                log.answer(None if move[1] is None else str(move[1]))
            elif kind == "back":
                log.back()
            elif kind == "forward":
                log.forward()
            elif kind == "advice" and len(move) == 4:
                log.seek_advice(str(move[1]), str(move[2]), str(move[3]))
            else:
                raise AnswerError("the saved draft is damaged (unknown step)")
        return log


def make_state(log: MoveLog, fields: Mapping[str, str], page: str,
               author: str, role: str) -> dict[str, Any]:
    flow = log.session.flow
    return {
        "version": STATE_VERSION,
        "flow": {"id": flow.id, "version": flow.version, "sha256": flow.sha256},
        "moves": [list(m) for m in log.moves],
        "fields": {k: v for k, v in fields.items() if v},
        "page": page,
        "author": author,
        "role": role,
    }


def read_state(flow: Flow, state: Mapping[str, Any]) -> tuple[MoveLog, dict[str, str], str]:
    """The move log, fields and page of a saved state. Raises AnswerError when it does not fit."""
    saved_flow = state.get("flow")
    flow_id = saved_flow.get("id") if isinstance(saved_flow, Mapping) else saved_flow
    if flow_id != flow.id:
        raise AnswerError(f"the draft was started with flow {flow_id!r}, not {flow.id!r}")
    log = MoveLog.replay(flow, state.get("moves", []))
    raw_fields = state.get("fields", {})
    fields = {str(k): str(v) for k, v in raw_fields.items()} if isinstance(raw_fields, Mapping) else {}
    page = str(state.get("page", "question"))
    return log, fields, page
