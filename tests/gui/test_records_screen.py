"""The records screen over a real vault: lazy paging, search, filters, opening a record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from records_kit import add_records, make_screen

from sharedesk.gui.models.records_model import PAGE_SIZE
from sharedesk.gui.screens.records import search_words


def test_table_pages_lazily(qtbot, vault) -> None:
    add_records(vault, PAGE_SIZE * 2 + 30)
    screen = make_screen(qtbot, vault)
    model = screen.model
    assert model.total == PAGE_SIZE * 2 + 30
    assert model.rowCount() == PAGE_SIZE  # count + first page only
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2
    screen.ui.records_table.scrollToBottom()  # the view asks for the rest as it scrolls
    qtbot.waitUntil(lambda: model.rowCount() == model.total)
    assert not model.canFetchMore()
    assert "230 records" in screen.ui.status_label.text()
    # A search is not counted up front (that would walk every match): the total is learnt
    # by paging, and the status says there are more.
    screen.ui.search_edit.setText("routine")
    screen.apply_filters()
    assert model.rowCount() == PAGE_SIZE and model.total is None
    assert "More than 100 records match" in screen.ui.status_label.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.total == model.rowCount() == PAGE_SIZE * 2 + 30


def test_the_word_being_typed_is_a_prefix() -> None:
    assert search_words("bruis") == "bruis*"
    assert search_words("school bruis") == "school bruis*"
    assert search_words("school ") == "school "  # a finished word stays whole
    assert search_words("br") == "br"  # too short to be worth a prefix scan
    assert search_words("") == ""


def test_search_filters_after_typing_pauses(qtbot, vault) -> None:
    add_records(vault, 6, word="routine")
    wanted = add_records(vault, 3, word="bruising")
    screen = make_screen(qtbot, vault)
    assert screen.model.total == 9
    QTest.keyClicks(screen.ui.search_edit, "bruis")
    assert screen.model.total == 9  # nothing is queried per keystroke
    qtbot.waitUntil(lambda: screen.model.total == 3)
    shown = {screen.model.record_id(row) for row in range(screen.model.rowCount())}
    assert shown == set(wanted)
    screen.ui.search_edit.setText("nothing-like-this")
    qtbot.waitUntil(lambda: screen.model.total == 0)
    assert screen.ui.status_label.text() == "No records match."
    screen.ui.clear_filters_button.click()
    assert screen.model.total == 9 and screen.ui.search_edit.text() == ""


def test_outcome_export_and_date_filters(qtbot, vault) -> None:
    ids = add_records(vault, 6, outcome_every=3)  # 2 share, 4 do not share
    vault.set_export_status(ids[0], "exported")
    screen = make_screen(qtbot, vault)
    ui = screen.ui
    ui.outcome_filter.setCurrentIndex(ui.outcome_filter.findData("share"))
    assert screen.model.total == 2
    ui.outcome_filter.setCurrentIndex(ui.outcome_filter.findData("do_not_share"))
    assert screen.model.total == 4
    ui.outcome_filter.setCurrentIndex(0)
    ui.export_filter.setCurrentIndex(ui.export_filter.findData("exported"))
    assert screen.model.total == 1 and screen.model.record_id(0) == ids[0]
    ui.export_filter.setCurrentIndex(0)
    tomorrow = date.today() + timedelta(days=2)
    ui.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert screen.model.total == 0
    ui.date_to.setDate(QDate(2020, 1, 1))  # start after end: a clear message, rows unchanged
    assert "start date is after the end date" in ui.status_label.text()
    ui.date_from.setDate(QDate(2001, 1, 1))
    assert screen.model.total == 0  # created today, after the end date
    ui.date_to.setDate(ui.date_to.minimumDate())  # "Any"
    assert screen.model.total == 6


def test_opening_a_record_by_button_and_enter(qtbot, vault) -> None:
    ids = add_records(vault, 3)
    screen = make_screen(qtbot, vault)
    table = screen.ui.records_table
    table.selectRow(1)
    with qtbot.waitSignal(screen.record_did_open) as blocker:
        screen.ui.open_button.click()
    assert blocker.args == [screen.model.record_id(1)]
    assert blocker.args[0] in ids
    with qtbot.waitActive(screen):
        screen.activateWindow()
    table.setFocus()
    table.selectRow(2)
    with qtbot.waitSignal(screen.record_did_open) as blocker:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [screen.model.record_id(2)]


def test_clear_forgets_rows_and_search(qtbot, vault) -> None:
    add_records(vault, 3)
    screen = make_screen(qtbot, vault)
    screen.ui.search_edit.setText("routine")
    screen.clear()
    assert screen.model.rowCount() == 0 and screen.ui.search_edit.text() == ""


def test_tab_moves_on_from_the_date_filters(qtbot, vault) -> None:
    screen = make_screen(qtbot, vault)
    with qtbot.waitActive(screen):
        screen.activateWindow()
    screen.ui.date_from.setFocus()
    QTest.keyClick(screen.ui.date_from, Qt.Key.Key_Tab)
    assert screen.ui.date_to.hasFocus()
    QTest.keyClick(screen.ui.date_to, Qt.Key.Key_Tab)
    assert screen.ui.clear_filters_button.hasFocus()
    QTest.keyClick(screen.ui.clear_filters_button, Qt.Key.Key_Backtab)
    assert screen.ui.date_to.hasFocus()
    QTest.keyClick(screen.ui.date_to, Qt.Key.Key_Up)  # arrows still change the date
    assert screen.ui.date_to.date() != screen.ui.date_to.minimumDate()
