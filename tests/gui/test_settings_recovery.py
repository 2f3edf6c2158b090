"""Settings adds the organisation recovery slot to an existing vault (real keys, real vault)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import GOOD_PASSPHRASE
from test_settings import open_settings

from sharedesk.cli import main
from sharedesk.core.vault import Vault


def _recovery_slots(vault_path: Path) -> list[str]:
    slots = json.loads(vault_path.with_name(vault_path.name + ".keys").read_text())["slots"]
    return [s["recipient"] for s in slots if s["kind"] == "recovery"]


def _apply_profile(tmp_path: Path, recovery: bool) -> Path:
    keys = tmp_path / "keys"
    assert main(["org", "keygen", "--out", str(keys)]) == 0
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    profile = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(profile), "--name", "Northshire"]) == 0
    if recovery:
        profile.write_text(profile.read_text().replace('recovery = ""', f'recovery = "{recipient}"'))
    assert main(["profile", "apply", str(profile)]) == 0
    return keys


def test_settings_adds_the_recovery_key_of_the_applied_profile(
        qtbot, make_controller, existing_vault: Path, tmp_path: Path) -> None:
    keys = _apply_profile(tmp_path, recovery=True)
    assert _recovery_slots(existing_vault) == []
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    assert "no organisation recovery key is set" in screen.recovery_label.text()
    assert screen.add_recovery_button.isVisible()
    screen.add_recovery_button.click()
    assert "Recovery key added" in screen.ui.status_label.text()
    assert "recovery key can open this vault" in screen.recovery_label.text()
    assert not screen.add_recovery_button.isVisible()
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    assert _recovery_slots(existing_vault) == [recipient]
    controller.lock("test")
    with Vault.open_with_identity(existing_vault,
                                  (keys / "org-age-identity.txt").read_text()) as opened:
        assert "recovery_changed" in [e.kind for e in opened.audit_events()]
    Vault.open(existing_vault, GOOD_PASSPHRASE).close()


def test_without_a_recovery_key_in_the_profile_settings_says_why(
        qtbot, make_controller, existing_vault: Path, tmp_path: Path) -> None:
    _apply_profile(tmp_path, recovery=False)
    before = existing_vault.with_name(existing_vault.name + ".keys").read_bytes()
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    screen.add_recovery_button.click()
    assert "Recovery key not added" in screen.ui.status_label.text()
    assert "no organisation profile with a recovery key" in screen.ui.status_label.text()
    assert existing_vault.with_name(existing_vault.name + ".keys").read_bytes() == before
