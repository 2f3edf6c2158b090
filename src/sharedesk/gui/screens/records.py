"""The records list: search, filters and a lazily paged table over the vault.

Typing restarts a short timer and nothing else; when it fires, one count and one page are read
(the FTS query is limited by the service), so a keystroke costs microseconds and a search costs
one small query however large the vault is. Given the app's task runner, those reads (and each
next page as the table scrolls) run on a worker while a busy bar shows; a newer search drops
the result of an older one. Each time the screen is shown again it reads the vault again, so a
record finalised here or by another sharedesk process since is listed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDateEdit, QHeaderView, QWidget

from sharedesk.core.errors import SharedeskError
from sharedesk.core.flow.model import OUTCOME_VALUES
from sharedesk.core.records.query import EXPORT_STATUSES, RecordQuery
from sharedesk.gui import labels
from sharedesk.gui.forms.ui_records import Ui_RecordsScreen
from sharedesk.gui.models.records_model import RecordsTableModel
from sharedesk.gui.tasks import TaskRunner, busy_bar
from sharedesk.gui.widgets.roles import set_role

SEARCH_DELAY_MS = 250
_NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes means "any date"


def search_words(typed: str) -> str:
    """The search as typed, with the word still being typed matched as a prefix ("bruis" finds
    "bruising"). Words under three letters stay whole: a one-letter prefix matches nearly every
    record and would make each keystroke read the whole index."""
    words = typed.split()
    if not words or typed[-1:].isspace() or words[-1].endswith("*") or len(words[-1]) < 3:
        return typed
    return typed + "*"


class RecordsScreen(QWidget):
    record_did_open = Signal(str)
    SHOWS = ("records", "outbox")  # change kinds it lists (gui/models/vault_changes.py)

    def __init__(self, service: Any, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordsScreen()
        self.ui.setupUi(self)
        self.setObjectName("records_screen")
        self.setAccessibleName(self.tr("Records"))
        self.setAccessibleDescription(self.tr("Search and open your decision records"))
        set_role(self.ui.records_title, "heading")  # sized by the theme
        self.model = RecordsTableModel(service, parent=self, runner=runner)
        self.busy_bar = busy_bar(self, "records_busy", self.tr("Reading the records"))
        layout = self.ui.root_layout
        layout.insertWidget(layout.indexOf(self.ui.status_label) + 1, self.busy_bar)
        self._shown_before = False
        self._keep_current: str | None = None
        table = self.ui.records_table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._size_columns()
        self._fill_filters()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._connect()
        self.apply_filters()

    def _size_columns(self) -> None:
        """Fixed sizes from the font, not ResizeToContents: measuring every loaded row on each
        page would make scrolling and searching cost more as the list grows. Again on a text
        size change."""
        table = self.ui.records_table
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        for column, sample in enumerate(("2026-12-31 23:59", "Child ref C-0000 (A.B.)",
                                         "Children's social care, duty", "Do not share",
                                         "Content removed", "Not sent yet", "2026-12-31",
                                         "England 2018")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + metrics.averageCharWidth() * 4)
        table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def _fill_filters(self) -> None:
        self.ui.outcome_filter.addItem(self.tr("Any outcome"), "")
        for value in OUTCOME_VALUES:
            self.ui.outcome_filter.addItem(labels.outcome(value), value)
        self.ui.export_filter.addItem(self.tr("Any export status"), "")
        for status in EXPORT_STATUSES:
            self.ui.export_filter.addItem(labels.export_status(status), status)
        for edit in (self.ui.date_from, self.ui.date_to):
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("Any"))
            edit.setDate(_NO_DATE)
            # A date edit spends Tab on its own year/month/day sections, and with the "Any"
            # value it never lets go: Tab must always move on (WCAG 2.1.2). Arrows still edit.
            edit.installEventFilter(self)
        # The label's width is measured with kerning ("To" tucks the o under the T) but the
        # underlined shortcut letter is drawn apart from the rest, so the o was clipped ("Tc").
        # Only kerning is set here: the size still follows the theme's text size.
        for label in (self.ui.from_label, self.ui.to_label):
            font = label.font()
            font.setKerning(False)
            label.setFont(font)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        ui.outcome_filter.currentIndexChanged.connect(self.apply_filters)
        ui.export_filter.currentIndexChanged.connect(self.apply_filters)
        ui.date_from.dateChanged.connect(self.apply_filters)
        ui.date_to.dateChanged.connect(self.apply_filters)
        ui.clear_filters_button.clicked.connect(self.clear_filters)
        ui.open_button.clicked.connect(self.open_selected)
        ui.records_table.activated.connect(self._on_records_table_activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.records_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._update_status)
        self.model.query_did_fail.connect(self.ui.status_label.setText)
        self.model.loading_did_change.connect(self._on_model_loading_did_change)
        self.model.total_did_change.connect(self._update_status)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self.reload()  # the vault may have changed since (here or elsewhere)
        self._shown_before = True

    def reload(self) -> None:
        """Read the current search again (after an operation changed the records); the record
        that was current stays current if it is still in the first page read."""
        self._keep_current = self.model.record_id(self.ui.records_table.currentIndex().row())
        self.model.refresh()

    def _on_model_reset(self) -> None:
        keep, self._keep_current = self._keep_current, None
        rows = [r for r in range(self.model.rowCount()) if self.model.record_id(r) == keep]
        if keep and rows:
            self.ui.records_table.selectRow(rows[0])
        self._update_status()

    def _on_model_loading_did_change(self, loading: bool) -> None:
        self.busy_bar.setVisible(loading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and watched in (self.ui.date_from, self.ui.date_to)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    # -- querying --------------------------------------------------------------------------------
    def query(self) -> RecordQuery:
        ui = self.ui
        return RecordQuery(search=search_words(ui.search_edit.text()),
                           date_from=self._date(ui.date_from), date_to=self._date(ui.date_to),
                           outcome=ui.outcome_filter.currentData() or None,
                           export_status=ui.export_filter.currentData() or None)

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == _NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # debounce: query once typing pauses

    def apply_filters(self) -> None:
        self._search_timer.stop()
        try:
            query = self.query()
            query.check()  # a date range the wrong way round is said at once, not by a worker
        except SharedeskError as exc:
            self.ui.status_label.setText(str(exc))
            return
        self.model.set_query(query)

    def clear_filters(self) -> None:
        for widget in (self.ui.search_edit, self.ui.outcome_filter, self.ui.export_filter,
                       self.ui.date_from, self.ui.date_to):
            widget.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.outcome_filter.setCurrentIndex(0)
        self.ui.export_filter.setCurrentIndex(0)
        self.ui.date_from.setDate(_NO_DATE)
        self.ui.date_to.setDate(_NO_DATE)
        for widget in (self.ui.search_edit, self.ui.outcome_filter, self.ui.export_filter,
                       self.ui.date_from, self.ui.date_to):
            widget.blockSignals(False)
        self.apply_filters()

    def _update_status(self) -> None:
        total, loaded = self.model.total, self.model.loaded
        if total is None:
            text = self.tr("More than %1 records match; scroll for more.").replace(
                "%1", f"{self.model.at_least:,}")
        elif total == 0:
            text = self.tr("No records match.") if self._filtered() else self.tr("No records yet.")
        elif total == 1:
            text = self.tr("1 record.")
        else:
            text = self.tr("%1 records.").replace("%1", f"{total:,}")
        self.ui.status_label.setText(text)
        self.ui.records_table.setAccessibleDescription(
            text + " " + self.tr("Newest first; press Enter to open one."))
        self.ui.open_button.setEnabled(loaded > 0)

    def _filtered(self) -> bool:
        q = self.query()
        return bool(q.search.strip() or q.outcome or q.export_status or q.date_from or q.date_to)

    # -- opening ---------------------------------------------------------------------------------
    def _on_records_table_activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id:
            self.record_did_open.emit(record_id)

    def open_selected(self) -> None:
        rows = self.ui.records_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.ui.records_table.currentIndex().row()
        record_id = self.model.record_id(row if row >= 0 else 0)
        if record_id:
            self.record_did_open.emit(record_id)

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order (what "Export..." offers as "Selected")."""
        rows = sorted(r.row() for r in self.ui.records_table.selectionModel().selectedRows())
        return [i for i in (self.model.record_id(row) for row in rows) if i]

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()

    def clear(self) -> None:
        """Forget every row and the search words (on lock)."""
        self._search_timer.stop()
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        self.model.clear()
        self.ui.status_label.clear()
