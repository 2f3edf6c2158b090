"""The command line waits as core's one unlock back-off policy says (core/vault/attempts.py):
what is left of the delay since the last failure, not a delay of its own."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest

from sharedesk.cli import main
from sharedesk.cli import passphrase as cli_passphrase
from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.vault import Vault, backoff_seconds, failed_attempts, unlock_wait
from sharedesk.core.vault.attempts import attempts_path

PASS = "cli back-off test passphrase"


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["vault", "init"]) == 0
    return sharedesk_home / "vault.sharedesk"


def test_the_cli_waits_what_core_says_is_left(vault_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(5):  # five wrong passphrases (another session): core's delay is 4 s
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "not the passphrase")
    counter = attempts_path(vault_path)
    data = json.loads(counter.read_text(encoding="utf-8"))
    counter.write_text(json.dumps({**data, "at": time.time() - 1.5}), encoding="utf-8")
    slept: list[float] = []  # the wait itself is not what is tested: record it instead
    monkeypatch.setattr(cli_passphrase.time, "sleep", slept.append)
    left = unlock_wait(vault_path)
    assert 0 < left <= backoff_seconds(5) - 1.5
    capsys.readouterr()
    assert main(["records", "--json"]) == 0
    # What the CLI asked core a moment later is no more than what was left before it ran.
    assert len(slept) == 1 and 0 < slept[0] <= math.ceil(left) < backoff_seconds(5)
    assert f"5 failed attempts; waiting {slept[0]} s" in capsys.readouterr().err
    assert failed_attempts(vault_path)[0] == 0 and unlock_wait(vault_path) == 0


def test_no_wait_once_the_delay_has_passed(vault_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "not the passphrase")
    counter = attempts_path(vault_path)
    data = json.loads(counter.read_text(encoding="utf-8"))
    counter.write_text(json.dumps({**data, "at": time.time() - 60}), encoding="utf-8")
    slept: list[float] = []
    monkeypatch.setattr(cli_passphrase.time, "sleep", slept.append)
    capsys.readouterr()
    assert main(["records", "--json"]) == 0
    assert slept == [] and "waiting" not in capsys.readouterr().err
