"""The guided decision on the application layer (issue 12 part 1): node kinds map to pages in
one table, no screen asks a node whether it is a question or reads a label back to find an
error, and the wizard makes the record ``sharedesk decide`` makes for the same answers, saying what
changed (``core.changes``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from records_kit import PASSPHRASE, set_input

from sharedesk.cli import main
from sharedesk.core.changes import DRAFT_SAVED, FINALISED
from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.flow.model import NodeKind
from sharedesk.core.records.draft import DraftPage
from sharedesk.gui.screens import question_page
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_RECORD, DecisionWizard

SCREENS = Path(question_page.__file__).parent
CONSENT_ROUTE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "yes"}
TYPED = {"reasons": "Risk of harm at home", "purpose": "Early help referral",
         "recipient": "Children's social care", "what_shared": "Attendance record",
         "lawful_basis": "public_task", "informed": "yes"}


def make_wizard(qtbot, vault) -> DecisionWizard:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Sam Okafor", role="DSL")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_every_node_kind_has_one_page_in_the_navmap() -> None:
    assert set(question_page.NAVMAP) == set(NodeKind)
    pages = {kind: page.page for kind, page in question_page.NAVMAP.items()}
    assert pages == {**dict.fromkeys(NodeKind, DraftPage.QUESTION),
                     NodeKind.OUTCOME: DraftPage.RECORD}


@pytest.mark.parametrize("name", ["decision.py", "question_page.py"])
def test_the_decision_screens_do_not_branch_on_node_kinds(name: str) -> None:
    source = (SCREENS / name).read_text()
    code = source.split("NAVMAP: Mapping")[0]  # the table itself names every kind once
    assert "is_question" not in code
    assert not re.findall(r"\.kind (?:is|==|!=|is not) ", code)


@pytest.mark.parametrize("name", ["decision.py", "question_page.py", "check_answers.py"])
def test_no_decision_screen_reads_a_label_back_to_find_an_error(name: str) -> None:
    source = (SCREENS / name).read_text()
    assert not re.findall(r"\.text\(\)\s*(?:==|!=|in\b)", source)


def test_choosing_an_answer_clears_the_choose_an_answer_notice(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    notice = wizard.ui.dropped_notice
    wizard.ui.next_button.click()
    assert notice.isVisible() and "Choose an answer" in notice.text()
    wizard.ui.choice_list.select("yes")
    assert not notice.isVisible() and notice.text() == ""
    wizard.ui.next_button.click()
    assert wizard.session.current.id == "identifiable"


def test_advice_is_about_the_question_asked_or_the_one_that_led_to_the_advice_step(
        qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    purpose = wizard.flow.nodes["purpose"].text

    def intro() -> str:
        dialog = wizard.open_seek_advice()
        text = dialog.findChild(QLabel, "seek_advice_intro").text()
        dialog.reject()
        return text

    assert purpose in intro()
    wizard.ui.choice_list.select("not_sure")
    wizard.ui.next_button.click()
    assert wizard.session.current.kind is NodeKind.ADVICE
    assert wizard.ui.next_button.text() == "&Continue"
    assert purpose in intro()


def test_the_wizard_and_sharedesk_decide_make_the_same_record(
        qtbot, vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    wizard = make_wizard(qtbot, vault)
    seen: list[object] = []
    wizard.vault_did_change.connect(seen.append)
    while wizard.page != PAGE_RECORD:
        node = wizard.session.current
        if node.id in CONSENT_ROUTE:
            wizard.ui.choice_list.select(CONSENT_ROUTE[node.id])
        wizard.ui.next_button.click()
    for name, value in TYPED.items():
        set_input(wizard.record_form.inputs[name], value)
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    with qtbot.waitSignal(wizard.decision_did_finalise) as blocker:
        wizard.check_answers.ui.finalise_button.click()
    by_wizard = vault.records.get(blocker.args[0]).to_dict()
    assert seen[-1] == FINALISED  # the draft saved on the way (once or more), then the record
    assert seen[:-1] and set(seen[:-1]) == {DRAFT_SAVED}

    answers = tmp_path / "decision.json"
    answers.write_text(json.dumps({"flow": "england-2018", "answers": CONSENT_ROUTE,
                                   "record": {**TYPED, "decision_maker": "Sam Okafor",
                                              "role": "DSL"}}))
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["decide", "--json", "--vault", str(vault.path), "--answers", str(answers)]) == 0
    by_cli = json.loads(capsys.readouterr().out)

    def content(record: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in record.items() if k not in {"id", "created", "finalised"}}

    assert by_cli["id"] != by_wizard["id"]
    assert content(by_wizard) == content(by_cli)
    assert by_wizard["fields"]["consent"] == "given"  # settled by the path, in both
