"""A vault made on the first-run screen after `sharedesk profile apply` gets the organisation
recovery slot from the applied profile (real keys from `sharedesk org keygen`, a real vault)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import GOOD_PASSPHRASE
from test_first_run import fill

from sharedesk.cli import main
from sharedesk.core.vault import Vault


def test_vault_created_after_profile_apply_has_the_recovery_slot(
        qtbot, make_controller, vault_path: Path, sharedesk_home: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    assert main(["org", "keygen", "--out", str(keys)]) == 0
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    profile = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(profile), "--name", "Northshire"]) == 0
    profile.write_text(profile.read_text().replace('recovery = ""', f'recovery = "{recipient}"'))
    assert main(["profile", "apply", str(profile)]) == 0  # before the app's first start

    controller = make_controller()
    screen = controller.screens["first_run"]
    assert Path(screen.ui.profile_edit.text()).parent == sharedesk_home
    assert "Northshire" in screen.ui.profile_status_label.text()
    assert "recovery key" in screen.ui.recovery_warning_label.text()
    assert "No organisation recovery key" not in screen.ui.recovery_warning_label.text()
    fill(screen)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()
    controller.lock("test")

    slots = json.loads(vault_path.with_name(vault_path.name + ".keys").read_text())["slots"]
    assert [s["recipient"] for s in slots if s["kind"] == "recovery"] == [recipient]
    identity = (keys / "org-age-identity.txt").read_text()
    with Vault.open_with_identity(vault_path, identity) as opened:
        assert opened.recovery_recipient == recipient
    Vault.open(vault_path, GOOD_PASSPHRASE).close()


def test_without_an_applied_profile_the_field_starts_empty(make_controller) -> None:
    screen = make_controller().screens["first_run"]
    assert screen.ui.profile_edit.text() == ""
    assert "No organisation recovery key" in screen.ui.recovery_warning_label.text()
