"""`sharedesk inbox --intake`: a manager pulls the team's bundles from a real intake (issue 14).

Its own database and intake process (the shared one holds other tests' bundles). Laptops are
real vaults whose device keys are enrolled; their bundles are uploaded signed, as `sync` does.
The manager's vault keeps the cursor; imported bundles are deleted from the intake, a bundle
from an untrusted laptop stays there until the manager trusts it and pulls from the start.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import Intake, enrol
from inbox_kit import FAST, PASS, inbox_desk, pull_on_screen, pull_until, team, upload
from intake_kit import IntakeServer
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.sync.intake_pull import CURSORS
from sharedesk.core.vault import Vault


def test_inbox_pulls_imports_deletes_and_keeps_the_cursor(
        own_intake: tuple[Intake, IntakeServer], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    desk = inbox_desk(own_intake, tmp_path, monkeypatch, "team inbox")
    server, people, ids, manager, vault = (desk.server, desk.people, desk.ids, desk.manager,
                                           desk.vault)
    args = [*desk.args, "--json"]
    capsys.readouterr()
    results = pull_until(args, capsys, 3)
    by_id = {r["bundle_id"]: r for r in results}
    assert [by_id[i]["status"] for i in ids] == ["imported", "imported", "refused"]
    assert by_id[ids[2]]["untrusted"] and by_id[ids[2]]["signer_fingerprint"] == \
        people[2].fingerprint
    auth = {"Authorization": f"Bearer {manager.token}"}
    with httpx.Client(timeout=30) as client:
        codes = [client.get(f"{server.base}/bundles/{i}", headers=auth).status_code for i in ids]
    assert codes == [404, 404, 200]  # imported ones deleted; the refused one is still held
    with Vault.open(vault, PASS) as v:
        assert v.records.count() == 4
        assert server.base in json.loads(v.secret_get(CURSORS) or b"{}")

    # The cursor is kept: nothing new is listed. Trusting the laptop and pulling from the
    # start imports the bundle that was refused.
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["results"] == []
    assert main(["devices", "trust", people[2].public_key, "--name", people[2].name,
                 "--vault", str(vault)]) == 0
    capsys.readouterr()
    assert main([*args, "--from-start"]) == 0
    [again] = json.loads(capsys.readouterr().out)["results"]
    assert (again["bundle_id"], again["status"], again["added"]) == (ids[2], "imported", 2)
    with Vault.open(vault, PASS) as v:
        assert v.records.count() == 6


def test_a_bad_token_is_one_line(own_intake: tuple[Intake, IntakeServer], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, server = own_intake
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    identity = tmp_path / "org.key"
    identity.write_text(f"{x25519.Identity.generate()}\n")
    token = tmp_path / "token"
    token.write_text("not-a-token\n")
    vault = tmp_path / "manager.sharedesk"
    Vault.create(vault, PASS, kdf=FAST).close()
    assert main(["inbox", "--intake", server.base, "--token-file", str(token), "--identity",
                 str(identity), "--vault", str(vault)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: ") and "\n" not in err and "token" in err


def test_the_inbox_screen_pulls_from_the_intake(
        own_intake: tuple[Intake, IntakeServer], tmp_path: Path, qtbot: Any) -> None:
    from sharedesk.core.sync.devices import trusted_keys
    from sharedesk.gui.screens.inbox import InboxScreen
    from sharedesk.gui.tasks import TaskRunner

    intake, server = own_intake
    org = x25519.Identity.generate()
    identity = tmp_path / "org.key"
    identity.write_text(f"{org}\n")
    people = team(tmp_path / "laptops", org, count=2)
    ids = [upload(intake.url, server.base, p, org) for p in people]
    token = tmp_path / "token"
    token.write_text(enrol(intake.url, "screen inbox", role="manager").token + "\n")
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as vault:
        from sharedesk.core.sync.devices import trust

        trust(vault, people[0].public_key, people[0].name)
        runner = TaskRunner()
        screen = InboxScreen(runner, vault, lambda: trusted_keys(vault))
        qtbot.addWidget(screen)
        screen.intake_edit.setText(server.base)
        screen.token_edit.setText(str(token))
        screen.identity_edit.setText(str(identity))
        seen = pull_on_screen(qtbot, screen, 2)
        assert seen == {ids[0]: "imported", ids[1]: "refused"}
        assert screen.progress.maximum() >= 1
        assert vault.records.count() == 2
        runner.wait()
