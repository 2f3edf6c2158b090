"""Unlock: a wrong passphrase says so plainly, repeated failures pause, work runs off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from conftest import GOOD_PASSPHRASE, unlock

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault, failed_attempts
from sharedesk.gui.screens.unlock import UnlockScreen, backoff_seconds
from sharedesk.gui.tasks import TaskRunner


def try_wrong(qtbot, screen: UnlockScreen, runner: TaskRunner, text: str = "wrong passphrase!") -> None:
    screen.ui.passphrase_edit.setText(text)
    screen.ui.unlock_button.click()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_starts_on_unlock_when_a_vault_exists(make_controller, existing_vault) -> None:
    controller = make_controller()
    assert controller.window.current_screen().objectName() == "unlock_screen"
    assert "Locked" in controller.window.windowTitle()


def test_wrong_passphrase_message_and_vault_untouched(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    screen = controller.screens["unlock"]
    before = existing_vault.read_bytes()
    try_wrong(qtbot, screen, controller.runner)
    assert screen.ui.error_label.isVisible()
    assert "does not open the vault" in screen.ui.error_label.text()
    assert controller.locked
    assert screen.failures == 1
    assert existing_vault.read_bytes() == before
    unlock(qtbot, controller)
    assert not controller.locked
    assert controller.window.current_screen().objectName() == "home_screen"
    assert screen.ui.passphrase_edit.text() == ""


def test_back_off_grows_after_repeated_failures(qtbot, existing_vault) -> None:
    from sharedesk.core.settings import Settings
    from sharedesk.gui.vault_access import VaultAccess

    access = VaultAccess(existing_vault, Settings())
    runner = TaskRunner()
    screen = UnlockScreen(runner, access.open, backoff=access.backoff, second_ms=5)
    qtbot.addWidget(screen)
    screen.show()
    pauses = []
    for _ in range(4):
        qtbot.waitUntil(lambda: not screen.waiting, timeout=10_000)
        try_wrong(qtbot, screen, runner)
        pauses.append(screen.next_backoff())
        if screen.waiting:
            assert not screen.ui.unlock_button.isEnabled()
            assert screen.ui.backoff_label.isVisible()
    assert failed_attempts(existing_vault)[0] == 4
    assert pauses[0] == 0 and pauses[-1] > pauses[-2] > 0
    # While waiting, submitting does nothing; once the pause ends the button comes back.
    qtbot.waitUntil(lambda: screen.ui.unlock_button.isEnabled(), timeout=10_000)
    assert not screen.ui.backoff_label.isVisible()
    screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    with qtbot.waitSignal(screen.vault_did_unlock, timeout=10_000) as blocker:
        screen.ui.unlock_button.click()
    blocker.args[0].close()
    assert failed_attempts(existing_vault)[0] == 0


def test_local_back_off_policy() -> None:
    assert [backoff_seconds(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]
    assert backoff_seconds(50) == 60


def test_unlock_runs_off_the_gui_thread(qtbot, existing_vault) -> None:
    from sharedesk.core.settings import Settings
    from sharedesk.gui.vault_access import VaultAccess

    access = VaultAccess(existing_vault, Settings())
    seen: list[bool] = []

    def open_vault(passphrase: str):
        seen.append(threading.current_thread() is threading.main_thread())
        return access.open(passphrase)

    runner = TaskRunner()
    screen = UnlockScreen(runner, open_vault)
    qtbot.addWidget(screen)
    screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    with qtbot.waitSignal(runner.busy_did_change) as busy:
        screen.ui.unlock_button.click()
    assert busy.args == [True]
    assert screen.ui.busy_bar.isVisibleTo(screen)
    with qtbot.waitSignal(screen.vault_did_unlock, timeout=10_000) as blocker:
        pass
    blocker.args[0].close()
    assert seen == [False]
    assert not screen.ui.busy_bar.isVisibleTo(screen)


def test_empty_passphrase_is_refused_without_work(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    screen = controller.screens["unlock"]
    screen.ui.unlock_button.click()
    assert not controller.runner.busy
    assert "Enter your passphrase" in screen.ui.error_label.text()


def test_failures_before_a_restart_still_pause(qtbot, make_controller, existing_vault) -> None:
    for _ in range(4):  # four wrong tries in an earlier session of the app
        with pytest.raises(WrongPassphrase):
            Vault.open(existing_vault, "wrong passphrase!")
    controller = make_controller()
    screen = controller.screens["unlock"]
    qtbot.waitUntil(lambda: screen.waiting, timeout=5_000)
    assert not screen.ui.unlock_button.isEnabled()
    assert "try again in" in screen.ui.backoff_label.text()
