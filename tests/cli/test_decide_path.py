"""`sharedesk decide` fills what the path settled and refuses a record that contradicts it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from clirun import run_cli

from sharedesk.cli import main

PASS = "cli test passphrase"
CONSENT_ROUTE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "yes"}
RECORD = {"reasons": "Risk of harm at home", "purpose": "Early help referral",
          "recipient": "Children's social care", "what_shared": "Attendance record",
          "lawful_basis": "public_task", "informed": "yes", "decision_maker": "Sam Okafor",
          "role": "DSL"}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["vault", "init"]) == 0
    return sharedesk_home / "vault.sharedesk"


def _file(tmp_path: Path, record: dict[str, str], answers: dict[str, str] = CONSENT_ROUTE) -> str:
    path = tmp_path / "decision.json"
    path.write_text(json.dumps({"flow": "england-2018", "answers": answers, "record": record}))
    return str(path)


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def test_decide_fills_the_fields_the_path_settled(env: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["decide", "--json", "--answers", _file(tmp_path, RECORD)]) == 0
    stored = json.loads(capsys.readouterr().out)
    assert stored["status"] == "final"
    assert stored["fields"]["consent"] == "given"  # answered "yes" to "Do you have consent?"
    assert "consent_reason" not in stored["fields"]


def test_decide_on_a_route_without_consent_needs_no_consent(
        env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    answers = {"purpose": "yes", "identifiable": "no"}
    assert main(["decide", "--json", "--answers", _file(tmp_path, RECORD, answers)]) == 0
    assert "consent" not in json.loads(capsys.readouterr().out)["fields"]


def test_decide_refuses_a_contradiction_exit_1_and_the_vault_is_untouched(
        env: Path, tmp_path: Path) -> None:
    before = _snapshot(env.parent)
    result = run_cli(
        "decide", "--answers",
        _file(tmp_path, {**RECORD, "consent": "refused", "consent_reason": "Mother said no"}),
        env={**os.environ, "SHAREDESK_PASSPHRASE": PASS}, timeout=120)
    assert result.returncode == 1
    assert result.stderr == ("sharedesk: error: consent: the path answered 'yes' (consent "
                             "given), the record says 'refused'; nothing was written\n")
    assert result.stdout == ""
    assert _snapshot(env.parent) == before


def test_flows_walk_says_what_the_answers_settle(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, {})
    assert main(["flows", "walk", "england-2018", "--answers", path, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["settled"] == {"consent": "given"}
    assert "consent" not in out["requires"] and "informed" in out["requires"]
    short = _file(tmp_path, {}, {"purpose": "yes", "identifiable": "no"})
    assert main(["flows", "walk", "england-2018", "--answers", short]) == 0
    text = capsys.readouterr().out
    assert "consent" not in text.split("record must include:")[1]
