"""The guided decision wizard, as a widget over a real vault: walk, back/forward, change, finalise."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from records_kit import filler, needed_values, paths_to_outcomes, set_input

from sharedesk.core.errors import SharedeskError
from sharedesk.core.flow import list_flows, load_flow_by_id
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_QUESTION, PAGE_RECORD, DecisionWizard

FLOW_OUTCOMES = [(flow.id, outcome) for flow in list_flows()
                 for outcome in paths_to_outcomes(flow)]
CONTACTS = [{"role": "Front door", "name": "MASH", "phone": "0300 123 4567"}]


def make_wizard(qtbot, vault, flow_id: str = "england-2018") -> DecisionWizard:
    wizard = DecisionWizard(load_flow_by_id(flow_id), service=vault.records, author="Ann Tester",
                            role="GP", contacts=CONTACTS)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def answer(wizard: DecisionWizard, value: str) -> tuple:
    if value:
        wizard.ui.choice_list.select(value)
    wizard.ui.next_button.click()
    return wizard.session.path


def fill_required(wizard: DecisionWizard) -> None:
    session = wizard.session
    form = wizard.record_form
    for name in needed_values(session.required_fields, session.outcome or "", form.values()):
        set_input(form.inputs[name], filler(name))


@pytest.mark.parametrize(("flow_id", "outcome_node"), FLOW_OUTCOMES)
def test_walk_each_flow_to_finalise(qtbot, vault, flow_id: str, outcome_node: str) -> None:
    wizard = make_wizard(qtbot, vault, flow_id)
    for value in paths_to_outcomes(wizard.flow)[outcome_node]:
        answer(wizard, value)
    assert wizard.page == PAGE_RECORD
    assert wizard.session.current.id == outcome_node
    fill_required(wizard)
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    with qtbot.waitSignal(wizard.decision_did_finalise) as blocker:
        wizard.check_answers.ui.finalise_button.click()
    record = vault.records.get(blocker.args[0])
    assert record.is_final
    assert [s.node_id for s in record.path] == [s.node_id for s in wizard.session.path]
    assert record.path[-1].node_id == outcome_node
    assert record.fields["decision_maker"] == "Ann Tester"
    assert vault.records.drafts() == []  # the draft is dropped once the record is final


def test_back_and_forward_keep_answers(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "yes")
    answer(wizard, "yes")
    assert wizard.session.current.id == "confidential"
    wizard.ui.back_button.click()
    wizard.ui.back_button.click()
    assert wizard.session.current.id == "purpose"
    assert wizard.ui.choice_list.value() == "yes"  # the kept answer is preselected
    assert wizard.ui.forward_button.isEnabled()
    wizard.ui.forward_button.click()
    assert wizard.session.current.id == "identifiable"
    assert wizard.ui.choice_list.value() == "yes"
    wizard.ui.next_button.click()
    assert wizard.session.current.id == "confidential"
    assert wizard.session.answers() == {"purpose": "yes", "identifiable": "yes"}


def test_changing_an_earlier_answer_lists_dropped_ones(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    for value in ("yes", "yes", "yes"):
        answer(wizard, value)
    assert wizard.session.current.id == "consent"
    for _ in range(2):
        wizard.ui.back_button.click()
    assert wizard.session.current.id == "identifiable"
    answer(wizard, "no")  # a different answer: confidential=yes no longer applies
    assert wizard.session.current.id == "share"
    # The outcome shows the record form; go back one question to see the notice on its page.
    notice = wizard.ui.dropped_notice
    assert "no longer apply" in notice.text()
    assert "Is the information confidential? Yes" in notice.text()
    assert wizard.session.answers() == {"purpose": "yes", "identifiable": "no"}


def test_next_without_a_choice_asks_for_one(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    wizard.ui.next_button.click()
    assert wizard.session.current.id == "purpose"
    assert wizard.ui.dropped_notice.isVisible()
    assert "Choose an answer" in wizard.ui.dropped_notice.text()


def test_seek_advice_is_recorded_in_the_path(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "not_sure")
    assert wizard.session.current.id == "advice"
    dialog = wizard.open_seek_advice()
    dialog.save_button.click()  # empty: refused with a message, nothing recorded
    assert dialog.error_label.isVisible() and wizard.session.advice == ()
    dialog.adviser_edit.setText("DSL, B. Khan")
    dialog.advice_edit.setPlainText("Share with children's social care")
    dialog.save_button.click()
    assert not dialog.isVisible()
    answer(wizard, "")  # continue from the advice step, back to the purpose question
    assert wizard.session.current.id == "purpose"
    for value in ("yes", "no"):
        answer(wizard, value)
    fill_required(wizard)
    wizard.record_form.ui.record_continue_button.click()
    texts = [w.text() for w in wizard.check_answers.findChildren(QLabel)]
    assert any("DSL, B. Khan advised: Share with children's social care" in t for t in texts)
    with qtbot.waitSignal(wizard.decision_did_finalise) as blocker:
        wizard.check_answers.ui.finalise_button.click()
    record = vault.records.get(blocker.args[0])
    advice_step = next(s for s in record.path if s.node_id == "advice")
    assert advice_step.advice[0].adviser == "DSL, B. Khan"
    assert [s.answer for s in record.path if s.node_id == "purpose"] == ["not_sure", "yes"]


def test_validation_messages_appear_and_block_finalise(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    for value in ("yes", "yes", "yes", "yes"):
        answer(wizard, value)
    assert wizard.page == PAGE_RECORD
    form = wizard.record_form
    assert not form.errors["reasons"].isVisible()  # nothing shown before the first Continue
    form.ui.record_continue_button.click()
    assert wizard.page == PAGE_RECORD
    assert form.ui.error_summary.isVisible()
    assert form.errors["reasons"].isVisible()
    assert "reasons" in form.errors["reasons"].text().lower()
    assert "field:reasons" in form.ui.error_summary_list.text()
    set_input(form.inputs["reasons"], "risk of harm")  # messages update as the user types
    assert not form.errors["reasons"].isVisible()
    assert form.errors["recipient"].isVisible()
    wizard.finalise()  # finalising directly is refused too
    assert wizard.page == PAGE_RECORD
    assert vault.records.count() == 0


def test_check_answers_change_links_return_to_the_right_place(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    for value in ("yes", "yes", "no"):
        answer(wizard, value)
    fill_required(wizard)
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    change = wizard.check_answers.findChild(type(wizard.ui.next_button), "change_answer_1")
    assert change is not None
    change.click()
    assert wizard.page == PAGE_QUESTION
    assert wizard.session.current.id == "identifiable"
    assert wizard.ui.choice_list.value() == "yes"
    wizard.ui.next_button.click()  # same answer: straight back to check your answers
    assert wizard.page == PAGE_CHECK
    field_change = wizard.check_answers.findChild(type(wizard.ui.next_button), "change_field_reasons")
    field_change.click()
    assert wizard.page == PAGE_RECORD
    assert wizard.record_form.inputs["reasons"].hasFocus() or not wizard.isActiveWindow()


def test_draft_autosaves_and_resumes(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "not_sure")
    wizard.open_seek_advice()
    wizard.advice_dialog.adviser_edit.setText("Caldicott Guardian")
    wizard.advice_dialog.advice_edit.setPlainText("Fine to share")
    wizard.advice_dialog.save_button.click()
    answer(wizard, "")
    answer(wizard, "yes")
    wizard.ui.back_button.click()
    with qtbot.waitSignal(wizard.draft_did_save, timeout=5000) as blocker:
        pass  # the debounced autosave fires about a second after the last move
    draft_id = blocker.args[0]
    state = vault.records.load_draft(draft_id)
    resumed = DecisionWizard.from_draft(draft_id, state, wizard.flow, service=vault.records,
                                        author="Ann Tester", role="GP")
    qtbot.addWidget(resumed)
    assert resumed.session.current.id == wizard.session.current.id == "purpose"
    assert resumed.session.can_go_forward
    assert resumed.ui.choice_list.value() == "yes"
    assert resumed.session.advice == wizard.session.advice
    assert vault.records.drafts()[0].flow_id == "england-2018"


def test_clear_wipes_record_content(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    for value in ("yes", "no"):
        answer(wizard, value)
    set_input(wizard.record_form.inputs["reasons"], "MARKER-REASON")
    wizard.record_form.ui.record_continue_button.click()
    fill_required(wizard)
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    wizard.clear()
    texts = [w.text() for w in wizard.findChildren(QLabel)]
    assert not any("MARKER-REASON" in t for t in texts)
    assert "MARKER-REASON" not in wizard.record_form.values().values()
    assert wizard.page == PAGE_QUESTION and wizard.session.path == ()
    # The work is not lost: it was saved as a draft before the wipe.
    assert wizard.draft_id is not None
    assert vault.records.load_draft(wizard.draft_id)["fields"]["reasons"] == "MARKER-REASON"


def test_save_and_close_keeps_a_draft(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "yes")
    with qtbot.waitSignal(wizard.wizard_did_close):
        wizard.ui.close_button.click()
    drafts = vault.records.drafts()
    assert [d.id for d in drafts] == [wizard.draft_id]
    state = vault.records.load_draft(wizard.draft_id)
    assert state["moves"] == [["answer", "yes"]]


def test_do_not_share_asks_for_reasons_and_advice_still_needed(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "no")
    assert wizard.session.outcome == "do_not_share"
    form = wizard.record_form
    assert "not sharing" in form.hints["reasons"].text()
    assert "advice you still need" in form.inputs["reasons"].accessibleDescription()
    # Sharing-only fields are not demanded for a refusal.
    form.ui.record_continue_button.click()
    assert form.errors["reasons"].isVisible()
    assert not form.errors["recipient"].isVisible()
    assert form.inputs["recipient"].parentWidget().parentWidget() is form.ui.optional_box


def test_resume_on_the_record_page_with_fields(qtbot, vault) -> None:
    wizard = make_wizard(qtbot, vault)
    answer(wizard, "no")
    set_input(wizard.record_form.inputs["reasons"], "No legitimate purpose")
    wizard.save_now()
    state = vault.records.load_draft(wizard.draft_id)
    assert state["page"] == PAGE_RECORD
    resumed = DecisionWizard.from_draft(wizard.draft_id, state, wizard.flow,
                                        service=vault.records, author="Ann Tester", role="GP")
    qtbot.addWidget(resumed)
    assert resumed.page == PAGE_RECORD
    assert resumed.record_form.values()["reasons"] == "No legitimate purpose"


@pytest.mark.parametrize("moves", [
    [["answer", "maybe"]],             # an answer the question does not offer
    [["back"]],                        # back from the first question
    [["jump", "share"]],               # not a move at all
    "not a list",
])
def test_a_damaged_draft_is_refused_with_a_message(qtbot, vault, moves) -> None:
    flow = load_flow_by_id("england-2018")
    state = {"version": 1, "flow": {"id": flow.id}, "moves": moves, "fields": {}}
    with pytest.raises(SharedeskError) as info:
        DecisionWizard.from_draft("d1", state, flow, service=vault.records, author="A", role="B")
    assert "\n" not in str(info.value) and str(info.value)


def test_a_draft_for_another_flow_is_refused(qtbot, vault) -> None:
    state = {"version": 1, "flow": {"id": "scotland"}, "moves": [], "fields": {}}
    with pytest.raises(SharedeskError, match="scotland"):
        DecisionWizard.from_draft("d1", state, load_flow_by_id("england-2018"),
                                  service=vault.records, author="A", role="B")
