"""Home: start a decision, drafts in progress, recent decisions, the outbox and reviews due.

The screen shows what it is given (``show_summary``) and asks for things by signal; it holds no
vault. Given a ``load`` (the caller's summary reader) and the app's task runner it reads the
summary itself, on a worker, whenever it is shown and when told the vault changed
(``reload``), so it lists what the vault holds now, including another process's records; a busy
bar shows meanwhile and a read overtaken by a newer one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sharedesk.core.errors import SharedeskError
from sharedesk.core.records.query import DraftSummary, RecordSummary
from sharedesk.gui import labels
from sharedesk.gui.forms.ui_home import Ui_HomeScreen
from sharedesk.gui.tasks import LatestQuery, TaskRunner, busy_bar
from sharedesk.gui.widgets.readable import limit_width


@dataclass(frozen=True)
class HomeSummary:
    drafts: Sequence[DraftSummary] = ()
    recent: Sequence[RecordSummary] = ()
    reviews: Sequence[RecordSummary] = ()
    outbox: int | None = None  # None: no outbox configured in this build
    flow_titles: dict[str, str] = field(default_factory=dict)

VISIBLE_ROWS = 5  # a list taller than this scrolls; shorter lists shrink to their rows


class HomeScreen(QWidget):
    decision_did_request = Signal(str)  # flow id
    draft_did_resume = Signal(str)      # draft id
    record_did_open = Signal(str)       # record id
    records_did_request = Signal()
    outbox_did_request = Signal()
    SHOWS = ("records", "drafts", "outbox", "reviews")  # gui/models/vault_changes.py

    def __init__(self, flows: Sequence[tuple[str, str]], *, default_flow: str = "",
                 short_names: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        self._load: Callable[[], HomeSummary] | None = None
        self._reads = LatestQuery(None, self)
        self.busy_bar = busy_bar(self.ui.scroll_contents, "home_busy", self.tr("Reading the vault"))
        self.ui.content_layout.insertWidget(1, self.busy_bar)  # under the title
        self._reads.busy_did_change.connect(self.busy_bar.setVisible)
        limit_width(self.ui.scroll_contents)
        self.setObjectName("home_screen")
        self._flow_titles = {**dict(flows), **dict(short_names or {})}
        for flow_id, title in flows:
            self.ui.flow_combo.addItem(title, flow_id)
        self.set_default_flow(default_flow)
        self.ui.start_button.clicked.connect(self._on_start_button_clicked)
        self.ui.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.ui.open_record_button.clicked.connect(self._on_open_record_button_clicked)
        self.ui.all_records_button.clicked.connect(self.records_did_request)
        self.ui.outbox_button.clicked.connect(self.outbox_did_request)
        self.ui.drafts_list.itemActivated.connect(lambda _item: self._on_resume_button_clicked())
        self.ui.recent_list.itemActivated.connect(lambda _item: self._on_open_record_button_clicked())
        self.ui.reviews_list.itemActivated.connect(self._on_reviews_list_item_activated)
        for widget in (self.ui.drafts_list, self.ui.recent_list, self.ui.reviews_list):
            widget.installEventFilter(self)
        self.show_summary(HomeSummary())

    def set_default_flow(self, flow_id: str) -> None:
        index = self.ui.flow_combo.findData(flow_id)
        self.ui.flow_combo.setCurrentIndex(max(index, 0))

    def show_summary(self, summary: HomeSummary) -> None:
        self._fill(self.ui.drafts_list, [(d.id, self._draft_line(d)) for d in summary.drafts])
        self._fill(self.ui.recent_list, [(r.id, self._record_line(r)) for r in summary.recent])
        self._fill(self.ui.reviews_list, [(r.id, self._record_line(r)) for r in summary.reviews])
        self.ui.drafts_empty_label.setVisible(not summary.drafts)
        self.ui.drafts_list.setVisible(bool(summary.drafts))
        self.ui.resume_button.setEnabled(bool(summary.drafts))
        self.ui.recent_empty_label.setVisible(not summary.recent)
        self.ui.recent_list.setVisible(bool(summary.recent))
        self.ui.open_record_button.setEnabled(bool(summary.recent))
        self.ui.reviews_list.setVisible(bool(summary.reviews))
        self.ui.reviews_label.setText(
            self.tr("%n record(s) due for review.", "", len(summary.reviews)) if summary.reviews
            else self.tr("No reviews due."))
        self.ui.outbox_button.setVisible(summary.outbox is not None)
        if summary.outbox is None:
            self.ui.outbox_label.setText(self.tr("Sending to the case system is not set up."))
        else:
            self.ui.outbox_label.setText(self.tr(
                "%n record(s) waiting to go to the case system.", "", summary.outbox))

    def read_with(self, load: Callable[[], HomeSummary], runner: TaskRunner | None) -> None:
        """Read the summary with ``load`` (on ``runner``'s workers) from now on."""
        self._reads.cancel()
        self._reads.deleteLater()
        self._load, self._reads = load, LatestQuery(runner, self)
        self._reads.busy_did_change.connect(self.busy_bar.setVisible)

    @property
    def loading(self) -> bool:
        """A summary read is under way (its busy bar shows)."""
        return self._reads.busy

    def reload(self) -> None:
        """Read the summary again (on a worker), dropping any read still running."""
        if self._load is not None:
            self._reads.submit(self._load, self.show_summary, self._on_load_failed)

    def refresh(self) -> None:
        """Read the summary again unless a read is already under way."""
        if not self._reads.busy:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # After the screen change completes: leaving a decision saves its draft first.
            QTimer.singleShot(0, self, self.refresh)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.ui.outbox_label.setText(str(exc) if isinstance(exc, SharedeskError) else self.tr(
            "The vault could not be read (%1).").replace("%1", type(exc).__name__))

    def clear(self) -> None:
        """Drop everything that came from the vault (called when the vault locks)."""
        self._reads.cancel()  # a summary read before the lock is never shown after it
        self.show_summary(HomeSummary())

    def focus_start(self) -> None:
        self.ui.start_button.setFocus()

    def _flow_title(self, flow_id: str) -> str:
        return labels.flow(flow_id, self._flow_titles.get(flow_id))  # Welsh for shipped flows

    def _who(self, subject: str | None, recipient: str | None) -> list[str]:
        """The subject reference and recipient as entered: what tells two records apart."""
        parts = [subject or self.tr("no subject reference")]
        if recipient:
            parts.append(self.tr("to %1").replace("%1", recipient))
        return parts

    def _draft_line(self, d: DraftSummary) -> str:
        return " · ".join([self.tr("Draft"), *self._who(d.subject, d.recipient),
                           self._flow_title(d.flow_id),
                           self.tr("saved %1").replace("%1", labels.local_time(d.updated))])

    def _record_line(self, r: RecordSummary) -> str:
        return " · ".join([labels.outcome(r.outcome), *self._who(r.subject, r.recipient),
                           labels.local_time(r.finalised or r.created),
                           self._flow_title(r.flow_id), self.tr("ref %1").replace(
                               "%1", labels.short_ref(r.id))])

    @staticmethod
    def _fill(widget: QListWidget, rows: Sequence[tuple[str, str]]) -> None:
        widget.clear()
        for row_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            widget.addItem(item)
        if rows:
            widget.setCurrentRow(0)
        HomeScreen._fit_height(widget)

    @staticmethod
    def _fit_height(widget: QListWidget) -> None:
        """Height follows the rows shown, each measured at the list's current width (a long
        subject or recipient wraps a row onto a second line), so short lists take little room."""
        rows = widget.count()
        shown = max(1, min(rows, VISIBLE_ROWS))
        widget.doItemsLayout()  # wrap the rows at the current width before measuring them
        height = (sum(widget.visualItemRect(widget.item(i)).height() for i in range(shown))
                  if rows else widget.fontMetrics().height())
        widget.setFixedHeight(height + 2 * widget.frameWidth() + 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QListWidget):
            self._fit_height(watched)  # the width changed, so the wrapping may have too
        return super().eventFilter(watched, event)

    @staticmethod
    def _selected(widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_start_button_clicked(self) -> None:
        flow_id = self.ui.flow_combo.currentData()
        if flow_id:
            self.decision_did_request.emit(str(flow_id))

    def _on_resume_button_clicked(self) -> None:
        draft_id = self._selected(self.ui.drafts_list)
        if draft_id:
            self.draft_did_resume.emit(draft_id)

    def _on_open_record_button_clicked(self) -> None:
        record_id = self._selected(self.ui.recent_list)
        if record_id:
            self.record_did_open.emit(record_id)

    def _on_reviews_list_item_activated(self, item: QListWidgetItem) -> None:
        self.record_did_open.emit(str(item.data(Qt.ItemDataRole.UserRole)))
