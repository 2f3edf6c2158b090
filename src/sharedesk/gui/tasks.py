"""Slow work off the GUI thread, with the result or the error delivered back on it.

After Anki's operations layer: a screen calls ``runner.submit(fn, on_done, on_error)``; ``fn``
runs on a worker thread of a QThreadPool and must not touch widgets; ``on_done(result)`` or
``on_error(exc)`` then runs on the GUI thread (a queued signal from a QObject living there).
Used for unlocking and creating the vault (Argon2 takes a noticeable fraction of a second) and
for exports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
