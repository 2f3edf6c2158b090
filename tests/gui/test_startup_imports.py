"""Issue 13: start-up loads only what the first screen needs. The vault's crypto, exports, sync,
passphrase scoring and the flow parser load when first used, so a fresh process that reaches
the first-run or the unlock screen has none of them in ``sys.modules``; nor has it built PySide's
``Qt`` namespace (all of its Python enums at once, 12-15 ms: gui/enum_keys.py). (What they cost
is timed in bench/bench_gui.py; here only what is loaded, which cannot be noisy.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GOOD_PASSPHRASE, TEST_KDF

from sharedesk.core.vault import Vault

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("reportlab", "httpx", "pyrage", "cryptography", "zxcvbn", "yaml", "sqlcipher3",
         "argon2", "rfc8785", "logging.handlers", "sharedesk.core.vault", "sharedesk.core.export",
         "sharedesk.core.sync", "sharedesk.core.flow.loader", "sharedesk.core.reference",
         "sharedesk.gui.screens.home", "sharedesk.gui.screens.decision", "PySide6.QtCore.Qt",
         "html", "datetime", "sharedesk.core.changes", "sharedesk.gui.locking",
         "sharedesk.gui.settings_hooks", "sharedesk.gui.passphrase_words")
# The entry point's own path to the first screen (app.run up to the event loop).
SCRIPT = """
import json, sys
from PySide6 import QtCore
from sharedesk.gui import app
from sharedesk.gui.prompter import RecordingPrompter
qt = app.application()
controller = app.start(qt, RecordingPrompter())  # built and shown, before the event loop
qt.processEvents()  # and painted
name = type(controller.window.current_screen()).__name__
modules = sorted(sys.modules)
if "Qt" in vars(QtCore):  # PySide makes a class on its first use, with every enum of it
    modules.append("PySide6.QtCore.Qt")
print(json.dumps([name, modules]))
"""


def first_screen_modules(home: Path) -> tuple[str, set[str]]:
    """The first screen's class name, and the modules loaded to show it (with
    "PySide6.QtCore.Qt" if the ``Qt`` namespace was built)."""
    env = {**os.environ, "SHAREDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    name, modules = json.loads(out.stdout.strip().splitlines()[-1])
    return name, set(modules)


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_first_run_screen_starts_without_the_heavy_modules(sharedesk_home) -> None:
    name, modules = first_screen_modules(sharedesk_home)
    assert name == "FirstRunScreen"
    assert "PySide6.QtWidgets" in modules  # the probe saw a real start
    assert heavy_in(modules) == []


def test_unlock_screen_starts_without_the_heavy_modules(sharedesk_home) -> None:
    Vault.create(sharedesk_home / "vault.sharedesk", GOOD_PASSPHRASE, kdf=TEST_KDF).close()
    name, modules = first_screen_modules(sharedesk_home)
    assert name == "UnlockScreen"
    assert heavy_in(modules) == []
    assert "sharedesk.gui.screens.first_run" not in modules  # only the screen that shows


# `sharedesk gui` starts with the garbage collector off and turns it on once the first screen is
# up: start-up frees almost nothing, so collections there are pure cost (issue 13), but a
# session must never run without one.
GC_SCRIPT = """
import gc, json
from sharedesk.gui import app
seen = {}
real_start, real_finish = app.start, app._finish_when_shown
def start(qt, prompter):
    seen["while_starting"] = gc.isenabled()
    return real_start(qt, prompter)
def finish(qt, window, screenshot):
    seen["once_shown"] = gc.isenabled()
    real_finish(qt, window, screenshot)
app.start, app._finish_when_shown = start, finish
from sharedesk.cli import main
status = main(["gui", "--smoke-test"])
print(json.dumps([status, seen]))
"""


def test_the_collector_is_off_while_starting_and_on_once_the_screen_is_up(sharedesk_home) -> None:
    env = {**os.environ, "SHAREDESK_HOME": str(sharedesk_home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", GC_SCRIPT], env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    status, seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert status == 0
    assert seen == {"while_starting": False, "once_shown": True}
