"""Records made by walking the shipped England flow, with text chosen to break naive exporters."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

import pytest
from export_samples import SHARE_ANSWERS, fields

from sharedesk.core.flow import Flow, Session, load_flow_by_id
from sharedesk.core.records.model import STATUS_FINAL, Amendment, DecisionRecord


@pytest.fixture(scope="session")
def flow() -> Flow:
    return load_flow_by_id("england-2018")


@pytest.fixture(scope="session")
def flows(flow: Flow) -> dict[str, Flow]:
    return {flow.id: flow}


@pytest.fixture
def make_record(flow: Flow) -> Callable[..., DecisionRecord]:
    counter = iter(range(1, 1_000_000))

    def make(answers: dict[str, object] | None = None, *, final: bool = True,
             amend: bool = False, **extra: str) -> DecisionRecord:
        n = next(counter)
        if answers is None:  # the default walk seeks advice at the first question
            session = _with_advice(flow, SHARE_ANSWERS)
        else:
            session, _ = Session.replay(flow, answers)  # type: ignore[arg-type]
        record = DecisionRecord(
            id=f"00000000-0000-4000-8000-{n:012d}", flow_id=flow.id, flow_version=flow.version,
            flow_sha256=flow.sha256, path=session.path, outcome=session.outcome or "",
            fields=MappingProxyType(fields(**extra)), created="2026-11-20T09:30:00Z",
            status=STATUS_FINAL if final else "draft",
            finalised="2026-11-20T09:45:00Z" if final else None)
        if amend:
            record = record.with_amendment(Amendment(
                id="00000000-0000-4000-a000-0000000000a1", at="2026-11-21T10:00:00Z", author="Manager M",
                reason="Corrected the recipient team", changes=MappingProxyType(
                    {"recipient": "Children's social care, MASH"})))
        return record

    return make


def _with_advice(flow: Flow, answers: dict[str, object]) -> Session:
    session = Session(flow)
    session.answer("not_sure")
    session.seek_advice("Named nurse", "Share under public task", "2026-11-20T09:35:00Z")
    session.answer(None)
    session.answer("yes")
    for node_id in ("identifiable", "confidential", "consent", "lawful_basis"):
        session.answer(str(answers[node_id]))
    return session
