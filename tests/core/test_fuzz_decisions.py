"""Fuzz: mutated decision (answers) files given to `sharedesk decide` and `flows walk`.

A failure is one line and leaves every vault file byte-identical; a mutant that is still a
valid decision may be recorded (then the vault changes, as it should).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from decision_kit import share_decision
from fuzz_kit import FUZZ, digest, mutate_text, mutate_tree, run_cli, write_mutant
from hypothesis import given
from hypothesis import strategies as st

from sharedesk.core.vault import KdfParams, Vault

PASS = "fuzz decisions passphrase"
SHARE = share_decision()


@pytest.fixture
def vault(sharedesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = sharedesk_home / "vault.sharedesk"
    Vault.create(path, PASS, kdf=KdfParams(memory_kib=1024, time_cost=1, parallelism=1)).close()
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return path


@FUZZ
@given(data=st.data())
def test_mutated_decision_files(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        mutant = json.dumps(mutate_tree(SHARE, data.draw), ensure_ascii=data.draw(st.booleans()))
    else:
        mutant = mutate_text(json.dumps(SHARE, indent=1), data.draw)
    answers = tmp_path / "answers.json"
    write_mutant(answers, mutant)
    before = digest(vault.parent)
    command = data.draw(st.sampled_from([["decide", "--json"], ["decide"],
                                         ["flows", "walk", "england-2018", "--json"]]))
    status, _, _ = run_cli([*command, "--answers", str(answers)], capsys)
    if status or command[0] == "flows":
        assert digest(vault.parent) == before
