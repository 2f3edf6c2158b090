"""Settings > Import organisation profile: after first run a practitioner can still take their
organisation's profile, checked as at first run, seeing what it changes before anything is
written (issue 12: the Outbox says "import your organisation's profile" and this is where)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import unlock
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt

from sharedesk.core import orgkeys, paths
from sharedesk.core.profile import parse_toml
from sharedesk.core.settings import Settings

PROFILE = """schema = 1

[organisation]
name = "Eastmoor Health Visiting"
jurisdiction = "England"
default_flow = "england-2024"

[policy]
retention_days = 60
idle_lock_minutes = 9
"""


def signed(key: Ed25519PrivateKey, text: str = PROFILE) -> str:
    return text + "\n" + orgkeys.signature_table(parse_toml(text, "<t>"), key)


def pem(key: Ed25519PrivateKey, path: Path) -> Path:
    path.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return path


@pytest.fixture
def settings_screen(qtbot, make_controller, existing_vault):
    controller = make_controller()
    unlock(qtbot, controller)
    controller.window.ui.settings_action.trigger()
    return controller, controller.screens["settings"]


def open_dialog(qtbot, screen):
    assert screen.import_profile_button.isVisible()
    qtbot.mouseClick(screen.import_profile_button, Qt.MouseButton.LeftButton)
    dialog = screen.profile_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(dialog, profile: Path, key: Path | None = None) -> None:
    dialog.path_edit.setText(str(profile))
    dialog.key_edit.setText(str(key) if key else "")
    dialog.preview()


def test_preview_shows_what_changes_and_writes_nothing(qtbot, settings_screen, tmp_path) -> None:
    _controller, screen = settings_screen
    settings_file = Settings().path
    before = settings_file.read_bytes() if settings_file.exists() else None
    profile = tmp_path / "eastmoor.toml"
    profile.write_text(signed(Ed25519PrivateKey.generate()), encoding="utf-8")
    dialog = open_dialog(qtbot, screen)
    choose(dialog, profile)
    text = dialog.preview_label.toPlainText()
    assert "Eastmoor Health Visiting" in text
    assert "Lock after idle minutes: 5 becomes 9" in text
    assert "Default guidance: " in text  # named by title, not by flow id:
    assert "england-2024" not in text
    assert dialog.import_button.isEnabled()
    # Nothing is written by looking.
    assert (settings_file.read_bytes() if settings_file.exists() else None) == before
    assert not (paths.home_dir() / "organisation-profile.toml").exists()
    dialog.reject()


def test_import_applies_keeps_a_copy_pins_the_key_and_refreshes(qtbot, settings_screen,
                                                                tmp_path) -> None:
    controller, screen = settings_screen
    key = Ed25519PrivateKey.generate()
    profile = tmp_path / "eastmoor.toml"
    profile.write_text(signed(key), encoding="utf-8")
    dialog = open_dialog(qtbot, screen)
    choose(dialog, profile, pem(key, tmp_path / "signing.pem"))
    with qtbot.waitSignal(screen.settings_did_save):
        dialog.import_button.click()
    stored = Settings()
    assert stored.get("security.idle_lock_minutes") == 9
    assert stored.get("retention.days_after_ack") == 60
    assert Path(stored.get("profile.path")).parent == paths.home_dir()
    pinned = orgkeys.pinned_signing_key()
    assert pinned is not None
    assert orgkeys.public_key_text(pinned) == orgkeys.public_key_text(key.public_key())
    assert screen.ui.idle_lock_spin.value() == 9  # the screen shows the imported values
    assert "Eastmoor Health Visiting" in screen.ui.status_label.text()
    assert controller.idle.minutes == 9  # applied at once


@pytest.mark.parametrize("case", ["edited_after_signing", "other_key", "not_toml"])
def test_a_bad_profile_is_refused_and_nothing_changes(qtbot, settings_screen, tmp_path,
                                                      case: str) -> None:
    _controller, screen = settings_screen
    key = Ed25519PrivateKey.generate()
    text = signed(key)
    signing = None
    if case == "edited_after_signing":
        text = text.replace("idle_lock_minutes = 9", "idle_lock_minutes = 240")
    elif case == "other_key":
        signing = pem(Ed25519PrivateKey.generate(), tmp_path / "other.pem")
    else:
        text = "schema = ["
    profile = tmp_path / "bad.toml"
    profile.write_text(text, encoding="utf-8")
    settings_file = Settings().path
    before = settings_file.read_bytes() if settings_file.exists() else None
    dialog = open_dialog(qtbot, screen)
    choose(dialog, profile, signing)
    assert not dialog.import_button.isEnabled()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("This profile cannot be imported: ")
    assert "\n" not in dialog.error_label.text()
    assert (settings_file.read_bytes() if settings_file.exists() else None) == before
    assert not (paths.home_dir() / "organisation-profile.toml").exists()
    assert orgkeys.pinned_signing_key() is None
    dialog.reject()


def test_the_buttons_spoken_names_hold_their_visible_labels(qtbot, settings_screen) -> None:
    _controller, screen = settings_screen
    dialog = open_dialog(qtbot, screen)
    from PySide6.QtWidgets import QPushButton

    for button in dialog.findChildren(QPushButton):
        visible = button.text().replace("&", "")
        assert visible in (button.accessibleName() or visible)
    dialog.reject()
