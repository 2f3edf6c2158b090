"""The manager's team overview (issue 14): counts over the finalised records, and the records
behind each figure.

Figures: decisions by practitioner (the record's ``decision_maker`` as finalised), outcome and
month (of ``created``, UTC); shared without consent (outcome share or share_part and consent,
after amendments, anything but ``given``); "do not share" decisions; reviews due (review date
on or before today, from the ``reviews`` table); awaiting countersignature (final records with
none). Each is one grouped query over an index or one pass over the final rows; purged records
and drafts are left out. Thread rules: those of the Vault (each call takes its lock).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.vault.db import Handle, read

_CONSENT = ("COALESCE((SELECT json_extract(a.body, '$.changes.consent') FROM amendments a "
            "WHERE a.record_id = d.id AND json_extract(a.body, '$.changes.consent') IS NOT NULL "
            "ORDER BY a.seq DESC LIMIT 1), json_extract(d.body, '$.fields.consent'), '')")
_MAKER = "COALESCE(json_extract(d.body, '$.fields.decision_maker'), '')"
_MONTH = "substr(d.created, 1, 7)"
_FINAL = "d.status = 'final'"

# figure kind -> (extra FROM, WHERE with one optional ? for the figure's value)
FIGURES: dict[str, tuple[str, str]] = {
    "practitioner": ("", f"{_FINAL} AND {_MAKER} = ?"),
    "outcome": ("", f"{_FINAL} AND d.outcome = ?"),
    "month": ("", f"{_FINAL} AND {_MONTH} = ?"),
    "without_consent": ("", f"{_FINAL} AND d.outcome IN ('share', 'share_part') "
                            f"AND {_CONSENT} <> 'given'"),
    "do_not_share": ("", f"{_FINAL} AND d.outcome = 'do_not_share'"),
    "reviews_due": (" JOIN reviews r ON r.rid = d.rid", f"{_FINAL} AND r.review_date <= ?"),
    "awaiting_countersignature": ("", f"{_FINAL} AND NOT EXISTS (SELECT 1 FROM "  # noqa: S608
                                      "countersignatures c WHERE c.record_id = d.id)"),
}


@dataclass(frozen=True)
class Figure:
    """One figure of the overview: a kind (a key of FIGURES) and, for some, a value."""

    kind: str
    value: str = ""


@dataclass(frozen=True)
class FigureRow:
    id: str
    created: str
    outcome: str
    practitioner: str
    subject: str


@dataclass
class Overview:
    by_practitioner: list[tuple[str, int]] = field(default_factory=list)
    by_outcome: list[tuple[str, int]] = field(default_factory=list)
    by_month: list[tuple[str, int]] = field(default_factory=list)
    cells: list[tuple[str, str, str, int]] = field(default_factory=list)  # maker, outcome, month
    without_consent: int = 0
    do_not_share: int = 0
    reviews_due: int = 0
    awaiting_countersignature: int = 0
    total: int = 0


def _count(handle: Handle, kind: str, value: str = "") -> int:
    join, where = FIGURES[kind]
    params: tuple[Any, ...] = (value,) if "?" in where else ()
    with handle.lock:
        rows = read(handle.conn, handle.path,
                    f"SELECT count(*) FROM decisions d{join} WHERE {where}", params)  # noqa: S608
    return int(rows[0][0])


def overview(handle: Handle, today: date) -> Overview:
    """Every figure of the overview (see the module docstring)."""
    with handle.lock:
        cells = read(handle.conn, handle.path,
                     f"SELECT {_MAKER}, d.outcome, {_MONTH}, count(*) FROM decisions d "  # noqa: S608
                     f"WHERE {_FINAL} GROUP BY 1, 2, 3 ORDER BY 3, 1, 2")
    out = Overview(cells=[(str(m), str(o), str(mo), int(n)) for m, o, mo, n in cells])
    for index, target in ((0, "by_practitioner"), (1, "by_outcome"), (2, "by_month")):
        sums: dict[str, int] = {}
        for cell in out.cells:
            key = str(cell[index])
            sums[key] = sums.get(key, 0) + cell[3]
        setattr(out, target, sorted(sums.items()))
    out.total = sum(c[3] for c in out.cells)
    out.without_consent = _count(handle, "without_consent")
    out.do_not_share = _count(handle, "do_not_share")
    out.reviews_due = _count(handle, "reviews_due", today.isoformat())
    out.awaiting_countersignature = _count(handle, "awaiting_countersignature")
    return out


def figure_rows(handle: Handle, figure: Figure, today: date, limit: int = 1000) -> list[FigureRow]:
    """The records behind ``figure``, newest first, at most ``limit``."""
    if figure.kind not in FIGURES:
        raise UsageError(f"unknown overview figure {figure.kind!r}")
    join, where = FIGURES[figure.kind]
    value = today.isoformat() if figure.kind == "reviews_due" else figure.value
    params: tuple[Any, ...] = (value,) if "?" in where else ()
    sql = (f"SELECT d.id, d.created, d.outcome, {_MAKER}, "  # noqa: S608 - fixed fragments
           f"COALESCE(json_extract(d.body, '$.fields.subject'), '') FROM decisions d{join} "
           f"WHERE {where} ORDER BY d.rid DESC LIMIT {int(limit)}")
    with handle.lock:
        rows = read(handle.conn, handle.path, sql, params)
    return [FigureRow(*(str(v) for v in row)) for row in rows]
