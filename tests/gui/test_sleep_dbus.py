"""Lock on sleep over real D-Bus: a private bus (dbus-run-session) stands in for the desktop's
session bus and, through DBUS_SYSTEM_BUS_ADDRESS, for logind's system bus. The real SleepMonitor
must hear the screensaver's ActiveChanged and logind's PrepareForSleep signals."""

from __future__ import annotations

import json
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


APP_SCRIPT = r"""
import json, os, sys
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sharedesk.core import paths
from sharedesk.core.settings import Settings
from sharedesk.core.vault import KdfParams, Vault
from sharedesk.gui.controller import AppController
from sharedesk.gui.prompter import RecordingPrompter
from sharedesk.gui.vault_access import VaultAccess

SECRET = "Quaxwellbury"
kdf = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
Vault.create(paths.default_vault_path(), "correct horse battery staple", kdf=kdf).close()
settings = Settings()
settings.set("security.lock_on_sleep", True)
controller = AppController(settings, prompter=RecordingPrompter(),
                           access=VaultAccess(paths.default_vault_path(), settings, kdf=kdf))
controller.start()
controller.window.show()
vault = controller.access.open("correct horse battery staple")
controller.on_vault_open(vault)
controller.guard.watch_sleep()
controller.start_decision("england-2018")
wizard = controller.screens["decision"]
used = wizard.open_seek_advice()
used.adviser_edit.setText("DSL " + SECRET)
used.advice_edit.setPlainText(SECRET + " advised sharing")
used.save_button.click()  # used and closed: deleted once the event loop runs
controller.open_export()  # left open, half filled in
controller.export_dialog.passphrase_edit.setText(SECRET + " typed, not used")
controller.vault_did_lock.connect(app.quit)

def send():
    msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver",
                                    "org.freedesktop.ScreenSaver", "ActiveChanged")
    msg.setArguments([True])
    QDBusConnection.sessionBus().send(msg)

QTimer.singleShot(200, send)
QTimer.singleShot(5000, app.quit)  # bounded: no lock within 5 s is a failure below
app.exec()
texts = []
for w in QApplication.allWidgets():
    for name in ("text", "toPlainText", "windowTitle"):
        method = getattr(w, name, None)
        if callable(method):
            texts.append(str(method()))
print(json.dumps({
    "available": controller.sleep is not None and controller.sleep.available,
    "locked": controller.locked, "vault_open": vault.is_open,
    "screen": controller.window.current_screen().objectName(),
    "windows": [type(w).__name__ for w in QApplication.topLevelWidgets()
                if w is not controller.window and w.isVisible()],
    "holding": sum(SECRET in t for t in texts)}))
"""


def test_screen_lock_over_dbus_locks_the_app_clean(tmp_path) -> None:
    # The whole app under a real (private) D-Bus: the screensaver activates while a decision
    # with advice sought is open and the export dialog is half filled in.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHAREDESK_HOME": str(tmp_path)}
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", APP_SCRIPT],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]  # nothing failed on the way
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"available": True, "locked": True, "vault_open": False,
                      "screen": "unlock_screen", "windows": [], "holding": 0}
