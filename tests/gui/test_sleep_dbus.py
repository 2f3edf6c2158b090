"""Lock on sleep over real D-Bus: a private bus (dbus-run-session) stands in for the desktop's
session bus and, through DBUS_SYSTEM_BUS_ADDRESS, for logind's system bus. The real SleepMonitor
must hear the screensaver's ActiveChanged and logind's PrepareForSleep signals."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

SCRIPT = r"""
import os, sys
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QApplication([])
from sharedesk.gui.idle import SleepMonitor
monitor = SleepMonitor()
heard = []
monitor.system_did_sleep.connect(lambda: (heard.append(1), app.quit()))
which = sys.argv[1]

def send():
    if which == "screensaver":
        msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver",
                                        "org.freedesktop.ScreenSaver", "ActiveChanged")
        msg.setArguments([sys.argv[2] == "true"])
        QDBusConnection.sessionBus().send(msg)
    else:
        bus = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], "logind")
        bus.registerService("org.freedesktop.login1")
        if which == "session-lock":
            msg = QDBusMessage.createSignal("/org/freedesktop/login1/session/_31",
                                            "org.freedesktop.login1.Session", "Lock")
        else:
            msg = QDBusMessage.createSignal("/org/freedesktop/login1",
                                            "org.freedesktop.login1.Manager", "PrepareForSleep")
            msg.setArguments([sys.argv[2] == "true"])
        bus.send(msg)

QTimer.singleShot(100, send)
QTimer.singleShot(3000, app.quit)  # a bounded wait: no signal heard means no lock
app.exec()
print("available" if monitor.available else "unavailable", "heard" if heard else "silent")
"""


def run(which: str, value: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", SCRIPT, which, value],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


pytestmark = pytest.mark.skipif(shutil.which("dbus-run-session") is None,
                                reason="dbus-run-session not installed (Debian package dbus)")


def test_screen_lock_signal_is_heard() -> None:
    assert run("screensaver", "true") == "available heard"


def test_screensaver_ending_does_not_lock() -> None:
    assert run("screensaver", "false") == "available silent"


def test_logind_prepare_for_sleep_is_heard() -> None:
    assert run("logind", "true") == "available heard"


def test_logind_session_lock_is_heard() -> None:
    assert run("session-lock", "true") == "available heard"


def test_waking_up_does_not_lock() -> None:
    assert run("logind", "false") == "available silent"
