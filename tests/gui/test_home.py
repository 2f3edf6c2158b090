"""Home: drafts in progress, recent decisions, the outbox count and reviews due, from a real vault;
and the buttons lead to the right screens. Lists show outcome, time, flow and a short reference only."""

from __future__ import annotations

import json

from conftest import GOOD_PASSPHRASE, TEST_KDF, unlock

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now
from sharedesk.core.vault import Vault
from sharedesk.gui.vault_access import PRACTITIONER_SECRET

ANSWERS = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
           "lawful_basis": "yes"}
SECRET_NAME = "Jayden Smith"


def finalised_record(vault: Vault, review_date: str) -> str:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, ANSWERS)
    fields = {"reasons": f"Concern about {SECRET_NAME}", "purpose": "Section 47 enquiry",
              "recipient": "Children's social care", "what_shared": "Attendance",
              "lawful_basis": "public_task", "consent": "not_sought",
              "consent_reason": "Risk of harm", "informed": "no", "informed_reason": "Risk",
              "decision_maker": "Ann Tester", "role": "GP", "review_date": review_date,
              "subject": "JS"}
    record = DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                            flow_sha256=flow.sha256, path=session.path, outcome="share",
                            fields=fields, created=utc_now())
    return vault.records.finalise(record).id


def vault_with_records(vault_path) -> tuple[str, str]:
    vault = Vault.create(vault_path, GOOD_PASSPHRASE, kdf=TEST_KDF)
    vault.secret_set(PRACTITIONER_SECRET, json.dumps({"name": "Ann Tester", "role": "GP"}).encode())
    due = finalised_record(vault, "2020-01-01")
    later = finalised_record(vault, "2099-01-01")
    vault.close()
    return due, later


def read(qtbot, home):
    """Home once its summary, read on a worker, has been shown."""
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    return home


def test_home_shows_the_vault(qtbot, make_controller, vault_path) -> None:
    due, _later = vault_with_records(vault_path)
    controller = make_controller()
    unlock(qtbot, controller)
    home = read(qtbot, controller.screens["home"])
    recent = [home.ui.recent_list.item(i).text() for i in range(home.ui.recent_list.count())]
    assert len(recent) == 2
    assert all("Shared" in line and "England 2018" in line for line in recent)
    assert not any(SECRET_NAME in line or "Ann" in line for line in recent)
    reviews = [home.ui.reviews_list.item(i).text() for i in range(home.ui.reviews_list.count())]
    assert len(reviews) == 1 and due[:8] in reviews[0]
    assert "1 record due for review" in home.ui.reviews_label.text()
    assert "2 records waiting" in home.ui.outbox_label.text()
    assert home.ui.drafts_list.count() == 0 and home.ui.drafts_empty_label.isVisible()
    assert not home.ui.resume_button.isEnabled()


def test_draft_appears_and_resumes(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.start_decision("england-2018")
    wizard = controller.screens["decision"]
    wizard.ui.choice_list.select("yes")
    wizard.ui.next_button.click()
    controller.go_home()  # leaving the wizard saves its draft
    home = read(qtbot, controller.screens["home"])
    assert home.ui.drafts_list.count() == 1
    assert "England 2018" in home.ui.drafts_list.item(0).text()
    home.ui.resume_button.click()
    resumed = controller.screens["decision"]
    assert controller.window.current_screen() is resumed
    assert resumed.session.current.id == "identifiable"  # where the draft was left
    assert resumed.draft_id is not None


def test_buttons_open_records_and_a_record(qtbot, make_controller, vault_path) -> None:
    vault_with_records(vault_path)
    controller = make_controller()
    unlock(qtbot, controller)
    home = read(qtbot, controller.screens["home"])
    home.ui.open_record_button.click()
    assert controller.window.current_screen() is controller.screens["record_detail"]
    assert "Jayden" not in controller.window.windowTitle()
    controller.go_home()
    home.ui.all_records_button.click()
    assert controller.window.current_screen() is controller.screens["records"]


def test_start_uses_the_chosen_flow(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    home = controller.screens["home"]
    home.ui.flow_combo.setCurrentIndex(home.ui.flow_combo.findData("scotland"))
    home.ui.start_button.click()
    assert controller.screens["decision"].flow.id == "scotland"


def test_menu_shortcuts(qtbot, make_controller, existing_vault) -> None:
    from PySide6.QtCore import Qt

    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.window
    with qtbot.waitActive(window):
        window.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.current_screen(), key, modifier)

    press(Qt.Key.Key_R, ctrl)
    assert window.current_screen() is controller.screens["records"]
    press(Qt.Key.Key_F1)
    assert window.current_screen() is controller.screens["reference"]
    press(Qt.Key.Key_N, ctrl)
    assert window.current_screen() is controller.screens["decision"]
    assert controller.screens["decision"].flow.id == controller.settings.get("flows.default")
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_screen() is controller.screens["home"]
