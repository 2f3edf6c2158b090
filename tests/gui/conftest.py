"""Fixtures for the GUI tests: a controller over a real vault file, a clock tests can move.

Every vault here is a real SQLCipher file under the test's SHAREDESK_HOME, with a cheap Argon2
setting so unlocking takes milliseconds. Nothing is mocked: the controller, screens, task runner
and vault are the ones the app uses; only the clock and the prompter are injected.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from sharedesk.core import paths
from sharedesk.core.settings import Settings
from sharedesk.core.vault import KdfParams, Vault
from sharedesk.gui import theme
from sharedesk.gui.controller import AppController
from sharedesk.gui.prompter import RecordingPrompter
from sharedesk.gui.vault_access import PRACTITIONER_SECRET, VaultAccess

GOOD_PASSPHRASE = "correct horse battery staple"
TEST_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


class FakeClock:
    """Wall-clock seconds that move only when a test says so (time.time stand-in)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


_THIS = sys.modules[__name__]  # this conftest, while it is the one called "conftest"


@pytest.fixture(autouse=True)
def _this_conftest_importable() -> Iterator[None]:
    """The tests here import helpers with ``from conftest import ...``. Pytest imports every
    directory's conftest.py under that one name, so in a whole-suite run it names the last one
    collected (tests/intake's) and those imports failed; point it back here for each test."""
    saved = sys.modules.get("conftest")
    sys.modules["conftest"] = _THIS
    yield
    if saved is not None:
        sys.modules["conftest"] = saved


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(sharedesk_home: Path) -> Path:
    return paths.default_vault_path()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """An open vault for a screen built without the controller (records_kit.make_vault: a real
    file, a cheap KDF), closed when the test ends."""
    from records_kit import make_vault

    opened = make_vault(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def existing_vault(vault_path: Path) -> Path:
    """A real vault on disk (closed), as a previous first run would leave it."""
    vault = Vault.create(vault_path, GOOD_PASSPHRASE, kdf=TEST_KDF)
    vault.secret_set(PRACTITIONER_SECRET, json.dumps({"name": "Ann Tester", "role": "GP"}).encode())
    vault.close()
    return vault_path


@pytest.fixture
def make_controller(qtbot, vault_path: Path, clock: FakeClock) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(**kwargs: object) -> AppController:
        settings = Settings()
        access = VaultAccess(vault_path, settings, kdf=TEST_KDF)
        controller = AppController(settings, access=access, clock=clock,
                                   prompter=RecordingPrompter(), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(controller.window)
        controller.start()
        controller.window.show()
        qtbot.waitExposed(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.lock("test")
        controller.runner.wait()


@pytest.fixture(autouse=True)
def no_widgets_left(qapp: QApplication) -> Iterator[None]:
    """Every top-level widget a test made is closed and deleted when it ends (after the
    controller fixtures have locked and waited), so widgets do not pile up across a file: they
    grew from hundreds to thousands in one file and made each later test slower."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    """As the app does at start: the English catalogue supplies plurals ("1 record")."""
    from sharedesk.gui.app import load_translation

    load_translation(qapp, "en")


@pytest.fixture(autouse=True)
def plain_theme(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends with the default theme and text size."""
    theme.apply(qapp, "system", 100)
    yield
    theme.apply(qapp, "system", 100)


@pytest.fixture(autouse=True)
def english_content(qapp: QApplication) -> Iterator[None]:
    """Each test ends with flows and reference in English, even after a test that loaded the
    Welsh catalogue (app.load_translation sets the language the content follows)."""
    yield
    qapp.setProperty("sharedesk_language", "en")


def unlock(qtbot, controller: AppController, passphrase: str = GOOD_PASSPHRASE) -> None:
    screen = controller.screens["unlock"]
    screen.ui.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.unlock_button.click()
