"""A profile an administrator installed machine-wide (the MSI's PROFILEDIR, or Intune copying
two files into C:\\ProgramData\\sharedesk) is offered at first run, checked against the signing
key installed beside it, and that key is pinned for the user."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOOD_PASSPHRASE
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sharedesk.core import orgkeys
from sharedesk.core.errors import ProfileError
from sharedesk.core.machine_profile import PROFILE_FILE, SIGNING_KEY_FILE, machine_profile
from sharedesk.core.profile import parse_toml
from sharedesk.core.settings import Settings

PROFILE = """schema = 1

[organisation]
name = "Westvale Schools Trust"
jurisdiction = "England"
default_flow = "england-2024"

[policy]
retention_days = 30
idle_lock_minutes = 7
"""


def install(machine: Path, key: Ed25519PrivateKey, text: str = PROFILE) -> None:
    machine.mkdir(parents=True, exist_ok=True)
    signed = text + "\n" + orgkeys.signature_table(parse_toml(text, "<t>"), key)
    (machine / PROFILE_FILE).write_text(signed, encoding="utf-8")
    (machine / SIGNING_KEY_FILE).write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    return tmp_path / "machine"  # conftest points SHAREDESK_MACHINE_DIR here


def fill(screen) -> None:
    screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    screen.ui.confirm_edit.setText(GOOD_PASSPHRASE)
    screen.ui.name_edit.setText("Ann Tester")
    screen.ui.role_edit.setText("Safeguarding lead")


def test_no_machine_profile_offers_none(machine: Path, make_controller) -> None:
    assert machine_profile() is None
    screen = make_controller().screens["first_run"]
    assert screen.ui.profile_edit.text() == ""


def test_machine_profile_is_offered_verified_and_its_key_pinned(qtbot, machine: Path,
                                                                 make_controller) -> None:
    key = Ed25519PrivateKey.generate()
    install(machine, key)
    controller = make_controller()
    screen = controller.screens["first_run"]
    assert screen.ui.profile_edit.text() == str(machine / PROFILE_FILE)
    assert "Westvale Schools Trust" in screen.ui.profile_status_label.text()
    fill(screen)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()
    assert Settings().get("security.idle_lock_minutes") == 7
    pinned = orgkeys.pinned_signing_key()
    assert pinned is not None
    assert orgkeys.public_key_text(pinned) == orgkeys.public_key_text(key.public_key())
    controller.lock("test")


def test_machine_profile_edited_after_signing_is_refused(qtbot, machine: Path, vault_path,
                                                         make_controller) -> None:
    install(machine, Ed25519PrivateKey.generate())
    path = machine / PROFILE_FILE
    path.write_text(path.read_text("utf-8").replace("idle_lock_minutes = 7",
                                                    "idle_lock_minutes = 240"), "utf-8")
    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen)
    screen.ui.create_button.click()
    assert "could not be read" in screen.ui.error_label.text()
    assert not controller.runner.busy and not vault_path.exists()
    assert orgkeys.pinned_signing_key() is None


def test_machine_profile_signed_by_another_key_is_refused(qtbot, machine: Path, vault_path,
                                                          make_controller) -> None:
    install(machine, Ed25519PrivateKey.generate())
    other = Ed25519PrivateKey.generate()
    (machine / SIGNING_KEY_FILE).write_bytes(other.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    controller = make_controller()
    screen = controller.screens["first_run"]
    fill(screen)
    screen.ui.create_button.click()
    assert "could not be read" in screen.ui.error_label.text()
    assert not vault_path.exists()


def test_unreadable_machine_key_is_an_error_not_an_unsigned_profile(machine: Path) -> None:
    install(machine, Ed25519PrivateKey.generate())
    (machine / SIGNING_KEY_FILE).write_text("not a key", encoding="utf-8")
    with pytest.raises(ProfileError, match="not a PEM public key"):
        machine_profile()
