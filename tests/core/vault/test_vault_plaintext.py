"""No plaintext anywhere on disk: a marker typed into reasons, drafts and amendments must not
appear in any file under the test home (vault, WAL, SHM, key file, backups, logs, settings)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from vault_testkit import FAST, PASS, make_record

from sharedesk.cli import main
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault

MARKER = "Zq7PlaintextCanary"


def _grep(home: Path) -> list[str]:
    needles = [MARKER.encode(), MARKER.lower().encode(), MARKER.encode("utf-16-le")]
    hits = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits


def test_marker_never_reaches_disk_or_logs(sharedesk_home: Path, caplog: pytest.LogCaptureFixture,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    path = sharedesk_home / "vault.sharedesk"
    vault = Vault.create(path, PASS, kdf=FAST)
    records = [vault.records.finalise(make_record(f"{MARKER} reason {i}",
                                                  subject=f"{MARKER}-subject"))
               for i in range(30)]
    draft = vault.records.save_draft(None, {"flow": "england-2018", "reasons": MARKER * 50})
    vault.records.save_draft(draft, {"flow": "england-2018", "reasons": MARKER * 60})
    vault.records.amend(records[0].id, "Sam Okafor", f"{MARKER} amendment reason",
                        {"what_shared": f"{MARKER} amended"})
    assert vault.records.count(RecordQuery(search=MARKER)) == 30
    vault.secret_set("sync_token", MARKER.encode())
    (sharedesk_home / "backups").mkdir()
    vault.backup(sharedesk_home / "backups" / "copy.sharedesk")
    assert Path(f"{path}-wal").exists()
    assert _grep(sharedesk_home) == []          # while open: the WAL and SHM hold pages too
    vault.close()

    answers = sharedesk_home / "decision.json"
    answers.write_text(json.dumps({"flow": "england-2018", "answers": {"purpose": "no"},
                                   "record": {"reasons": MARKER, "purpose": "p",
                                              "decision_maker": "A", "role": "GP"}}))
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    assert main(["decide", "--answers", str(answers)]) == 0
    assert _grep(sharedesk_home) == [f"{answers}: {MARKER.encode()!r}"]  # the grep does find it
    answers.unlink()                             # the input file is the user's own plaintext
    assert main(["records", "--search", MARKER]) == 0
    assert _grep(sharedesk_home) == []
    assert MARKER not in caplog.text and MARKER.lower() not in caplog.text
