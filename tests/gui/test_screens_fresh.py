"""Screens that never go stale (issue 12 part 1): the Records screen, Home and the record screen
show the vault as it is when they are shown again, including records written by another sharedesk
process. Real widgets through the real controller, a real vault file, the real CLI in a second
process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from clirun import run_cli
from conftest import GOOD_PASSPHRASE, unlock
from decision_kit import share_decision
from PySide6.QtCore import Qt
from test_finalise_once_app import walk_with_advice

from sharedesk.core.vault import Vault

DECISION = share_decision(subject="C-7007")


def decide_in_another_process(vault_path: Path, tmp_path: Path) -> str:
    """`sharedesk decide` from this tree, as a second process on the same vault file."""
    answers = tmp_path / "decision.json"
    answers.write_text(json.dumps(DECISION), encoding="utf-8")
    env = {**os.environ, "SHAREDESK_PASSPHRASE": GOOD_PASSPHRASE}
    result = run_cli("decide", "--answers", str(answers), "--vault", str(vault_path), "--json",
                     env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["id"])


def record_on_screen(qtbot, make_controller, vault_path: Path, tmp_path: Path):
    """A record decided by another process, open on the record screen of an unlocked app:
    (controller, record id, record screen)."""
    record_id = decide_in_another_process(vault_path, tmp_path)
    controller = make_controller()
    unlock(qtbot, controller)
    controller.open_record(record_id)
    return controller, record_id, controller.screens["record_detail"]


def records_listed(screen) -> list[str]:
    model = screen.model
    return [model.record_id(row) or "" for row in range(model.rowCount())]


def wait_records(qtbot, screen, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: not getattr(screen.model, "loading", False)
                    and records_listed(screen) == expected,
                    timeout=10_000)


def recent_listed(home) -> str:
    listing = home.ui.recent_list
    return " | ".join(listing.item(i).text() for i in range(listing.count()))


def test_a_decision_finalised_in_the_app_is_listed_without_a_restart(
        qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.open_records()
    records = controller.screens["records"]
    wait_records(qtbot, records, [])
    assert records.ui.status_label.text() == "No records yet."
    controller.start_decision("england-2018")
    wizard = controller.screens["decision"]
    walk_with_advice(qtbot, wizard)
    wizard.check_answers.ui.finalise_button.click()
    record_id = controller.screens["record_detail"].record.id
    controller.open_records()
    assert controller.screens["records"] is records  # the same screen, read again
    wait_records(qtbot, records, [record_id])
    assert records.ui.status_label.text() == "1 record."


def test_a_record_written_by_another_process_appears_when_shown_again(
        qtbot, make_controller, existing_vault, tmp_path) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.open_records()
    records = controller.screens["records"]
    wait_records(qtbot, records, [])
    controller.go_home()
    home = controller.screens["home"]
    qtbot.waitUntil(lambda: home.ui.recent_empty_label.isVisible())
    controller.open_reference()  # F1: the library, then back to Home

    record_id = decide_in_another_process(existing_vault, tmp_path)

    controller.close_reference()
    assert controller.window.current_screen() is home
    qtbot.waitUntil(lambda: "C-7007" in recent_listed(home), timeout=10_000)
    assert record_id[:8] in recent_listed(home)
    assert "1 record waiting" in home.ui.outbox_label.text()
    controller.open_records()
    wait_records(qtbot, records, [record_id])


def test_the_record_screen_shows_an_amendment_made_elsewhere(
        qtbot, make_controller, existing_vault, tmp_path) -> None:
    controller, record_id, detail = record_on_screen(qtbot, make_controller, existing_vault,
                                                     tmp_path)
    assert "Section 47 enquiry" in detail.plain_text()
    controller.open_reference()

    other = Vault.open(existing_vault, GOOD_PASSPHRASE)  # a second Vault, as another process
    try:
        other.records.amend(record_id, "Bea Lead", "Wrong purpose recorded",
                            {"purpose": "Early help assessment"})
    finally:
        other.close()

    controller.close_reference()
    assert controller.window.current_screen() is detail
    qtbot.waitUntil(lambda: "Early help assessment" in detail.plain_text(), timeout=10_000)
    assert "Wrong purpose recorded" in detail.plain_text()


def test_a_background_sync_refreshes_the_records_screen_showing(
        qtbot, make_controller, existing_vault, tmp_path) -> None:
    # The controller tells the screens what an operation changed (core/changes.py): the list
    # on screen shows the new export status at once, without being left and shown again.
    from pyrage import x25519
    from test_export_outbox import _profile, add_records

    from sharedesk.core.profile import import_profile

    ids = add_records(existing_vault, 2)
    drop = tmp_path / "drop"
    drop.mkdir()
    controller = make_controller()
    controller.settings.set("sync.folder", str(drop))
    import_profile(_profile(tmp_path, x25519.Identity.generate()), controller.settings)
    unlock(qtbot, controller)
    controller.open_records()
    records = controller.screens["records"]
    wait_records(qtbot, records, list(reversed(ids)))
    column = [records.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(records.model.columnCount())].index("Export status")

    def statuses() -> set[str]:
        return {records.model.data(records.model.index(row, column))
                for row in range(records.model.rowCount())}

    assert statuses() == {"Not sent yet"}
    with qtbot.waitSignal(controller.background_sync.sync_did_finish, timeout=30_000):
        controller.background_sync.timer.timeout.emit()
    assert controller.window.current_screen() is records  # never left
    qtbot.waitUntil(lambda: statuses() == {"Sent, waiting for receipt"}, timeout=10_000)


def test_an_amendment_in_the_app_is_announced_and_listed_on_home(
        qtbot, make_controller, existing_vault, tmp_path) -> None:
    controller, _record_id, detail = record_on_screen(qtbot, make_controller, existing_vault,
                                                      tmp_path)
    dialog = detail.open_amendment()
    dialog.select_field("recipient")
    dialog.value_edit.setPlainText("Police, PC Jones")
    dialog.reason_edit.setPlainText("Sent to the police instead")
    with qtbot.waitSignal(controller.vault_did_change, timeout=5_000) as told:
        dialog.save_button.click()
    assert told.args[0].touches("records") and told.args[0].touches("outbox")
    qtbot.waitUntil(lambda: "Sent to the police instead" in detail.plain_text(), timeout=10_000)
    controller.go_home()
    home = controller.screens["home"]
    qtbot.waitUntil(lambda: "to Police, PC Jones" in recent_listed(home), timeout=10_000)
