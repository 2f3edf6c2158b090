"""Idle lock on wall-clock time, and lock on system sleep or screen lock where the system says.

Idle time is the wall-clock difference since the last user input, checked by a timer. A timer
alone would not do: Qt timers do not run while the machine sleeps, so a laptop closed for an
hour would wake with minutes still "to go". Comparing ``time.time()`` readings makes the lock
fire on the first check after resume. The clock is injectable so tests drive it directly.

Sleep and screen lock come from logind over the system D-Bus (PrepareForSleep, Session.Lock) and the
desktop screensaver over the session bus (ActiveChanged), when QtDBus and those services exist. Where they
do not (Windows, macOS, containers), ``SleepMonitor.available`` is False and only the idle lock
applies; the settings screen says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class IdleMonitor(QObject):
    """Emits ``idle_did_expire`` once after ``minutes`` without user input, while armed.

    It also watches for the lock keys (``lock_keys``, Ctrl+L) in every window, emitting
    ``lock_key_did_press``: a modal dialog blocks the main window's own shortcut, and the lock
    must work from a dialog, a file dialog or a message box too.
    """

    idle_did_expire = Signal()
    lock_key_did_press = Signal()

    def __init__(self, minutes: int = 5, *, clock: Clock = time.time, check_ms: int = 5_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes
        self._last = clock()
        self._armed = False
        self.lock_keys = QKeySequence()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)

    @property
    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(1, int(minutes))

    def arm(self) -> None:
        """Start counting from now (called when the vault opens)."""
        self._last = self._clock()
        self._armed = True
        self._timer.start()
        # Watch input only while armed: an app-wide Python filter sees every event, and while
        # locked (the first screen included) there is no idle clock to feed.
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.installEventFilter(self)

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    def touch(self) -> None:
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last)

    @Slot()
    def check(self) -> None:
        if self._armed and self.idle_seconds() >= self._minutes * 60:
            self.disarm()
            self.idle_did_expire.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ApplicationActivate:
            # Coming back to the app (after sleep, or from another window): check before the
            # first key press can count as activity, so a stale session locks at once.
            self.check()
        elif kind in _ACTIVITY:
            self._last = self._clock()
            if kind == QEvent.Type.KeyPress and not self.lock_keys.isEmpty() \
                    and isinstance(event, QKeyEvent) \
                    and QKeySequence(event.keyCombination()) == self.lock_keys:
                self.lock_key_did_press.emit()
                return True
        return False


class SleepMonitor(QObject):
    """Emits ``system_did_sleep`` when logind announces sleep or a session lock, or the desktop
    screensaver activates."""

    system_did_sleep = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        # The slot goes as a str ("1name(args)", Qt's SLOT form): PySide's stubs say bytes, but
        # bytes never reach the slot (tests/gui/test_sleep_dbus.py), hence the ignores below.
        system = QDBusConnection.systemBus()
        if system.isConnected():
            self.available |= system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                "1_on_prepare_for_sleep(bool)")
            # `loginctl lock-session` and many desktops' lock screens: any session's Lock
            # (the empty path matches every session object, ours included).
            self.available |= system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", self,
                "1_on_session_lock()")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            self.available |= session.connect(  # type: ignore[call-overload]
                "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                "ActiveChanged", self, "1_on_screensaver_active(bool)")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.system_did_sleep.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.system_did_sleep.emit()

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self.system_did_sleep.emit()
