"""Issue 13: the records table counts no further than its cap (a vault of a million records is
not walked when the filter changes) and loads more by keyset; the status line says "more than"."""

from __future__ import annotations

from records_kit import add_records

from sharedesk.core.records.query import RecordQuery
from sharedesk.gui.models.records_model import RecordsTableModel


def test_total_over_the_cap_is_learnt_by_scrolling(qtbot, vault) -> None:
    ids = add_records(vault, 12)
    model = RecordsTableModel(vault.records, page_size=5, count_cap=7)
    model.set_query(RecordQuery())
    assert model.total is None and model.at_least == 7 and model.rowCount() == 5
    while model.canFetchMore():
        model.fetchMore()
    assert model.total == model.rowCount() == 12
    assert [model.record_id(r) for r in range(12)] == list(reversed(ids))
    model.set_query(RecordQuery(outcome="share"))
    assert model.total == 6  # under the cap: exact


def test_status_line_names_the_cap(qtbot, vault) -> None:
    from sharedesk.gui.screens.records import RecordsScreen

    add_records(vault, 12)
    screen = RecordsScreen(vault.records)
    qtbot.addWidget(screen)
    screen.model._count_cap = 7
    screen.model._page_size = 5
    screen.apply_filters()
    assert "More than 7 records" in screen.ui.status_label.text()
