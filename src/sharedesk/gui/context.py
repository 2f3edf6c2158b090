"""The application context: what screens are built from and what they may ask for.

The controller makes one ``AppContext`` and hands it to the screen builder (screen_factory.py),
the export and outbox openers (sync_screens.py), the manager's desk (manager_screens.py) and
the lock (locking.py). None of them imports the controller: where a screen's signal must reach
the controller (open a record, start a decision), they call ``context.nav``, a ``Navigator``
the controller implements. Screens are handed only the pieces they use, never the context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QMenu, QWidget

from sharedesk.gui.focus import focus_into

if TYPE_CHECKING:
    from sharedesk.core.changes import Changes
    from sharedesk.core.settings import Settings
    from sharedesk.core.vault import Vault
    from sharedesk.gui.clipboard import ClipboardGuard
    from sharedesk.gui.guard import SessionGuard
    from sharedesk.gui.main_window import MainWindow
    from sharedesk.gui.prompter import Prompter
    from sharedesk.gui.tasks import TaskRunner
    from sharedesk.gui.vault_access import VaultAccess

# (parent, title, suggested name) -> chosen path ("" for none); injected by tests.
ChooseFile = Callable[[QWidget, str, str], str]
# parent -> the reason typed ("" for none); injected by tests.
AskReason = Callable[[QWidget], str]


class Navigator(Protocol):
    """Where screens' requests go: implemented by the controller."""

    def on_first_run_vault_did_create(self, created: object) -> None: ...

    def on_vault_open(self, vault: object) -> None: ...

    def start_decision(self, flow_id: str) -> None: ...

    def resume_draft(self, draft_id: str) -> None: ...

    def open_record(self, record_id: str) -> None: ...

    def open_records(self) -> None: ...

    def open_outbox(self) -> None: ...

    def open_export(self, selected_ids: list[str] | None = None) -> None: ...

    def apply_settings(self) -> None: ...

    def announce(self, changes: Changes) -> None: ...


@dataclass(eq=False)
class AppContext:
    """The application's shared pieces (one per controller). ``vault`` is the open vault, None
    while locked; ``screens`` the screens built so far, by name."""

    settings: Settings
    access: VaultAccess
    runner: TaskRunner
    prompter: Prompter
    window: MainWindow
    guard: SessionGuard
    nav: Navigator
    vault: Vault | None = None
    closing_vault: Vault | None = None  # a vault whose close() raised, tried again on retry
    screens: dict[str, QWidget] = field(default_factory=dict)
    export_dialog: QDialog | None = None
    manager_menu: QMenu | None = None
    # Injected by tests so no native file or text dialog ever blocks (None: the real ones).
    choose_file: ChooseFile | None = None
    ask_reason: AskReason | None = None

    @property
    def clipboard(self) -> ClipboardGuard:
        """Record screens copy through this (cleared after a while and on lock)."""
        return self.guard.clipboard

    def show(self, name: str, state: str) -> None:
        """Show the built screen ``name`` with the fixed state word ``state`` in the title."""
        screen = self.screens[name]
        self.window.show_screen(screen)
        self.window.set_state_title(state)
        focus_into(screen)

    def showing(self, name: str) -> bool:
        screen = self.screens.get(name)
        return screen is not None and self.window.current_screen() is screen
