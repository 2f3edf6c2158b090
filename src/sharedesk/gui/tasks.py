"""Slow work off the GUI thread, with the result or the error delivered back on it.

After Anki's operations layer: a screen calls ``runner.submit(fn, on_done, on_error)``; ``fn``
runs on a worker thread of a QThreadPool and must not touch widgets; ``on_done(result)`` or
``on_error(exc)`` then runs on the GUI thread (a queued signal from a QObject living there).
Used for unlocking and creating the vault (Argon2 takes a noticeable fraction of a second), for
exports, and (through ``LatestQuery``) for every query a screen runs on a key press or on being
shown, so the GUI thread only paints results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import isValid

from sharedesk.core import log


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them over."""

    did_finish = Signal(object)
    did_fail = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # any failure is delivered to the caller, never lost
            self._relay.did_fail.emit(exc)
        else:
            self._relay.did_finish.emit(result)


class TaskRunner(QObject):
    """Runs callables on a thread pool. Create and use on the GUI thread."""

    busy_did_change = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()
        # Finished relays are dropped on the next submit, not inside their own signal: deleting
        # a QObject from its own emission (or deleteLater on a parented one) crashes PySide.
        self._retired: list[_Relay] = []

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        self._retired.clear()
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: object) -> None:
            self._release(relay)
            on_done(result)

        def fail(exc: object) -> None:
            self._release(relay)
            log.event("gui.task_failed", kind=type(exc).__name__)
            on_error(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

        relay.did_finish.connect(finish)
        relay.did_fail.connect(fail)
        if len(self._relays) == 1:
            self.busy_did_change.emit(True)
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has run (tests and shutdown only; never in a slot)."""
        return bool(self._pool.waitForDone(msecs))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        self._retired.append(relay)
        if not self._relays:
            self.busy_did_change.emit(False)


class LatestQuery(QObject):
    """One view's queries: each ``submit`` supersedes the one before, whose result (or error) is
    then dropped when it arrives, so a slow early search never overwrites a later one, and
    ``cancel`` (on lock) makes sure no result read before the lock is shown after it.

    ``busy_did_change(True)`` when a query starts, ``(False)`` when the newest one has been
    delivered or cancelled: the screen shows its progress indication meanwhile. Without a runner
    the query runs inline, on the calling thread (scripts and tests of the pieces alone).
    Queries run on the given runner's thread pool but are not its tasks: a screen's read never
    makes the app's runner ``busy`` (the unlock screen waits for that to be idle).
    """

    busy_did_change = Signal(bool)

    def __init__(self, runner: TaskRunner | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Unparented: a read still running when its screen is deleted (dropped on lock) must
        # still find its runner when it ends; the closures below keep it alive until then.
        self._runner = None if runner is None else TaskRunner(runner.pool)
        self._generation = 0
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._set_busy(True)

        def deliver(callback: Callable[[Any], None], value: Any) -> None:
            if generation != self._generation or not isValid(self):
                return  # superseded, cancelled, or its screen is gone: dropped
            try:
                callback(value)
            finally:
                if generation == self._generation:  # the callback did not start another
                    self._set_busy(False)

        def done(result: Any) -> None:
            deliver(on_done, result)

        def fail(exc: BaseException) -> None:
            deliver(on_error, exc)

        if self._runner is None:
            try:
                result = fn()
            except Exception as exc:  # delivered like a worker's failure
                fail(exc)
            else:
                done(result)
            return
        self._runner.submit(fn, done, fail)

    def cancel(self) -> None:
        """Drop whatever is in flight (its result will not be delivered)."""
        self._generation += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_did_change.emit(busy)


def busy_bar(parent: QWidget, object_name: str, name: str) -> QProgressBar:
    """A hidden, indeterminate bar a screen shows while its query runs (``busy_did_change``).
    No text on it: the screen's status line says what is known."""
    bar = QProgressBar(parent)
    bar.setObjectName(object_name)
    bar.setAccessibleName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(bar.fontMetrics().height())
    bar.setVisible(False)
    return bar
