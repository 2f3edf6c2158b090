"""The shipped flows (resources/flows/*.yaml), found by id."""

from __future__ import annotations

from pathlib import Path

from sharedesk.core import paths
from sharedesk.core.errors import UsageError
from sharedesk.core.flow.loader import load_flow
from sharedesk.core.flow.model import Flow


def flow_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or paths.flows_dir()).glob("*.yaml"))


def list_flows(directory: Path | None = None) -> list[Flow]:
    """Every shipped flow, loaded and validated, sorted by id."""
    return sorted((load_flow(p) for p in flow_files(directory)), key=lambda f: f.id)


def find_flow(flow_id: str, directory: Path | None = None) -> Path:
    for path in flow_files(directory):
        if path.stem == flow_id:
            return path
    known = ", ".join(p.stem for p in flow_files(directory)) or "none"
    raise UsageError(f"unknown flow {flow_id!r} (known flows: {known})")


def load_flow_by_id(flow_id: str, directory: Path | None = None) -> Flow:
    flow = load_flow(find_flow(flow_id, directory))
    if flow.id != flow_id:
        raise UsageError(f"flow file {flow.file} declares id {flow.id!r}, expected {flow_id!r}")
    return flow
