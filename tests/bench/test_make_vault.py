"""bench/make_vault.py: the synthetic vault is a real vault the app accepts (verify passes,
records read back through the service) and holds the variety the benchmarks rely on."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import Vault, probe

ROOT = Path(__file__).resolve().parents[2]
PASS = "make vault test passphrase 1"


def test_make_vault_builds_a_vault_that_verifies(tmp_path: Path) -> None:
    path = tmp_path / "synthetic.sharedesk"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_vault.py"), str(path), "--records", "600",
         "--batch", "250", "--fast-kdf"],
        env={"SHAREDESK_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin",
             "SHAREDESK_HOME": str(tmp_path / "home")},
        capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stderr
    with Vault.open(path, PASS) as vault:
        assert vault.verify() == []
        rows = probe.rows(vault, "SELECT flow_id, outcome, export_status, substr(created, 1, 4), "
                           "review_date IS NOT NULL FROM decisions")
        assert len(rows) == 600
        assert {(r[0], r[1]) for r in rows} >= {
            (f, o) for f in ("england-2024", "scotland")
            for o in ("share", "share_part", "do_not_share")}
        assert {r[0] for r in rows} == {"england-2018", "england-2024", "scotland"}
        assert len({r[3] for r in rows}) >= 7  # created over seven years
        assert Counter(r[4] for r in rows)[1] > 100  # review dates
        assert {r[2] for r in rows} >= {"acknowledged", "imported"}
        (amended,), = probe.rows(vault, "SELECT count(DISTINCT record_id) FROM amendments")
        assert amended > 5
        record_id = probe.rows(vault, "SELECT record_id FROM amendments LIMIT 1")[0][0]
        assert vault.records.get(record_id).amendments  # reads back through the service
        assert vault.records.page(RecordQuery(search="disclosure"), 0, 10)


def test_make_vault_refuses_without_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "none.sharedesk"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "make_vault.py"), str(path),
                           "--records", "10"], env={"PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and "SHAREDESK_PASSPHRASE" in proc.stderr
    assert not path.exists()
