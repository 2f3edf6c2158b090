"""One label per stored word (gui/labels.py, keyed by the enums in core/records/status.py): every
word has a label, and the records table, its filters, the record screen and its history all show
that same label, never the raw value and never a second wording."""

from __future__ import annotations

from records_kit import add_records, make_screen

from sharedesk.core.flow.model import OUTCOME_VALUES
from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.core.records.status import (
    AuditKind,
    BundleError,
    CountersignOutcome,
    ExportStatus,
    Outcome,
    RecordStatus,
)
from sharedesk.gui import labels
from sharedesk.gui.screens.record_detail import RecordDetail


def test_every_word_has_a_label(qapp) -> None:
    for value in Outcome:
        assert labels.outcome(value) not in ("", value.value)
    for value in RecordStatus:
        assert labels.status(value) not in ("", value.value)
    for value in CountersignOutcome:
        assert labels.countersign_outcome(value) not in ("", value.value)
    shown = [labels.export_status(value) for value in ExportStatus]
    assert "" not in shown and not set(shown) & {v.value for v in ExportStatus}
    assert len(set(shown)) == len(shown)  # one label per state, none shared
    for kind in (BundleError.CONFLICT, BundleError.REQUEUED):
        assert labels.bundle_state(ExportStatus.FAILED, kind) not in shown
    assert labels.bundle_state(ExportStatus.AWAITING_RECEIPT, None) == "Sent, waiting for receipt"
    for kind in (AuditKind.FINALISED, AuditKind.AMENDED, AuditKind.SENT, AuditKind.QUEUED):
        assert labels.audit_kind(kind) != kind.value
    assert labels.outcome("a-newer-word") == "a-newer-word"  # unknown: shown as stored


def test_the_records_table_filters_and_record_screen_agree(qtbot, vault) -> None:
    ids = add_records(vault, 2)  # a "share" record and a "do_not_share" one
    vault.set_export_status(ids[0], ExportStatus.AWAITING_RECEIPT, AuditKind.SENT)
    screen = make_screen(qtbot, vault)
    model = screen.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    outcome_col, export_col = headers.index("Outcome"), headers.index("Export status")
    seen = {}
    for row in range(2):
        record = vault.records.get(model.record_id(row))
        summary = next(s for s in vault.records.page(None, 0, 10) if s.id == record.id)
        outcome = model.data(model.index(row, outcome_col))
        assert outcome == labels.outcome(record.outcome) != record.outcome
        assert model.data(model.index(row, export_col)) == labels.export_status(
            summary.export_status)
        seen[record.id] = outcome
    assert seen[ids[0]] == "Shared" and seen[ids[1]] == "Not shared"
    assert model.data(model.index(_row(model, ids[0]), export_col)) == "Sent, waiting for receipt"

    ui = screen.ui
    outcomes = [(ui.outcome_filter.itemText(i), ui.outcome_filter.itemData(i))
                for i in range(1, ui.outcome_filter.count())]
    assert outcomes == [(labels.outcome(v), v) for v in OUTCOME_VALUES]
    statuses = [(ui.export_filter.itemText(i), ui.export_filter.itemData(i))
                for i in range(1, ui.export_filter.count())]
    assert statuses == [(labels.export_status(v), v) for v in EXPORT_STATUSES]
    assert "queued" not in [v for _, v in statuses] and "Queued" not in [t for t, _ in statuses]

    detail = RecordDetail(vault.records, ids[0], audit=vault.audit_events, author="Bea Lead")
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: "Sent, waiting for receipt" in detail.plain_text(), timeout=10_000)
    assert detail.ui.detail_title.text().endswith(seen[ids[0]])
    text = detail.plain_text()
    assert labels.audit_kind(AuditKind.FINALISED) in text
    assert "uploaded" not in text and "finalised" not in text


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _row(model, record_id: str) -> int:
    return next(r for r in range(model.rowCount()) if model.record_id(r) == record_id)
