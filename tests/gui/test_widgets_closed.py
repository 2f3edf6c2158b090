"""Widgets are closed and deleted between tests (tests/gui/conftest.py no_widgets_left): they
used to pile up, from hundreds to thousands in one file, so each later test ran slower (issue
12). The second test runs after the first (file order) and sees nothing of it."""

from __future__ import annotations

from conftest import unlock
from PySide6.QtWidgets import QApplication


def test_a_controller_with_its_screens_and_a_dialog(qtbot, make_controller, existing_vault) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.window.ui.settings_action.trigger()
    controller.screens["settings"].import_profile_button.click()
    assert len(QApplication.allWidgets()) > 100  # a real window's worth


def test_the_next_test_starts_with_no_widget_left() -> None:
    left = QApplication.allWidgets()
    assert left == [], f"{len(left)} widgets left by the previous test"
