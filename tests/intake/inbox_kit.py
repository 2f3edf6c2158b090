"""A manager's inbox on a real intake, for tests/intake/test_inbox_*.py: not a test module.

Laptops are real vaults (tests/cli/manager_kit.py) whose device keys are enrolled on the intake;
their bundles are uploaded signed, as ``sync`` does. The intake itself is the ``own_intake``
fixture (tests/intake/conftest.py: its own database and process).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import Intake, enrol
from intake_kit import IntakeServer, Laptop, run_cli
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from manager_kit import FAST, PASS, Practitioner, team


def upload(url: str, base: str, person: Practitioner, org: x25519.Identity) -> str:
    """Enrol ``person``'s device key on the intake and upload their bundle; its bundle id."""
    from sharedesk.core.sync.credentials import device_key

    with Vault.open(person.vault_path, PASS) as vault:
        key = device_key(vault).private
    laptop = Laptop(person.name, key, public_b64=person.public_key)
    laptop.token = str(run_cli("devices", "add", "--database", url, "--name", person.name,
                               "--device-key", person.public_key, "--json")["token"])
    body = person.bundle.read_bytes()
    bundle_id = open_bundle(body, [org], trust=TrustedKeys.of([person.public_key])).bundle_id
    with httpx.Client(timeout=30) as client:
        assert laptop.put(client, base, bundle_id, body).status_code == 201
    return bundle_id


@dataclass
class InboxDesk:
    server: IntakeServer
    people: list[Practitioner]
    ids: list[str]  # the bundle ids on the intake, one a practitioner
    manager: Laptop  # the manager enrolled on the intake (its token is in the token file)
    vault: Path  # the manager's vault
    args: list[str]  # `inbox --intake ... --token-file ... --identity ... --vault ...`


def inbox_desk(own_intake: tuple[Intake, IntakeServer], tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch, manager_name: str) -> InboxDesk:
    """Three laptops' bundles on the intake, a manager enrolled, and the manager's vault
    trusting the first two laptops (the third is untrusted); SHAREDESK_PASSPHRASE is set."""
    intake, server = own_intake
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    org = x25519.Identity.generate()
    identity = tmp_path / "org.key"
    identity.write_text(f"{org}\n")
    people = team(tmp_path / "laptops", org, count=3)
    ids = [upload(intake.url, server.base, p, org) for p in people]
    manager = enrol(intake.url, manager_name, role="manager")
    token = tmp_path / "token"
    token.write_text(manager.token + "\n")
    vault = tmp_path / "manager.sharedesk"
    Vault.create(vault, PASS, kdf=FAST).close()
    for p in people[:2]:
        assert main(["devices", "trust", p.public_key, "--name", p.name,
                     "--vault", str(vault)]) == 0
    args = ["inbox", "--intake", server.base, "--token-file", str(token), "--identity",
            str(identity), "--vault", str(vault)]
    return InboxDesk(server, people, ids, manager, vault, args)


def pull_until(args: list[str], capsys: pytest.CaptureFixture[str], want: int) -> list[dict]:
    """Run ``args`` (an ``inbox ... --json``) until ``want`` bundles were processed (the intake
    holds back rows while an older transaction on the server runs; see docs/intake.md)."""
    seen: list[dict] = []
    deadline = time.monotonic() + 30
    while len(seen) < want and time.monotonic() < deadline:
        main(args)
        seen += json.loads(capsys.readouterr().out)["results"]
        if len(seen) < want:
            time.sleep(0.05)
    return seen


def pull_on_screen(qtbot: Any, screen: Any, want: int) -> dict[str, str]:
    """Press the inbox screen's Pull until ``want`` bundles were processed (rows may be held
    back a moment, as above); bundle id -> status."""
    deadline = time.monotonic() + 30
    seen: dict[str, str] = {}
    while len(seen) < want and time.monotonic() < deadline:
        screen.pull_button.click()
        qtbot.waitUntil(lambda: screen.pull_button.isEnabled(), timeout=30_000)
        seen.update({r.bundle_id: r.status for r in screen.results})
    return seen
