"""Schema 6 upgrades met by a second sharedesk process opening the same vault."""

from __future__ import annotations

from pathlib import Path

from sharedesk.core.vault.db import connect
from sharedesk.core.vault.keyfile import new_key
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
        assert upgraded == [[6]]
        assert version(second) == latest()
    finally:
        first.close()
        second.close()
