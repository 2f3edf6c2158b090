"""With the interface in Welsh, the decision screen asks the flow's questions in Welsh and the
reference library shows and searches Welsh; the decision's flow keeps its canonical ids,
version and hash, so the record is the one an English session would make."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import unlock

from sharedesk.core.flow import load_flow_by_id


@pytest.fixture()
def welsh(qapp) -> Iterator[None]:
    """The interface language as app.load_translation leaves it for Welsh (the catalogue itself
    is not needed here: the flows follow the language, not the .qm)."""
    before = qapp.property("sharedesk_language")
    qapp.setProperty("sharedesk_language", "cy")
    yield
    qapp.setProperty("sharedesk_language", before)


def test_decision_screen_asks_in_welsh(qtbot, make_controller, existing_vault, welsh) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    home = controller.screens["home"]
    home.ui.flow_combo.setCurrentIndex(home.ui.flow_combo.findData("england-2018"))
    home.ui.start_button.click()
    wizard = controller.screens["decision"]
    qtbot.waitUntil(lambda: wizard.ui.question_title.text() != "")
    assert wizard.ui.question_title.text() == (
        "A oes diben clir a dilys dros rannu'r wybodaeth?")
    english = load_flow_by_id("england-2018")
    assert (wizard.flow.id, wizard.flow.version, wizard.flow.sha256) == (
        english.id, english.version, english.sha256)
    assert [c.value for c in wizard.flow.node("purpose").choices] == ["yes", "no", "not_sure"]


def test_decision_screen_stays_english_by_default(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    home = controller.screens["home"]
    home.ui.flow_combo.setCurrentIndex(home.ui.flow_combo.findData("england-2018"))
    home.ui.start_button.click()
    wizard = controller.screens["decision"]
    qtbot.waitUntil(lambda: wizard.ui.question_title.text() != "")
    assert wizard.ui.question_title.text() == (
        "Is there a clear and legitimate purpose for sharing the information?")


def test_reference_library_in_welsh(qtbot, make_controller, existing_vault, welsh) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.open_reference()
    screen = controller.screens["reference"]
    titles = [screen.ui.reference_tree.topLevelItem(i).text(0)
              for i in range(screen.ui.reference_tree.topLevelItemCount())]
    assert any("rheol euraidd" in t.casefold() for t in titles), titles
    found = screen.apply_search("caniatâd")
    assert found and all(e.id for e in found)


def test_home_offers_the_flows_by_their_welsh_titles(qtbot, make_controller, existing_vault,
                                                     welsh) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    combo = controller.screens["home"].ui.flow_combo
    titles = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert titles["scotland"] == "Rhannu gwybodaeth am blentyn (Yr Alban, canllawiau ymarfer GIRFEC)"
    assert titles["england-2018"].startswith("Siart llif")


def test_record_screen_shows_the_path_in_welsh(qtbot, make_controller, vault_path, welsh) -> None:
    from test_home import read, vault_with_records

    vault_with_records(vault_path)  # records made in English: their path holds ids and values
    controller = make_controller()
    unlock(qtbot, controller)
    read(qtbot, controller.screens["home"]).ui.open_record_button.click()
    screen = controller.screens["record_detail"]
    qtbot.waitUntil(lambda: screen._read_once)
    assert screen.path_rows()[0] == ("A oes diben clir a dilys dros rannu'r wybodaeth?", "Oes")
    assert screen.record.path[0].node_id == "purpose" and screen.record.path[0].answer == "yes"


def test_welsh_questions_fit_at_200_percent(qtbot, qapp, tmp_path) -> None:
    """Welsh runs longer than English: every question page of the England 2024 child-at-risk
    route (the longest answers) shows its text whole at 200% text size."""
    from records_kit import make_vault
    from test_accessibility import assert_not_clipped

    from sharedesk.core.flow.translate import translate_flow
    from sharedesk.gui import theme
    from sharedesk.gui.screens.decision import DecisionWizard

    theme.apply(qapp, "system", 200)
    vault = make_vault(tmp_path)
    try:
        flow = translate_flow(load_flow_by_id("england-2024"), "cy")
        wizard = DecisionWizard(flow, service=vault.records, author="Ann Tester", role="GP")
        qtbot.addWidget(wizard)
        wizard.resize(1280, 800)
        wizard.show()
        seen = []
        for value in ("yes", "yes", "no", "no_risk", "yes", "yes", "", "yes", "unverified", "all"):
            node = wizard.session.current
            seen.append(node.id)
            shown = node.text if node.kind == "question" else node.title
            qtbot.waitUntil(lambda shown=shown: wizard.ui.question_title.text() == shown)
            # The scroll area lays out over a few events: poll until it settles (or times out).
            qtbot.waitUntil(lambda: assert_not_clipped(wizard), timeout=5000)
            if node.kind == "question":
                wizard.ui.choice_list.select(value)
            wizard.ui.next_button.click()
        assert seen == ["purpose", "at_risk", "emergency", "cp_engage", "cp_lawful_basis",
                        "cp_identities", "cp_protect_identities", "cp_recipient", "cp_relevant",
                        "cp_decision"]
    finally:
        vault.close()
