"""The application controller: which screen shows, the vault's life, locking.

It owns the open vault (or None when locked) and builds screens on demand; the main window only
holds them. Locking clears every screen that showed record content, drops those screens (and
their models), clears copied text, closes the vault and shows the unlock screen.

Heavy modules (the vault and its crypto, GUI-B's decision and records screens, the reference
library) are imported when first needed so the first screen appears quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from sharedesk.core import log, paths
from sharedesk.core.errors import SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import locking, manager_screens, screen_factory, sync_screens, theme
from sharedesk.gui.focus import focus_into
from sharedesk.gui.guard import SessionGuard
from sharedesk.gui.idle import SleepMonitor
from sharedesk.gui.main_window import MainWindow
from sharedesk.gui.prompter import DialogPrompter, Prompter
from sharedesk.gui.sync_runner import SyncRunner
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.vault_access import VaultAccess

LOCK_RETRY_MS = 2_000


class AppController(QObject):
    vault_did_lock = Signal()
    vault_did_unlock = Signal()

    def __init__(self, settings: Settings, *, vault_path: Path | None = None,
                 clock: Callable[[], float] = time.time, prompter: Prompter | None = None,
                 access: VaultAccess | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prompter = prompter or DialogPrompter()
        self.access = access or VaultAccess(vault_path or paths.default_vault_path(), settings)
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow()
        self.guard = SessionGuard(settings, clock=clock, parent=self)
        self.clipboard = self.guard.clipboard  # record screens copy through this
        self.idle = self.guard.idle
        self.vault: Any = None
        self.screens: dict[str, QWidget] = {}
        self.background_sync = SyncRunner(self.runner, settings, self.access.flows, parent=self)
        # Injected by tests so no native file or text dialog ever blocks (None: the real ones).
        self.choose_file: Callable[[QWidget, str, str], str] | None = None
        self.ask_reason: Callable[[QWidget], str] | None = None
        self.export_dialog: Any = None
        self._before_reference = ("", "")  # (screen name, window title) F1 was pressed on
        self._session_open = False  # from unlock until a lock has fully completed
        self.closing_vault: Any = None  # a vault whose close() raised, tried again on retry
        self._lock_retry = QTimer(self)
        self._lock_retry.setInterval(LOCK_RETRY_MS)
        self._lock_retry.timeout.connect(self._on_lock_retry_timeout)
        self._wire_window()
        self.guard.lock_did_request.connect(self.lock)

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
        ui.about_action.triggered.connect(lambda: screen_factory.about(self))
        ui.diagnostics_action.triggered.connect(lambda: screen_factory.copy_diagnostics(self))
        ui.export_action.triggered.connect(
            lambda: self.open_export(sync_screens.records_selection(self)))
        ui.outbox_action.triggered.connect(self.open_outbox)
        self.window.curtain.curtain_did_lift.connect(self.window.lift_curtain)
        self.window.window_did_close.connect(self.shutdown)
        manager_screens.install(self)
        self.vault_did_unlock.connect(lambda: manager_screens.refresh_mode(self))
        self.vault_did_lock.connect(lambda: manager_screens.refresh_mode(self))
        self.window.set_unlocked(False)

    # -- first run and unlock ------------------------------------------------------------------
    def show_first_run(self) -> None:
        screen = self.screens.get("first_run")
        if screen is None:
            screen = self.screens["first_run"] = screen_factory.first_run_screen(self)
        self._show("first_run", self.tr("Set up"))
        screen.focus_first()  # type: ignore[attr-defined]

    def on_first_run_vault_did_create(self, created: object) -> None:
        vault, details = created  # type: ignore[misc]
        try:
            self.access.finish_first_run(details)
        except SharedeskError as exc:  # the vault exists; only the preferences were not kept
            self.prompter.warn(self.window, self.tr("Settings not saved"), str(exc))
        self.apply_settings()
        self.on_vault_open(vault)

    def show_unlock(self) -> None:
        screen = self.screens.get("unlock")
        if screen is None:
            screen = self.screens["unlock"] = screen_factory.unlock_screen(self)
        self._show("unlock", self.tr("Locked"))
        screen.focus_passphrase()  # type: ignore[attr-defined]
        # Failures before a restart still count (kept beside the vault); reading them loads the
        # vault module, so do it just after the screen has painted.
        QTimer.singleShot(300, self._resume_backoff)

    def _resume_backoff(self) -> None:
        screen = self.screens.get("unlock")
        if screen is not None and self.vault is None and not screen.waiting:  # type: ignore[attr-defined]
            seconds = screen.next_backoff()  # type: ignore[attr-defined]
            if seconds > 0:
                screen.start_backoff(seconds)  # type: ignore[attr-defined]

    def on_vault_open(self, vault: object) -> None:
        self.vault = vault
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
        failed = locking.run_steps(locking.lock_steps(self))
        done = locking.lock_reached(self)
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
        locking.drop_screen(self, name)

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
            screen = self.screens["home"] = screen_factory.home_screen(self)
        # Show first: leaving an open decision saves its draft, which the summary then lists.
        self._show("home", self.tr("Home"))
        screen.show_summary(self.access.home_summary())  # type: ignore[attr-defined]
        screen.focus_start()  # type: ignore[attr-defined]

    def start_decision(self, flow_id: str) -> None:
        self._open_decision(lambda: screen_factory.new_wizard(self.access, self.vault, flow_id),
                            self.tr("Cannot start"))

    def resume_draft(self, draft_id: str) -> None:
        self._open_decision(
            lambda: screen_factory.resumed_wizard(self.access, self.vault, draft_id),
            self.tr("Cannot resume the draft"))

    def _open_decision(self, build: Callable[[], QWidget], cannot: str) -> None:
        if self.vault is None:
            return
        try:
            wizard = build()
        except SharedeskError as exc:
            self.prompter.warn(self.window, cannot, str(exc))
            return
        self._drop_screen("decision")
        wizard.setObjectName("decision_wizard")
        wizard.decision_did_finalise.connect(self._on_wizard_did_finalise)  # type: ignore[attr-defined]
        wizard.wizard_did_close.connect(self._on_wizard_did_close)  # type: ignore[attr-defined]
        self.screens["decision"] = wizard
        self._show("decision", self.tr("Decision"))

    def _on_wizard_did_finalise(self, record_id: str) -> None:
        self._drop_screen("decision")
        self.open_record(record_id)

    def _on_wizard_did_close(self) -> None:
        self._drop_screen("decision")
        self.go_home()

    def open_records(self) -> None:
        if self.vault is None:
            return
        from sharedesk.gui.screens.records import RecordsScreen

        screen = self.screens.get("records")
        if screen is None:
            screen = RecordsScreen(self.vault.records)
            screen.record_did_open.connect(self.open_record)  # type: ignore[attr-defined]
            self.screens["records"] = screen
        self._show("records", self.tr("Records"))

    def open_record(self, record_id: str) -> None:
        if self.vault is None:
            return
        self._drop_screen("record_detail")
        screen = screen_factory.record_detail(self, record_id)
        if screen is None:
            return
        self.screens["record_detail"] = screen
        self._show("record_detail", self.tr("Record"))

    def open_export(self, selected_ids: list[str] | None = None) -> None:
        sync_screens.open_export(self, selected_ids)

    def open_outbox(self) -> None:
        if self.vault is None:
            return
        screen = sync_screens.outbox_screen(self)
        self._show("outbox", self.tr("Outbox"))
        sync_screens.refresh_outbox(screen)

    def open_reference(self) -> None:
        current = self.window.current_screen()
        came_from = [n for n, w in self.screens.items() if w is current and n != "reference"]
        if came_from:
            self._before_reference = (came_from[0], self.window.windowTitle())
        if "reference" not in self.screens:
            screen = screen_factory.reference_screen(self)
            if screen is None:
                return
            screen.back_requested.connect(self.close_reference)  # type: ignore[attr-defined]
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
            screen = self.screens["settings"] = screen_factory.settings_screen(self)
        screen.load()  # type: ignore[attr-defined]
        self._show("settings", self.tr("Settings"))

    def apply_settings(self) -> None:
        from PySide6.QtWidgets import QApplication

        s = self.settings
        self.guard.apply_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, str(s.get("appearance.theme")), int(s.get("appearance.text_scale_percent")))
        home = self.screens.get("home")
        if home is not None:
            home.set_default_flow(str(s.get("flows.default")))  # type: ignore[attr-defined]
        manager_screens.refresh_mode(self)

    def _show(self, name: str, state: str) -> None:
        screen = self.screens[name]
        self.window.show_screen(screen)
        self.window.set_state_title(state)
        focus_into(screen)


