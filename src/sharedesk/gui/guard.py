"""The session guard: everything that can ask for the vault to lock, in one place.

Idle time (wall clock, see idle.py), system sleep or screen lock (D-Bus, where the platform says),
and the clipboard holding copied record text. The controller connects ``lock_did_request`` to
its ``lock`` and calls ``arm``/``disarm`` as the vault opens and closes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from sharedesk.core.settings import Settings
from sharedesk.gui.clipboard import ClipboardGuard
from sharedesk.gui.idle import IdleMonitor, SleepMonitor

SLEEP_WATCH_DELAY_MS = 1500  # D-Bus set-up is not needed to paint the first screen


class SessionGuard(QObject):
    lock_did_request = Signal(str)  # reason: "idle", "sleep" or "user" (the lock keys)

    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.clipboard = ClipboardGuard(int(settings.get("security.clipboard_clear_seconds")),
                                        parent=self)
        self.idle = IdleMonitor(int(settings.get("security.idle_lock_minutes")), clock=clock,
                                parent=self)
        self.idle.idle_did_expire.connect(lambda: self.lock_did_request.emit("idle"))
        self.idle.lock_key_did_press.connect(lambda: self.lock_did_request.emit("user"))
        self.sleep: SleepMonitor | None = None
        QTimer.singleShot(SLEEP_WATCH_DELAY_MS, self.watch_sleep)

    def watch_sleep(self) -> None:
        if self.sleep is None:
            self.sleep = SleepMonitor(self)
            self.sleep.system_did_sleep.connect(self._on_sleep_system_did_sleep)

    @property
    def sleep_supported(self) -> bool:
        self.watch_sleep()
        return bool(self.sleep and self.sleep.available)

    def _on_sleep_system_did_sleep(self) -> None:
        if self._settings.get("security.lock_on_sleep"):
            self.lock_did_request.emit("sleep")

    def arm(self) -> None:
        self.apply_settings()
        self.idle.arm()

    def disarm(self) -> None:
        """The vault is closing: stop the idle clock and clear anything we put on the clipboard."""
        self.idle.disarm()
        self.clipboard.clear()

    def apply_settings(self) -> None:
        self.idle.set_minutes(int(self._settings.get("security.idle_lock_minutes")))
        self.clipboard.set_seconds(int(self._settings.get("security.clipboard_clear_seconds")))
