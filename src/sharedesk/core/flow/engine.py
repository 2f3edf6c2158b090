"""A session over a flow: the current step, answering, back and forward, and the path taken.

Pure Python, no I/O and no Qt; not thread-safe (one session belongs to one screen or command).
Answers on a branch the user abandons are dropped from the path and returned to the caller, so
the GUI can show which later answers no longer apply; they are never kept silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sharedesk.core.errors import AnswerError
from sharedesk.core.flow.model import Flow, Node, NodeKind


@dataclass(frozen=True)
class Advice:
    """Advice sought at a step: who was asked, when, and what they said."""

    adviser: str
    advice: str
    at: str = ""  # ISO timestamp supplied by the caller (the engine keeps no clock)


@dataclass(frozen=True)
class Step:
    """One step taken: the node, the answer given (None for action/info/advice/outcome)."""

    node_id: str
    answer: str | None = None
    advice: tuple[Advice, ...] = ()

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"node": self.node_id}
        if self.answer is not None:
            out["answer"] = self.answer
        if self.advice:
            out["advice"] = [{"adviser": a.adviser, "advice": a.advice, "at": a.at}
                             for a in self.advice]
        return out


@dataclass
class Session:
    """Walk one flow. ``path`` holds completed steps; ``current`` is the step being shown."""

    flow: Flow
    _path: list[Step] = field(default_factory=list)
    _current: str = ""
    # (node id, index the step has on the path, advice): advice belongs to one visit of a node.
    _advice: list[tuple[str, int, Advice]] = field(default_factory=list)
    _redo: list[Step] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self._current:
            self._current = self.flow.start

    # -- reading -----------------------------------------------------------------------------
    @property
    def current(self) -> Node:
        return self.flow.nodes[self._current]

    @property
    def path(self) -> tuple[Step, ...]:
        """Completed steps (with any advice sought at each), plus the outcome once reached."""
        steps = [Step(s.node_id, s.answer, self._advice_at(i, s.node_id))
                 for i, s in enumerate(self._path)]
        if self.finished:
            steps.append(Step(self._current, None, self._advice_at(len(self._path), self._current)))
        return tuple(steps)

    @property
    def finished(self) -> bool:
        return self.current.kind is NodeKind.OUTCOME

    @property
    def outcome(self) -> str | None:
        return self.current.outcome if self.finished else None

    @property
    def required_fields(self) -> tuple[str, ...]:
        """Record fields the reached outcome requires (empty until an outcome is reached)."""
        return self.current.requires if self.finished else ()

    @property
    def can_go_back(self) -> bool:
        return bool(self._path)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._redo) and self._redo[-1].node_id == self._current

    @property
    def pending_answer(self) -> str | None:
        """The answer forward() would give at the current question (None if none is kept)."""
        return self._redo[-1].answer if self.can_go_forward else None

    def answers(self) -> dict[str, str]:
        """The latest answer given to each question on the path."""
        return {s.node_id: s.answer for s in self._path if s.answer is not None}

    # -- moving ------------------------------------------------------------------------------
    def answer(self, value: str | None = None) -> tuple[Step, ...]:
        """Answer the current question (or continue past an action/info/advice node).

        After back(), the later steps are kept for forward(). Giving the same answer keeps them.
        A different answer keeps them too when it leads to the same next step (the rest of the
        path depends only on the answers given there); otherwise they no longer apply and are
        returned, in path order, so the caller can show them (empty when nothing was dropped).
        Raises AnswerError for a value the question does not offer, or at an outcome.
        """
        node = self.current
        target = self._target_for(node, value)
        step = Step(node.id, value if node.kind is NodeKind.QUESTION else None)
        dropped: tuple[Step, ...] = ()
        if self._redo and self._redo[-1].node_id == node.id:
            previous = self._redo.pop()
            rejoins = bool(self._redo) and self._redo[-1].node_id == target
            if previous.answer != step.answer and not rejoins:
                dropped = tuple(reversed(self._redo))
                self._redo.clear()
        elif self._redo:  # not reachable through the public API; never keep stale steps
            dropped = tuple(reversed(self._redo))
            self._redo.clear()
        self._path.append(step)
        self._current = target
        return dropped

    def forward(self) -> None:
        """Redo the step undone by the last back(), with its answer."""
        if not self.can_go_forward:
            raise AnswerError("there is no later step to return to")
        self.answer(self._redo[-1].answer)

    def back(self) -> Step:
        """Step back one node. The undone step is kept for forward() until a different answer."""
        if not self._path:
            raise AnswerError("already at the first question")
        step = self._path.pop()
        self._redo.append(step)
        self._current = step.node_id
        return step

    def seek_advice(self, adviser: str, advice: str, at: str = "") -> None:
        """Record advice sought at the current step (any step, not only the advice node).

        Advice is an event that happened, so it is kept even if the user later goes back and
        takes another branch; it is reported with the node it was sought at.
        """
        if not adviser.strip() or not advice.strip():
            raise AnswerError("say who advised and what they advised")
        self._advice.append((self._current, len(self._path),
                             Advice(adviser.strip(), advice.strip(), at)))

    @property
    def advice(self) -> tuple[tuple[str, Advice], ...]:
        """Every piece of advice sought in this session, with the node it was sought at."""
        return tuple((n, a) for n, _, a in self._advice)

    def _advice_at(self, index: int, node_id: str) -> tuple[Advice, ...]:
        return tuple(a for n, i, a in self._advice if i == index and n == node_id)

    def _target_for(self, node: Node, value: str | None) -> str:
        if node.kind is NodeKind.OUTCOME:
            raise AnswerError(f"{node.id}: the flow has ended at an outcome")
        if node.kind is NodeKind.QUESTION:
            choice = node.choice(value) if value is not None else None
            if choice is None:
                offered = ", ".join(c.value for c in node.choices)
                raise AnswerError(f"{node.id}: answer {value!r} is not offered ({offered})")
            return choice.target
        if value is not None:
            raise AnswerError(f"{node.id}: this step takes no answer")
        if node.kind is NodeKind.ADVICE:
            return self._path[-1].node_id  # back to the question that led here
        assert node.next is not None  # guaranteed by validate_flow
        return node.next

    # -- whole walks -------------------------------------------------------------------------
    @classmethod
    def replay(cls, flow: Flow,
               answers: Mapping[str, str | Sequence[str]]) -> tuple[Session, tuple[str, ...]]:
        """Walk from the start using ``answers`` (node id -> value, or a list of values for a
        question visited more than once, e.g. "not sure" then "yes" after advice).

        Returns the finished session and the ids of answers that were never used. Raises
        AnswerError naming the first question without an answer.
        """
        queues: dict[str, list[str]] = {}
        for node_id, given in answers.items():
            queues[node_id] = [given] if isinstance(given, str) else list(given)
        used: set[str] = set()
        session = cls(flow)
        for _ in range(10_000):  # a flow is finite; this bounds a hostile answers file
            if session.finished:
                break
            node = session.current
            if node.kind is not NodeKind.QUESTION:
                session.answer(None)
                continue
            queue = queues.get(node.id)
            if not queue:
                visit = "" if node.id not in used else " (asked again after advice)"
                raise AnswerError(f"missing answer for question {node.id!r}{visit}")
            used.add(node.id)
            session.answer(str(queue.pop(0)))
        else:
            raise AnswerError("the answers do not reach an outcome")
        unused = tuple(sorted(k for k in queues if k not in used or queues[k]))
        return session, unused
