"""Keep a column of text and fields to a readable width that follows the text size.

Full-width fields on a wide screen are hard to scan (GOV.UK keeps forms to about two thirds of
the page). The limit is counted in characters of the widget's current font, so at 200% text the
column widens with the text instead of clipping or wrapping every few words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

READABLE_CHARS = 110


class ReadableWidth(QObject):
    def __init__(self, widget: QWidget, chars: int = READABLE_CHARS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._chars = chars
        widget.installEventFilter(self)
        self.update()

    def update(self) -> None:
        metrics = self._widget.fontMetrics()
        self._widget.setMaximumWidth(metrics.averageCharWidth() * self._chars)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.update()
        return False


def limit_width(widget: QWidget, chars: int = READABLE_CHARS) -> ReadableWidth:
    return ReadableWidth(widget, chars)
