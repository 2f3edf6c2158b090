"""The record form shows what the path settled, read-only, with "Change" back to the question."""

from __future__ import annotations

from sharedesk.core.flow import load_flow_by_id
from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_QUESTION, PAGE_RECORD, DecisionWizard

CONSENT_ROUTE = ("yes", "yes", "yes", "yes")  # purpose, identifiable, confidential, consent


def _wizard(qtbot, vault) -> DecisionWizard:
    wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                            author="Ann Tester", role="School DSL",
                            recipients=("Northshire MASH, Children's social care front door",))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _answer(wizard: DecisionWizard, *values: str) -> None:
    for value in values:
        wizard.ui.choice_list.select(value)
        wizard.ui.next_button.click()


def test_settled_consent_is_read_only_and_change_returns_to_the_question(qtbot, vault) -> None:
    wizard = _wizard(qtbot, vault)
    _answer(wizard, *CONSENT_ROUTE)
    assert wizard.page == PAGE_RECORD
    form = wizard.record_form
    settled = form.settled["consent"]
    assert settled.isVisible() and not form.inputs["consent"].isVisible()
    text = settled.value_label.text()
    assert "Sought and given" in text and "Do you have consent to share?" in text
    assert "\u201cYes\u201d" in text
    assert form.values()["consent"] == "given"
    assert "Consent" in settled.change_button.accessibleName()
    assert "Sought and given" in settled.change_button.accessibleDescription()
    # what the path did not settle is still asked; the recipient offers the profile's contacts
    recipient = form.inputs["recipient"]
    assert recipient.isVisible() and recipient.isEditable()
    assert recipient.itemText(0) == "Northshire MASH, Children's social care front door"
    form.inputs["reasons"].setPlainText("Mother asked for help")

    settled.change_button.click()  # back to the question that settled it
    assert wizard.page == PAGE_QUESTION and wizard.session.current.id == "consent"
    assert wizard.ui.choice_list.value() == "yes"
    wizard.ui.next_button.click()  # same answer: straight back to the form, text kept
    assert wizard.page == PAGE_RECORD
    assert form.values()["reasons"] == "Mother asked for help"
    assert form.values()["consent"] == "given"

    form.settled["consent"].change_button.click()
    _answer(wizard, "no", "yes")  # no consent; another lawful basis
    assert wizard.page == PAGE_RECORD and wizard.session.current.id == "share"
    # consent is no longer settled: asked again, empty, required (the path asked about it)
    assert form.inputs["consent"].isVisible() and not form.settled["consent"].isVisible()
    assert "consent" not in form.values()
    assert form.values()["reasons"] == "Mother asked for help"
    assert "(optional)" not in form._labels["consent"].text()
    assert "consent" in [p.field for p in form.validate() if p.blocking]


def test_check_answers_change_on_a_settled_field_goes_to_its_question(qtbot, vault) -> None:
    wizard = _wizard(qtbot, vault)
    _answer(wizard, *CONSENT_ROUTE)
    wizard._show_page(PAGE_CHECK)
    wizard.change_field("consent")
    assert wizard.page == PAGE_QUESTION and wizard.session.current.id == "consent"
    wizard.ui.next_button.click()
    assert wizard.page == PAGE_CHECK


def test_a_route_that_never_asks_consent_does_not_show_it(qtbot, vault) -> None:
    wizard = _wizard(qtbot, vault)
    _answer(wizard, "yes", "no")  # purpose yes, not identifiable: share
    form = wizard.record_form
    assert wizard.page == PAGE_RECORD
    main = form.main_fields(wizard.session.required_fields, "share")
    assert "consent" not in main and "consent_reason" not in main
    assert "consent" not in [p.field for p in form.validate() if p.blocking]
