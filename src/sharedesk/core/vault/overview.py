"""The manager's team overview (issue 14): counts over the finalised records, and the records
behind each figure.

Figures: decisions by practitioner (the record's ``decision_maker`` as finalised), outcome and
month (of ``created``, UTC); shared without consent (outcome share or share_part and consent,
after amendments, anything but ``given``); "do not share" decisions; reviews due (review date
on or before today, from the ``reviews`` table); awaiting countersignature (final records with
none). Each is one grouped query over ``team_facts`` (one small row per final record, kept in
step with the records: team_facts.py), never a parse of the record bodies; purged records and
drafts are left out. Thread rules: those of the Vault (each call reads on the read-only
connection: vault/db.py Handle.reading).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sharedesk.core.errors import UsageError
from sharedesk.core.vault.db import Handle, read

# figure kind -> (FROM ... WHERE with one optional ? for the figure's value); rows of
# team_facts are the final records (purged ones are deleted from it).
FIGURES: dict[str, tuple[str, str]] = {
    "practitioner": ("", "f.maker = ?"),
    "outcome": ("", "f.outcome = ?"),
    "month": ("", "f.month = ?"),
    "without_consent": ("", "f.outcome IN ('share', 'share_part') AND f.consent <> 'given'"),
    "do_not_share": ("", "f.outcome = 'do_not_share'"),
    "reviews_due": (" JOIN reviews r ON r.rid = f.rid", "r.review_date <= ?"),
    "awaiting_countersignature": ("", "NOT EXISTS (SELECT 1 FROM countersignatures c "
                                      "WHERE c.record_id = f.id)"),
}


# Reviews longest overdue first, read along the reviews table's date index; the rest newest first.
_ORDER = {"reviews_due": "r.review_date, r.rid"}


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
    with handle.reading() as conn:
        rows = read(conn, handle.path,
                    f"SELECT count(*) FROM team_facts f{join} WHERE {where}", params)  # noqa: S608
    return int(rows[0][0])


def overview(handle: Handle, today: date) -> Overview:
    """Every figure of the overview (see the module docstring)."""
    with handle.reading() as conn:
        cells = read(conn, handle.path,
                     "SELECT maker, outcome, month, count(*) FROM team_facts "
                     "GROUP BY 1, 2, 3 ORDER BY 3, 1, 2")
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
    """The records behind ``figure``, newest first (reviews: longest overdue first), at most
    ``limit``."""
    if figure.kind not in FIGURES:
        raise UsageError(f"unknown overview figure {figure.kind!r}")
    join, where = FIGURES[figure.kind]
    value = today.isoformat() if figure.kind == "reviews_due" else figure.value
    params: tuple[Any, ...] = (value,) if "?" in where else ()
    sql = ("SELECT d.id, d.created, f.outcome, f.maker, "  # noqa: S608 - fixed fragments
           "COALESCE(json_extract(d.body, '$.fields.subject'), '') FROM team_facts f "
           f"JOIN decisions d ON d.rid = f.rid{join} WHERE {where} "
           f"ORDER BY {_ORDER.get(figure.kind, 'f.rid DESC')} LIMIT {int(limit)}")
    with handle.reading() as conn:
        rows = read(conn, handle.path, sql, params)
    return [FigureRow(*(str(v) for v in row)) for row in rows]
