"""Background sync: every few minutes while the vault is unlocked and a sync endpoint or folder
is configured, ``sync_now(explicit=False)`` runs on a worker (never on the GUI thread), so
bundles follow their backoff without anyone pressing "Sync now". Stopped on lock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sharedesk.core import log
from sharedesk.core.settings import Settings
from sharedesk.gui.tasks import TaskRunner

INTERVAL_MS = 5 * 60 * 1000  # modest: a retry is due minutes apart at the earliest anyway


class SyncRunner(QObject):
    sync_did_finish = Signal(object)  # SyncReport, on the GUI thread

    def __init__(self, runner: TaskRunner, settings: Settings,
                 flows: Callable[[], Mapping[str, Any]], *, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._settings, self._flows = runner, settings, flows
        self._vault: Any = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    @property
    def configured(self) -> bool:
        return bool(self._settings.get("sync.endpoint") or self._settings.get("sync.folder"))

    def start(self, vault: Any) -> None:
        self._vault = vault
        if self.configured:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._vault = None

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def tick(self) -> None:
        """One automatic sync on a worker, unless one is already running or we are locked."""
        vault = self._vault
        if vault is None or self._running or not self.configured:
            return
        from sharedesk.core.sync.service import sync_now

        settings, flows = self._settings.snapshot(), self._flows()
        self._running = True
        self._runner.submit(lambda: sync_now(vault, settings, flows, explicit=False),
                            self._on_done, self._on_error)

    def _on_done(self, report: Any) -> None:
        self._running = False
        self.sync_did_finish.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self._running = False  # the next tick tries again; the outbox keeps the bookkeeping
        log.event("gui.background_sync_failed", kind=type(exc).__name__)
