"""``team_facts`` (schema 10): one small row per final record for the manager's overview.

The overview groups every final record by decision maker, outcome and month and counts the
shared ones without consent; read from the record bodies that is a JSON parse of each (about
10 s for 100,000 records on a busy two-core laptop). These rows hold just those facts
(decision maker as finalised, consent after amendments, outcome, month), written in the same
transaction as the record, its amendment or its purge, so they are never out of step; the
overview then reads a few megabytes whatever the size of the bodies.
Thread rules: called inside the caller's transaction, under the vault lock.
"""

from __future__ import annotations

from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.vault.db import Connection

CREATE = ("CREATE TABLE IF NOT EXISTS team_facts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, "
          "maker TEXT NOT NULL, consent TEXT NOT NULL, outcome TEXT NOT NULL, "
          "month TEXT NOT NULL)")
# Consent after amendments: the last amendment that set it, else the body's.
_CONSENT = ("COALESCE((SELECT json_extract(a.body, '$.changes.consent') FROM amendments a "
            "WHERE a.record_id = d.id AND json_extract(a.body, '$.changes.consent') IS NOT NULL "
            "ORDER BY a.seq DESC LIMIT 1), json_extract(d.body, '$.fields.consent'), '')")


def backfill(conn: Connection) -> None:
    """Facts for every final record already in the vault (the migration; one pass)."""
    conn.execute(CREATE)
    conn.execute("INSERT OR REPLACE INTO team_facts (rid, id, maker, consent, outcome, month) "  # noqa: S608 - fixed text
                 "SELECT d.rid, d.id, COALESCE(json_extract(d.body, '$.fields.decision_maker'), "
                 f"''), {_CONSENT}, d.outcome, substr(d.created, 1, 7) FROM decisions d "
                 "WHERE d.status = 'final'")


def record_stored(c: Connection, rid: int, record: DecisionRecord) -> None:
    """A final record was inserted at ``rid`` (with the consent it has after its amendments)."""
    if not record.is_final:
        return
    fields = record.effective_fields()
    c.execute("INSERT OR REPLACE INTO team_facts (rid, id, maker, consent, outcome, month) "
              "VALUES (?, ?, ?, ?, ?, ?)",
              (rid, record.id, record.fields.get("decision_maker", ""),
               fields.get("consent", ""), record.outcome, record.created[:7]))


def consent_changed(c: Connection, record_id: str, consent: str) -> None:
    c.execute("UPDATE team_facts SET consent = ? WHERE rid = (SELECT rid FROM decisions "
              "WHERE id = ?)", (consent, record_id))


def purged(c: Connection, rid: int) -> None:
    c.execute("DELETE FROM team_facts WHERE rid = ?", (rid,))
