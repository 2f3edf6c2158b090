"""The outbox: bundles waiting for the case system, the last successful sync, and the actions
(Sync now, Save a copy, Mark delivered, Re-queue).

The status (a count over every finalised record, and the bundles) is read on a worker each time
the screen is refreshed, with a busy bar meanwhile; a read overtaken by a newer one is dropped.
The actions are small writes on the GUI thread; "Sync now" runs ``sync_now(explicit=True)`` on a
worker with a cancellable progress bar. The file chooser and the reason prompt are injected so
tests never block on a dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core import changes as op
from sharedesk.core.errors import ExportCancelled, SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import labels
from sharedesk.gui.dialogs.export import ChooseFile, native_choose_file
from sharedesk.gui.tasks import LatestQuery, TaskRunner, busy_bar
from sharedesk.gui.widgets.roles import set_role

AskReason = Callable[[QWidget], str]  # "" when the user gave none or cancelled

COLUMNS = (QT_TRANSLATE_NOOP("OutboxScreen", "Bundle"),
           QT_TRANSLATE_NOOP("OutboxScreen", "State"),
           QT_TRANSLATE_NOOP("OutboxScreen", "Records"),
           QT_TRANSLATE_NOOP("OutboxScreen", "Attempts"),
           QT_TRANSLATE_NOOP("OutboxScreen", "Next retry"),
           QT_TRANSLATE_NOOP("OutboxScreen", "Problem"))


def native_ask_reason(parent: QWidget) -> str:
    title = QCoreApplication.translate("OutboxScreen", "Mark delivered")
    text, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
        "OutboxScreen", "How did this bundle reach the case system? (kept in the audit trail)"))
    return text.strip() if ok else ""


class OutboxScreen(QWidget):
    sync_did_finish = Signal(object)          # SyncReport
    vault_did_change = Signal(object)         # Changes: a sync or an action changed the queue
    SHOWS = ("outbox", "settings")  # gui/models/vault_changes.py
    _progress_did_change = Signal(int, int)   # emitted on the worker, delivered here

    def __init__(self, runner: TaskRunner, vault: Any, settings: Settings,
                 flows: Callable[[], Mapping[str, Any]], *,
                 choose_file: ChooseFile = native_choose_file,
                 ask_reason: AskReason = native_ask_reason,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_screen")
        self._runner, self._vault, self._settings, self._flows = runner, vault, settings, flows
        self._choose_file, self._ask_reason = choose_file, ask_reason
        self._cancel = threading.Event()
        self.syncing = False
        self._bundles: list[Any] = []
        self._reads = LatestQuery(runner, self)
        self._after_read: list[Callable[[], None]] = []
        self._build()
        self._reads.busy_did_change.connect(self.busy_bar.setVisible)
        self._progress_did_change.connect(self._on_progress)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delivered_button.clicked.connect(self._on_delivered_button_clicked)
        self.requeue_button.clicked.connect(self._on_requeue_button_clicked)
        self.table.itemSelectionChanged.connect(self._sync_buttons)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Outbox"), self)
        set_role(self.heading, "heading")
        self.summary_label = self._label("outbox_summary")
        self.last_sync_label = self._label("outbox_last_sync")
        self.purge_note_label = self._label("outbox_purge_note")
        self.purge_note_label.setVisible(False)
        self.busy_bar = busy_bar(self, "outbox_busy", self.tr("Reading the outbox"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # fits 200% text
        header.setStretchLastSection(True)
        self.empty_label = self._label("outbox_empty")
        self.empty_label.setText(self.tr("No bundles waiting. Finalised records are bundled and "
                                         "sent at the next sync."))
        self._named(self.table, "outbox_table", self.tr("Bundles waiting"),
                    self.tr("Each bundle: state, records, attempts, next retry and any problem"))
        self.progress_bar = QProgressBar(self)
        self._named(self.progress_bar, "outbox_progress", self.tr("Sync progress"),
                    self.tr("Records bundled so far"))
        self.progress_bar.setVisible(False)
        self.message_label = self._label("outbox_message")
        self.sync_button = self._button("outbox_sync_now", self.tr("S&ync now"),
                                        self.tr("Send every waiting bundle now"))
        self.cancel_button = self._button("outbox_cancel_sync", self.tr("&Cancel sync"),
                                          self.tr("Stop the sync that is running"))
        self.cancel_button.setVisible(False)
        self.save_button = self._button("outbox_save_copy", self.tr("Save a &copy..."),
                                        self.tr("Save the encrypted bundle to hand over yourself"))
        self.delivered_button = self._button("outbox_mark_delivered", self.tr("Mark &delivered..."),
                                             self.tr("Say the bundle arrived another way; "
                                                     "asks for a reason, audited"))
        self.requeue_button = self._button("outbox_requeue", self.tr("&Re-queue"),
                                           self.tr("Send a failed bundle's records again "
                                                   "under a new bundle"))
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, self.save_button,
                       self.delivered_button, self.requeue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.busy_bar, self.summary_label, self.last_sync_label,
                       self.purge_note_label):
            layout.addWidget(widget)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.bottom_spacer = layout.count()
        layout.addStretch(0)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

    def _named(self, widget: QWidget, object_name: str, name: str, description: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)

    def _label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        return label

    def _button(self, object_name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        self._named(button, object_name, text.replace("&", "").rstrip("."), description)
        return button

    # -- showing -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A status read is under way (its busy bar shows)."""
        return self._reads.busy

    def reload(self) -> None:
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the status again on a worker; ``then`` runs once it (or its error) is shown."""
        if then is not None:
            self._after_read.append(then)
        vault, settings = self._vault, self._settings.snapshot()

        def read() -> tuple[Any, bool]:
            from sharedesk.core.sync.credentials import receipt_keys
            from sharedesk.core.sync.outbox import Outbox

            status = Outbox(vault).status()
            try:
                pinned = bool(receipt_keys(vault, settings))
            except SharedeskError:  # an unreadable profile: its own message shows elsewhere
                pinned = True
            return status, pinned

        self._reads.submit(read, self._on_read, self._on_read_failed)

    def _on_read(self, read: tuple[Any, bool]) -> None:
        self._show_status(*read)
        self._run_after_read()

    def _on_read_failed(self, exc: BaseException) -> None:
        self.show_message(str(exc) if isinstance(exc, SharedeskError) else self.tr(
            "The outbox could not be read (%1).").replace("%1", type(exc).__name__), error=True)
        self._run_after_read()

    def _run_after_read(self) -> None:
        waiting, self._after_read = self._after_read, []
        for then in waiting:
            then()

    def _show_status(self, status: Any, pinned: bool) -> None:
        waiting = sum(status.counts.get(s, 0) for s in ("pending", "exported", "failed"))
        self.summary_label.setText(self.tr("%n record(s) waiting to go to the case system.", "",
                                           waiting))
        self.last_sync_label.setText(
            self.tr("Last successful sync: %1").replace("%1", labels.local_time(
                status.last_acknowledged)) if status.last_acknowledged
            else self.tr("Nothing has been acknowledged by the case system yet."))
        self._show_purge_note(pinned)
        self._bundles = status.bundles
        self.table.setRowCount(len(status.bundles))
        for row, b in enumerate(status.bundles):
            values = (labels.short_ref(b.id), self._state(b), str(b.record_count),
                      str(b.attempts), labels.local_time(b.next_attempt) if b.next_attempt
                      else "", b.error or "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                self.table.setItem(row, col, item)
        if status.bundles and not self.table.selectedItems():
            self.table.selectRow(0)
        self.table.setVisible(bool(status.bundles))
        self.empty_label.setVisible(not status.bundles)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # the list takes the room when it shows, else none
            layout.setStretch(self.bottom_spacer, 0 if status.bundles else 1)
        self._sync_buttons()

    def _show_purge_note(self, pinned: bool) -> None:
        self.purge_note_label.setText("" if pinned else self.tr(
            "No receipt key is pinned: records are never purged automatically until a receipt "
            "key is pinned (ask your administrator to add the case system's receipt key to "
            "the organisation profile)."))
        self.purge_note_label.setVisible(not pinned)

    def _state(self, b: Any) -> str:
        return labels.bundle_state(str(b.state), b.error_kind)

    def selected(self) -> Any:
        rows = {i.row() for i in self.table.selectedItems()}
        return self._bundles[min(rows)] if rows else None

    def _sync_buttons(self) -> None:
        b = self.selected()
        idle = not self.syncing
        self.sync_button.setEnabled(idle)
        self.save_button.setEnabled(idle and b is not None and b.error_kind != "requeued")
        self.delivered_button.setEnabled(idle and b is not None and b.error_kind != "requeued")
        self.requeue_button.setEnabled(idle and b is not None and b.state == "failed"
                                       and b.error_kind != "requeued")

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_role(self.message_label, "error" if error else "")
        self.message_label.setText(text)

    # -- actions -------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.syncing:
            return
        if not (self._settings.get("sync.endpoint") or self._settings.get("sync.folder")):
            self.show_message(self.tr(
                "Sending is not set up on this computer: import your organisation's profile, "
                "which names the case system. Meanwhile Vault > Export writes an encrypted "
                "bundle you can hand over."),
                error=True)
            return
        from sharedesk.core.sync.service import sync_now

        vault, settings, flows = self._vault, self._settings.snapshot(), self._flows()
        emit, cancel = self._progress_did_change, self._cancel
        self._cancel.clear()
        self._set_syncing(True)
        self.show_message(self.tr("Syncing..."))
        self._runner.submit(lambda: sync_now(vault, settings, flows, explicit=True,
                                             progress=lambda d, t: emit.emit(d, t),
                                             cancel=cancel.is_set),
                            self._on_sync_done, self._on_sync_error)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(min(done, total) if total else 0)

    def _on_cancel_button_clicked(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.show_message(self.tr("Stopping..."))

    def _on_sync_done(self, report: Any) -> None:
        self._set_syncing(False)
        failed = [o for _b, o in report.attempts if o.kind not in ("acknowledged", "uploaded")]
        lines = [o.message for o in failed] or [self.tr("Sync finished.")]
        self.show_message("\n".join(lines), error=bool(failed))
        self.refresh(then=lambda: self.sync_did_finish.emit(report))  # once the list shows it
        self.vault_did_change.emit(report.changes)

    def _on_sync_error(self, exc: BaseException) -> None:
        self._set_syncing(False)
        if isinstance(exc, ExportCancelled):
            self.show_message(self.tr("Sync cancelled: nothing was sent."))
        else:
            self.show_message(str(exc) if isinstance(exc, SharedeskError)
                              else self.tr("The sync failed: %1").replace(
                                  "%1", type(exc).__name__), error=True)
        self.refresh()

    def _set_syncing(self, syncing: bool) -> None:
        self.syncing = syncing
        self.progress_bar.setVisible(syncing)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(syncing)
        self._sync_buttons()

    def _act(self, action: Callable[[], str]) -> None:
        try:
            message = action()
        except SharedeskError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(message)
        self.refresh()
        self.vault_did_change.emit(op.SYNCED)

    def _on_save_button_clicked(self) -> None:
        from sharedesk.core.sync.outbox import Outbox

        b = self.selected()
        path = self._choose_file(self, self.tr("Save a copy of the bundle"), f"{b.id}.age")
        if not path:
            return

        def save() -> str:
            Outbox(self._vault).save_copy(b.id, path)
            return self.tr("Copy saved. The records stay in the outbox until the case system "
                           "acknowledges them or you mark the bundle delivered.")

        self._act(save)

    def _on_delivered_button_clicked(self) -> None:
        from sharedesk.core.sync.outbox import Outbox

        b = self.selected()
        reason = self._ask_reason(self)
        if not reason:
            self.show_message(self.tr("Not marked: a reason is needed."), error=True)
            return

        def mark() -> str:
            Outbox(self._vault).mark_delivered(b.id, reason)
            return self.tr("Marked delivered (noted in the audit trail).")

        self._act(mark)

    def _on_requeue_button_clicked(self) -> None:
        from sharedesk.core.sync.outbox import Outbox

        b = self.selected()
        self._act(lambda: self.tr("%n record(s) will be sent again in a new bundle.", "",
                                  Outbox(self._vault).requeue(b.id)))

    def clear(self) -> None:
        """Drop what came from the vault (called when the vault locks)."""
        self._cancel.set()
        self._reads.cancel()  # a status read before the lock is never shown after it
        self._after_read = []
        self._bundles = []
        self.table.setRowCount(0)
        self.summary_label.clear()
        self.last_sync_label.clear()
        self.purge_note_label.clear()
        self.message_label.clear()
