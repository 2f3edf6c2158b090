"""Copies from record views, cleared from the clipboard after the set number of seconds.

Record screens call ``ClipboardGuard.copy(text)`` instead of touching QClipboard. The guard clears
the clipboard when the time is up, but only if it still holds what we put there (the user may have
copied something else meanwhile), and also when the vault locks or the app quits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    clipboard_did_clear = Signal()

    def __init__(self, seconds: int = 30, *, second_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = seconds
        self._second_ms = second_ms  # tests shorten the second instead of waiting
        self._owned: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_seconds(self, seconds: int) -> None:
        self._seconds = max(1, int(seconds))

    @property
    def pending(self) -> bool:
        return self._owned is not None

    def copy(self, text: str) -> None:
        self._clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._owned = text
        self._timer.start(self._seconds * self._second_ms)

    def clear(self) -> None:
        """Clear now if the clipboard still holds our copy (also called on lock and quit)."""
        self._timer.stop()
        if self._owned is None:
            return
        board = self._clipboard()
        if board.text(QClipboard.Mode.Clipboard) == self._owned:
            board.clear(QClipboard.Mode.Clipboard)
        self._owned = None
        self.clipboard_did_clear.emit()

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()
