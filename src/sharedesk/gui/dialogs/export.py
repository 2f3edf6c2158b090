"""Export records from the vault: format, range, recipients, destination, with a cancellable
progress bar while the export runs on a worker (TaskRunner).

The worker reports progress by emitting a signal of this dialog (Qt queues it to the GUI
thread) and checks a ``threading.Event`` for cancel, so no widget is touched off the GUI thread.
The file chooser is injected (``choose_file``) so tests never block on a native dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from sharedesk.core.errors import ExportCancelled, SharedeskError
from sharedesk.gui.dialogs.export_form import ExportForm
from sharedesk.gui.tasks import TaskRunner

ChooseFile = Callable[[QWidget, str, str], str]  # (parent, title, suggested name) -> path or ""


def native_choose_file(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested)
    return path


def check_recipients(text: str) -> tuple[list[str], str]:
    """The age1... keys pasted one per line (or separated by spaces/commas), and the first
    problem in plain words ("" when every key parses)."""
    from sharedesk.core.export.agecrypt import parse_recipients

    keys = [k for k in text.replace(",", " ").split() if k]
    try:
        parse_recipients(keys)
    except SharedeskError as exc:
        return keys, str(exc)
    return keys, ""


class ExportDialog(ExportForm):
    export_did_finish = Signal(object)        # ExportSummary
    _progress_did_change = Signal(int, int)   # emitted on the worker, delivered here

    def __init__(self, runner: TaskRunner, vault: Any, flows: Callable[[], Mapping[str, Any]], *,
                 profile_recipients: Sequence[str] = (), selected_ids: Sequence[str] = (),
                 choose_file: ChooseFile = native_choose_file,
                 parent: QWidget | None = None) -> None:
        super().__init__(profile_recipients, bool(selected_ids), parent)
        self._runner = runner
        self._vault = vault
        self._flows = flows
        self._selected = list(selected_ids)
        self._choose_file = choose_file
        self._cancel = threading.Event()
        self.running = False
        self.summary: Any = None
        self._progress_did_change.connect(self._on_progress)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.recipients_edit.textChanged.connect(self._on_recipients_changed)

    # -- choosing ------------------------------------------------------------------------------
    def _on_browse_button_clicked(self) -> None:
        suggested = self.out_edit.text() or f"sharedesk-export{self.format_kind().suffix}"
        path = self._choose_file(self, self.tr("Export to"), suggested)
        if path:
            self.out_edit.setText(path)

    def _on_recipients_changed(self) -> None:
        _keys, problem = check_recipients(self.recipients_edit.toPlainText())
        self.recipients_error.setText(problem)
        self.recipients_error.setVisible(bool(problem))

    def problem(self) -> str:
        """What stops the export, in plain words ("" when it can start)."""
        if not self.out_edit.text().strip():
            return self.tr("Choose where to save the export.")
        if self.format_kind().sealed:
            keys, bad = check_recipients(self.recipients_edit.toPlainText())
            if bad:
                return bad
            chosen = keys + self.chosen_profile_recipients()
            if self.passphrase_check.isChecked():
                if len(self.passphrase_edit.text()) < 12:
                    return self.tr("Use a passphrase of at least 12 characters.")
            elif not chosen:
                return self.tr("An encrypted bundle needs at least one recipient key or a "
                               "passphrase.")
        if self.range_mode() == "dates" and self.since_edit.date() > self.until_edit.date():
            return self.tr("The start date is after the end date.")
        return ""

    # -- running -------------------------------------------------------------------------------
    def start(self) -> None:
        problem = self.problem()
        self.show_message(problem, error=True)
        if problem or self.running:
            return
        fmt, sealed = self.format(), self.format_kind().sealed
        out = Path(self.out_edit.text().strip())
        ids, since, until, status = self._range()
        keys = check_recipients(self.recipients_edit.toPlainText())[0]
        recipients = keys + self.chosen_profile_recipients() if sealed else []
        passphrase = (self.passphrase_edit.text()
                      if sealed and self.passphrase_check.isChecked() else None)
        if passphrase:
            recipients = []  # age encrypts to keys or to a passphrase, not both
        vault, flows, emit, cancel = self._vault, self._flows(), self._progress_did_change, self._cancel

        def work() -> Any:
            from sharedesk.core.sync.batch import export_records, select_records

            records = select_records(vault, ids=ids, since=since, until=until,
                                     export_status=status)
            return export_records(vault, flows, records, fmt, out, recipients=recipients,
                                  passphrase=passphrase,
                                  progress=lambda done, total: emit.emit(done, total),
                                  cancel=cancel.is_set)

        self._cancel.clear()
        self._set_running(True)
        self.show_message(self.tr("Exporting..."), error=False)
        self._runner.submit(work, self._on_done, self._on_error)

    def _range(self) -> tuple[list[str], date | None, date | None, str | None]:
        mode = self.range_mode()
        if mode == "selected":
            return list(self._selected), None, None, None
        if mode == "dates":
            return [], _py_date(self.since_edit.date()), _py_date(self.until_edit.date()), None
        if mode == "status":
            return [], None, None, str(self.status_combo.currentData())
        return [], None, None, None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 0))
        self.progress_bar.setValue(min(done, total) if total else 0)

    def _on_cancel_button_clicked(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Stopping..."), error=False)
        else:
            self.reject()

    def _on_done(self, summary: Any) -> None:
        self._set_running(False)
        self.summary = summary
        self.show_message(self.tr("Exported %n record(s).", "", summary.count), error=False)
        self.export_did_finish.emit(summary)

    def _on_error(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ExportCancelled):
            self.show_message(self.tr("Export cancelled: nothing was written."), error=False)
        elif isinstance(exc, SharedeskError):
            self.show_message(str(exc), error=True)
        else:
            self.show_message(self.tr("The export failed: %1").replace(
                "%1", type(exc).__name__), error=True)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Cancel export") if running else self.tr("&Close"))
        for widget in self.inputs():
            widget.setEnabled(not running)

    def clear(self) -> None:
        """Drop the passphrase and pasted keys (the vault is locking)."""
        self._cancel.set()
        self.passphrase_edit.clear()
        self.recipients_edit.clear()


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
