"""The application controller: which screen shows, the vault's life, locking.

It makes the application context (gui/context.py: settings, vault access, task runner,
prompter, the open vault or None when locked, the screens built so far) and hands it to the
screen builder, which makes screens on demand; the main window only holds them. Nothing it
builds imports it: screens' requests come back through the context's navigator, this object.
Locking clears every screen that showed record content, drops those screens (and their
models), clears copied text, closes the vault and shows the unlock screen.

Heavy modules (the vault and its crypto, GUI-B's decision and records screens, the reference
library) are imported when first needed so the first screen appears quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from sharedesk.core import log, paths
from sharedesk.core.errors import SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import manager_screens, sync_screens
from sharedesk.gui.context import AppContext, AskReason, ChooseFile
from sharedesk.gui.focus import focus_into
from sharedesk.gui.guard import SessionGuard
from sharedesk.gui.idle import SleepMonitor
from sharedesk.gui.main_window import MainWindow
from sharedesk.gui.prompter import DialogPrompter, Prompter
from sharedesk.gui.screen_factory import ScreenBuilder
from sharedesk.gui.sync_runner import SyncRunner
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.vault_access import VaultAccess

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from sharedesk.core import changes as op
    from sharedesk.core.vault import Vault
    from sharedesk.gui.screens.decision import DecisionWizard
    from sharedesk.gui.screens.first_run import FirstRunDetails
    from sharedesk.gui.screens.unlock import UnlockScreen

LOCK_RETRY_MS = 2_000


class AppController(QObject):
    vault_did_lock = Signal()
    vault_did_unlock = Signal()
    vault_did_change = Signal(object)  # core Changes: what an operation changed

    def __init__(self, settings: Settings, *, vault_path: Path | None = None,
                 clock: Callable[[], float] = time.time, prompter: Prompter | None = None,
                 access: VaultAccess | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.access = access or VaultAccess(vault_path or paths.default_vault_path(), settings)
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow()
        self.guard = SessionGuard(settings, clock=clock, parent=self)
        self.clipboard = self.guard.clipboard  # record screens copy through this
        self.idle = self.guard.idle
        self.context = AppContext(settings, self.access, self.runner, prompter or DialogPrompter(),
                                  self.window, self.guard, nav=self)
        self.screens = self.context.screens
        self.build = ScreenBuilder(self.context)
        self.background_sync = SyncRunner(self.runner, settings, self.access.flows, parent=self)
        self.background_sync.sync_did_finish.connect(lambda report: self.announce(report.changes))
        self._before_reference = ("", "")  # (screen name, window title) F1 was pressed on
        self._session_open = False  # from unlock until a lock has fully completed
        self._lock_retry = QTimer(self)
        self._lock_retry.setInterval(LOCK_RETRY_MS)
        self._lock_retry.timeout.connect(self._on_lock_retry_timeout)
        self._wire_window()
        self.guard.lock_did_request.connect(self.lock)

    # -- the context's pieces, as attributes (tests and the smoke test read and inject them) ---
    @property
    def prompter(self) -> Prompter:
        return self.context.prompter

    @prompter.setter
    def prompter(self, prompter: Prompter) -> None:
        self.context.prompter = prompter

    @property
    def vault(self) -> Vault | None:
        return self.context.vault

    @property
    def closing_vault(self) -> Vault | None:
        return self.context.closing_vault

    @property
    def export_dialog(self) -> QDialog | None:
        return self.context.export_dialog

    @property
    def manager_menu(self) -> QMenu | None:
        return self.context.manager_menu

    @property
    def choose_file(self) -> ChooseFile | None:
        return self.context.choose_file

    @choose_file.setter
    def choose_file(self, choose: ChooseFile | None) -> None:
        self.context.choose_file = choose

    @property
    def ask_reason(self) -> AskReason | None:
        return self.context.ask_reason

    @ask_reason.setter
    def ask_reason(self, ask: AskReason | None) -> None:
        self.context.ask_reason = ask

    # -- start ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.access.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    @property
    def sleep(self) -> SleepMonitor | None:
        return self.guard.sleep

    def _wire_window(self) -> None:
        ui = self.window.ui
        ui.lock_action.triggered.connect(lambda: self.lock("user"))
        # Ctrl+L in a dialog (which blocks this window's shortcuts) reaches the idle filter.
        self.idle.lock_keys = ui.lock_action.shortcut()
        ui.hide_action.triggered.connect(self.window.hide_screen)
        ui.quit_action.triggered.connect(self.window.close)
        ui.home_action.triggered.connect(self.go_home)
        ui.new_decision_action.triggered.connect(
            lambda: self.start_decision(str(self.settings.get("flows.default"))))
        ui.records_action.triggered.connect(self.open_records)
        ui.reference_action.triggered.connect(self.open_reference)
        ui.settings_action.triggered.connect(self.open_settings)
        ui.about_action.triggered.connect(self._about)
        ui.diagnostics_action.triggered.connect(self._copy_diagnostics)
        ui.export_action.triggered.connect(
            lambda: self.open_export(sync_screens.records_selection(self.context)))
        ui.outbox_action.triggered.connect(self.open_outbox)
        self.window.window_did_close.connect(self.shutdown)
        manager_screens.install(self.context)
        self.vault_did_unlock.connect(lambda: manager_screens.refresh_mode(self.context))
        self.vault_did_lock.connect(lambda: manager_screens.refresh_mode(self.context))
        self.window.set_unlocked(False)

    def _about(self) -> None:
        from sharedesk.gui import settings_hooks  # on first use: not needed for the first screen

        settings_hooks.about(self.context)

    def _copy_diagnostics(self) -> None:
        from sharedesk.gui import settings_hooks

        settings_hooks.copy_diagnostics(self.context)

    # -- first run and unlock ------------------------------------------------------------------
    def show_first_run(self) -> None:
        screen = self.screens.get("first_run")
        if screen is None:
            screen = self.screens["first_run"] = self.build.first_run()
        self._show("first_run", self.tr("Set up"))
        screen.focus_first()  # type: ignore[attr-defined]

    def on_first_run_vault_did_create(self, created: object) -> None:
        vault, details = cast("tuple[Vault, FirstRunDetails]", created)
        try:
            self.access.finish_first_run(details)
        except SharedeskError as exc:  # the vault exists; only the preferences were not kept
            self.prompter.warn(self.window, self.tr("Settings not saved"), str(exc))
        self.apply_settings()
        self.on_vault_open(vault)

    def show_unlock(self) -> None:
        screen = self.screens.get("unlock")
        if screen is None:
            screen = self.screens["unlock"] = self.build.unlock()
        self._show("unlock", self.tr("Locked"))
        cast("UnlockScreen", screen).focus_passphrase()
        # Failures before a restart still count (kept beside the vault); reading them loads the
        # vault module, so do it just after the screen has painted.
        QTimer.singleShot(300, self._resume_backoff)

    def _resume_backoff(self) -> None:
        screen = cast("UnlockScreen | None", self.screens.get("unlock"))
        if screen is not None and self.vault is None and not screen.waiting:
            seconds = screen.next_backoff()
            if seconds > 0:
                screen.start_backoff(seconds)

    def on_vault_open(self, vault: object) -> None:
        self.context.vault = cast("Vault", vault)
        self.access.attach(vault)
        first_run = self.screens.pop("first_run", None)
        if first_run is not None:
            self.window.remove_screen(first_run)
            first_run.deleteLater()
        self._session_open = True
        self._lock_retry.stop()
        self.window.set_unlocked(True)
        self.guard.arm()
        self.background_sync.start(vault)
        self.vault_did_unlock.emit()
        self.go_home()
        # What unlocking did that the user must know (a stray write-ahead log set aside).
        notices = tuple(getattr(vault, "notices", ()))
        if notices:
            self.prompter.inform(self.window, self.tr("The vault was opened safely"),
                                 "\n".join(notices))

    # -- locking -------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.vault is None and not self._session_open

    def lock(self, reason: str = "user") -> bool:
        """Close every other window, clear and drop every view of record content, close the
        vault, show the unlock screen. Returns True once all of that holds.

        Each step runs whatever the others raise (see locking.py). Until the locked state is
        reached a timer tries again, so an idle or sleep lock never gives up after one failure.
        """
        if not self._session_open:
            return True
        self._lock_retry.start()  # stopped below once locked, even if something escapes
        from sharedesk.gui import locking

        failed = locking.run_steps(locking.lock_steps(
            self.context, stop_sync=self.background_sync.stop, show_unlock=self.show_unlock))
        done = locking.lock_reached(self.context)
        if done:
            self._session_open = False
            self._lock_retry.stop()
            log.event("gui.locked", kind=reason, count=len(failed))
            self.vault_did_lock.emit()
        else:
            log.event("gui.lock_incomplete", kind=reason, count=len(failed))
        return done

    def _on_lock_retry_timeout(self) -> None:
        self.lock("retry")

    def _drop_screen(self, name: str) -> None:
        from sharedesk.gui import locking

        locking.drop_screen(self.context, name)

    def shutdown(self) -> None:
        self.lock("quit")
        self._lock_retry.stop()
        self.guard.disarm()
        self.runner.wait(10_000)

    # -- screens over the open vault -----------------------------------------------------------
    def go_home(self) -> None:
        if self.vault is None:
            return
        screen = self.screens.get("home")
        if screen is None:
            screen = self.screens["home"] = self.build.home()
        # Show first: leaving an open decision saves its draft, which the summary then lists.
        self._show("home", self.tr("Home"))
        screen.refresh()  # type: ignore[attr-defined]
        screen.focus_start()  # type: ignore[attr-defined]

    def start_decision(self, flow_id: str) -> None:
        self._open_decision(lambda: self.build.new_wizard(flow_id),
                            self.tr("Cannot start"))

    def resume_draft(self, draft_id: str) -> None:
        self._open_decision(lambda: self.build.resumed_wizard(draft_id),
                            self.tr("Cannot resume the draft"))

    def _open_decision(self, build: Callable[[], DecisionWizard], cannot: str) -> None:
        if self.vault is None:
            return
        try:
            wizard = build()
        except SharedeskError as exc:
            self.prompter.warn(self.window, cannot, str(exc))
            return
        self._drop_screen("decision")
        wizard.setObjectName("decision_wizard")
        wizard.decision_did_finalise.connect(self._on_wizard_did_finalise)
        wizard.wizard_did_close.connect(self._on_wizard_did_close)
        self.screens["decision"] = wizard
        self._show("decision", self.tr("Decision"))

    def announce(self, changes: op.Changes) -> None:
        """Tell the screens what an operation changed: those showing it read the vault again."""
        from sharedesk.gui.models.vault_changes import tell_screens

        self.vault_did_change.emit(changes)
        tell_screens(self.screens.values(), changes)

    def _on_wizard_did_finalise(self, record_id: str) -> None:
        from sharedesk.core import changes as op

        self.announce(op.FINALISED)
        self._drop_screen("decision")
        self.open_record(record_id)

    def _on_wizard_did_close(self) -> None:
        self._drop_screen("decision")
        self.go_home()

    def open_records(self) -> None:
        if self.vault is None:
            return
        if "records" not in self.screens:
            self.screens["records"] = self.build.records()
        self._show("records", self.tr("Records"))

    def open_record(self, record_id: str) -> None:
        if self.vault is None:
            return
        self._drop_screen("record_detail")
        screen = self.build.record_detail(record_id)
        if screen is None:
            return
        screen.vault_did_change.connect(self.announce)
        self.screens["record_detail"] = screen
        self._show("record_detail", self.tr("Record"))

    def open_export(self, selected_ids: list[str] | None = None) -> None:
        sync_screens.open_export(self.context, selected_ids)

    def open_outbox(self) -> None:
        if self.vault is None:
            return
        made = "outbox" not in self.screens
        screen = sync_screens.outbox_screen(self.context)
        if made:
            screen.vault_did_change.connect(self.announce)
        self._show("outbox", self.tr("Outbox"))
        sync_screens.refresh_outbox(screen)

    def open_reference(self) -> None:
        current = self.window.current_screen()
        came_from = [n for n, w in self.screens.items() if w is current and n != "reference"]
        if came_from:
            self._before_reference = (came_from[0], self.window.windowTitle())
        if "reference" not in self.screens:
            screen = self.build.reference()
            if screen is None:
                return
            screen.back_requested.connect(self.close_reference)
            self.screens["reference"] = screen
        self._show("reference", self.tr("Reference"))

    def close_reference(self) -> None:
        """Back from the reference library to the screen F1 was pressed on (set-up, unlock or
        any screen over the open vault); home or unlock if that screen has gone meanwhile."""
        name, title = self._before_reference
        if name in self.screens and (self.vault is not None or name in ("first_run", "unlock")):
            self.window.show_screen(self.screens[name])
            self.window.setWindowTitle(title)
            focus_into(self.screens[name])
        elif self.vault is not None:
            self.go_home()
        else:
            self.start()

    def open_settings(self) -> None:
        screen = self.screens.get("settings")
        if screen is None:
            screen = self.screens["settings"] = self.build.settings()
        screen.load()  # type: ignore[attr-defined]
        self._show("settings", self.tr("Settings"))

    def apply_settings(self) -> None:
        from PySide6.QtWidgets import QApplication

        from sharedesk.gui import theme

        s = self.settings
        self.guard.apply_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, str(s.get("appearance.theme")), int(s.get("appearance.text_scale_percent")))
        home = self.screens.get("home")
        if home is not None:
            home.set_default_flow(str(s.get("flows.default")))  # type: ignore[attr-defined]
        from sharedesk.core import changes as op

        manager_screens.refresh_mode(self.context)
        self.announce(op.SETTINGS_SAVED)

    def _show(self, name: str, state: str) -> None:
        self.context.show(name, state)

