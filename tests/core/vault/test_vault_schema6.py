"""Schema 6 upgrades met by a second sharedesk process opening the same vault."""

from __future__ import annotations

from pathlib import Path

from vault_testkit import PASS, make_record

from sharedesk.core.vault import Vault, integrity
from sharedesk.core.vault.db import connect
from sharedesk.core.vault.keyfile import new_key, read_keyfile, unwrap_passphrase
from sharedesk.core.vault.migrations import latest, migrate, version


def test_a_process_that_waited_for_another_ones_upgrade_does_not_run_it_again(
        vault_path: Path) -> None:
    key = new_key()
    first, second = connect(vault_path, key), connect(vault_path, key)
    try:
        assert migrate(first, vault_path, target=5) == [1, 2, 3, 4, 5]
        upgraded: list[list[int]] = []

        def first_upgrades_meanwhile(sql: str) -> None:
            # The second process has read schema 5 and now asks for the write lock: the first
            # one's upgrade (begun before) commits while it waits.
            if sql.startswith("BEGIN IMMEDIATE") and not upgraded:
                upgraded.append(migrate(first, vault_path))

        second.set_trace_callback(first_upgrades_meanwhile)
        assert migrate(second, vault_path) == [], "the upgrade was done by the first process"
        assert upgraded == [list(range(6, latest() + 1))]
        assert version(second) == latest()
    finally:
        first.close()
        second.close()


def test_verify_reads_one_snapshot_while_another_process_catches_the_index_up(
        vault: Vault, vault_path: Path) -> None:
    for i in range(3):
        vault.records.finalise(make_record(f"Koala note {i}"))
    checker = connect(vault_path, unwrap_passphrase(read_keyfile(vault_path), PASS))
    caught_up: list[int] = []

    def other_process_searches_meanwhile(sql: str) -> None:
        # verify has read the watermark; the other window's search indexes the pending records
        if "FROM decisions_fts" in sql and not caught_up:
            caught_up.append(vault.records.index_pending())

    checker.set_trace_callback(other_process_searches_meanwhile)
    try:
        assert integrity.check(checker) == []
    finally:
        checker.close()
    assert caught_up == [3]
    assert vault.verify() == []
