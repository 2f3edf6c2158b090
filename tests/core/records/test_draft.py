"""The draft format and record assembly in core (issue 12 part 1): a walk saved as a draft in a
real vault reads back as the same walk, and ``finalise_session`` is the one way a walk becomes a
record, for the GUI and ``sharedesk decide`` alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sharedesk.cli import main
from sharedesk.core.changes import FINALISED, NOTHING
from sharedesk.core.errors import AnswerError, RecordContradictsPath, RecordInvalid, UsageError
from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.flow.model import Flow, NodeKind
from sharedesk.core.records.draft import (
    DraftPage,
    MoveLog,
    assemble_record,
    draft_flow_id,
    make_state,
    read_state,
)
from sharedesk.core.vault import KdfParams, Vault

PASS = "records test passphrase"
CONSENT_ROUTE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "yes"}
TYPED = {"reasons": "Risk of harm at home", "purpose": "Early help referral",
         "recipient": "Children's social care", "what_shared": "Attendance record",
         "lawful_basis": "public_task", "informed": "yes", "decision_maker": "Sam Okafor",
         "role": "DSL"}


@pytest.fixture
def flow() -> Flow:
    return load_flow_by_id("england-2018")


def walk(log: MoveLog, answers: dict[str, str]) -> None:
    """Answer as the wizard does: each question from ``answers``, Continue past other steps."""
    while not log.session.finished:
        node = log.session.current
        log.answer(answers[node.id] if node.kind is NodeKind.QUESTION else None)


def test_a_draft_saved_in_the_vault_reads_back_as_the_same_walk(vault: Vault,
                                                                 flow: Flow) -> None:
    log = MoveLog(flow)
    log.answer("yes")  # purpose
    log.seek_advice("Duty social worker", "Share with the school nurse", "2026-11-30T15:00:00Z")
    log.answer("no")   # identifiable: reaches an outcome
    log.back()         # ... then back, so Forward has "no" to give again
    state = make_state(log, {"reasons": "Risk", "subject": ""}, DraftPage.QUESTION, "Sam", "DSL")
    draft = vault.records.save_draft(None, state)

    saved = vault.records.load_draft(draft)
    back = read_state(flow, saved)
    assert back.log.session.path == log.session.path
    assert back.log.session.advice == log.session.advice
    assert back.log.redo_answer() == "no"
    assert back.fields == {"reasons": "Risk"}  # blank fields are not saved
    assert back.page is DraftPage.QUESTION
    assert draft_flow_id(saved) == "england-2018"
    assert saved["author"] == "Sam" and saved["role"] == "DSL"
    back.log.forward()
    assert back.log.session.finished and back.log.session.outcome == "share"


def test_the_drafts_list_reads_the_flow_and_subject_as_the_draft_format_does(
        vault: Vault, flow: Flow) -> None:
    log = MoveLog(flow)
    state = make_state(log, {"subject": "AB 12", "recipient": "School nurse"},
                       DraftPage.RECORD, "", "")
    draft = vault.records.save_draft(None, state)
    old = vault.records.save_draft(None, {"flow": "england-2024", "moves": []})  # first form
    listed = {d.id: d for d in vault.records.drafts()}
    assert (listed[draft].flow_id, listed[draft].subject, listed[draft].recipient) == (
        "england-2018", "AB 12", "School nurse")
    assert listed[old].flow_id == "england-2024"


def test_the_page_reads_back_and_an_unknown_page_is_the_question(flow: Flow) -> None:
    log = MoveLog(flow)
    walk(log, {"purpose": "no"})
    assert read_state(flow, make_state(log, {}, DraftPage.CHECK, "", "")).page is DraftPage.CHECK
    state = {**make_state(log, {}, DraftPage.RECORD, "", ""), "page": "elsewhere"}
    assert read_state(flow, state).page is DraftPage.QUESTION


@pytest.mark.parametrize("moves", [
    "not a list", [["jump", "x"]], [[]], [["answer"]], [["back", "extra"]],
    [["answer", "not offered"]], [["back"]], [["answer", "yes"]] * 10_001])
def test_damaged_moves_are_refused(flow: Flow, moves: object) -> None:
    state = {"flow": {"id": flow.id}, "moves": moves}
    with pytest.raises(AnswerError):
        read_state(flow, state)


def test_a_draft_of_another_flow_is_refused(flow: Flow) -> None:
    with pytest.raises(AnswerError, match="'scotland'"):
        read_state(flow, {"flow": {"id": "scotland"}, "moves": []})
    assert draft_flow_id({"flow": "england-2024"}) == "england-2024"  # the first drafts' form
    assert draft_flow_id({}) == ""


def test_assemble_fills_what_the_path_settled(flow: Flow) -> None:
    log = MoveLog(flow)
    walk(log, CONSENT_ROUTE)
    record = assemble_record(log.session, TYPED)
    assert record.fields["consent"] == "given"  # answered "yes" to "Do you have consent?"
    assert record.outcome == log.session.outcome and record.path == log.session.path
    assert (record.flow_id, record.flow_sha256) == (flow.id, flow.sha256)
    assert not record.is_final


def test_assemble_refuses_an_unfinished_walk_a_contradiction_and_a_gap(flow: Flow) -> None:
    log = MoveLog(flow)
    log.answer("yes")
    with pytest.raises(UsageError, match="do not reach an outcome"):
        assemble_record(log.session, TYPED)
    walk(log, CONSENT_ROUTE)
    with pytest.raises(RecordContradictsPath, match="consent: the path answered 'yes'"):
        assemble_record(log.session, {**TYPED, "consent": "refused"})
    with pytest.raises(RecordInvalid) as gap:
        assemble_record(log.session, {**TYPED, "reasons": "  "})
    assert [name for name, _ in gap.value.problems] == ["reasons"]


def test_finalise_session_stores_once_and_reports_what_changed(vault: Vault, flow: Flow) -> None:
    log = MoveLog(flow)
    walk(log, CONSENT_ROUTE)
    draft = vault.records.save_draft(None, make_state(log, TYPED, DraftPage.CHECK, "Sam", "DSL"))
    done = vault.records.finalise_session(log.session, TYPED, draft_id=draft)
    assert done.changes == FINALISED
    assert done.record.is_final and done.record.finalised
    assert vault.records.get(done.record.id) == done.record
    assert vault.records.drafts() == []
    again = vault.records.finalise_session(log.session, TYPED, draft_id=draft)
    assert again.record == done.record and again.changes == NOTHING
    assert vault.records.count() == 1


def test_finalise_session_refused_stores_nothing_and_keeps_the_draft(vault: Vault,
                                                                      flow: Flow) -> None:
    log = MoveLog(flow)
    walk(log, CONSENT_ROUTE)
    draft = vault.records.save_draft(None, make_state(log, TYPED, DraftPage.CHECK, "Sam", "DSL"))
    with pytest.raises(RecordInvalid):
        vault.records.finalise_session(log.session, {**TYPED, "recipient": ""}, draft_id=draft)
    assert vault.records.count() == 0
    assert [d.id for d in vault.records.drafts()] == [draft]


def _content(record: dict[str, object]) -> dict[str, object]:
    """A stored record without what differs between any two finalisations (id and times)."""
    return {k: v for k, v in record.items() if k not in {"id", "created", "finalised"}}


def test_the_gui_path_and_the_cli_path_make_the_same_record(
        sharedesk_home: Path, tmp_path: Path, flow: Flow, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = sharedesk_home / "vault.sharedesk"  # the CLI's default vault
    Vault.create(path, PASS, kdf=KdfParams(1024, 1, 1)).close()
    answers = tmp_path / "decision.json"
    answers.write_text(json.dumps({"flow": flow.id, "answers": CONSENT_ROUTE, "record": TYPED}))
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["decide", "--json", "--answers", str(answers)]) == 0
    by_cli = json.loads(capsys.readouterr().out)

    # The wizard's way: moves one at a time, the draft autosaved, then the form's values
    # (every field, blanks included, with untrimmed text) finalised with the draft's id.
    vault = Vault.open(path, PASS)
    try:
        log = MoveLog(flow)
        walk(log, CONSENT_ROUTE)
        form = {**TYPED, "reasons": " Risk of harm at home ", "consent": "", "subject": ""}
        draft = vault.records.save_draft(None, make_state(log, form, DraftPage.CHECK,
                                                          "Sam Okafor", "DSL"))
        by_gui = vault.records.finalise_session(log.session, form, draft_id=draft).record
        assert vault.records.count() == 2
    finally:
        vault.close()
    assert by_gui.id != by_cli["id"]
    assert _content(by_gui.to_dict()) == _content(by_cli)
    assert by_cli["fields"]["consent"] == "given" and by_cli["status"] == "final"
