"""The Session engine on the shipped flows: answering, back/forward, dropped steps, advice."""

from __future__ import annotations

import pytest

from sharedesk.core.errors import AnswerError
from sharedesk.core.flow import Flow, Session, Step, load_flow_by_id


@pytest.fixture(scope="module")
def england() -> Flow:
    return load_flow_by_id("england-2018")


@pytest.fixture(scope="module")
def scotland() -> Flow:
    return load_flow_by_id("scotland")


def _walk(flow: Flow, *answers: str | None) -> Session:
    session = Session(flow)
    for value in answers:
        session.answer(value)
    return session


def _ids(session: Session) -> list[str]:
    return [s.node_id for s in session.path]


def test_starts_at_start_and_moves_by_choice(england: Flow) -> None:
    session = Session(england)
    assert session.current.id == "purpose" and not session.can_go_back
    assert session.answer("yes") == ()
    assert session.current.id == "identifiable" and session.can_go_back
    assert session.outcome is None and session.required_fields == ()


def test_outcome_and_required_fields(england: Flow) -> None:
    session = _walk(england, "yes", "yes", "yes", "no", "no")
    assert session.finished and session.outcome == "do_not_share"
    assert session.required_fields == england.node("do_not_share").requires
    assert _ids(session)[-1] == "do_not_share"
    assert session.answers() == {"purpose": "yes", "identifiable": "yes", "confidential": "yes",
                                 "consent": "no", "lawful_basis": "no"}


def test_back_and_forward_keep_answers(england: Flow) -> None:
    session = _walk(england, "yes", "yes", "no")
    full = session.path
    assert session.back() == Step("confidential", "no")
    assert session.back() == Step("identifiable", "yes")
    assert session.current.id == "identifiable" and session.pending_answer == "yes"
    assert session.answers() == {"purpose": "yes"}  # undone answers are not on the path
    session.forward()
    session.forward()
    assert session.path == full and session.outcome == "share"
    assert not session.can_go_forward and session.pending_answer is None


def test_a_different_answer_returns_the_dropped_steps(england: Flow) -> None:
    session = _walk(england, "yes", "yes", "yes", "no")  # at lawful_basis
    session.back()
    session.back()
    session.back()  # at identifiable; confidential=yes and consent=no are ahead
    dropped = session.answer("no")
    assert dropped == (Step("confidential", "yes"), Step("consent", "no"))
    assert session.outcome == "share" and not session.can_go_forward
    assert "confidential" not in session.answers() and "consent" not in session.answers()


def test_same_answer_keeps_later_steps(england: Flow) -> None:
    session = _walk(england, "yes", "yes", "yes")
    session.back()
    session.back()
    assert session.answer("yes") == ()
    assert session.can_go_forward and session.pending_answer == "yes"


def test_changed_answer_that_rejoins_keeps_later_answers(scotland: Flow) -> None:
    answers = ["no", "yes", None, "yes", "yes", "no", "yes", "yes", "no", "yes"]  # ... told
    session = _walk(scotland, *answers)
    assert session.current.id == "decision"
    for _ in range(3):
        session.back()
    assert session.current.id == "told"
    assert session.answer("no_risk") == ()  # both answers lead to the special category question
    assert session.pending_answer == "no"
    session.forward()
    session.forward()
    assert session.current.id == "decision"
    assert session.answers()["told"] == "no_risk"


def test_advice_node_returns_to_the_question(england: Flow) -> None:
    session = _walk(england, "not_sure")
    assert session.current.id == "advice"
    session.answer()
    assert session.current.id == "purpose"
    session.answer("yes")
    assert _ids(session) == ["purpose", "advice", "purpose"]


def test_advice_is_recorded_on_the_visit_and_kept_after_going_back(england: Flow) -> None:
    session = _walk(england, "not_sure")
    session.seek_advice("  DSL  ", "Share: there is a clear purpose.", "2026-01-01T10:00:00Z")
    session.answer()
    session.answer("yes")
    session.answer("no")
    advice_step = session.path[1]
    assert advice_step.node_id == "advice"
    assert [a.adviser for a in advice_step.advice] == ["DSL"]
    assert session.path[0].advice == () and session.path[2].advice == ()  # not on other visits
    assert advice_step.to_dict()["advice"] == [{"adviser": "DSL", "at": "2026-01-01T10:00:00Z",
                                                "advice": "Share: there is a clear purpose."}]
    while session.can_go_back:
        session.back()
    session.answer("no")  # a different branch: advice no longer on the path, but kept
    assert all(step.advice == () for step in session.path)
    assert [(n, a.adviser) for n, a in session.advice] == [("advice", "DSL")]


def test_advice_may_be_sought_at_any_step(england: Flow) -> None:
    session = _walk(england, "yes")
    session.seek_advice("Caldicott Guardian", "Names identify the child.")
    session.answer("yes")
    assert session.path[1].advice[0].advice == "Names identify the child."
    with pytest.raises(AnswerError, match="who advised"):
        session.seek_advice(" ", "something")


def test_bad_moves_raise_answer_error(england: Flow) -> None:
    session = Session(england)
    with pytest.raises(AnswerError, match=r"purpose: answer 'maybe' is not offered \(yes, no, not_sure\)"):
        session.answer("maybe")
    with pytest.raises(AnswerError, match="purpose"):
        session.answer(None)
    with pytest.raises(AnswerError, match="first question"):
        session.back()
    with pytest.raises(AnswerError, match="no later step"):
        session.forward()
    session.answer("not_sure")
    with pytest.raises(AnswerError, match="advice: this step takes no answer"):
        session.answer("yes")
    session = _walk(england, "no")
    with pytest.raises(AnswerError, match="ended at an outcome"):
        session.answer(None)
    assert session.outcome == "do_not_share"  # unchanged by the refused moves


def test_replay_reports_missing_unused_and_repeated_answers(england: Flow) -> None:
    session, unused = Session.replay(england, {"purpose": ["not_sure", "yes"], "identifiable": "no",
                                               "consent": "yes"})
    assert session.outcome == "share" and unused == ("consent",)
    with pytest.raises(AnswerError, match="missing answer for question 'identifiable'"):
        Session.replay(england, {"purpose": "yes"})
    with pytest.raises(AnswerError, match="'purpose' \\(asked again after advice\\)"):
        Session.replay(england, {"purpose": ["not_sure"]})
    _, unused = Session.replay(england, {"purpose": ["no", "yes"]})
    assert unused == ("purpose",)  # the second answer was never needed
    with pytest.raises(AnswerError, match="not offered"):
        Session.replay(england, {"purpose": "perhaps"})


def test_replay_is_bounded_for_endless_advice(england: Flow) -> None:
    with pytest.raises(AnswerError, match="missing answer"):
        Session.replay(england, {"purpose": ["not_sure"] * 50})
    with pytest.raises(AnswerError, match="do not reach an outcome"):
        Session.replay(england, {"purpose": ["not_sure"] * 20_000})
