"""Fixtures for sync tests: a real vault, an organisation key and a misbehaving local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pyrage import x25519
from sync_kit import FAST, PASS, CaseServer

from sharedesk.core.flow import Flow, load_flow_by_id
from sharedesk.core.vault import Vault


@pytest.fixture
def vault(sharedesk_home: Path) -> Iterator[Vault]:
    v = Vault.create(sharedesk_home / "vault.sharedesk", PASS, kdf=FAST)
    yield v
    v.close()


@pytest.fixture(scope="session")
def org() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture(scope="session")
def flows() -> dict[str, Flow]:
    flow = load_flow_by_id("england-2018")
    return {flow.id: flow}


@pytest.fixture
def server() -> Iterator[CaseServer]:
    s = CaseServer().start()
    yield s
    s.stop()
