"""Accessible names, descriptions and object names on every page and dialog of GUI-B's screens,
including the pages the app-level accessibility test does not reach (record form, check your
answers, seek advice, record detail, amendment)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from records_kit import accessibility_problems, add_records, filler, needed_values, set_input

from sharedesk.core.flow import load_flow_by_id
from sharedesk.gui.clipboard import ClipboardGuard
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_RECORD, DecisionWizard
from sharedesk.gui.screens.record_detail import RecordDetail


def check(widget, minimum: int) -> None:
    count, problems = accessibility_problems(widget)
    assert not problems, "\n".join(problems)
    assert count >= minimum


def test_every_wizard_page_is_named(qtbot, vault) -> None:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="GP",
                            contacts=[{"role": "Front door", "name": "MASH", "phone": "0300"}])
    qtbot.addWidget(wizard)
    wizard.show()
    check(wizard, 6)
    for value in ("yes", "yes", "yes", "yes"):
        wizard.ui.choice_list.select(value)
        wizard.ui.next_button.click()
    assert wizard.page == PAGE_RECORD
    check(wizard, 20)
    session = wizard.session
    for name in needed_values(session.required_fields, "share", wizard.record_form.values()):
        set_input(wizard.record_form.inputs[name], filler(name))
    wizard.record_form.ui.record_continue_button.click()
    assert wizard.page == PAGE_CHECK
    check(wizard, 10)
    dialog = wizard.open_seek_advice()
    check(dialog, 4)


def test_buttons_have_mnemonics(qtbot, vault) -> None:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="GP")
    qtbot.addWidget(wizard)
    for button in wizard.findChildren(QPushButton):
        if button.objectName().startswith("change_"):
            continue  # one per row; reached by Tab in reading order instead
        assert "&" in button.text(), f"{button.objectName()} has no mnemonic"


def test_record_detail_and_amendment_are_named(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]
    detail = RecordDetail(vault.records, record_id, audit=vault.audit_events,
                          clipboard=ClipboardGuard())
    qtbot.addWidget(detail)
    detail.show()
    check(detail, 4)
    check(detail.open_amendment(), 6)
