"""First run: a real vault is created from the form; bad input is refused with a plain message."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOOD_PASSPHRASE

from sharedesk.core import paths
from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.settings import Settings
from sharedesk.core.vault import Vault
from sharedesk.gui.screens.first_run import FirstRunScreen
from sharedesk.gui.vault_access import PRACTITIONER_SECRET


def fill(screen: FirstRunScreen, *, passphrase: str = GOOD_PASSPHRASE, confirm: str | None = None,
         name: str = "Ann Tester", role: str = "Health visitor") -> None:
    screen.ui.passphrase_edit.setText(passphrase)
    screen.ui.confirm_edit.setText(passphrase if confirm is None else confirm)
    screen.ui.name_edit.setText(name)
    screen.ui.role_edit.setText(role)


def test_starts_on_first_run_when_no_vault(make_controller) -> None:
    controller = make_controller()
    assert controller.window.current_screen().objectName() == "first_run_screen"
    assert controller.locked


def test_first_run_creates_a_real_vault(qtbot, make_controller, vault_path) -> None:
    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen)
    index = screen.ui.flow_combo.count() - 1
    screen.ui.flow_combo.setCurrentIndex(index)
    chosen_flow = screen.ui.flow_combo.itemData(index)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()
    assert controller.window.current_screen().objectName() == "home_screen"
    assert vault_path.is_file()
    assert Settings().get("flows.default") == chosen_flow
    # The passphrase fields are emptied and the first-run screen is gone.
    assert "first_run" not in controller.screens
    controller.lock("test")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase at all")
    vault = Vault.open(vault_path, GOOD_PASSPHRASE)
    try:
        assert b"Ann Tester" in (vault.secret_get(PRACTITIONER_SECRET) or b"")
    finally:
        vault.close()
    # Name and role live in the vault, never in the plain settings file.
    assert "Ann Tester" not in Settings().path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"passphrase": "short"}, "too easy to guess"),
    ({"passphrase": "P@ssw0rd2024"}, "too easy to guess"),
    ({"passphrase": "ann tester"}, "too easy to guess"),  # the name typed below
    ({"confirm": "correct horse battery stapler"}, "not the same"),
    ({"name": ""}, "Enter your name"),
    ({"role": ""}, "Enter your role"),
])
def test_bad_input_is_refused_and_no_vault_is_written(qtbot, make_controller, vault_path,
                                                      kwargs, message) -> None:
    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen, **kwargs)
    screen.ui.create_button.click()
    assert screen.ui.error_label.isVisible()
    assert message in screen.ui.error_label.text()
    assert not controller.runner.busy
    assert not vault_path.exists()


def test_the_error_summary_is_a_focusable_link_from_the_first_error(make_controller) -> None:
    """Made on the first error (issue 13: its rich text costs start-up ms), and then complete:
    focusable, rich text, its link followed by keyboard and mouse."""
    from PySide6.QtCore import Qt

    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen, role="")
    screen.ui.create_button.click()
    label = screen.ui.error_label
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert label.textFormat() == Qt.TextFormat.RichText
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    assert '<a href="field">' in label.text()
    label.linkActivated.emit("field")
    assert screen.ui.role_edit.hasFocus() or screen.focusWidget() is screen.ui.role_edit


@pytest.mark.parametrize("weak", ["password", "12345678", "P@ssw0rd2024", "abc"])
def test_strength_meter_is_never_green_for_a_refused_passphrase(make_controller, weak) -> None:
    screen = make_controller().screens["first_run"]
    screen.ui.passphrase_edit.setText(weak)
    label = screen.ui.strength_label.text()
    assert "not accepted" in label and ("weak" in label or "fair" in label)
    assert screen.ui.strength_bar.value() <= 60
    assert "#00703c" not in screen.ui.strength_bar.styleSheet()  # green only when accepted
    assert screen.ui.strength_bar.accessibleDescription() == label
    screen.ui.passphrase_edit.setText("tidal yellow garden kettle 42")
    assert screen.ui.strength_bar.value() >= 80
    assert "#00703c" in screen.ui.strength_bar.styleSheet()
    assert "strong" in screen.ui.strength_label.text() or "good" in screen.ui.strength_label.text()
    assert "not accepted" not in screen.ui.strength_label.text()


def test_existing_vault_is_never_replaced(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    assert controller.window.current_screen().objectName() == "unlock_screen"
    before = existing_vault.read_bytes()
    details_error = controller.access.create
    with pytest.raises(Exception, match="already exists"):
        from sharedesk.gui.screens.first_run import FirstRunDetails

        details_error(FirstRunDetails(GOOD_PASSPHRASE, "A", "B", "england-2018", None))
    assert existing_vault.read_bytes() == before


def write_profile(tmp_path, recovery: str) -> str:
    text = f"""schema = 1

[organisation]
name = "Northshire GP Federation"
jurisdiction = "England"
default_flow = "england-2024"

[contacts.front_door]
name = "Northshire MASH"
role = "Front door"
phone = "0300 123 4567"

[keys]
recovery = "{recovery}"

[policy]
retention_days = 30
idle_lock_minutes = 10
"""
    path = tmp_path / "northshire.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_profile_with_recovery_key(qtbot, make_controller, vault_path, tmp_path) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    controller = make_controller()
    screen = controller.screens["first_run"]
    assert "No organisation recovery key" in screen.ui.recovery_warning_label.text()
    fill(screen)
    screen.ui.profile_edit.setText(write_profile(tmp_path, str(identity.to_public())))
    screen.ui.profile_edit.editingFinished.emit()
    assert "Northshire GP Federation" in screen.ui.profile_status_label.text()
    assert "organisation's recovery key" in screen.ui.recovery_warning_label.text()
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()
    stored = Settings()
    assert stored.get("security.idle_lock_minutes") == 10
    # import_profile keeps a verified copy in the data dir: the original (a USB stick, say) can go.
    copy = Path(stored.get("profile.path"))
    assert copy.parent == paths.home_dir() and copy.name == "organisation-profile.toml"
    assert copy.read_text(encoding="utf-8") == (tmp_path / "northshire.toml").read_text("utf-8")
    (tmp_path / "northshire.toml").unlink()
    assert controller.idle.minutes == 10
    assert [c["name"] for c in controller.access.contacts()] == ["Northshire MASH"]
    controller.lock("test")
    # The organisation's recovery identity opens the vault without the passphrase.
    vault = Vault.open_with_identity(vault_path, str(identity))
    vault.close()


def test_unreadable_profile_blocks_creation(qtbot, make_controller, vault_path, tmp_path) -> None:
    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen)
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = [", encoding="utf-8")
    screen.ui.profile_edit.setText(str(bad))
    screen.ui.create_button.click()
    assert "bad.toml" in screen.ui.profile_status_label.text()
    assert "could not be read" in screen.ui.error_label.text()
    assert not controller.runner.busy and not vault_path.exists()
