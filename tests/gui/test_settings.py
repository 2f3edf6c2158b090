"""Settings: values persist to the settings file and take effect at once (theme, timers)."""

from __future__ import annotations

import json

from conftest import unlock
from PySide6.QtWidgets import QApplication

from sharedesk.core.settings import Settings


def open_settings(qtbot, controller):
    unlock(qtbot, controller)
    controller.window.ui.settings_action.trigger()
    screen = controller.screens["settings"]
    assert controller.window.current_screen() is screen
    return screen


def test_settings_persist_and_apply(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    assert screen.ui.idle_lock_spin.value() == 5  # the default
    screen.ui.idle_lock_spin.setValue(12)
    screen.ui.lock_on_sleep_check.setChecked(False)
    screen.ui.clipboard_spin.setValue(45)
    screen.ui.theme_combo.setCurrentIndex(screen.ui.theme_combo.findData("high_contrast"))
    screen.ui.text_scale_combo.setCurrentIndex(screen.ui.text_scale_combo.findData(150))
    with qtbot.waitSignal(screen.settings_did_save):
        screen.ui.save_button.click()
    stored = Settings()
    assert stored.get("security.idle_lock_minutes") == 12
    assert stored.get("security.lock_on_sleep") is False
    assert stored.get("security.clipboard_clear_seconds") == 45
    assert stored.get("appearance.theme") == "high_contrast"
    assert stored.get("appearance.text_scale_percent") == 150
    assert controller.idle.minutes == 12
    assert controller.clipboard.seconds == 45
    app = QApplication.instance()
    assert app.property("sharedesk_theme") == "high_contrast"
    assert app.property("sharedesk_text_scale") == 150
    assert "Settings saved" in screen.ui.status_label.text()
    # Only preferences are in the file: nothing about the practitioner or records.
    text = stored.path.read_text(encoding="utf-8")
    assert "Ann Tester" not in text and set(json.loads(text)) <= set(stored.as_dict())


def test_a_new_screen_shows_the_stored_values(qtbot, make_controller, existing_vault) -> None:
    saved = Settings()
    saved.set("security.idle_lock_minutes", 30)
    saved.set("appearance.text_scale_percent", 200)
    saved.save()
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    assert screen.ui.idle_lock_spin.value() == 30
    assert screen.ui.text_scale_combo.currentData() == 200


def test_unwritable_settings_file_says_so_and_keeps_old_values(qtbot, make_controller, existing_vault,
                                                                sharedesk_home) -> None:
    controller = make_controller()
    screen = open_settings(qtbot, controller)
    settings_file = controller.settings.path
    settings_file.mkdir()  # a directory where the file should be: the atomic rename must fail
    screen.ui.idle_lock_spin.setValue(20)
    screen.ui.save_button.click()
    assert "not saved" in screen.ui.status_label.text()
    assert controller.idle.minutes == 5
    assert settings_file.is_dir()


def test_window_geometry_is_all_qsettings_holds(qtbot, make_controller, existing_vault,
                                                sharedesk_home) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.window.close()
    ini = (sharedesk_home / "window.ini").read_text(encoding="utf-8")
    keys = [line.split("=")[0] for line in ini.splitlines() if "=" in line]
    assert keys == ["geometry"]
    assert controller.locked  # closing the window locks the vault


def test_settings_show_this_laptops_device_key_and_copy_it(qtbot, make_controller,
                                                           existing_vault) -> None:
    from sharedesk.core.sync.credentials import device_key

    controller = make_controller()
    screen = open_settings(qtbot, controller)
    card = device_key(controller.vault).card()
    label = screen.findChild(type(screen.device_key_label), "settings_device_key")
    assert label is not None and label.isVisible()
    assert card["fingerprint"] in label.text() and card["fingerprint"].startswith("SHA256:")
    button = screen.findChild(type(screen.copy_device_key_button), "settings_copy_device_key")
    button.click()
    assert QApplication.clipboard().text() == card["public_key"]
    assert "Device key copied" in screen.ui.status_label.text()
