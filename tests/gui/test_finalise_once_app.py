"""Finalise exactly once (issue 10 part 5): Seek advice, then Finalise, then a failure after the
record was committed must not leave Finalise on offer, and pressing it again makes no second
record (nor a second entry in the outbox for the case system)."""

from __future__ import annotations

from conftest import unlock
from records_kit import filler, needed_values, set_input

from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.sync.outbox import PENDING, Outbox
from sharedesk.gui.screens.decision import PAGE_CHECK, DecisionWizard

ANSWERS = ("no",)  # no clear purpose: "do not share", the shortest way to a record


def walk_with_advice(qtbot, wizard: DecisionWizard) -> None:
    dialog = wizard.open_seek_advice()
    dialog.adviser_edit.setText("Designated safeguarding lead")
    dialog.advice_edit.setPlainText("Share with children's social care today")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: wizard.advice_dialog is None)
    for value in ANSWERS:
        wizard.ui.choice_list.select(value)
        wizard.ui.next_button.click()
    form = wizard.record_form
    for name in needed_values(wizard.session.required_fields, wizard.session.outcome or "",
                              form.values()):
        set_input(form.inputs[name], filler(name))
    form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK


def test_seek_advice_then_finalise_in_the_app(qtbot, make_controller, existing_vault) -> None:
    # As reported: the error after the save came from the deleted advice dialog while the
    # finished decision was being closed; the wizard stayed, with Finalise still active.
    controller = make_controller()
    unlock(qtbot, controller)
    vault = controller.vault
    controller.start_decision("england-2018")
    wizard = controller.screens["decision"]
    walk_with_advice(qtbot, wizard)
    wizard.check_answers.ui.finalise_button.click()
    assert "decision" not in controller.screens
    assert controller.window.current_screen() is controller.screens["record_detail"]
    assert vault.records.count() == 1
    assert vault.records.drafts() == []


def test_a_failure_after_the_commit_never_finalises_again(qtbot, vault) -> None:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="GP")
    qtbot.addWidget(wizard)
    wizard.show()
    walk_with_advice(qtbot, wizard)
    made: list[str] = []

    def open_the_record(record_id: str) -> None:  # what follows the commit, and it fails
        made.append(record_id)
        raise RuntimeError("the record screen could not be built")

    wizard.decision_did_finalise.connect(open_the_record)
    button = wizard.check_answers.ui.finalise_button
    with qtbot.capture_exceptions() as raised:
        button.click()
        assert not button.isEnabled()  # Finalise is not offered again
        button.click()
        wizard.finalise()  # a second press by any route: the same record, nothing stored
    assert [type(e[1]) for e in raised] == [RuntimeError, RuntimeError]
    assert len(made) == 2 and made[0] == made[1]
    assert vault.records.count() == 1
    assert Outbox(vault).status().counts[PENDING] == 1
    assert vault.records.get(made[0]).path[0].advice  # the advice is in the one record
    assert vault.records.drafts() == []
    wizard.ui.flow_map.setFocus()
    wizard.hide()  # leaving saves no draft of a finalised decision
    assert vault.records.drafts() == []
