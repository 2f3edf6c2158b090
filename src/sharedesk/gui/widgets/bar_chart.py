"""A horizontal bar chart drawn with QPainter: one bar per (label, count), each a figure that
opens the records behind it.

Keyboard: the chart takes focus (Tab), Up/Down move between bars, Enter or Space opens the
current one; a click opens the bar under the pointer. Colours come from the palette, so the
high-contrast theme applies. The accessible description lists every bar's label and count.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    bar_did_activate = Signal(str)  # the bar's key

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.title = title
        self.bars: list[tuple[str, str, int]] = []  # key, label, count
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[tuple[str, str, int]]) -> None:
        self.bars = list(bars)
        self.current = min(self.current, max(len(self.bars) - 1, 0))
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for _, label, n in self.bars))
        self.updateGeometry()
        self.update()

    def _row(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(360, self._row() * (len(self.bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._row() * (len(self.bars) + 1) + 8)

    def _bar_rects(self) -> list[tuple[QRect, QRect]]:
        """(label area, bar area) for each bar."""
        row, width = self._row(), self.width()
        label_w = min(max((self.fontMetrics().horizontalAdvance(b[1]) for b in self.bars),
                          default=0) + 12, width // 2)
        top = row + 4
        most = max((b[2] for b in self.bars), default=0) or 1
        out = []
        for i, (_, _, count) in enumerate(self.bars):
            y = top + i * row
            room = width - label_w - 60
            out.append((QRect(4, y, label_w - 8, row - 4),
                        QRect(label_w, y + 2, max(int(room * count / most), 2), row - 8)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRect(4, 0, self.width() - 8, self._row()), Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.setFont(self.font())
        for i, (label_rect, bar) in enumerate(self._bar_rects()):
            _, label, count = self.bars[i]
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                     label_rect.width()))
            p.fillRect(bar, pal.color(QPalette.ColorRole.Highlight))
            p.drawText(bar.right() + 6, bar.top(), 60, bar.height(),
                       Qt.AlignmentFlag.AlignVCenter, str(count))
            if i == self.current and self.hasFocus():
                pen = QPen(pal.color(QPalette.ColorRole.WindowText), 2, Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawRect(label_rect.left(), bar.top() - 3, self.width() - 10, bar.height() + 6)
        p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and self.bars:
            self.current = min(self.current + 1, len(self.bars) - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and self.bars:
            self.current = max(self.current - 1, 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.bars:
            self.bar_did_activate.emit(self.bars[self.current][0])
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        y = event.position().toPoint().y()
        for i, (label_rect, bar) in enumerate(self._bar_rects()):
            if label_rect.top() <= y <= label_rect.bottom() or bar.top() <= y <= bar.bottom():
                self.current = i
                self.update()
                self.bar_did_activate.emit(self.bars[i][0])
                return
        super().mousePressEvent(event)
