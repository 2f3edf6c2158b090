"""kill -9 at any moment: the vault opens, verifies and holds every decision whose save returned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from vault_testkit import PASS

from sharedesk.core.errors import WrongPassphrase
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault

SRC = Path(__file__).resolve().parents[3] / "src"
OTHER = "the other long passphrase"

# Saves records, drafts, amendments and passphrase changes as fast as it can, printing a line
# only after each call has returned. The parent kills it with SIGKILL at varying points.
_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[3])
from vault_testkit import make_record
from sharedesk.core.vault import Vault
path, current, other = sys.argv[1], sys.argv[2], sys.argv[4]
vault = Vault.open(path, current)
print("open", flush=True)
for i in range(100000):
    record = vault.records.finalise(make_record(f"crash test reason {i}"))
    print("final", record.id, flush=True)
    vault.records.save_draft(None, {"flow": "england-2018", "i": i})
    if i % 3 == 0:
        vault.records.amend(record.id, "Sam Okafor", "Crash test amendment",
                            {"review_date": "2030-01-01"})
        print("amended", record.id, flush=True)
    if i % 5 == 4:
        current, other = other, current
        vault.change_passphrase(current)
        print("pass", current, flush=True)
"""


def _open_either(path: Path, first: str, second: str) -> tuple[Vault, str]:
    try:
        return Vault.open(path, first), first
    except WrongPassphrase:
        return Vault.open(path, second), second


@pytest.mark.slow
def test_sigkill_mid_write_never_loses_a_returned_save(vault: Vault, vault_path: Path) -> None:
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    current, saved, amended = PASS, set(), set()
    for stop_after in (1, 4, 9, 15, 23, 40):
        other = OTHER if current == PASS else PASS
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(vault_path), current, str(Path(__file__).parent),
             other], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        lines: list[str] = []
        while len(lines) < stop_after:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "child ended early"
            lines.append(line)
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL
        for line in [*lines, *rest.splitlines()]:
            kind, _, value = line.strip().partition(" ")
            if kind == "final":
                saved.add(value)
            elif kind == "amended":
                amended.add(value)
            elif kind == "pass":
                current = value
        reopened, current = _open_either(vault_path, current,
                                         OTHER if current == PASS else PASS)
        with reopened:
            assert reopened.verify() == []
            for record_id in saved:
                record = reopened.records.get(record_id)
                if record_id in amended:
                    assert record.effective_fields()["review_date"] == "2030-01-01"
            assert reopened.records.count() >= len(saved)
            assert reopened.records.count(RecordQuery(search="crash")) == reopened.records.count()
    assert len(saved) >= 6
