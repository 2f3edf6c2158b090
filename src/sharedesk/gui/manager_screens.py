"""The manager's desk, from the application context (issue 14): a Manager menu (Inbox, Devices, Team
overview) shown in manager mode, the screens built on demand, and the record screen's
Countersign hook.

Manager mode is the setting ``desk.mode`` (chosen in Settings or set by the organisation
profile's ``[desk] mode = "manager"``); the same vault format either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMenu

from sharedesk.core.errors import SharedeskError
from sharedesk.gui import sync_screens
from sharedesk.gui.context import AppContext
from sharedesk.gui.enum_keys import set_shortcut

if TYPE_CHECKING:
    from sharedesk.core.export.trust import TrustedKeys
    from sharedesk.gui.screens.first_run import FirstRunScreen

SCREENS = ("inbox", "devices", "team_overview")


def is_manager(c: AppContext) -> bool:
    return str(c.settings.get("desk.mode")) == "manager"


def install(c: AppContext) -> QMenu:
    """Add the Manager menu to the window (hidden unless in manager mode)."""
    window = c.window
    translate = QCoreApplication.translate  # the menu bar's context, as in main_window.ui
    menu = QMenu(translate("MainWindow", "&Manager"), window)
    menu.setObjectName("manager_menu")
    for name, text, keys, slot in (
            ("inbox_action", translate("MainWindow", "&Inbox..."), "Ctrl+Shift+I", lambda: open_inbox(c)),
            ("devices_action", translate("MainWindow", "&Devices"), "Ctrl+Shift+D", lambda: open_devices(c)),
            ("team_overview_action", translate("MainWindow", "&Team overview"), "Ctrl+Shift+T",
             lambda: open_overview(c))):
        action = QAction(window)  # (text, parent) would make PySide build QIcon's type too
        action.setText(text)
        action.setObjectName(name)
        set_shortcut(action, keys)  # not setShortcut: see enum_keys.py
        action.triggered.connect(slot)
        menu.addAction(action)
        window.addAction(action)  # shortcuts work while the menu is closed
    window.insert_menu(menu)
    c.manager_menu = menu
    refresh_mode(c)
    return menu


def refresh_mode(c: AppContext) -> None:
    """Show the Manager menu and enable its actions in manager mode with the vault open."""
    menu = c.manager_menu
    if menu is None:
        return
    on = is_manager(c)
    menu.menuAction().setVisible(on)
    for action in menu.actions():
        action.setEnabled(on and c.vault is not None)


def _profile_devices(c: AppContext) -> tuple[tuple[str, str], ...]:
    from sharedesk.core.profile import current_profile

    try:
        profile = current_profile(c.settings)
    except SharedeskError:
        return ()
    return profile.devices if profile is not None else ()


def trust_check(c: AppContext) -> TrustedKeys:
    from sharedesk.core.sync.devices import trusted_keys

    return trusted_keys(c.vault, _profile_devices(c), ())


def open_inbox(c: AppContext) -> None:
    if c.vault is None:
        return
    from sharedesk.gui.screens.inbox import InboxScreen

    screen = c.screens.get("inbox")
    if screen is None:
        extra: dict[str, Any] = {}
        if c.choose_file:
            extra = {"choose_file": c.choose_file, "choose_folder": c.choose_file}
        screen = InboxScreen(c.runner, c.vault, lambda: trust_check(c), **extra)
        from sharedesk.core import changes

        screen.inbox_did_import.connect(lambda: c.nav.announce(changes.IMPORTED))
        c.screens["inbox"] = screen
    c.show("inbox", QCoreApplication.translate("AppController", "Inbox"))


def open_devices(c: AppContext) -> None:
    if c.vault is None:
        return
    from sharedesk.gui.screens.devices import DevicesScreen

    screen = c.screens.get("devices")
    if screen is None:
        screen = DevicesScreen(c.vault, lambda: _profile_devices(c))
        c.screens["devices"] = screen
    else:
        screen.refresh()  # type: ignore[attr-defined]
    c.show("devices", QCoreApplication.translate("AppController", "Devices"))


def open_overview(c: AppContext) -> None:
    if c.vault is None:
        return
    from sharedesk.gui.screens.team_overview import TeamOverviewScreen

    screen = c.screens.get("team_overview")
    if screen is None:
        screen = TeamOverviewScreen(c.vault, runner=c.runner)
        screen.record_did_open.connect(c.nav.open_record)
        screen.export_did_request.connect(lambda ids: sync_screens.open_export(c, ids))
        c.screens["team_overview"] = screen
    screen.refresh()  # type: ignore[attr-defined]
    c.show("team_overview", QCoreApplication.translate("AppController", "Team overview"))


def add_first_run_choice(c: AppContext, screen: FirstRunScreen) -> QCheckBox:
    """"I lead a team" on the first-run screen, after the organisation profile: ticked, the new
    vault opens with the manager's desk (desk.mode). Connect before the controller's own
    handler, so the setting is saved before the vault opens."""
    box = QCheckBox(QCoreApplication.translate(
        "FirstRunScreen", "I lead a team: open the &manager's desk (Inbox, Team overview, "
        "Countersign)"))
    box.setObjectName("first_run_manager_desk")
    box.setAccessibleName(box.text().replace("&", ""))
    box.setChecked(is_manager(c))
    screen.add_option(box)

    def keep(_created: object) -> None:
        c.settings.set("desk.mode", "manager" if box.isChecked() else "practitioner")
        try:
            c.settings.save()
        except SharedeskError:
            pass  # the menu still follows the setting for this session

    screen.vault_did_create.connect(keep)
    return box


def countersign_hooks(c: AppContext) -> dict[str, Any]:
    """RecordDetail's countersign hook and signer (name, role), in manager mode only."""
    if not is_manager(c) or c.vault is None:
        return {}
    from sharedesk.core.sync.countersigning import countersign_record

    vault = c.vault
    who = c.access.practitioner()
    signer = (str(c.settings.get("desk.countersign_name")) or who.get("name", ""),
              str(c.settings.get("desk.countersign_role")) or who.get("role", ""))

    def sign(record_id: str, outcome: str, comment: str, by: str, role: str) -> Any:
        return countersign_record(vault, record_id, outcome=outcome, comment=comment, by=by,
                                  role=role)

    return {"countersign": sign, "signer": signer}
