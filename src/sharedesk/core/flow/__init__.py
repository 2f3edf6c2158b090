"""Decision flows as data: the model, the YAML loader, the graph validator and the walking engine."""

from __future__ import annotations

from sharedesk.core.flow.catalog import FlowCatalog, catalog, find_flow, list_flows, load_flow_by_id
from sharedesk.core.flow.engine import Session, Step
from sharedesk.core.flow.loader import load_flow, load_flow_text
from sharedesk.core.flow.model import Choice, Flow, Node, NodeKind, SideNote, Source
from sharedesk.core.flow.validate import validate_flow

__all__ = [
    "Choice",
    "Flow",
    "FlowCatalog",
    "Node",
    "NodeKind",
    "Session",
    "SideNote",
    "Source",
    "Step",
    "catalog",
    "find_flow",
    "list_flows",
    "load_flow",
    "load_flow_by_id",
    "load_flow_text",
    "validate_flow",
]
