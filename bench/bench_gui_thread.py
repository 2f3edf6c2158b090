"""How long the GUI thread is busy for each action a key press or a screen change triggers
(issue 12 Performance, issue 13): at 2,000 and at 100,000 records (200 and 2,000 with --quick).

Real screens over real vaults (bench/make_vault.py, or v2k/v100k from BENCH_VAULT_DIR) with the
app's task runner: Home shown, the Outbox's full status, a search, an outcome filter, the next
page of the list, a record opened, the manager's Team overview. For each, the GUI thread's
longest uninterrupted stretch of work: the trigger itself (the slot a key press runs) or any
single slice of event processing until the result is shown (between ticks of a 0 ms timer,
which runs whenever the event loop is idle; paints included), as the GUI thread's CPU time
(``time.thread_time``: work, not waiting for the worker to release the GIL). Each is a ratio
against one 60 Hz frame, 16 ms (target 1.0). The note gives the longest wall-clock stall, and at
the large size the same action with every read on the GUI thread (no runner: how the screens
worked before). A last line per size times a small vault write made on the GUI thread (a draft
saved, as on leaving a decision) 20 ms into the Team overview's read on a worker (about 0.45 s
at 100,000 records): workers read on read-only connections (vault/db.py), so the write does not
wait for the read (with one connection it waited for all of it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.common import Result

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication here
FRAME_S = 0.016
TIMEOUT_S = 120.0


def _busy_time(app: Any, trigger: Callable[[], object],
               loading: Callable[[], bool]) -> tuple[float, float]:
    """(work, stall): the most CPU time the GUI thread spent in one stretch without returning
    to its event loop, from the trigger until ``loading()`` is false, and the longest such
    stretch in wall time (which also counts waiting for the worker to let go of the GIL)."""
    from PySide6.QtCore import QEventLoop, QTimer

    start, cpu = time.perf_counter(), time.thread_time()
    trigger()
    stall, work = time.perf_counter() - start, time.thread_time() - cpu
    loop = QEventLoop()
    tick = QTimer()
    tick.setInterval(0)
    last = [time.perf_counter(), time.thread_time()]
    deadline = last[0] + TIMEOUT_S

    def on_tick() -> None:
        nonlocal stall, work
        now, now_cpu = time.perf_counter(), time.thread_time()
        stall, work = max(stall, now - last[0]), max(work, now_cpu - last[1])
        last[:] = [now, now_cpu]
        if not loading() or now > deadline:
            loop.quit()

    tick.timeout.connect(on_tick)
    tick.start()
    loop.exec()
    tick.stop()
    app.processEvents()
    return work, stall


class Desk:
    """The screens over one open vault, reading through ``runner`` (None: on the GUI thread)."""

    def __init__(self, vault: Any, path: Path, runner: Any) -> None:
        from sharedesk.core.records.query import RecordQuery
        from sharedesk.core.settings import Settings
        from sharedesk.gui.screens.home import HomeScreen
        from sharedesk.gui.screens.outbox import OutboxScreen
        from sharedesk.gui.screens.records import RecordsScreen
        from sharedesk.gui.screens.team_overview import TeamOverviewScreen
        from sharedesk.gui.tasks import LatestQuery, TaskRunner
        from sharedesk.gui.vault_access import VaultAccess

        self.vault, self.runner = vault, runner
        settings = Settings()
        self.access = VaultAccess(path, settings)
        self.access.attach(vault)
        self.home = HomeScreen(self.access.flow_choices(),
                               short_names=self.access.flow_short_names())
        self.home.read_with(self.access.home_summary, runner)
        self.outbox = OutboxScreen(runner or TaskRunner(), vault, settings, self.access.flows)
        if runner is None:  # its reads inline, as before (Sync now, unused here, keeps one)
            self.outbox._reads = LatestQuery(None, self.outbox)
        self.records = RecordsScreen(vault.records, runner=runner)
        self.overview = TeamOverviewScreen(vault, date.today(), runner=runner)
        for screen in (self.home, self.outbox, self.records, self.overview):
            screen.resize(1280, 800)
            screen.show()
        self.ids = [s.id for s in vault.records.page(RecordQuery(status="final"), 0, 50)]
        self.opened = 0
        self.detail: Any = None

    def settle(self, app: Any) -> None:
        for loading in (lambda: self.home.loading, lambda: self.outbox.loading,
                        lambda: self.records.model.loading, lambda: self.overview.loading):
            _busy_time(app, lambda: None, loading)

    def actions(self) -> dict[str, tuple[Callable[[], object], Callable[[], bool]]]:
        records = self.records
        outcomes = records.ui.outcome_filter

        def search() -> None:
            word = ("school", "bruising", "attendance")[self.opened % 3]
            self.opened += 1
            records.ui.search_edit.setText(word)  # the key press: restarts the debounce timer
            records.apply_filters()  # what the timer then runs

        def outcome() -> None:
            records.ui.search_edit.blockSignals(True)
            records.ui.search_edit.clear()
            records.ui.search_edit.blockSignals(False)
            outcomes.setCurrentIndex(1 + (outcomes.currentIndex() % (outcomes.count() - 1)))

        def record() -> None:
            from sharedesk.gui.screens.record_detail import RecordDetail

            if self.detail is not None:
                self.detail.close()
                self.detail.deleteLater()
            self.opened += 1
            self.detail = RecordDetail(self.vault.records, self.ids[self.opened % len(self.ids)],
                                       audit=self.vault.audit_events, runner=self.runner)
            self.detail.resize(1280, 800)
            self.detail.show()

        return {
            "Home shown": (self.home.reload, lambda: self.home.loading),
            "Outbox status": (self.outbox.refresh, lambda: self.outbox.loading),
            "search": (search, lambda: records.model.loading),
            "outcome filter": (outcome, lambda: records.model.loading),
            "load more": (records.model.fetchMore, lambda: records.model.loading),
            "record opened": (record, lambda: self.detail is not None and self.detail.loading),
            "Team overview": (self.overview.refresh, lambda: self.overview.loading),
        }


def _measure(app: Any, desk: Desk, rounds: int) -> dict[str, tuple[float, float]]:
    """Per action, the median (work, stall) over ``rounds``."""
    desk.settle(app)
    out = {}
    for name, (trigger, loading) in desk.actions().items():
        times = [_busy_time(app, trigger, loading) for _ in range(rounds)]
        out[name] = (statistics.median(t[0] for t in times),
                     statistics.median(t[1] for t in times))
    return out


def _wait_behind(app: Any, desk: Desk, rounds: int) -> float:
    """Median wall time of a draft saved on the GUI thread (what leaving a decision does) 20 ms
    into the Team overview's read on a worker."""
    waits = []
    for _ in range(rounds):
        desk.overview.refresh()
        time.sleep(0.02)  # the worker has begun its read
        start = time.perf_counter()
        draft = desk.vault.records.save_draft(None, {"flow": "england-2018", "moves": []})
        waits.append(time.perf_counter() - start)
        _busy_time(app, lambda: None, lambda: desk.overview.loading)
        desk.vault.records.delete_draft(draft)
    return statistics.median(waits)


def run(quick: bool) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from bench.bench_scale import PASS, _label, build, vault_for
    from sharedesk.core.vault import Vault
    from sharedesk.gui.tasks import TaskRunner

    n_small, n_large = (200, 2_000) if quick else (
        2_000, int(os.environ.get("BENCH_SCALE_RECORDS", "100000")))
    tmp = Path(tempfile.mkdtemp(prefix="sharedesk-gui-thread-"))
    os.environ.setdefault("SHAREDESK_HOME", str(tmp / "home"))
    os.environ["SHAREDESK_PASSPHRASE"] = PASS
    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    rounds = 3 if quick else 5
    results: list[Result] = []
    paths = {}
    before: dict[str, tuple[float, float]] = {}
    measured: dict[int, dict[str, tuple[float, float]]] = {}
    waited: dict[int, float] = {}
    try:
        for n in (n_small, n_large):
            paths[n] = vault_for(n, tmp)
            if not paths[n].exists():
                build(paths[n], n)
        for n in (n_small, n_large):
            with Vault.open(paths[n], PASS) as vault:
                desk = Desk(vault, paths[n], runner)
                measured[n] = _measure(app, desk, rounds)
                waited[n] = _wait_behind(app, desk, rounds)
                if n == n_large:
                    before = _measure(app, Desk(vault, paths[n], None), 1 if quick else 3)
                runner.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for n, worker in measured.items():
        for name, (work, stall) in worker.items():
            note = f"longest stall {stall * 1000:.1f} ms"
            if n == n_large:
                note += (f"; with every read on the GUI thread: work {before[name][0] * 1000:.1f}"
                         f" ms, stall {before[name][1] * 1000:.1f} ms")
            results.append(Result(f"gui thread: {name} at {_label(n)}", work, FRAME_S, 1.0,
                                  note=note))
        results.append(Result(f"gui thread: draft saved during a read at {_label(n)}",
                              waited[n], FRAME_S, 1.0,
                              note="wall time, a durable commit, 20 ms into the Team "
                                   "overview's read on a worker"))
    return results


if __name__ == "__main__":
    import sys

    for result in run("--quick" in sys.argv):
        print(result.line(), result.note)
