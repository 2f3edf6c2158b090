"""`vault verify` compares the listing columns (what lists and the outbox show) with the bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_testkit import PASS, make_record

from sharedesk.core.vault import Vault
from sharedesk.core.vault.db import connect
from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

EDITS = {
    "outcome": "UPDATE decisions SET outcome = 'do_not_share' WHERE id = ?",
    "created": "UPDATE decisions SET created = '2001-01-01T00:00:00Z' WHERE id = ?",
    "review date": "UPDATE decisions SET review_date = '2099-01-01' WHERE id = ?",
    "export status": "UPDATE decisions SET export_status = 'delivered!' WHERE id = ?",
    "status": "UPDATE decisions SET status = 'draft' WHERE id = ?",
}


def _filled(vault: Vault) -> str:
    ids = [vault.records.finalise(make_record(review_date="2030-05-01")).id for _ in range(3)]
    # The review date in force is the amended one: a column that kept the first would be wrong.
    vault.records.amend(ids[1], "Sam Okafor", "Review sooner", {"review_date": "2029-01-01"})
    vault.records.amend(ids[2], "Sam Okafor", "No review", {"review_date": ""})
    return ids[1]


def test_a_clean_vault_with_amended_review_dates_verifies(vault: Vault) -> None:
    _filled(vault)
    assert vault.verify() == []


@pytest.mark.parametrize("column", list(EDITS))
def test_an_edited_listing_column_is_reported(vault: Vault, vault_path: Path, column: str) -> None:
    record_id = _filled(vault)
    vault.close()
    conn = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    try:
        conn.execute(EDITS[column], (record_id,))
        if column == "review date":  # keep the review list in step: only the body disagrees
            conn.execute("UPDATE reviews SET review_date = '2099-01-01' WHERE rid = "
                         "(SELECT rid FROM decisions WHERE id = ?)", (record_id,))
    finally:
        conn.close()
    with Vault.open(vault_path, PASS) as reopened:
        problems = reopened.verify()
    assert any(record_id in p and column in p for p in problems), problems
