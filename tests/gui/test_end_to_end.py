"""The whole app, as a practitioner uses it: first run -> lock -> unlock -> decision -> record ->
check answers -> finalise -> the record is in the vault with its path, and search finds it.
Once per shipped flow, and once with key presses only."""

from __future__ import annotations

import pytest
from conftest import GOOD_PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from records_kit import filler, needed_values, paths_to_outcomes, set_input

from sharedesk.core.flow import list_flows
from sharedesk.core.flow.model import NodeKind
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_QUESTION, PAGE_RECORD

FLOWS = list_flows()


def first_outcome(flow) -> tuple[str, list[str]]:
    found = paths_to_outcomes(flow)
    node_id = next((n for n in found if flow.nodes[n].outcome == "share"), next(iter(found)))
    return node_id, found[node_id]


def first_run(qtbot, controller, flow_id: str) -> None:
    screen = controller.screens["first_run"]
    screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    screen.ui.confirm_edit.setText(GOOD_PASSPHRASE)
    screen.ui.name_edit.setText("Ann Tester")
    screen.ui.role_edit.setText("School DSL")
    screen.ui.flow_combo.setCurrentIndex(screen.ui.flow_combo.findData(flow_id))
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()


def focused():
    return QApplication.focusWidget()


@pytest.mark.parametrize("flow", FLOWS, ids=[f.id for f in FLOWS])
def test_decision_end_to_end(qtbot, make_controller, vault_path, flow) -> None:
    controller = make_controller()
    first_run(qtbot, controller, flow.id)
    # Lock and unlock before deciding: the decision is made on a re-opened vault.
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    qtbot.keyClick(controller.window.current_screen(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.locked
    unlock_screen = controller.screens["unlock"]
    unlock_screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        unlock_screen.ui.unlock_button.click()

    home = controller.screens["home"]
    assert home.ui.flow_combo.currentData() == flow.id  # the first-run choice is the default
    home.ui.start_button.click()
    wizard = controller.screens["decision"]
    assert wizard.flow.id == flow.id
    outcome_node, answers = first_outcome(flow)
    for value in answers:
        assert wizard.page == PAGE_QUESTION
        if value:
            wizard.ui.choice_list.select(value)
        wizard.ui.next_button.click()
    assert wizard.page == PAGE_RECORD
    session = wizard.session
    assert session.current.id == outcome_node
    for name in needed_values(session.required_fields, session.outcome or "", wizard.record_form.values()):
        set_input(wizard.record_form.inputs[name], filler(name))
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    expected_path = [step.node_id for step in session.path]
    with qtbot.waitSignal(wizard.decision_did_finalise, timeout=10_000) as blocker:
        wizard.check_answers.ui.finalise_button.click()
    record_id = blocker.args[0]
    assert "decision" not in controller.screens  # the finished wizard is dropped
    assert "Ann" not in controller.window.windowTitle()

    record = controller.vault.records.get(record_id)
    assert record.is_final
    assert record.flow_id == flow.id and record.flow_version == flow.version
    assert [s.node_id for s in record.path] == expected_path
    assert record.path[-1].node_id == outcome_node
    assert record.fields["decision_maker"] == "Ann Tester"
    found = controller.vault.records.page(RecordQuery(search="Ann Tester"), 0, 10)
    assert [r.id for r in found] == [record_id]
    # Home lists it among recent decisions, by outcome and reference only.
    controller.go_home()
    qtbot.waitUntil(lambda: not getattr(home, "loading", False))  # Home reads on a worker
    recent = [home.ui.recent_list.item(i).text() for i in range(home.ui.recent_list.count())]
    assert any(record_id[:8] in line and "Ann" not in line for line in recent)
    # And it is really on disk: a fresh open of the vault file finds it.
    controller.lock("test")
    vault = Vault.open(vault_path, GOOD_PASSPHRASE)
    try:
        assert vault.records.get(record_id).outcome == record.outcome
    finally:
        vault.close()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


@pytest.mark.parametrize("flow", FLOWS, ids=[f.id for f in FLOWS])
def test_keyboard_only_from_first_run_to_finding_the_record(qtbot, make_controller, flow) -> None:
    controller = make_controller()
    window = controller.window
    with qtbot.waitActive(window):
        window.activateWindow()
    # Focus starts in the passphrase field: no click needed.
    qtbot.waitUntil(lambda: focused() is controller.screens["first_run"].ui.passphrase_edit)
    screen = controller.screens["first_run"]
    # First run: passphrase, again, name, role, then Alt+C creates the vault.
    type_text(GOOD_PASSPHRASE)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(GOOD_PASSPHRASE)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    type_text("Ann Tester")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    type_text("GP")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is screen.ui.flow_combo
    for _ in range(screen.ui.flow_combo.findData(flow.id) - screen.ui.flow_combo.currentIndex()):
        QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert screen.ui.flow_combo.currentData() == flow.id
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        QTest.keyClick(focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    # Lock with Ctrl+L, unlock by typing the passphrase and pressing Enter.
    QTest.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.locked
    assert focused() is controller.screens["unlock"].ui.passphrase_edit
    type_text(GOOD_PASSPHRASE)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    # Home: focus is on "Start a decision"; Space presses it.
    assert focused() is controller.screens["home"].ui.start_button
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    wizard = controller.screens["decision"]
    qtbot.waitUntil(lambda: focused() is wizard.ui.choice_list.buttons()[0])
    walk_by_keys(qtbot, wizard)
    with qtbot.waitSignal(wizard.decision_did_finalise, timeout=10_000) as blocker:
        QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    record_id = blocker.args[0]
    record = controller.vault.records.get(record_id)
    assert record.is_final and record.fields["decision_maker"] == "Ann Tester"
    assert record.flow_id == flow.id
    # Find it again: Ctrl+R, type in the search, Shift+Tab back to the table (the tab order
    # wraps round to it), Down selects the row, Enter opens it.
    QTest.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    records = controller.screens["records"]
    assert focused() is records.ui.search_edit
    type_text("Ann Tester")
    qtbot.waitUntil(lambda: records.model.rowCount() == 1, timeout=5_000)
    for _ in range(3):  # back past the Open button to the table
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        if focused() is records.ui.records_table:
            break
    assert focused() is records.ui.records_table
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "record_detail" in controller.screens)
    assert controller.screens["record_detail"].record.id == record_id


def walk_by_keys(qtbot, wizard) -> None:
    """Answer each question with the arrow keys and Enter, fill the record with typing and Tab."""
    flow = wizard.flow
    _node, answers = first_outcome(flow)
    for value in answers:
        node = wizard.session.current
        if node.kind is NodeKind.QUESTION:
            buttons = wizard.ui.choice_list.buttons()
            values = [c.value for c in node.choices]
            qtbot.waitUntil(lambda b=buttons: focused() in b)
            QTest.keyClick(focused(), Qt.Key.Key_Space)  # pick the first answer
            for _ in range(values.index(value)):
                QTest.keyClick(focused(), Qt.Key.Key_Down)
            assert wizard.ui.choice_list.value() == value
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.page == PAGE_RECORD)
    session, form = wizard.session, wizard.record_form
    order = form.main_fields(session.required_fields, session.outcome or "")
    needed = set(needed_values(session.required_fields, session.outcome or "", form.values()))
    for index, name in enumerate(order):
        widget = form.inputs[name]
        assert focused() is widget, f"Tab should reach {name}"
        if name in needed:
            value = filler(name)
            if isinstance(widget, QComboBox) and not widget.isEditable():
                for _ in range(widget.findData(value) - widget.currentIndex()):
                    QTest.keyClick(widget, Qt.Key.Key_Down)
            else:
                QTest.keyClicks(widget, value)
        if index < len(order) - 1:
            QTest.keyClick(widget, Qt.Key.Key_Tab)
            if name in form.calendar_buttons:  # a date's Calendar button is the next stop
                assert focused() is form.calendar_buttons[name]
                QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Continue
    qtbot.waitUntil(lambda: wizard.page == PAGE_CHECK)
    assert focused() is wizard.check_answers.ui.finalise_button
