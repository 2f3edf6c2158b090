"""The main window: a stack of screens, menus and a toolbar. Composition only, no logic.

The controller (gui/controller.py) decides which screen shows and what the actions do. The
title is always the product name plus a fixed state word, never anything from a record.
QSettings holds the window geometry and nothing else, in SHAREDESK_HOME, in a file only its
owner can read (0600, in a 0700 folder when sharedesk creates it).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QToolBar, QVBoxLayout, QWidget

from sharedesk.core import paths
from sharedesk.gui.enum_keys import set_enum_properties, set_shortcut
from sharedesk.gui.forms.ui_main_window import Ui_MainWindow

# The window's keyboard shortcuts, by action (translatable, in the menu bar's context). Set
# here rather than in main_window.ui: the form's setShortcut calls would build the `Qt`
# namespace's enums at start-up (enum_keys.py).
SHORTCUTS = (
    ("lock_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+L")),
    ("hide_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+H")),
    ("quit_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Q")),
    ("home_action", QT_TRANSLATE_NOOP("MainWindow", "Alt+Home")),
    ("new_decision_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+N")),
    ("records_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+R")),
    ("reference_action", QT_TRANSLATE_NOOP("MainWindow", "F1")),
    ("settings_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+,")),
    ("export_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+E")),
    ("outbox_action", QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+O")),
)


class PrivacyCurtain(QWidget):
    """A blank page shown by "Hide screen"; any click or key brings the screen back."""

    curtain_did_lift = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # built on first use: Qt's enums cost start-up ms

        super().__init__(parent)
        self.setObjectName("privacy_curtain")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel(self.tr("sharedesk is hidden."), self)
        self.message.setObjectName("curtain_label")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("&Show sharedesk"), self)
        self.button.setObjectName("show_screen_button")
        self.button.setAccessibleName(self.tr("Show sharedesk"))
        self.button.setAccessibleDescription(self.tr("Bring back the screen you were using."))
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.button.clicked.connect(self.curtain_did_lift)

    def mousePressEvent(self, event: QEvent) -> None:
        self.curtain_did_lift.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.curtain_did_lift.emit()


class MainWindow(QMainWindow):
    window_did_close = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setObjectName("main_window")
        self.setAccessibleName(self.tr("sharedesk"))
        self.setAccessibleDescription(self.tr("Information-sharing decisions for safeguarding children."))
        self.stack = self.ui.screen_stack
        # The main toolbar's buttons are words (its actions have no icons); set by key name,
        # not in the .ui file, so that the first screen needs no `Qt` enum (enum_keys.py).
        set_enum_properties(self.ui.tool_bar, toolButtonStyle="ToolButtonTextOnly")
        for name, keys in SHORTCUTS:
            set_shortcut(getattr(self.ui, name), QCoreApplication.translate("MainWindow", str(keys)))
        self._curtain: PrivacyCurtain | None = None  # built on the first "Hide screen"
        self._before_curtain: QWidget | None = None
        self.safety_bar = self._make_safety_bar()
        self.set_state_title("")
        self._restore_geometry()

    # -- toolbars ------------------------------------------------------------------------------
    def _make_safety_bar(self) -> QToolBar:
        """Lock now and Hide screen on a toolbar of their own: when large text leaves no room
        beside the others it moves to a second row instead of hiding behind an overflow arrow."""
        bar = QToolBar(self.tr("Lock and hide"), self)
        bar.setObjectName("safety_tool_bar")
        bar.setMovable(False)
        set_enum_properties(bar, toolButtonStyle="ToolButtonTextOnly")
        for action in (self.ui.lock_action, self.ui.hide_action):
            self.ui.tool_bar.removeAction(action)
            bar.addAction(action)
        self.addToolBar(bar)  # the top area, after the main toolbar
        return bar

    def arrange_toolbars(self) -> None:
        """One row when both toolbars fit the window's width, two when they do not."""
        room = self.width()
        need = self.ui.tool_bar.sizeHint().width() + self.safety_bar.sizeHint().width()
        broken = self.toolBarBreak(self.safety_bar)
        if need > room and not broken:
            self.insertToolBarBreak(self.safety_bar)
        elif need <= room and broken:
            self.removeToolBarBreak(self.safety_bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_toolbars()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.arrange_toolbars()

    def insert_menu(self, menu: QMenu) -> None:
        """Add ``menu`` to the menu bar just before Help (which stays last)."""
        self.ui.menu_bar.insertMenu(self.ui.help_menu.menuAction(), menu)

    # -- screens -------------------------------------------------------------------------------
    def add_screen(self, screen: QWidget) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)

    def remove_screen(self, screen: QWidget) -> None:
        if self.stack.indexOf(screen) >= 0:
            self.stack.removeWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        self.add_screen(screen)
        self._before_curtain = None
        self.stack.setCurrentWidget(screen)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    @property
    def curtain(self) -> PrivacyCurtain:
        """The privacy curtain, made the first time it is needed (no screen shows it first)."""
        if self._curtain is None:
            self._curtain = PrivacyCurtain(self)
            self._curtain.curtain_did_lift.connect(self.lift_curtain)
            self.stack.addWidget(self._curtain)
        return self._curtain

    def hide_screen(self) -> None:
        curtain = self.curtain
        if self.stack.currentWidget() is curtain:
            return
        self._before_curtain = self.stack.currentWidget()
        self.stack.setCurrentWidget(curtain)
        curtain.button.setFocus()

    def lift_curtain(self) -> None:
        if self.curtained and self._before_curtain is not None:
            self.stack.setCurrentWidget(self._before_curtain)
        self._before_curtain = None

    @property
    def curtained(self) -> bool:
        return self._curtain is not None and self.stack.currentWidget() is self._curtain

    def set_state_title(self, state: str) -> None:
        """Title from a fixed state word (Locked, Home...): record content never goes here.
        The product name is in the title once (the app sets no display name for Qt to add)."""
        self.setWindowTitle(f"sharedesk — {state}" if state else "sharedesk")

    def set_unlocked(self, unlocked: bool) -> None:
        for action in (self.ui.lock_action, self.ui.home_action, self.ui.new_decision_action,
                       self.ui.records_action, self.ui.settings_action, self.ui.export_action,
                       self.ui.outbox_action):
            action.setEnabled(unlocked)

    # -- geometry only in QSettings ------------------------------------------------------------
    @staticmethod
    def settings_path() -> Path:
        return paths.home_dir() / "window.ini"

    @classmethod
    def _qsettings(cls) -> QSettings:
        return QSettings(str(cls.settings_path()), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        value = self._qsettings().value("window/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)

    def save_geometry(self) -> None:
        """Keep the geometry, owner-only; skipped (it is only a nicety) if the folder cannot be
        made private or written."""
        path = self.settings_path()
        try:
            paths.ensure_private_dir(path.parent)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(path, 0o600)  # a file left by an older version may be 0644
        except OSError:
            return
        settings = self._qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.sync()
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.window_did_close.emit()
        super().closeEvent(event)

