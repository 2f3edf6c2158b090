"""Screen reads on workers (gui/tasks.py LatestQuery): a read overtaken by a newer one is dropped,
nothing read before a lock is shown after it, and the busy bar shows while a read runs. Real
worker threads and a real vault; the worker is held at the vault's reads (reads_held), never by sleeping.
"""

from __future__ import annotations

import threading

from records_kit import add_records

from sharedesk.gui.screens.records import RecordsScreen
from sharedesk.gui.tasks import LatestQuery, TaskRunner


def test_the_older_of_two_reads_is_dropped_whichever_ends_last(qtbot) -> None:
    runner = TaskRunner()
    reads = LatestQuery(runner)
    first_may_end = threading.Event()
    shown: list[str] = []
    busy: list[bool] = []
    reads.busy_did_change.connect(busy.append)

    def slow() -> str:
        first_may_end.wait(10)
        return "first"

    reads.submit(slow, shown.append, lambda exc: shown.append(repr(exc)))
    reads.submit(lambda: "second", shown.append, lambda exc: shown.append(repr(exc)))
    qtbot.waitUntil(lambda: shown == ["second"])
    assert reads.busy is False and busy == [True, False]
    first_may_end.set()  # the first now ends, after the second was shown
    runner.wait()
    qtbot.wait(50)  # let its queued result arrive, to be dropped
    assert shown == ["second"]
    assert not runner.busy  # a screen's reads never make the app's runner busy


def test_a_read_started_before_a_lock_is_not_shown_after_it(qtbot, vault) -> None:
    ids = add_records(vault, 3)
    runner = TaskRunner()
    screen = RecordsScreen(vault.records, runner=runner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3 and not screen.model.loading)
    with vault._h.reads_held():  # the worker waits at its first read, as behind a long write
        screen.model.refresh()
        assert screen.model.loading and screen.busy_bar.isVisible()
        screen.clear()  # what locking does
        assert not screen.busy_bar.isVisible()
    runner.wait()
    qtbot.wait(50)
    assert screen.model.rowCount() == 0  # the rows read for the old query never came back
    assert ids  # (they were there before the lock)


def test_typing_on_drops_the_earlier_search(qtbot, vault) -> None:
    add_records(vault, 4, word="routine")
    wanted = add_records(vault, 2, word="bruising")
    runner = TaskRunner()
    screen = RecordsScreen(vault.records, runner=runner)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.model.loading)
    with vault._h.reads_held():  # both searches wait, then end in either order
        screen.ui.search_edit.setText("routine")
        screen.apply_filters()
        screen.ui.search_edit.setText("bruising")
        screen.apply_filters()
    qtbot.waitUntil(lambda: not screen.model.loading)
    runner.wait()
    qtbot.wait(50)
    assert {screen.model.record_id(r) for r in range(screen.model.rowCount())} == set(wanted)


def test_shown_again_the_list_keeps_the_record_that_was_current(qtbot, vault) -> None:
    add_records(vault, 5)
    screen = RecordsScreen(vault.records, runner=TaskRunner())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5 and not screen.model.loading)
    screen.ui.records_table.selectRow(3)
    chosen = screen.model.record_id(3)
    added = add_records(vault, 1)  # meanwhile, a new record (it lists first)
    screen.hide()
    screen.show()  # shown again: read again
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6 and not screen.model.loading)
    assert screen.model.record_id(0) == added[0]
    assert screen.model.record_id(screen.ui.records_table.currentIndex().row()) == chosen
