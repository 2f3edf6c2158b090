"""The manager's Inbox screen (issue 14): import a folder of practitioners' bundles.

Choose the folder and the organisation identity file, then Import: the bundles are opened,
checked and imported one at a time on the task runner (``core.sync.inbox.process_folder``),
with a progress bar and Cancel; each bundle gets a row with its result or one-line reason.
A bundle refused because its laptop is unknown offers "Trust this laptop", showing the
signer's fingerprint to compare with the laptop's Settings; trusting it puts the bundle back
in the folder for the next Import.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.core.sync.inbox import IMPORTED, REASON_SUFFIX, InboxResult, InboxSummary
from sharedesk.gui.widgets.roles import set_role

ChooseFile = Callable[[QWidget, str, str], str]


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str, spoken: str) -> W:
    widget.setObjectName(name)
    widget.setAccessibleName(spoken)
    return widget


class InboxScreen(QWidget):
    inbox_did_import = Signal()
    _bundle_did_finish = Signal(int, int, object)  # from the worker: index, total, InboxResult

    def __init__(self, runner: Any, vault: Any, trust: Callable[[], Any], *,
                 choose_folder: ChooseFile | None = None, choose_file: ChooseFile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._vault, self._trust = runner, vault, trust
        self._choose_folder = choose_folder or (lambda w, t, d: QFileDialog.getExistingDirectory(w, t, d))
        self._choose_file = choose_file or (lambda w, t, d: QFileDialog.getOpenFileName(w, t, d)[0])
        self._cancel = threading.Event()
        self.results: list[InboxResult] = []
        self.setObjectName("inbox_screen")
        self.setAccessibleName(self.tr("Inbox"))
        title = QLabel(self.tr("Inbox"), self)
        title.setObjectName("inbox_title")
        set_role(title, "heading")
        intro = QLabel(self.tr("Import the bundles your team left in a folder (a shared drive "
                               "or USB stick). Each is checked before anything is imported; "
                               "refused ones are moved to the folder's 'refused' subfolder "
                               "with the reason."), self)
        intro.setWordWrap(True)
        self.folder_edit = _named(QLineEdit(self), "inbox_folder", self.tr("Folder of bundles"))
        self.folder_button = _named(QPushButton(self.tr("&Browse..."), self),
                                    "inbox_folder_browse", self.tr("Browse... folder of bundles"))
        self.identity_edit = _named(QLineEdit(self), "inbox_identity",
                                    self.tr("Organisation identity file"))
        self.identity_button = _named(QPushButton(self.tr("Bro&wse..."), self),
                                      "inbox_identity_browse",
                                      self.tr("Browse... organisation identity file"))
        form = QFormLayout()
        for text, edit, button in ((self.tr("&Folder of bundles"), self.folder_edit,
                                    self.folder_button),
                                   (self.tr("Organisation &identity file"), self.identity_edit,
                                    self.identity_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)
        self.intake_edit = _named(QLineEdit(self), "inbox_intake_url",
                                  self.tr("Intake service address"))
        self.token_edit = _named(QLineEdit(self), "inbox_token_file", self.tr("Manager token file"))
        self.token_button = _named(QPushButton(self.tr("Brow&se..."), self),
                                   "inbox_token_browse", self.tr("Browse... manager token file"))
        self.pull_button = _named(QPushButton(self.tr("&Pull from intake"), self),
                                  "inbox_pull", self.tr("Pull from intake"))
        intake_row = QHBoxLayout()
        intake_row.addWidget(self.intake_edit, 1)
        intake_label = QLabel(self.tr("Intake service &address"), self)
        intake_label.setBuddy(self.intake_edit)
        form.addRow(intake_label, intake_row)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.token_button)
        token_label = QLabel(self.tr("Manager &token file"), self)
        token_label.setBuddy(self.token_edit)
        form.addRow(token_label, token_row)
        self.import_button = _named(QPushButton(self.tr("I&mport bundles"), self),
                                    "inbox_import", self.tr("Import bundles"))
        self.cancel_button = _named(QPushButton(self.tr("&Cancel"), self), "inbox_cancel",
                                    self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = _named(QProgressBar(self), "inbox_progress", self.tr("Import progress"))
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # the summary says how many; no text on the bar
        self.table = _named(QTableWidget(0, 3, self), "inbox_results", self.tr("Bundles"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"),
                                              self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):  # at 200% text the file and result were cut to "Impo..."
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        # rows as tall as their (wrapped) text in the current font, also after a text-size change
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.summary_label = _named(QLabel(self), "inbox_summary", self.tr("Summary"))
        self.summary_label.setWordWrap(True)
        self.signer_label = _named(QLabel(self), "inbox_signer", self.tr("Unknown laptop"))
        self.signer_label.setWordWrap(True)
        self.signer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_name_edit = _named(QLineEdit(self), "inbox_trust_name",
                                      self.tr("Name for this laptop"))
        self.trust_name_edit.setPlaceholderText(self.tr("Who and which laptop"))
        self.trust_button = _named(QPushButton(self.tr("&Trust this laptop"), self),
                                   "inbox_trust", self.tr("Trust this laptop"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.pull_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        trust_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name for this laptop"), self)
        name_label.setBuddy(self.trust_name_edit)
        trust_row.addWidget(name_label)
        trust_row.addWidget(self.trust_name_edit, 1)
        trust_row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        for item in (title, intro):
            layout.addWidget(item)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.signer_label)
        layout.addLayout(trust_row)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.identity_button.clicked.connect(self._on_identity_button_clicked)
        self.import_button.clicked.connect(self.start_import)
        self.pull_button.clicked.connect(self.start_pull)
        self.token_button.clicked.connect(self._on_token_button_clicked)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.trust_button.clicked.connect(self.trust_selected)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._bundle_did_finish.connect(self._on_bundle_did_finish)
        self._on_table_selection_changed()

    # -- choosing ------------------------------------------------------------------------------
    def _on_folder_button_clicked(self) -> None:
        chosen = self._choose_folder(self, self.tr("Folder of bundles"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def _on_identity_button_clicked(self) -> None:
        chosen = self._choose_file(self, self.tr("Organisation identity file"),
                                   self.identity_edit.text())
        if chosen:
            self.identity_edit.setText(chosen)

    def _on_token_button_clicked(self) -> None:
        chosen = self._choose_file(self, self.tr("Manager token file"), self.token_edit.text())
        if chosen:
            self.token_edit.setText(chosen)

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        from sharedesk.core.export.agecrypt import load_identities
        from sharedesk.core.sync.inbox import process_folder

        folder, identity = self.folder_edit.text().strip(), self.identity_edit.text().strip()
        if not folder or not identity:
            self.summary_label.setText(self.tr("Choose the folder and the identity file first."))
            return
        self._cancel.clear()
        self.results = []
        self.table.setRowCount(0)
        self.progress.setValue(0)
        self._busy(True)
        self.summary_label.setText(self.tr("Importing..."))
        vault, trust, cancel = self._vault, self._trust(), self._cancel

        def work() -> InboxSummary:
            identities = load_identities(identity)
            return process_folder(vault, folder, identities, trust, cancel=cancel.is_set,
                                  progress=lambda i, n, r: self._bundle_did_finish.emit(i, n, r))

        self._runner.submit(work, self._on_import_done, self._on_import_failed)

    def start_pull(self) -> None:
        """Import what the intake service holds since this vault's cursor (intake_pull.pull)."""
        from sharedesk.core.export.agecrypt import load_identities
        from sharedesk.core.sync.intake_pull import pull

        url, token_file = self.intake_edit.text().strip(), self.token_edit.text().strip()
        identity = self.identity_edit.text().strip()
        if not url or not token_file or not identity:
            self.summary_label.setText(self.tr("Give the intake address, the manager token "
                                               "file and the identity file first."))
            return
        self.results = []
        self.table.setRowCount(0)
        self.progress.setRange(0, 0)  # the count is known only at the end
        self._busy(True)
        self.summary_label.setText(self.tr("Pulling from the intake..."))
        vault, trust = self._vault, self._trust()

        def work() -> InboxSummary:
            from sharedesk.core.settings import Settings

            with open(token_file, encoding="utf-8") as handle:
                token = handle.readline(4096).strip()
            proxy = str(Settings().get("sync.proxy") or "")  # as uploads (core/netpolicy.py)
            return pull(vault, url, token, load_identities(identity), trust, proxy=proxy,
                        progress=lambda i, r: self._bundle_did_finish.emit(i, 0, r))

        self._runner.submit(work, self._on_import_done, self._on_import_failed)

    def _busy(self, busy: bool) -> None:
        if not busy and self.progress.maximum() == 0:
            self.progress.setRange(0, max(len(self.results), 1))
            self.progress.setValue(len(self.results))
        self.pull_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _on_bundle_did_finish(self, index: int, total: int, result: InboxResult) -> None:
        if total:  # a folder: the count is known
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(index)
        self.results.append(result)
        row = self.table.rowCount()
        self.table.insertRow(row)
        shown = (self.tr("Imported") if result.status == IMPORTED else self.tr("Refused"))
        details = (self.tr("%1 added, %2 amended, %3 already here").replace(
            "%1", str(result.added)).replace("%2", str(result.amended)).replace(
            "%3", str(result.unchanged)) if result.status == IMPORTED else result.reason)
        for column, value in enumerate((result.name, shown, details)):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.table.setItem(row, column, item)
        self.table.resizeRowToContents(row)

    def _on_import_done(self, summary: InboxSummary) -> None:
        self._busy(False)
        c = summary.counts()
        text = self.tr("Bundles read: %1. Imported: %2 (records added: %3). Refused: %4.")
        for key, value in (("%1", c["bundles"]), ("%2", c["imported"]),
                           ("%3", c["records_added"]), ("%4", c["refused"])):
            text = text.replace(key, str(value))
        if self._cancel.is_set():
            text += " " + self.tr("Cancelled: the rest were left in the folder.")
        self.summary_label.setText(text)
        if c["imported"]:
            self.inbox_did_import.emit()
        self.table.setFocus()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        message = str(exc) if isinstance(exc, SharedeskError | OSError) else \
            self.tr("The import stopped unexpectedly.")
        self.summary_label.setText(message)

    # -- trusting a laptop ---------------------------------------------------------------------
    def selected_result(self) -> InboxResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.results[rows[0].row()] if rows and rows[0].row() < len(self.results) else None

    def _on_table_selection_changed(self) -> None:
        result = self.selected_result()
        unknown = result is not None and result.untrusted and bool(result.signer_key)
        self.trust_button.setEnabled(unknown)
        self.trust_name_edit.setEnabled(unknown)
        self.signer_label.setText(self.tr(
            "Unknown laptop %1 (calls itself %2). Compare this fingerprint with the one in "
            "the laptop's Settings before you trust it.").replace(
            "%1", result.signer_fingerprint).replace("%2", result.device_id or "-")
            if unknown and result is not None else "")

    def trust_selected(self) -> None:
        from sharedesk.core.sync.devices import trust

        result = self.selected_result()
        name = self.trust_name_edit.text().strip()
        if result is None or not result.untrusted:
            return
        if not name:
            self.summary_label.setText(self.tr("Give the laptop a name first."))
            self.trust_name_edit.setFocus()
            return
        try:
            device = trust(self._vault, result.signer_key, name)
        except SharedeskError as exc:
            self.summary_label.setText(str(exc))
            return
        back = self._put_back(result)
        self.summary_label.setText(self.tr("Trusted %1 (%2). %3").replace("%1", device.name)
                                   .replace("%2", device.fingerprint).replace(
            "%3", self.tr("Its bundle is back in the folder: press Import bundles.")
            if back else ""))
        result.untrusted = False
        self.trust_name_edit.clear()
        self._on_table_selection_changed()

    @staticmethod
    def _put_back(result: InboxResult) -> bool:
        """Move a refused bundle back into the inbox folder (its reason file goes)."""
        if not result.moved_to:
            return False
        moved = Path(result.moved_to)
        try:
            os.replace(moved, moved.parent.parent / result.name)
            Path(str(moved) + REASON_SUFFIX).unlink(missing_ok=True)
        except OSError:
            return False
        return True

    def clear(self) -> None:
        """Forget the results (on lock)."""
        self._cancel.set()
        self.results = []
        self.table.setRowCount(0)
        self.summary_label.clear()
        self.signer_label.clear()
