#!/usr/bin/env python3
"""Draw time against vault size (both axes log scale) from bench_scale.py tables, with Qt's
QPainter offscreen like bench/chart.py (matplotlib is not a dependency).

    .venv/bin/python bench/size_chart.py OUT.png AFTER.txt [BEFORE.txt]

Each table is the output of ``bench/bench_scale.py VAULT...``: a header line of sizes, then one
line per operation with a time in ms per size. One colour per operation; the optional BEFORE
table is drawn dashed. A line that grows with the slope of the grey diagonal is linear.
"""

from __future__ import annotations

import math
import os
import re
import sys
from itertools import pairwise
from pathlib import Path

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 1100, 640, 90, 330, 60, 60
COLOURS = ("#005eb8", "#d5281b", "#007f3b", "#ffb81c", "#330072", "#ae2573", "#00a499",
           "#425563", "#8a1538")


def parse(path: Path) -> tuple[list[int], dict[str, list[float | None]]]:
    """Sizes and, per operation, a time in ms per size (None where the cell is "-")."""
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    header = next(i for i, line in enumerate(lines) if line.startswith("operation"))
    sizes = [int(s.replace(",", "")) for s in lines[header].split()[1:]]
    rows: dict[str, list[float | None]] = {}
    for line in lines[header + 1:]:
        cells = re.findall(r"([0-9.]+)ms|(?<=\s)-(?=\s|$)", line[40:])
        if len(cells) == len(sizes):
            rows[line[:40].strip()] = [float(c) if c else None for c in cells]
    return sizes, rows


def draw(out: Path, after: Path, before: Path | None, title: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication([])
    tables = [(parse(after), Qt.PenStyle.SolidLine)]
    if before is not None:
        tables.append((parse(before), Qt.PenStyle.DashLine))
    sizes = sorted({n for (s, _), _ in tables for n in s})
    values = [v for (_, rows), _ in tables for vs in rows.values() for v in vs if v]
    x0, x1 = math.log10(min(sizes)) - 0.1, math.log10(max(sizes)) + 0.1
    y0, y1 = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def point(n: float, ms: float) -> QPointF:
        return QPointF(LEFT + plot_w * (math.log10(n) - x0) / (x1 - x0),
                       TOP + plot_h * (1 - (math.log10(max(ms, 10**y0)) - y0) / (y1 - y0)))

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans", 10)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(10, 8, WIDTH - 20, 22), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(font)
    painter.drawText(QRectF(10, 30, WIDTH - 20, 20), Qt.AlignmentFlag.AlignLeft,
                     "time per operation (ms, log) against records in the vault (log); "
                     "solid: now" + ("; dashed: before issue 13" if before else "")
                     + "; grey diagonal: linear growth")
    for exponent in range(y0, y1 + 1):
        y = point(sizes[0], 10.0**exponent).y()
        painter.setPen(QColor("#e0e0e0"))
        painter.drawLine(QPointF(LEFT, y), QPointF(LEFT + plot_w, y))
        painter.setPen(QColor("#505050"))
        label = f"{10.0**exponent:,.0f}" if exponent >= 0 else f"{10.0**exponent:g}"
        painter.drawText(QRectF(0, y - 8, LEFT - 8, 16), Qt.AlignmentFlag.AlignRight, label)
    for n in sizes:
        x = point(n, 10.0**y0).x()
        painter.setPen(QColor("#e0e0e0"))
        painter.drawLine(QPointF(x, TOP), QPointF(x, TOP + plot_h))
        painter.setPen(QColor("#505050"))
        painter.drawText(QRectF(x - 40, TOP + plot_h + 6, 80, 16), Qt.AlignmentFlag.AlignCenter,
                         f"{n:,}")
    painter.setPen(QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DotLine))  # slope 1: linear
    start = 10.0 ** (y0 + 0.3)
    painter.drawLine(point(sizes[0], start), point(sizes[-1], start * sizes[-1] / sizes[0]))
    names = list(tables[0][0][1])
    for i, name in enumerate(names):
        colour = QColor(COLOURS[i % len(COLOURS)])
        for (table_sizes, rows), style in tables:
            if name not in rows:
                continue
            painter.setPen(QPen(colour, 2.5 if style == Qt.PenStyle.SolidLine else 1.5, style))
            pts = [point(n, v) for n, v in zip(table_sizes, rows[name], strict=True) if v]
            for a, b in pairwise(pts):
                painter.drawLine(a, b)
            for p in pts:
                painter.drawEllipse(p, 3, 3)
        y = TOP + 10 + i * 22
        painter.fillRect(QRectF(WIDTH - RIGHT + 20, y + 4, 18, 6), colour)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(WIDTH - RIGHT + 44, y - 4, RIGHT - 50, 20),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.end()
    tmp = out.with_name(out.name + ".tmp")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"cannot write {out}")
    os.replace(tmp, out)
    del app


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    draw(Path(args[0]), Path(args[1]), Path(args[2]) if len(args) == 3 else None,
         "sharedesk: operations against vault size")
