"""What every export format shares: progress and cancellation, flow lookup, the path in words.

Exports receive domain objects (``DecisionRecord`` and the ``Flow`` each record was made with)
and never open the vault. Long exports report progress through a callback and stop when a
cancel check returns true; both are called on the exporting thread, so a GUI passes a callback
that posts to its own thread (for example a Qt signal) and ``threading.Event().is_set``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sized
from dataclasses import dataclass
from pathlib import Path

from sharedesk import __version__
from sharedesk.core.errors import ExportCancelled
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow, NodeKind, Outcome
from sharedesk.core.records.model import Amendment, DecisionRecord
from sharedesk.core.records.status import CountersignOutcome

APP_VERSION = __version__
SCHEMA_VERSION = 1  # of docs/schema/record.schema.json; bump on any incompatible change

# The words of exported documents (English, like the rest of a PDF or FHIR resource).
OUTCOME_LABELS: dict[str, str] = {Outcome.SHARE: "Share", Outcome.SHARE_PART: "Share part",
                                  Outcome.DO_NOT_SHARE: "Do not share"}
COUNTERSIGN_LABELS: dict[str, str] = {
    CountersignOutcome.AGREED: "Agreed", CountersignOutcome.AGREED_WITH_COMMENTS:
    "Agreed with comments", CountersignOutcome.ESCALATED: "Escalated"}

Progress = Callable[[int, int], None]  # (records done, records in total; 0 when unknown)
CancelCheck = Callable[[], bool]       # true once the user has asked to stop


@dataclass
class Monitor:
    """Progress reporting and cancellation for one export. Not thread-safe: one per export."""

    progress: Progress | None = None
    cancel: CancelCheck | None = None
    total: int = 0
    done: int = 0

    def check(self) -> None:
        """Raise ExportCancelled if the user asked to stop (callers then discard partial output)."""
        if self.cancel is not None and self.cancel():
            raise ExportCancelled("export cancelled; nothing was written")

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()


def count_of(records: Iterable[DecisionRecord]) -> int:
    return len(records) if isinstance(records, Sized) else 0


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: where, how many records, and the SHA-256 and size of the file."""

    path: Path
    count: int
    sha256: str
    size: int


def result_for(path: Path, count: int) -> ExportResult:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return ExportResult(path=path, count=count, sha256=digest.hexdigest(), size=size)


FlowIndex = Mapping[str, Flow]


def index_flows(flows: Iterable[Flow] | FlowIndex) -> dict[str, Flow]:
    """Flows keyed by id (a mapping is taken as already keyed)."""
    if isinstance(flows, Mapping):
        return dict(flows)
    return {flow.id: flow for flow in flows}


def flow_for(record: DecisionRecord, flows: FlowIndex) -> Flow | None:
    """The flow the record was made with, or None when that id and version is not available.

    A different version of the same flow may word its questions differently, so it is not
    used: the export then shows node ids rather than put words in the practitioner's mouth.
    """
    flow = flows.get(record.flow_id)
    if flow is None or flow.version != record.flow_version:
        return None
    return flow


@dataclass(frozen=True)
class PathLine:
    """One step of the path in words, for PDFs, CSV and FHIR."""

    node_id: str
    kind: str
    question: str
    answer: str            # the choice label ("Yes"); empty for non-question steps
    answer_value: str      # the stored value ("yes")
    advice: tuple[tuple[str, str, str], ...]  # (adviser, advice, at)


def describe_path(record: DecisionRecord, flow: Flow | None) -> list[PathLine]:
    lines = []
    for step in record.path:
        node = flow.nodes.get(step.node_id) if flow is not None else None
        value = step.answer or ""
        if node is None:
            kind, text, label = "", f"[{step.node_id}]", value
        else:
            kind, text = str(node.kind), node.text or node.title
            choice = node.choice(value) if node.kind is NodeKind.QUESTION else None
            label = choice.label if choice is not None else value
        advice = tuple((a.adviser, a.advice, a.at) for a in step.advice)
        lines.append(PathLine(step.node_id, kind, text, label, value, advice))
    return lines


def field_rows(record: DecisionRecord) -> list[tuple[str, str, str, bool]]:
    """(name, label, effective value, amended?) for every known field, then any unknown ones."""
    effective = record.effective_fields()
    amended = {name for a in record.amendments for name in a.changes}
    names = list(RECORD_FIELDS) + sorted(n for n in effective if n not in RECORD_FIELDS)
    return [(name, RECORD_FIELDS.get(name, name), effective.get(name, ""), name in amended)
            for name in names]


def field_history(record: DecisionRecord, name: str) -> list[tuple[Amendment, str]]:
    """Each amendment that changed ``name``, in order, with the value it set. With the
    original (``record.fields``) this is the whole story of a field: nothing is overwritten."""
    return [(a, a.changes[name]) for a in record.amendments if name in a.changes]


def outcome_label(outcome: str) -> str:
    return OUTCOME_LABELS.get(outcome, outcome or "not reached")


def countersign_label(outcome: str) -> str:
    """A countersignature's outcome in the words of exported documents."""
    return COUNTERSIGN_LABELS.get(outcome, outcome)
