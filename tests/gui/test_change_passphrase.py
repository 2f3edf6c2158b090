"""Settings > Change passphrase: the same zxcvbn policy and meter as first run; a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOOD_PASSPHRASE
from test_settings import open_settings

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault

NEW = "lantern quoll harbour nineteen"


def _dialog(qtbot, make_controller):
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    assert screen.change_passphrase_button.isVisible()
    screen.change_passphrase_button.click()
    dialog = screen.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    return controller, screen, dialog


def _keys(vault: Path) -> bytes:
    return vault.with_name(vault.name + ".keys").read_bytes()


@pytest.mark.parametrize("weak", ["password", "12345678", "P@ssw0rd2024", "ann tester gp"])
def test_a_weak_new_passphrase_is_refused_and_the_meter_is_not_green(
        qtbot, make_controller, existing_vault: Path, weak: str) -> None:
    before = _keys(existing_vault)
    controller, _, dialog = _dialog(qtbot, make_controller)
    dialog.current_edit.setText(GOOD_PASSPHRASE)
    dialog.new_edit.setText(weak)
    dialog.confirm_edit.setText(weak)
    assert "not accepted" in dialog.strength_label.text()
    assert "#00703c" not in dialog.strength_bar.styleSheet()
    dialog.submit()
    assert "too easy to guess" in dialog.error_label.text()
    assert not controller.runner.busy
    assert _keys(existing_vault) == before


def test_a_wrong_current_passphrase_changes_nothing(qtbot, make_controller,
                                                    existing_vault: Path) -> None:
    before = _keys(existing_vault)
    _, _, dialog = _dialog(qtbot, make_controller)
    dialog.current_edit.setText("not the current passphrase")
    dialog.new_edit.setText(NEW)
    dialog.confirm_edit.setText(NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert "wrong passphrase" in dialog.error_label.text()
    assert _keys(existing_vault) == before


def test_the_passphrase_is_changed_and_audited(qtbot, make_controller,
                                               existing_vault: Path) -> None:
    controller, screen, dialog = _dialog(qtbot, make_controller)
    dialog.current_edit.setText(GOOD_PASSPHRASE)
    dialog.new_edit.setText(NEW)
    dialog.confirm_edit.setText(NEW)
    assert "#00703c" in dialog.strength_bar.styleSheet()
    with qtbot.waitSignal(dialog.passphrase_did_change, timeout=10_000):
        dialog.submit()
    assert "Passphrase changed" in screen.ui.status_label.text()
    controller.lock("test")
    with pytest.raises(WrongPassphrase):
        Vault.open(existing_vault, GOOD_PASSPHRASE)
    with Vault.open(existing_vault, NEW) as vault:
        assert [e.kind for e in vault.audit_events()].count("passphrase_changed") == 1


def test_locking_closes_the_dialog_and_forgets_what_was_typed(qtbot, make_controller,
                                                               existing_vault: Path) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    controller, _, dialog = _dialog(qtbot, make_controller)
    dialog.current_edit.setText(GOOD_PASSPHRASE)
    dialog.new_edit.setText(NEW)
    controller.lock("test")
    qtbot.waitUntil(lambda: not any(w.isVisible() and w.objectName() == "change_passphrase_dialog"
                                    for w in QApplication.topLevelWidgets()), timeout=5_000)
    typed = [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit)
             and w.text() in (GOOD_PASSPHRASE, NEW)]
    assert typed == []
