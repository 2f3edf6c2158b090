"""Shared helpers for vault tests (imported by conftest and by the tests in this directory, and
by tests/cli/test_vault_restore.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id, utc_now
from sharedesk.core.vault import KdfParams

FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
SHARE_ANSWERS = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
                 "lawful_basis": "yes"}
SHARE_FIELDS = {
    "reasons": "Risk of significant harm to the child", "purpose": "Child protection enquiry",
    "recipient": "Children's social care, duty social worker", "what_shared": "Attendance notes",
    "lawful_basis": "public_task", "consent": "not_sought",
    "consent_reason": "Seeking consent would place the child at risk", "informed": "no",
    "informed_reason": "Telling the family would increase risk", "decision_maker": "Sam Okafor",
    "role": "Designated safeguarding lead"}


def make_record(reasons: str | None = None, created: str | None = None,
                **extra: str) -> DecisionRecord:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, SHARE_ANSWERS)
    fields = {**SHARE_FIELDS, **extra}
    if reasons is not None:
        fields["reasons"] = reasons
    return DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                          flow_sha256=flow.sha256, path=session.path,
                          outcome=str(session.outcome), fields=fields,
                          created=created or utc_now())


SRC = Path(__file__).resolve().parents[3] / "src"

# Opens the vault, finalises N records, prints each id once its save returned, then waits to be
# killed: the WAL holds the commits and is never checkpointed.
_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[3])
from vault_testkit import make_record
from sharedesk.core.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
for i in range(int(sys.argv[4])):
    print(vault.records.finalise(make_record(f"{sys.argv[5]} {i}")).id, flush=True)
print("done", flush=True)
sys.stdin.read()
"""


def start_committer(path: Path, count: int, passphrase: str = PASS,
                    reason: str = "killed child reason") -> tuple[subprocess.Popen[str], list[str]]:
    """Start a child (this tree's code) that commits ``count`` records to ``path`` and keeps
    the vault open until its stdin closes; returns once every save returned: (child, ids)."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), passphrase, str(Path(__file__).parent),
         str(count), reason],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout is not None and child.stdin is not None
    ids = []
    while (line := child.stdout.readline().strip()) != "done":
        assert line, child.stderr.read() if child.stderr else "child ended early"
        ids.append(line)
    return child, ids


def commit_and_kill(path: Path, count: int, passphrase: str = PASS,
                    reason: str = "killed child reason") -> list[str]:
    """``start_committer``, then kill -9 it; the saved ids. The commits are left in the WAL."""
    child, ids = start_committer(path, count, passphrase, reason)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert Path(f"{path}-wal").stat().st_size > 0  # the commits are only in the WAL
    return ids


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (names and bytes), to prove nothing changed."""
    return {str(p.relative_to(directory)): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}
