"""Start-up sets Qt enum properties and shortcuts by name (gui/enum_keys.py): the same values as
Qt's typed calls, an unknown property or key refused, and the main window's shortcuts and
toolbars as main_window.ui had them before they moved out of it (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QScrollArea, QToolBar

from sharedesk.gui.enum_keys import set_enum_properties, set_shortcut
from sharedesk.gui.main_window import MainWindow

# What main_window.ui said before issue 13 (the form's setShortcut calls).
FORMER_SHORTCUTS = {
    "lock_action": "Ctrl+L", "hide_action": "Ctrl+H", "quit_action": "Ctrl+Q",
    "home_action": "Alt+Home", "new_decision_action": "Ctrl+N", "records_action": "Ctrl+R",
    "reference_action": "F1", "settings_action": "Ctrl+,", "export_action": "Ctrl+E",
    "outbox_action": "Ctrl+Shift+O", "diagnostics_action": "", "about_action": "",
}


def test_enum_properties_by_name_equal_the_typed_calls(qapp) -> None:
    area, label, bar = QScrollArea(), QLabel("x"), QToolBar()
    set_enum_properties(area, focusPolicy="NoFocus")
    set_enum_properties(bar, toolButtonStyle="ToolButtonTextOnly")
    set_enum_properties(label, focusPolicy="StrongFocus",
                        textInteractionFlags="LinksAccessibleByKeyboard|LinksAccessibleByMouse")
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse)


@pytest.mark.parametrize("keys", [{"focusPolicy": "NoSuchPolicy"}, {"noSuchProperty": "x"},
                                  {"objectName": "notAnEnum"}])
def test_an_unknown_property_or_key_is_refused(qapp, keys: dict[str, str]) -> None:
    label = QLabel("x")
    before = label.focusPolicy()
    with pytest.raises(ValueError):
        set_enum_properties(label, **keys)
    assert label.focusPolicy() == before
    assert label.objectName() == ""


def test_set_shortcut_is_set_shortcut(qapp) -> None:
    ours, qts = QAction("a"), QAction("b")
    set_shortcut(ours, "Ctrl+Shift+O")
    qts.setShortcut(QKeySequence("Ctrl+Shift+O"))
    assert ours.shortcut() == qts.shortcut()
    assert ours.shortcuts() == qts.shortcuts()
    set_shortcut(ours, "")
    assert ours.shortcut().isEmpty() and ours.shortcuts() == []


def test_the_main_window_keeps_its_shortcuts_and_toolbars(qapp) -> None:
    window = MainWindow()
    try:
        for name, keys in FORMER_SHORTCUTS.items():
            action = getattr(window.ui, name)
            assert action.shortcut().toString() == keys, name
        for bar in (window.ui.tool_bar, window.safety_bar):
            assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
            assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
        assert window.ui.tool_bar.actions()[0] is window.ui.home_action
        assert window.safety_bar.actions() == [window.ui.lock_action, window.ui.hide_action]
    finally:
        window.deleteLater()
