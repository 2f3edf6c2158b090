"""The one unlock back-off policy (core/vault/attempts.py), read from a real vault's failure counter.

The GUI and the CLI both ask ``unlock_wait``; tests/gui/test_unlock.py checks the screen follows it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault, backoff_seconds, failed_attempts, unlock_wait
from sharedesk.core.vault.attempts import FREE_ATTEMPTS, MAX_DELAY_SECONDS, attempts_path


def fail(vault_path: Path, times: int) -> float:
    """Wrong passphrases against the real vault; returns when the last failure was recorded."""
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "not the passphrase at all")
    return float(json.loads(attempts_path(vault_path).read_text(encoding="utf-8"))["at"])


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    Vault.create(vault_path, PASS, kdf=FAST).close()
    return vault_path


def test_the_policy_table() -> None:
    assert FREE_ATTEMPTS == 3 and MAX_DELAY_SECONDS == 30.0
    assert [backoff_seconds(n) for n in range(8)] == [0, 0, 0, 1, 2, 4, 8, 16]
    assert backoff_seconds(9) == backoff_seconds(10_000) == 30.0


def test_no_wait_for_the_free_attempts(closed_vault: Path) -> None:
    assert unlock_wait(closed_vault) == 0.0
    at = fail(closed_vault, 2)
    assert unlock_wait(closed_vault, now=at) == 0.0


def test_the_wait_counts_down_from_the_last_failure(closed_vault: Path) -> None:
    at = fail(closed_vault, 5)  # 5 failures: 4 s
    assert failed_attempts(closed_vault)[0] == 5
    assert unlock_wait(closed_vault, now=at) == 4.0
    assert unlock_wait(closed_vault, now=at + 1.5) == 2.5
    assert unlock_wait(closed_vault, now=at + 4) == 0.0
    assert unlock_wait(closed_vault, now=at + 3600) == 0.0
    # A clock put back (the last failure "in the future") waits the full delay, never less.
    assert unlock_wait(closed_vault, now=at - 3600) == 4.0


def test_a_counter_from_an_earlier_version_counts_from_its_last_time(closed_vault: Path) -> None:
    attempts_path(closed_vault).write_text(json.dumps(
        {"failures": 4, "last": "2026-11-30T15:00:00Z"}), encoding="utf-8")
    last = datetime(2026, 11, 30, 15, 0, 0, tzinfo=UTC).timestamp()
    assert unlock_wait(closed_vault, now=last + 0.5) == 1.5
    attempts_path(closed_vault).write_text('{"failures": 4, "last": "garbage"}', encoding="utf-8")
    assert unlock_wait(closed_vault, now=last) == 2.0  # unknown time: the full delay


def test_a_successful_unlock_ends_the_wait(closed_vault: Path) -> None:
    at = fail(closed_vault, 6)
    assert unlock_wait(closed_vault, now=at) == 8.0
    Vault.open(closed_vault, PASS).close()
    assert unlock_wait(closed_vault, now=at) == 0.0
    assert not attempts_path(closed_vault).exists()
