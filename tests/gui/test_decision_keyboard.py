"""A whole decision completed with key presses only (QTest), in the order a keyboard user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from records_kit import filler, needed_values

from sharedesk.core.flow import load_flow_by_id
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_RECORD, DecisionWizard


def focused():
    return QApplication.focusWidget()


def test_keyboard_only_decision(qtbot, vault) -> None:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="School DSL")
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    # Question 1: focus starts on the first answer; Space picks it, Enter goes on.
    assert focused() is wizard.ui.choice_list.buttons()[0]
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert wizard.session.current.id == "identifiable"
    # Question 2: arrows move and select (Down from the first answer picks "No"), Alt+N is Next.
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert wizard.ui.choice_list.value() == "no"
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.page == PAGE_RECORD)  # a mnemonic clicks after a short flash
    assert wizard.session.outcome == "share"

    form = wizard.record_form
    order = form.main_fields(wizard.session.required_fields, "share")
    needed = set(needed_values(wizard.session.required_fields, "share", form.values()))
    assert focused() is form.inputs[order[0]]
    for index, name in enumerate(order):
        widget = form.inputs[name]
        assert focused() is widget, f"Tab should reach {name}"
        if name in needed:
            value = filler(name)
            if isinstance(widget, QComboBox) and not widget.isEditable():
                for _ in range(widget.findData(value)):
                    QTest.keyClick(widget, Qt.Key.Key_Down)
            else:
                QTest.keyClicks(widget, value)
        if index < len(order) - 1:
            QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert not needed - set(form.values())
    QTest.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Continue
    qtbot.waitUntil(lambda: wizard.page == PAGE_CHECK)
    assert focused() is wizard.check_answers.ui.finalise_button
    with qtbot.waitSignal(wizard.decision_did_finalise) as blocker:
        QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    record = vault.records.get(blocker.args[0])
    assert record.outcome == "share"
    assert "consent" not in record.fields  # this route never asks about consent
    assert [s.answer for s in record.path[:-1]] == ["yes", "no"]


def test_keyboard_back_with_alt_b_keeps_answer(qtbot, vault) -> None:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="GP")
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    QTest.keyClick(focused(), Qt.Key.Key_Enter)
    assert wizard.session.current.id == "identifiable"
    QTest.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.session.current.id == "purpose")
    assert focused() is wizard.ui.choice_list.buttons()[0]
    assert wizard.ui.choice_list.value() == "yes"
