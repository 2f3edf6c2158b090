"""The manager's Team overview (issue 14): charts and figures, each opening its records.

Decisions by practitioner, outcome and month as bar charts (QPainter, widgets/bar_chart.py);
shared without consent, "do not share", reviews due and awaiting countersignature as buttons.
Activating any bar or figure lists the records behind it below; Enter or a double click opens
one, and "Export these records..." opens the Export dialog on them (a PDF pack, a sealed
bundle, CSV or FHIR). The figures are read from the vault when the screen is shown
(``vault.overview``: grouped SQL, never every record in Python), on a worker of the app's task
runner (about 0.6 s at 100,000 records) with a busy bar meanwhile, as are the records behind a
figure; a read overtaken by a newer one is dropped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.core.vault.overview import Figure, FigureRow
from sharedesk.gui import labels
from sharedesk.gui.labels import local_time
from sharedesk.gui.tasks import LatestQuery, TaskRunner, busy_bar
from sharedesk.gui.widgets.bar_chart import BarChart
from sharedesk.gui.widgets.roles import set_role

FIGURE_BUTTONS = (("without_consent", QT_TRANSLATE_NOOP("TeamOverviewScreen", "Shared without &consent: %1")),
                  ("do_not_share",
                   QT_TRANSLATE_NOOP("TeamOverviewScreen", "\"&Do not share\" decisions: %1")),
                  ("reviews_due", QT_TRANSLATE_NOOP("TeamOverviewScreen", "&Reviews due: %1")),
                  ("awaiting_countersignature",
                   QT_TRANSLATE_NOOP("TeamOverviewScreen", "&Awaiting countersignature: %1")))


class TeamOverviewScreen(QWidget):
    record_did_open = Signal(str)
    export_did_request = Signal(list)  # record ids
    SHOWS = ("team", "records")  # gui/models/vault_changes.py

    def __init__(self, vault: Any, today: date | None = None,
                 parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self._figures = LatestQuery(runner, self)
        self._rows_read = LatestQuery(runner, self)
        self.rows: list[FigureRow] = []
        self.figure = Figure("")
        self.setObjectName("team_overview_screen")
        self.setAccessibleName(self.tr("Team overview"))
        title = QLabel(self.tr("Team overview"), self)
        title.setObjectName("team_overview_title")
        set_role(title, "heading")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("team_overview_total")
        self.total_label.setAccessibleName(self.tr("Decisions"))
        self.figure_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (kind, _) in enumerate(FIGURE_BUTTONS):
            button = QPushButton(self)
            button.setObjectName(f"figure_{kind}")
            self.figure_buttons[kind] = button
            button.clicked.connect(lambda _=False, k=kind: self.show_figure(Figure(k)))
            grid.addWidget(button, i // 2, i % 2)
        self._set_figure_texts({kind: "\u2026" for kind, _ in FIGURE_BUTTONS})  # until read
        self.practitioner_chart = BarChart("chart_practitioner", self.tr("Decisions by practitioner"), self)
        self.outcome_chart = BarChart("chart_outcome", self.tr("Decisions by outcome"), self)
        self.month_chart = BarChart("chart_month", self.tr("Decisions by month"), self)
        charts = QHBoxLayout()
        for kind, chart in (("practitioner", self.practitioner_chart),
                            ("outcome", self.outcome_chart), ("month", self.month_chart)):
            chart.bar_did_activate.connect(lambda key, k=kind: self.show_figure(Figure(k, key)))
            charts.addWidget(chart, 1)
        self.busy_bar = busy_bar(self, "team_overview_busy", self.tr("Reading the figures"))
        for reads in (self._figures, self._rows_read):
            reads.busy_did_change.connect(self._on_reads_busy_did_change)
        self.figure_label = QLabel(self)
        self.figure_label.setObjectName("figure_records_label")
        set_role(self.figure_label, "subheading")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("figure_records")
        self.table.setAccessibleName(self.tr("Records behind the figure"))
        self.table.setHorizontalHeaderLabels([self.tr("Created"), self.tr("Outcome"),
                                              self.tr("Practitioner"), self.tr("Subject")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2):  # at 200% text the headings were cut ("Outcom", "actition")
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.open_button.setObjectName("figure_open_record")
        self.open_button.setAccessibleName(self.tr("Open record"))
        self.export_button = QPushButton(self.tr("E&xport these records..."), self)
        self.export_button.setObjectName("figure_export")
        self.export_button.setAccessibleName(self.tr("Export these records..."))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.total_label)
        layout.addLayout(grid)
        layout.addLayout(charts)
        layout.addWidget(self.figure_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        scroll = QScrollArea(self)
        scroll.setObjectName("team_overview_scroll")
        scroll.setAccessibleName(self.tr("Team overview"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus, not the frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(
            lambda: self.export_did_request.emit(self.selected_or_all_ids()))
        self._set_actions()

    def today(self) -> date:
        return self._today or date.today()

    @property
    def loading(self) -> bool:
        """Figures or a figure's records are being read (the busy bar shows)."""
        return self._figures.busy or self._rows_read.busy

    def reload(self) -> None:
        self.refresh()

    def _on_reads_busy_did_change(self, _busy: bool) -> None:
        self.busy_bar.setVisible(self.loading)

    def refresh(self) -> None:
        """Read the figures again on a worker (when the screen is shown, after an import)."""
        vault, today = self._vault, self.today()
        self._figures.submit(lambda: vault.overview(today), self._show_overview,
                             lambda exc: self.total_label.setText(self._failed(exc)))

    def _failed(self, exc: BaseException) -> str:
        return str(exc) if isinstance(exc, SharedeskError) else self.tr(
            "The figures could not be read (%1).").replace("%1", type(exc).__name__)

    def _show_overview(self, view: Any) -> None:
        self.total_label.setText(self.tr("%1 finalised decisions in this vault.")
                                 .replace("%1", str(view.total)))
        counts = {"without_consent": view.without_consent, "do_not_share": view.do_not_share,
                  "reviews_due": view.reviews_due,
                  "awaiting_countersignature": view.awaiting_countersignature}
        self._set_figure_texts({kind: str(n) for kind, n in counts.items()})
        self.practitioner_chart.set_bars([(m, m or self.tr("(not recorded)"), n)
                                          for m, n in view.by_practitioner])
        self.outcome_chart.set_bars([(o, labels.outcome(o), n) for o, n in view.by_outcome])
        self.month_chart.set_bars([(m, m, n) for m, n in view.by_month])

    def _set_figure_texts(self, counts: dict[str, str]) -> None:
        for kind, text in FIGURE_BUTTONS:
            button = self.figure_buttons[kind]
            button.setText(self.tr(str(text)).replace("%1", counts[kind]))
            button.setAccessibleName(button.text().replace("&", ""))

    def show_figure(self, figure: Figure, limit: int = 1000) -> None:
        """List the records behind ``figure`` below the charts (read on a worker); the table
        takes the focus when they arrive if the focus is still where the user asked."""
        vault, today = self._vault, self.today()
        asked_from = self.focusWidget()
        self._rows_read.submit(lambda: vault.figure_rows(figure, today, limit),
                               lambda rows: self._show_rows(figure, rows, asked_from),
                               lambda exc: self.figure_label.setText(self._failed(exc)))

    def _show_rows(self, figure: Figure, rows: list[FigureRow],
                   asked_from: QWidget | None) -> None:
        self.rows = rows
        self.figure = figure
        names = {"practitioner": self.tr("Decisions by %1"), "outcome": self.tr("Decisions: %1"),
                 "month": self.tr("Decisions in %1")}
        shown = labels.outcome(figure.value) if figure.kind == "outcome" else figure.value
        heading = names[figure.kind].replace("%1", shown) if figure.kind in names else \
            self.figure_buttons[figure.kind].text().replace("&", "").split(":")[0]
        self.figure_label.setText(self.tr("%1: %2 records").replace("%1", heading)
                                  .replace("%2", str(len(self.rows))))
        self.figure_label.setAccessibleName(self.figure_label.text())
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            for column, value in enumerate((local_time(r.created), labels.outcome(r.outcome),
                                            r.practitioner, r.subject)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._set_actions()
        if self.rows:
            self.table.selectRow(0)
            if self.focusWidget() is asked_from or asked_from is None:
                self.table.setFocus()

    def _set_actions(self) -> None:
        self.open_button.setEnabled(bool(self.rows))
        self.export_button.setEnabled(bool(self.rows))

    def selected_ids(self) -> list[str]:
        return [self.rows[i.row()].id for i in self.table.selectionModel().selectedRows()
                if i.row() < len(self.rows)]

    def selected_or_all_ids(self) -> list[str]:
        """The selected records when more than one is selected, else every record listed."""
        chosen = self.selected_ids()
        return chosen if len(chosen) > 1 else [r.id for r in self.rows]

    def open_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.record_did_open.emit(chosen[0])

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.open_selected()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and not self._figures.busy:
            self.refresh()  # the vault may have changed since (an import, a countersignature)

    def clear(self) -> None:
        self._figures.cancel()  # nothing read before a lock is shown after it
        self._rows_read.cancel()
        self.rows = []
        self.table.setRowCount(0)
        for chart in (self.practitioner_chart, self.outcome_chart, self.month_chart):
            chart.set_bars([])
        self.total_label.clear()
        self.figure_label.clear()
