"""Fixtures for vault tests: real SQLCipher files in the per-test home directory.

Most tests use a cheap Argon2id cost for speed; tests that check the cost use the default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, make_record

from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.vault import Vault


@pytest.fixture
def record_factory() -> Callable[..., DecisionRecord]:
    return make_record


@pytest.fixture
def vault_path(sharedesk_home: Path) -> Path:
    return sharedesk_home / "vault.sharedesk"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASS, kdf=FAST)
    yield v
    v.close()

