"""The record screen takes its flow from the process's FlowCatalog: opening records again and
again parses the flow file once (counted by the catalog, not timed). It re-parsed the YAML on
every open before."""

from __future__ import annotations

from pathlib import Path

from records_kit import add_records, make_vault

from sharedesk.core.flow import catalog
from sharedesk.gui.screens.record_detail import RecordDetail

QUESTION = "Is there a clear and legitimate purpose for sharing the information?"


def test_opening_records_again_and_again_parses_the_flow_once(qtbot, tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        ids = add_records(vault, 3)
        shipped = catalog()
        opened = 0
        parses_after_first = None
        for _round in range(3):
            for record_id in ids:
                detail = RecordDetail(vault.records, record_id, audit=vault.audit_events)
                qtbot.addWidget(detail)
                detail.show()
                qtbot.waitUntil(lambda d=detail: QUESTION in d.plain_text(), timeout=10_000)
                detail.reload()
                qtbot.waitUntil(lambda d=detail: QUESTION in d.plain_text(), timeout=10_000)
                opened += 1
                if parses_after_first is None:
                    parses_after_first = shipped.stats.parses
                    hits_after_first = shipped.stats.hits
                detail.close()
        assert opened == 9
        assert shipped.stats.parses == parses_after_first, "no second parse of england-2018"
        assert shipped.stats.hits >= hits_after_first + 8 * 2  # each later open and reload
    finally:
        vault.close()
