"""Schema 8 (issue 13): the search index gains prefix indexes and decisions an outcome index;
vaults at schema 6 and 7 upgrade with every record searchable, by whole word and by prefix."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_vault_migrations import _old_vault
from vault_testkit import PASS, make_record

from sharedesk.core.records.model import STATUS_FINAL, utc_now
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.migrations import FTS_PREFIXES, latest


@pytest.mark.parametrize("start", [6, 7])
def test_upgrade_to_8_indexes_prefixes_and_outcomes(vault_path: Path, start: int) -> None:
    assert latest() >= 8
    records = [replace(make_record(f"Reason {i}: bruising seen by the {word}"),
                       status=STATUS_FINAL, finalised=utc_now())
               for i, word in enumerate(("quokkas", "quokka", "wombat"))]
    _old_vault(vault_path, start, records)
    with Vault.open(vault_path, PASS) as vault:
        assert vault.verify() == []
        sql = probe.rows(vault, "SELECT sql FROM sqlite_master WHERE name = 'decisions_fts'")[0][0]
        assert f"prefix = '{FTS_PREFIXES}'" in sql
        plan = " ".join(str(r) for r in probe.rows(vault,
            "EXPLAIN QUERY PLAN SELECT rid FROM decisions WHERE outcome = ? ORDER BY rid DESC",
            ("share",)))
        assert "decisions_by_outcome" in plan
        found = {s.id for s in vault.records.page(RecordQuery(search="quok*"), 0, 10)}
        assert found == {records[0].id, records[1].id}
        assert vault.records.count(RecordQuery(search="bruis*")) == 3
        assert vault.records.count(RecordQuery(search="wombat")) == 1
        added = vault.records.finalise(make_record("a quokkaish note"))
        assert added.id in {s.id for s in vault.records.page(RecordQuery(search="quokkai*"),
                                                              0, 10)}
