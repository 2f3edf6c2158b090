"""Draw benchmark ratios against their targets as a PNG, with Qt's QPainter (offscreen).

One row per result: a bar for the ratio (green within target, red over), a black tick at the
target. The axis is linear from 0 and shared by all rows so bars compare at a glance; a ratio
beyond the axis is drawn to the edge with its value printed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from bench.common import Result

WIDTH, ROW, TOP, LEFT, RIGHT = 1100, 34, 70, 380, 170


def draw_chart(results: Sequence[Result], path: Path, *, title: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts need an application
    height = TOP + ROW * max(len(results), 1) + 50
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    finite = [r.ratio for r in results if r.ratio != float("inf")]
    axis = max([1.0, *finite, *(r.target for r in results)]) * 1.1
    axis = min(axis, 4 * max([1.0, *(r.target for r in results)]))
    plot = WIDTH - LEFT - RIGHT

    def x_of(value: float) -> float:
        return LEFT + plot * min(value, axis) / axis

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans", 10)
    painter.setFont(font)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(10, 8, WIDTH - 20, 24), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(font)
    painter.drawText(QRectF(10, 32, WIDTH - 20, 20), Qt.AlignmentFlag.AlignLeft,
                     "ratio = measured / baseline measured in the same run; "
                     "black tick = target (highest acceptable ratio)")
    grid = QPen(QColor("#d0d0d0"))
    steps = max(1, int(axis))
    for i in range(steps + 1):
        painter.setPen(grid)
        painter.drawLine(int(x_of(i)), TOP - 6, int(x_of(i)), height - 40)
        painter.setPen(QColor("#505050"))
        painter.drawText(QRectF(x_of(i) - 20, height - 36, 40, 16),
                         Qt.AlignmentFlag.AlignCenter, f"{i}x")
    for row, result in enumerate(results):
        y = TOP + row * ROW
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(10, y, LEFT - 20, ROW - 8),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, result.name)
        colour = QColor("#007f3b") if result.ok else QColor("#d5281b")
        painter.fillRect(QRectF(LEFT, y + 4, x_of(result.ratio) - LEFT, ROW - 16), colour)
        painter.setPen(QPen(QColor("black"), 3))
        tx = x_of(result.target)
        painter.drawLine(int(tx), y, int(tx), y + ROW - 8)
        verdict = "ok" if result.ok else "OVER"
        painter.drawText(QRectF(WIDTH - RIGHT + 8, y, RIGHT - 10, ROW - 8),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{result.ratio:.2f} / {result.target:g}  {verdict}")
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"cannot write {path}")
    os.replace(tmp, path)
    del app
