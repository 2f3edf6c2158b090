"""The flowchart map: laid out from the flow data, current node painted, path described in text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette

from sharedesk.core.flow import Session, list_flows, load_flow_by_id
from sharedesk.core.flow.model import NodeKind
from sharedesk.gui.widgets.flow_map import FlowMap, layout_depths


@pytest.mark.parametrize("flow", list_flows(), ids=lambda f: f.id)
def test_layout_places_every_node_with_outcomes_last(flow) -> None:
    depths = layout_depths(flow)
    assert set(depths) == set(flow.nodes)
    assert depths[flow.start] == 0
    last = max(depths.values())
    for node_id, node in flow.nodes.items():
        if node.kind is NodeKind.OUTCOME:
            assert depths[node_id] == last
        else:
            assert depths[node_id] < last
            for target in node.targets():  # breadth-first: no edge skips a row, except to the end
                assert depths[target] <= depths[node_id] + 1 or \
                    flow.nodes[target].kind is NodeKind.OUTCOME


def _pixel(widget: FlowMap, node_id: str) -> QColor:
    image = widget.grab().toImage()
    rect = widget._rect(widget._boxes[node_id])
    # Just inside the left edge, clear of the border and the centred label.
    return image.pixelColor(int(rect.left() + 6), int(rect.top() + rect.height() / 2))


def test_current_node_is_painted_in_the_highlight_colour(qtbot) -> None:
    flow = load_flow_by_id("england-2018")
    widget = FlowMap()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#123456"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    widget.setPalette(palette)
    widget.resize(500, 600)
    widget.set_flow(flow)
    assert _pixel(widget, "purpose") == QColor("#123456")
    assert _pixel(widget, "consent") == QColor("#ffffff")
    widget.set_position("consent", ["purpose", "identifiable", "confidential"])
    assert _pixel(widget, "consent") == QColor("#123456")
    assert _pixel(widget, "purpose") != QColor("#123456")


def test_accessible_description_lists_the_path(qtbot) -> None:
    flow = load_flow_by_id("england-2018")
    widget = FlowMap()
    qtbot.addWidget(widget)
    widget.set_flow(flow)
    session = Session(flow)
    session.answer("yes")
    session.answer("yes")
    widget.set_position(session.current.id, [s.node_id for s in session.path])
    iface = QAccessible.queryAccessibleInterface(widget)
    text = iface.text(QAccessible.Text.Description)
    assert "You are at: Confidential information" in text
    assert "1. Clear and legitimate purpose; 2. Identifiable person" in text
    assert iface.text(QAccessible.Text.Name) == "Flowchart map"
