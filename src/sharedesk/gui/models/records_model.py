"""The records table: summaries read a page at a time, never the whole vault.

``set_query`` reads the first page only; the view asks for more through
``canFetchMore``/``fetchMore`` as the user scrolls (each next page by keyset, after the last row
held). The total is counted only up to COUNT_CAP and only without search words (a full-text
count walks every match): beyond the cap, or for a search, it is known once a short page shows
the end has been reached.
Summaries hold ids, dates, outcome, statuses, and the subject reference and recipient that tell
two records apart; they are wiped with the rows (``clear``) on lock. Codes are shown by their
labels (gui/labels.py), never raw ("final", "pending", "england-2018").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sharedesk.core.records.query import RecordQuery, RecordSummary
from sharedesk.gui import labels

PAGE_SIZE = 100
COUNT_CAP = 1000  # totals above this show as "more than 1,000" until scrolled to the end
Index = QModelIndex | QPersistentModelIndex

_OUTCOMES = {"share": "Share", "share_part": "Share part", "do_not_share": "Do not share"}
_COLUMNS = ("created", "subject", "recipient", "outcome", "status", "export_status",
            "review_date", "flow_id")
_HEADERS = ("Created", "Subject", "Recipient", "Outcome", "Status", "Export status",
            "Review date", "Flow")


def local_time(iso: str | None) -> str:
    """A stored UTC time shown in local time, to the minute (the raw text if it will not parse)."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def outcome_label(value: str) -> str:
    return QCoreApplication.translate("RecordsTableModel", _OUTCOMES.get(value, value))


class RecordsTableModel(QAbstractTableModel):
    """Rows are RecordSummary objects from ``service.page``; ``total`` from ``service.count``."""

    def __init__(self, service: Any, page_size: int = PAGE_SIZE, parent: Any = None,
                 count_cap: int = COUNT_CAP) -> None:
        super().__init__(parent)
        self._count_cap = count_cap
        self._service = service
        self._page_size = page_size
        self._query = RecordQuery()
        self._rows: list[RecordSummary] = []
        self._total: int | None = 0  # None: not counted (a search, or over COUNT_CAP)
        self._at_least = 0
        self._more = False

    # -- loading ---------------------------------------------------------------------------------
    def set_query(self, query: RecordQuery) -> None:
        """Show the records matching ``query``: one page (and a count when it is cheap).
        SharedeskError on a bad query, leaving the current rows as they were."""
        first = self._service.page(query, 0, self._page_size)
        more = len(first) == self._page_size
        at_least = len(first)
        if not more:
            total: int | None = len(first)
        elif query.fts_match() is None:
            # Counted no further than COUNT_CAP (a vault of a million records is not walked
            # on every change of filter): beyond it the total is learnt by scrolling.
            counted = self._service.count_upto(query, self._count_cap)
            total = counted if counted <= self._count_cap else None
            at_least = min(counted, self._count_cap)
        else:
            total = None
        self.beginResetModel()
        self._query, self._rows, self._more, self._total = query, list(first), more, total
        self._at_least = at_least
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._total, self._more, self._at_least = [], 0, False, 0
        self.endResetModel()

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
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt default
        if parent.isValid() or not self._more:
            return
        # Keyset: the page after the last row held, one index seek however deep the list.
        more = self._service.page_after(self._query, self._rows[-1].id, self._page_size)
        self._more = len(more) == self._page_size
        if not self._more and self._total is None:
            self._total = len(self._rows) + len(more)
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
            return QCoreApplication.translate("RecordsTableModel", _HEADERS[section])
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
            return local_time(row.created)
        if column == "outcome":
            return outcome_label(row.outcome)
        if column == "status":
            return labels.status(row.status)
        if column == "export_status":
            return labels.export_status(row.export_status)
        if column == "flow_id":
            return labels.flow(row.flow_id)
        return str(getattr(row, column, "") or "")
