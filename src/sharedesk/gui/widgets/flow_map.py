"""A map of the flowchart drawn from the flow data: where you are and the path you took.

The layout (nodes by depth from the start) is computed once per flow; moving between questions
only changes two small sets and schedules a repaint, so it costs nothing measurable. Colours come
from the widget's palette so the high-contrast theme applies without special cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sharedesk.core.flow.model import Flow, NodeKind
from sharedesk.gui.widgets.roles import set_accessible_role

_BOX_W = 120.0
_GAP_X = 16.0
_GAP_Y = 12.0
_MARGIN = 8.0
_MAX_COLS = 3  # wider levels wrap onto extra rows so labels stay readable in a narrow column


@dataclass(frozen=True)
class _Box:
    node_id: str
    title: str
    kind: NodeKind
    row: int
    column: int


def layout_depths(flow: Flow) -> dict[str, int]:
    """Depth of each node: breadth-first distance from the start over static edges.

    Advice nodes return to the question that led there, so they sit one level below it; nodes
    unreachable by static edges (none in a valid flow) go below the rest.
    """
    depth = {flow.start: 0}
    queue = [flow.start]
    while queue:
        node_id = queue.pop(0)
        for target in flow.nodes[node_id].targets():
            if target in flow.nodes and target not in depth:
                depth[target] = depth[node_id] + 1
                queue.append(target)
    bottom = max(depth.values(), default=0) + 1
    for node_id in flow.nodes:
        depth.setdefault(node_id, bottom)
    # Outcomes share one row below every other step, so the endings read side by side.
    steps = [d for n, d in depth.items() if flow.nodes[n].kind is not NodeKind.OUTCOME]
    last = max(steps, default=0) + 1
    for node_id, node in flow.nodes.items():
        if node.kind is NodeKind.OUTCOME:
            depth[node_id] = last
    return depth


class FlowMap(QWidget):
    """Read-only flowchart. ``set_flow`` once, then ``set_position`` on every move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flow_map")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Flowchart map"))
        set_accessible_role(self, QAccessible.Role.Chart)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._flow: Flow | None = None
        self._boxes: dict[str, _Box] = {}
        self._rows = 0
        self._cols = 0
        self._current = ""
        self._path: tuple[str, ...] = ()
        self._box_h: float | None = None
        self._update_description()

    # -- data ----------------------------------------------------------------------------------
    def set_flow(self, flow: Flow) -> None:
        self._flow = flow
        self._box_h = None
        depths = layout_depths(flow)
        rows: dict[int, list[str]] = {}
        for node_id in flow.nodes:
            rows.setdefault(depths[node_id], []).append(node_id)
        self._boxes = {}
        row = 0
        for depth in sorted(rows):
            ids = rows[depth]
            for start in range(0, len(ids), _MAX_COLS):
                for column, node_id in enumerate(ids[start:start + _MAX_COLS]):
                    node = flow.nodes[node_id]
                    self._boxes[node_id] = _Box(node_id, node.title, node.kind, row, column)
                row += 1
        self._rows = row
        self._cols = min(_MAX_COLS, max((len(ids) for ids in rows.values()), default=1))
        self.updateGeometry()
        self.set_position(flow.start, ())

    def set_position(self, current: str, path: Sequence[str]) -> None:
        """Highlight ``current`` and mark ``path`` (node ids already passed, in order)."""
        self._current = current
        self._path = tuple(path)
        self._update_description()
        self.update()

    @property
    def current(self) -> str:
        return self._current

    @property
    def path(self) -> tuple[str, ...]:
        return self._path

    def _title(self, node_id: str) -> str:
        box = self._boxes.get(node_id)
        return box.title if box else node_id

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.text_alternative())
        self.setToolTip(self.accessibleDescription())

    def text_alternative(self) -> str:
        """The map in words: where you are and each step taken, in order, with its number."""
        if not self._boxes:
            return self.tr("No flowchart loaded.")
        steps = "; ".join(f"{n}. {self._title(node)}" for n, node in enumerate(self._path, 1))
        return (self.tr("Flowchart with %1 steps. You are at: %2. Steps taken so far: %3.")
                .replace("%1", str(len(self._boxes))).replace("%2", self._title(self._current))
                .replace("%3", steps or self.tr("none yet")))

    # -- geometry ------------------------------------------------------------------------------
    def _box_height(self) -> float:
        if self._box_h is None:
            self._box_h = self._measure_box_height()
        return self._box_h

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._box_h = None  # text size changed: measure again
            self.updateGeometry()
        super().changeEvent(event)

    def _measure_box_height(self) -> float:
        """Tall enough for the longest title (with its tick) wrapped at the box width, up to
        three lines; computed from the font so larger text grows the boxes."""
        metrics = QFontMetrics(self.font())
        width = int(self._box_width()) - 8
        lines = 2
        for box in self._boxes.values():
            rect = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap),
                                        "\u2713 " + box.title)
            lines = max(lines, min(3, round(rect.height() / metrics.lineSpacing())))
        return metrics.lineSpacing() * lines + 8.0

    def _box_width(self) -> float:
        return max(_BOX_W, QFontMetrics(self.font()).averageCharWidth() * 20.0)

    def sizeHint(self) -> QSize:
        w = _MARGIN * 2 + self._cols * self._box_width() + (self._cols - 1) * _GAP_X
        h = _MARGIN * 2 + self._rows * self._box_height() + (self._rows - 1) * _GAP_Y
        return QSize(int(w), int(h))

    def minimumSizeHint(self) -> QSize:
        rows = max(self._rows, 1)
        return QSize(160, int(2 * _MARGIN + rows * (self._box_height() + 4)))

    def _rect(self, box: _Box) -> QRectF:
        cols = max(self._cols, 1)
        avail_w = max(self.width() - 2 * _MARGIN, 1.0)
        box_w = min(self._box_width(), (avail_w - (cols - 1) * _GAP_X) / cols)
        box_h = self._box_height()
        row_h = max((self.height() - 2 * _MARGIN) / max(self._rows, 1), box_h + _GAP_Y)
        in_row = sum(1 for b in self._boxes.values() if b.row == box.row)
        row_w = in_row * box_w + (in_row - 1) * _GAP_X
        x = _MARGIN + (avail_w - row_w) / 2 + box.column * (box_w + _GAP_X)
        y = _MARGIN + box.row * row_h + (row_h - box_h) / 2
        return QRectF(x, y, box_w, box_h)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._flow is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rects = {node_id: self._rect(box) for node_id, box in self._boxes.items()}
        taken_edges = set(zip(self._path, (*self._path[1:], self._current), strict=False))
        self._paint_edges(painter, pal, rects, taken_edges)
        visited = set(self._path)
        for node_id, rect in rects.items():
            self._paint_box(painter, pal, node_id, rect, visited)
        if self.hasFocus():  # keyboard users must see where focus is, here as everywhere
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()

    def _paint_edges(self, painter: QPainter, pal: QPalette, rects: dict[str, QRectF],
                     taken: set[tuple[str, str]]) -> None:
        assert self._flow is not None
        for node_id, node in self._flow.nodes.items():
            for target in node.targets():
                if target not in rects:
                    continue
                on_path = (node_id, target) in taken
                colour = pal.color(QPalette.ColorRole.Highlight if on_path
                                   else QPalette.ColorRole.Mid)
                painter.setPen(QPen(colour, 3.0 if on_path else 1.0,
                                    Qt.PenStyle.SolidLine if on_path else Qt.PenStyle.DashLine))
                a, b = rects[node_id], rects[target]
                start = QPointF(a.center().x(), a.bottom())
                end = QPointF(b.center().x(), b.top())
                if b.top() <= a.top():  # an edge upwards or sideways: leave from the side
                    start = QPointF(a.right(), a.center().y())
                    end = QPointF(b.right(), b.center().y())
                painter.drawLine(start, end)

    def _paint_box(self, painter: QPainter, pal: QPalette, node_id: str, rect: QRectF,
                   visited: set[str]) -> None:
        box = self._boxes[node_id]
        is_current = node_id == self._current
        if is_current:
            fill, text, width = (pal.color(QPalette.ColorRole.Highlight),
                                 pal.color(QPalette.ColorRole.HighlightedText), 3.0)
        elif node_id in visited:
            fill, text, width = (pal.color(QPalette.ColorRole.AlternateBase),
                                 pal.color(QPalette.ColorRole.Text), 2.5)
        else:
            fill, text, width = (pal.color(QPalette.ColorRole.Base),
                                 pal.color(QPalette.ColorRole.Text), 1.0)
        border = pal.color(QPalette.ColorRole.Highlight if node_id in visited or is_current
                           else QPalette.ColorRole.Text)
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        radius = 12.0 if box.kind is NodeKind.OUTCOME else 4.0
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text)
        inner = rect.adjusted(4, 2, -4, -2)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                         self.box_label(node_id, inner, visited))

    def box_label(self, node_id: str, inner: QRectF, visited: set[str] | None = None) -> str:
        """The title as drawn in ``inner``: whole if it fits, else cut at a word with "…" so
        no line is clipped (the full titles are in the accessible description and tooltip)."""
        box = self._boxes[node_id]
        ticked = node_id in (visited if visited is not None else set(self._path))
        prefix = "\u2713 " if ticked and node_id != self._current else ""  # not by colour alone
        metrics = QFontMetrics(self.font())
        flags = int(Qt.TextFlag.TextWordWrap)
        words = box.title.split()
        for count in range(len(words), 0, -1):
            label = prefix + " ".join(words[:count]) + ("" if count == len(words) else "\u2026")
            need = metrics.boundingRect(0, 0, int(inner.width()), 10_000, flags, label)
            if need.height() <= inner.height() and need.width() <= inner.width():
                return label
        return prefix + metrics.elidedText(box.title, Qt.TextElideMode.ElideRight,
                                           int(inner.width()))
