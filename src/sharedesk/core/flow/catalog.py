"""The flows in a directory (by default the shipped resources/flows), found by id and parsed
once per process.

``catalog()`` hands out one ``FlowCatalog`` per directory for the whole process; the CLI, the
GUI (record detail, decision screens, exports, sync) and the importer all take their flows
from it, so a flow file is read and validated once, however many screens or records ask. A
file is parsed again only when it changed on disk (its size or modification time), which the
shipped, read-only flows never do. ``stats.parses`` counts the parses (tests hold the
once-only rule with it, not with timings). A catalog is a read-only ``Mapping[str, Flow]`` by
id, so it is passed as-is wherever exports want their flow index; a flow is parsed when first
looked up. Thread-safe: screens look flows up on the GUI thread and exports on workers.
Translation (core/flow/translate.py) is layered on top by its callers, never kept in here.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sharedesk.core import paths
from sharedesk.core.errors import UsageError
from sharedesk.core.flow.loader import load_flow
from sharedesk.core.flow.model import Flow


@dataclass
class CatalogStats:
    parses: int = 0  # flow files read and validated
    hits: int = 0    # look-ups answered without reading a file


class FlowCatalog(Mapping[str, Flow]):
    """Flows by id (the file name without ``.yaml``; the file must declare the same id)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.stats = CatalogStats()
        self._lock = threading.Lock()
        self._parsed: dict[str, tuple[tuple[int, int], Flow]] = {}

    def ids(self) -> list[str]:
        """The ids of the flow files, sorted (a directory listing: nothing is parsed)."""
        return sorted(p.stem for p in self.directory.glob("*.yaml"))

    def flow(self, flow_id: str) -> Flow:
        """The flow with this id; UsageError naming the known flows when there is none, and
        FlowError (file:line) when its file does not load."""
        found = self._load(flow_id)
        if found is None:
            known = ", ".join(self.ids()) or "none"
            raise UsageError(f"unknown flow {flow_id!r} (known flows: {known})")
        return found

    def flows(self) -> list[Flow]:
        """Every flow in the directory, loaded and validated, sorted by id."""
        return [self.flow(flow_id) for flow_id in self.ids()]

    def index(self) -> dict[str, Flow]:
        """Every flow by id, as a plain dict (for exports over many records: no look-up then
        touches the disk)."""
        return {flow.id: flow for flow in self.flows()}

    def path(self, flow_id: str) -> Path:
        if flow_id not in self.ids():
            self.flow(flow_id)  # raises UsageError with the known ids
        return self.directory / f"{flow_id}.yaml"

    def _load(self, flow_id: str) -> Flow | None:
        if not flow_id or "/" in flow_id or "\\" in flow_id or flow_id.startswith("."):
            return None
        path = self.directory / f"{flow_id}.yaml"
        try:
            info = os.stat(path)
        except OSError:
            return None
        stamp = (info.st_size, info.st_mtime_ns)
        with self._lock:  # one parse even when two threads ask for the same flow at once
            kept = self._parsed.get(flow_id)
            if kept is not None and kept[0] == stamp:
                self.stats.hits += 1
                return kept[1]
            flow = load_flow(path)
            self.stats.parses += 1
            if flow.id != flow_id:
                raise UsageError(f"flow file {flow.file} declares id {flow.id!r}, "
                                 f"expected {flow_id!r}")
            self._parsed[flow_id] = (stamp, flow)
            return flow

    # -- Mapping: flows by id, for exports (``flow_for`` looks records' flows up by id) -----
    def __getitem__(self, flow_id: str) -> Flow:
        found = self._load(flow_id)
        if found is None:
            raise KeyError(flow_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids())

    def __len__(self) -> int:
        return len(self.ids())

    def __contains__(self, flow_id: object) -> bool:
        return isinstance(flow_id, str) and flow_id in self.ids()


_catalogs: dict[Path, FlowCatalog] = {}
_catalogs_lock = threading.Lock()


def catalog(directory: Path | None = None) -> FlowCatalog:
    """The process's catalog for ``directory`` (default: ``paths.flows_dir()``, which
    follows SHAREDESK_RESOURCES)."""
    where = Path(os.path.abspath(directory or paths.flows_dir()))
    with _catalogs_lock:
        found = _catalogs.get(where)
        if found is None:
            found = _catalogs[where] = FlowCatalog(where)
        return found


def flow_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or paths.flows_dir()).glob("*.yaml"))


def list_flows(directory: Path | None = None) -> list[Flow]:
    """Every flow in ``directory`` (default: the shipped ones), sorted by id: ``catalog().flows()``."""
    return catalog(directory).flows()


def find_flow(flow_id: str, directory: Path | None = None) -> Path:
    return catalog(directory).path(flow_id)


def load_flow_by_id(flow_id: str, directory: Path | None = None) -> Flow:
    """The flow with this id from the process's catalog: ``catalog(directory).flow(flow_id)``."""
    return catalog(directory).flow(flow_id)
