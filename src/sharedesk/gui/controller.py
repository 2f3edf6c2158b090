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
from sharedesk.core.errors import RecordPurged, SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import screen_factory, sync_screens, theme
from sharedesk.gui.focus import focus_into
from sharedesk.gui.guard import SessionGuard
from sharedesk.gui.idle import SleepMonitor
from sharedesk.gui.main_window import MainWindow
from sharedesk.gui.prompter import DialogPrompter, Prompter
from sharedesk.gui.sync_runner import SyncRunner
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.vault_access import VaultAccess

_CONTENT_SCREENS = ("decision", "records", "record_detail", "outbox")


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
        ui.hide_action.triggered.connect(self.window.hide_screen)
        ui.quit_action.triggered.connect(self.window.close)
        ui.home_action.triggered.connect(self.go_home)
        ui.new_decision_action.triggered.connect(
            lambda: self.start_decision(str(self.settings.get("flows.default"))))
        ui.records_action.triggered.connect(self.open_records)
        ui.reference_action.triggered.connect(self.open_reference)
        ui.settings_action.triggered.connect(self.open_settings)
        ui.about_action.triggered.connect(self._about)
        ui.export_action.triggered.connect(
            lambda: self.open_export(sync_screens.records_selection(self)))
        ui.outbox_action.triggered.connect(self.open_outbox)
        self.window.curtain.curtain_did_lift.connect(self.window.lift_curtain)
        self.window.window_did_close.connect(self.shutdown)
        self.window.set_unlocked(False)

    # -- first run and unlock ------------------------------------------------------------------
    def show_first_run(self) -> None:
        from sharedesk.gui.screens.first_run import FirstRunScreen

        screen = self.screens.get("first_run")
        if screen is None:
            screen = FirstRunScreen(self.runner, self.access.create, self.access.flow_choices(),
                                    default_flow=str(self.settings.get("flows.default")),
                                    describe_profile=self.access.describe_profile)
            screen.vault_did_create.connect(self._on_first_run_vault_did_create)
            self.screens["first_run"] = screen
        self._show("first_run", self.window.tr("Set up"))
        screen.focus_first()  # type: ignore[attr-defined]

    def _on_first_run_vault_did_create(self, created: object) -> None:
        vault, details = created  # type: ignore[misc]
        try:
            self.access.finish_first_run(details)
        except SharedeskError as exc:  # the vault exists; only the preferences were not kept
            self.prompter.warn(self.window, self.window.tr("Settings not saved"), str(exc))
        self.apply_settings()
        self._on_vault_open(vault)

    def show_unlock(self) -> None:
        from sharedesk.gui.screens.unlock import UnlockScreen

        screen = self.screens.get("unlock")
        if screen is None:
            screen = UnlockScreen(self.runner, self.access.open, backoff=self.access.backoff)
            screen.vault_did_unlock.connect(self._on_vault_open)
            self.screens["unlock"] = screen
        self._show("unlock", self.window.tr("Locked"))
        screen.focus_passphrase()  # type: ignore[attr-defined]
        # Failures before a restart still count (kept beside the vault); reading them loads the
        # vault module, so do it just after the screen has painted.
        QTimer.singleShot(300, self._resume_backoff)

    def _resume_backoff(self) -> None:
        screen = self.screens.get("unlock")
        if screen is not None and self.vault is None and not screen.waiting:  # type: ignore[attr-defined]
            seconds = round(self.access.backoff())
            if seconds > 0:
                screen.start_backoff(seconds)  # type: ignore[attr-defined]

    def _on_vault_open(self, vault: object) -> None:
        self.vault = vault
        self.access.attach(vault)
        first_run = self.screens.pop("first_run", None)
        if first_run is not None:
            self.window.remove_screen(first_run)
            first_run.deleteLater()
        self.window.set_unlocked(True)
        self.guard.arm()
        self.background_sync.start(vault)
        self.vault_did_unlock.emit()
        self.go_home()

    # -- locking -------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.vault is None

    def lock(self, reason: str = "user") -> None:
        """Clear every view of record content, close the vault, ask for the passphrase."""
        if self.vault is None:
            return
        for name in _CONTENT_SCREENS:
            self._drop_screen(name)
        home = self.screens.get("home")
        if home is not None:
            home.clear()  # type: ignore[attr-defined]
        self.guard.disarm()
        self.background_sync.stop()
        self._close_export()
        vault, self.vault = self.vault, None
        self.access.detach()
        try:
            vault.close()
        except SharedeskError as exc:  # already closed: still locked, say so in the log only
            log.event("gui.lock_close_failed", kind=type(exc).__name__)
        log.event("gui.locked", kind=reason)
        self.window.set_unlocked(False)
        self.vault_did_lock.emit()
        self.show_unlock()

    def _drop_screen(self, name: str) -> None:
        screen = self.screens.pop(name, None)
        if screen is None:
            return
        clear = getattr(screen, "clear", None)
        if callable(clear):
            try:
                clear()
            except SharedeskError as exc:  # e.g. a final draft save failing: lock regardless
                log.event("gui.clear_failed", kind=type(exc).__name__)
        self.window.remove_screen(screen)
        screen.deleteLater()

    def shutdown(self) -> None:
        self.lock("quit")
        self.guard.disarm()
        self.runner.wait(10_000)

    # -- screens over the open vault -----------------------------------------------------------
    def go_home(self) -> None:
        if self.vault is None:
            return
        from sharedesk.gui.screens.home import HomeScreen

        screen = self.screens.get("home")
        if screen is None:
            screen = HomeScreen(self.access.flow_choices(),
                                default_flow=str(self.settings.get("flows.default")),
                                short_names=self.access.flow_short_names())
            screen.decision_did_request.connect(self.start_decision)
            screen.draft_did_resume.connect(self.resume_draft)
            screen.record_did_open.connect(self.open_record)
            screen.records_did_request.connect(self.open_records)
            screen.outbox_did_request.connect(self.open_outbox)
            self.screens["home"] = screen
        # Show first: leaving an open decision saves its draft, which the summary then lists.
        self._show("home", self.window.tr("Home"))
        screen.show_summary(self.access.home_summary())  # type: ignore[attr-defined]
        screen.focus_start()  # type: ignore[attr-defined]

    def start_decision(self, flow_id: str) -> None:
        if self.vault is None:
            return
        try:
            wizard = screen_factory.new_wizard(self.access, self.vault, flow_id)
        except SharedeskError as exc:
            self.prompter.warn(self.window, self.window.tr("Cannot start"), str(exc))
            return
        self._drop_screen("decision")
        self._open_decision(wizard)

    def resume_draft(self, draft_id: str) -> None:
        if self.vault is None:
            return
        try:
            wizard = screen_factory.resumed_wizard(self.access, self.vault, draft_id)
        except SharedeskError as exc:
            self.prompter.warn(self.window, self.window.tr("Cannot resume the draft"), str(exc))
            return
        self._drop_screen("decision")
        self._open_decision(wizard)

    def _open_decision(self, wizard: QWidget) -> None:
        wizard.setObjectName("decision_wizard")
        wizard.decision_did_finalise.connect(self._on_wizard_did_finalise)  # type: ignore[attr-defined]
        wizard.wizard_did_close.connect(self._on_wizard_did_close)  # type: ignore[attr-defined]
        self.screens["decision"] = wizard
        self._show("decision", self.window.tr("Decision"))

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
        self._show("records", self.window.tr("Records"))

    def open_record(self, record_id: str) -> None:
        if self.vault is None:
            return
        from sharedesk.gui.screens.record_detail import RecordDetail

        self._drop_screen("record_detail")
        try:
            screen = RecordDetail(self.vault.records, record_id, audit=self.vault.audit_events,
                                   clipboard=self.clipboard,
                                   author=self.access.practitioner().get("name", ""))
        except RecordPurged:  # retention ran out after acknowledgement: expected, not an error
            self.prompter.inform(self.window, self.window.tr("Record purged"), self.window.tr(
                "This record reached the case system and its content was removed from this "
                "laptop after the retention period. Its reference, dates and audit trail are "
                "kept; the case system holds the full record."))
            return
        except SharedeskError as exc:
            self.prompter.warn(self.window, self.window.tr("Cannot open the record"), str(exc))
            return
        self.screens["record_detail"] = screen
        self._show("record_detail", self.window.tr("Record"))

    def open_export(self, selected_ids: list[str] | None = None) -> None:
        sync_screens.open_export(self, selected_ids)

    def _close_export(self) -> None:
        sync_screens.close_export(self)

    def open_outbox(self) -> None:
        if self.vault is None:
            return
        screen = sync_screens.outbox_screen(self)
        self._show("outbox", self.window.tr("Outbox"))
        sync_screens.refresh_outbox(screen)

    def open_reference(self) -> None:
        from sharedesk.gui.screens.reference import ReferenceScreen

        screen = self.screens.get("reference")
        if screen is None:
            try:
                library = self.access.reference_library()
            except SharedeskError as exc:
                self.prompter.warn(self.window, self.window.tr("Reference library"), str(exc))
                return
            screen = ReferenceScreen(library)
            self.screens["reference"] = screen
        self._show("reference", self.window.tr("Reference"))

    def open_settings(self) -> None:
        from sharedesk.gui.screens.settings import SettingsScreen

        screen = self.screens.get("settings")
        if screen is None:
            screen = SettingsScreen(self.settings, self.access.flow_choices(),
                                    sleep_supported=self.guard.sleep_supported)
            screen.settings_did_save.connect(self.apply_settings)
            self.screens["settings"] = screen
        screen.load()  # type: ignore[attr-defined]
        self._show("settings", self.window.tr("Settings"))

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

    def _show(self, name: str, state: str) -> None:
        screen = self.screens[name]
        self.window.show_screen(screen)
        self.window.set_state_title(state)
        focus_into(screen)

    def _about(self) -> None:
        from sharedesk import __version__

        self.prompter.inform(self.window, self.window.tr("About sharedesk"), self.window.tr(
            "sharedesk %1: information-sharing decisions for safeguarding children.").replace(
                "%1", __version__))


