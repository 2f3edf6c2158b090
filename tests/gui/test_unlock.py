"""Unlock: a wrong passphrase says so plainly, repeated failures pause, work runs off the GUI thread."""

from __future__ import annotations

import math
import threading

import pytest
from conftest import GOOD_PASSPHRASE, unlock

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault, backoff_seconds, failed_attempts, unlock_wait
from sharedesk.gui.screens.unlock import UnlockScreen
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


def _screen(qtbot, vault_path, second_ms: int) -> tuple[UnlockScreen, TaskRunner]:
    from sharedesk.core.settings import Settings
    from sharedesk.gui.vault_access import VaultAccess

    access = VaultAccess(vault_path, Settings())
    runner = TaskRunner()
    screen = UnlockScreen(runner, access.open, backoff=access.backoff, second_ms=second_ms)
    qtbot.addWidget(screen)
    screen.show()
    return screen, runner


def test_the_countdown_is_what_core_says(qtbot, existing_vault) -> None:
    # One screen per try, as after a restart, with a second that never passes during the test:
    # the countdown shown right after each wrong passphrase is core's wait for that many failures
    # (never more than core's full delay, never less than what core says afterwards).
    for failures in range(1, 6):
        qtbot.waitUntil(lambda: unlock_wait(existing_vault) == 0, timeout=60_000)
        screen, runner = _screen(qtbot, existing_vault, second_ms=3_600_000)
        try_wrong(qtbot, screen, runner)
        assert failed_attempts(existing_vault)[0] == failures
        after = math.ceil(unlock_wait(existing_vault))
        assert after <= screen.remaining <= math.ceil(backoff_seconds(failures)), failures
        assert screen.waiting == (screen.remaining > 0)
        assert screen.ui.unlock_button.isEnabled() == (not screen.waiting)
        assert screen.ui.backoff_label.isVisible() == screen.waiting
        if screen.waiting:
            assert f"try again in {screen.remaining} second" in screen.ui.backoff_label.text()
        screen.close()
    assert screen.waiting  # 5 failures: core says 4 s


def test_the_screen_waits_until_core_says_try(qtbot, existing_vault) -> None:
    # A 5 ms "second": the screen's own countdown ends at once, yet the button comes back only
    # when core's wait is over, also after failures made meanwhile by another process.
    screen, runner = _screen(qtbot, existing_vault, second_ms=5)
    for _ in range(4):  # the fourth failure: core says 2 s
        qtbot.waitUntil(lambda: not screen.waiting, timeout=60_000)
        try_wrong(qtbot, screen, runner)
    assert screen.waiting and not screen.ui.unlock_button.isEnabled()
    with pytest.raises(WrongPassphrase):  # another sharedesk process (or the CLI) fails too
        Vault.open(existing_vault, "wrong passphrase!")
    screen.ui.passphrase_edit.setText(GOOD_PASSPHRASE)
    screen.ui.unlock_button.click()  # while waiting, submitting does nothing
    assert not runner.busy
    qtbot.waitUntil(lambda: screen.ui.unlock_button.isEnabled(), timeout=60_000)
    assert unlock_wait(existing_vault) == 0
    assert not screen.ui.backoff_label.isVisible()
    with qtbot.waitSignal(screen.vault_did_unlock, timeout=10_000) as blocker:
        screen.ui.unlock_button.click()
    blocker.args[0].close()
    assert failed_attempts(existing_vault)[0] == 0


def test_unlock_runs_off_the_gui_thread(qtbot, existing_vault) -> None:
    from sharedesk.core.settings import Settings
    from sharedesk.gui.vault_access import VaultAccess

    access = VaultAccess(existing_vault, Settings())
    seen: list[bool] = []

    def open_vault(passphrase: str):
        seen.append(threading.current_thread() is threading.main_thread())
        return access.open(passphrase)

    runner = TaskRunner()
    screen = UnlockScreen(runner, open_vault, backoff=access.backoff)
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
