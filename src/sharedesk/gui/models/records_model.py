"""The records table: summaries read a page at a time, never the whole vault.

``set_query`` reads the first page only; the view asks for more through
``canFetchMore``/``fetchMore`` as the user scrolls (each next page by keyset, after the last row
held). The total is counted only up to COUNT_CAP and only without search words (a full-text
count walks every match): beyond the cap, or for a search, it is known once a short page shows
the end has been reached.
With a task runner every read (the first page and count, each next page) runs on a worker and
only its result is applied here, on the GUI thread; a newer query drops the result of an older
one still running (``LatestQuery``), and ``loading`` says a read is in flight. Without a runner
the reads run inline (scripts and tests of the model alone).
Summaries hold ids, dates, outcome, statuses, and the subject reference and recipient that tell
two records apart; they are wiped with the rows (``clear``) on lock. Codes are shown by their
labels (gui/labels.py), never raw ("final", "pending", "england-2018").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.core.records.query import RecordQuery, RecordSummary
from sharedesk.gui import labels
from sharedesk.gui.tasks import LatestQuery, TaskRunner

PAGE_SIZE = 100
COUNT_CAP = 1000  # totals above this show as "more than 1,000" until scrolled to the end
Index = QModelIndex | QPersistentModelIndex

_COLUMNS = ("created", "subject", "recipient", "outcome", "status", "export_status",
            "review_date", "flow_id")
_HEADERS = (QT_TRANSLATE_NOOP("RecordsTableModel", "Created"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Subject"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Recipient"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Outcome"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Status"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Export status"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Review date"),
            QT_TRANSLATE_NOOP("RecordsTableModel", "Flow"))


@dataclass(frozen=True)
class FirstPage:
    """What one query read: its first page, whether more follow, and the count if cheap."""

    query: RecordQuery
    rows: Sequence[RecordSummary]
    more: bool
    total: int | None  # None: not counted (a search, or over the cap)
    at_least: int


def read_first_page(service: Any, query: RecordQuery, page_size: int, cap: int) -> FirstPage:
    """Worker: one page (and a count when it is cheap). SharedeskError on a bad query."""
    first = list(service.page(query, 0, page_size))
    more = len(first) == page_size
    at_least = len(first)
    if not more:
        total: int | None = len(first)
    elif query.fts_match() is None:
        # Counted no further than the cap (a vault of a million records is not walked on every
        # change of filter): beyond it the total is learnt by scrolling.
        counted = service.count_upto(query, cap)
        total = counted if counted <= cap else None
        at_least = min(counted, cap)
    else:
        total = None
    return FirstPage(query, first, more, total, at_least)


class RecordsTableModel(QAbstractTableModel):
    """Rows are RecordSummary objects from ``service.page``; ``total`` from ``service.count``."""

    query_did_fail = Signal(str)  # a one-line message; the rows stay as they were
    loading_did_change = Signal(bool)
    total_did_change = Signal()  # the end of an uncounted list was reached

    def __init__(self, service: Any, page_size: int = PAGE_SIZE, parent: Any = None,
                 count_cap: int = COUNT_CAP, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._count_cap = count_cap
        self._service = service
        self._page_size = page_size
        self._query = RecordQuery()
        self._rows: list[RecordSummary] = []
        self._total: int | None = 0  # None: not counted (a search, or over COUNT_CAP)
        self._at_least = 0
        self._more = False
        self._reads = LatestQuery(runner, self)
        self._reads.busy_did_change.connect(self.loading_did_change)

    # -- loading ---------------------------------------------------------------------------------
    def set_query(self, query: RecordQuery) -> None:
        """Show the records matching ``query``: one page (and a count when it is cheap), read on
        the runner. A bad query emits ``query_did_fail`` and leaves the rows as they were."""
        service, size, cap = self._service, self._page_size, self._count_cap
        self._reads.submit(lambda: read_first_page(service, query, size, cap),
                           self._on_first_page, self._on_read_failed)

    def _on_first_page(self, page: FirstPage) -> None:
        self.beginResetModel()
        self._query, self._rows, self._more, self._total = (page.query, list(page.rows),
                                                            page.more, page.total)
        self._at_least = page.at_least
        self.endResetModel()

    def _on_read_failed(self, exc: BaseException) -> None:
        self.query_did_fail.emit(str(exc) if isinstance(exc, SharedeskError) else
                                 self.tr("The records could not be read (%1).").replace(
                                     "%1", type(exc).__name__))

    def refresh(self) -> None:
        """Read the current query again (the vault may have changed, here or elsewhere)."""
        self.set_query(self._query)

    def clear(self) -> None:
        self._reads.cancel()  # a read started before a lock is never shown after it
        self.beginResetModel()
        self._rows, self._total, self._more, self._at_least = [], 0, False, 0
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._reads.busy

    @property
    def total(self) -> int | None:
        """How many records match, or None while a search has more pages unread."""
        return self._total

    @property
    def at_least(self) -> int:
        """How many records are known to match (the cap, or the rows loaded, when total is
        None)."""
        return max(self._at_least, len(self._rows))

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default
        return not parent.isValid() and self._more and not self._reads.busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt default
        if parent.isValid() or not self._more or self._reads.busy or not self._rows:
            return
        # Keyset: the page after the last row held, one index seek however deep the list.
        service, query, after, size = self._service, self._query, self._rows[-1].id, \
            self._page_size
        self._reads.submit(lambda: list(service.page_after(query, after, size)),
                           self._on_next_page, self._on_read_failed)

    def _on_next_page(self, more: list[RecordSummary]) -> None:
        self._more = len(more) == self._page_size
        if not self._more and self._total is None:
            self._total = len(self._rows) + len(more)
            if not more:
                self.total_did_change.emit()
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def record_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordsTableModel", str(_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, _COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _text(row: RecordSummary, column: str) -> str:
        if column == "created":
            return labels.local_time(row.created)
        if column == "outcome":
            return labels.outcome(row.outcome)
        if column == "status":
            return labels.status(row.status)
        if column == "export_status":
            return labels.export_status(row.export_status)
        if column == "flow_id":
            return labels.flow(row.flow_id)
        return str(getattr(row, column, "") or "")
