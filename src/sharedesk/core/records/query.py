"""What the record list asks for (filters, search, paging) and what it gets back (summaries).

Summaries carry ids, times, outcome and status, plus the two fields that tell records apart in
a list: the subject reference (initials or case number, as the form asks) and the recipient.
Never reasons or what was shared; nothing in a summary is ever logged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.records.draft import draft_flow_id
from sharedesk.core.records.status import ExportStatus

EXPORT_STATUSES: tuple[ExportStatus, ...] = tuple(ExportStatus)
_WORD = re.compile(r"(\w+)(\*?)", re.UNICODE)


@dataclass(frozen=True)
class RecordQuery:
    """Filters for listing decisions; every filter is optional and they combine with AND.

    ``search`` is plain words, each of which must appear as a whole word (case and accents
    ignored); a word typed with a trailing ``*`` matches as a prefix ("sch*" finds "school").
    Whole words keep a search page fast on a large vault (FTS5 streams them; a prefix of a
    common word must be merged first). The text is never passed to FTS5 as query syntax.
    Dates are inclusive and compare with ``created``.
    """

    search: str = ""
    date_from: date | None = None
    date_to: date | None = None
    outcome: str | None = None
    status: str | None = None
    export_status: str | None = None
    flow_id: str | None = None

    def fts_match(self) -> str | None:
        """The FTS5 MATCH expression for ``search``, or None when there is nothing to match."""
        words = _WORD.findall(self.search)[:16]
        if not words:
            return None
        return " AND ".join(f'"{w}"*' if star else f'"{w}"' for w, star in words)

    def check(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UsageError("the start date is after the end date")
        if self.export_status and self.export_status not in EXPORT_STATUSES:
            raise UsageError(f"unknown export status {self.export_status!r}")


@dataclass(frozen=True)
class RecordSummary:
    id: str
    created: str
    finalised: str | None
    outcome: str
    status: str
    flow_id: str
    export_status: str
    review_date: str | None = None
    subject: str | None = None    # as it stands after amendments; None for a purged record
    recipient: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "finalised": self.finalised,
                "outcome": self.outcome, "status": self.status, "flow_id": self.flow_id,
                "export_status": self.export_status, "review_date": self.review_date}


@dataclass(frozen=True)
class DraftSummary:
    """A saved draft: id, last save time, the flow it walks, and the subject reference and
    recipient typed so far (empty until typed)."""

    id: str
    updated: str
    flow_id: str
    subject: str = ""
    recipient: str = ""

    @classmethod
    def of(cls, draft_id: str, updated: str, state: Mapping[str, Any]) -> DraftSummary:
        fields = state.get("fields")
        fields = fields if isinstance(fields, Mapping) else {}
        return cls(draft_id, updated, draft_flow_id(state), str(fields.get("subject") or ""),
                   str(fields.get("recipient") or ""))


def search_text(fields: Mapping[str, str], outcome: str, flow_id: str) -> str:
    """The text the search index holds for a record: every field value, outcome and flow id.

    It lives only inside the encrypted vault (the FTS5 tables are encrypted like every page).
    """
    return "\n".join([outcome, flow_id, *(str(v) for _, v in sorted(fields.items()) if v)])
