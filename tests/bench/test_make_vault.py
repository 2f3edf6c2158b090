"""bench/make_vault.py: the synthetic vault is a real vault the app accepts (verify passes,
records read back through the service, searches by prefix find exactly the records whose text
has the prefix) and holds the variety the benchmarks rely on; bulk's fast canonical bytes and
search text are exactly what the record model and the search index make."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from types import MappingProxyType

import pytest

from sharedesk.core.canonical import NotCanonicalisable
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.vault import KdfParams, Vault, probe, search_index
from sharedesk.core.vault.bulk import _Bodies, index_text, insert_many

ROOT = Path(__file__).resolve().parents[2]
PASS = "make vault test passphrase 1"
sys.path.insert(0, str(ROOT))
from bench.make_vault import records  # noqa: E402

_TOKEN = re.compile(r"[^\W_]+")  # FTS5 unicode61 tokens (ASCII text here)


def _make(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"SHAREDESK_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin",
           "SHAREDESK_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, str(ROOT / "bench" / "make_vault.py"), *args],
                          env=env, capture_output=True, text=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("made")
    path = tmp_path / "synthetic.sharedesk"
    proc = _make(tmp_path, str(path), "--records", "600", "--batch", "250", "--fast-kdf")
    assert proc.returncode == 0, proc.stderr
    return path


def test_make_vault_passes_sharedesk_vault_verify(made: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sharedesk.cli", "vault", "verify", "--vault", str(made)],
        env={"SHAREDESK_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin",
             "SHAREDESK_HOME": str(tmp_path / "home")},
        capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith(": ok")


def test_make_vault_records_search_by_prefix(made: Path) -> None:
    """Each prefix search (what the records screen sends while typing) finds exactly the
    records whose text after amendments has a word starting with it."""
    with Vault.open(made, PASS) as vault:
        stored = probe.rows(vault, "SELECT rid, id, body FROM decisions")
        amended: dict[str, list[str]] = {}
        for record_id, body in probe.rows(
                vault, "SELECT record_id, body FROM amendments ORDER BY record_id, seq"):
            amended.setdefault(record_id, []).append(body)
        words = {rid: {w.lower() for w in _TOKEN.findall(
            search_index.text_of(body, amended.get(record_id, [])))}
            for rid, record_id, body in stored}
        ids = {rid: record_id for rid, record_id, _ in stored}
        subject = probe.rows(vault, "SELECT json_extract(body, '$.fields.subject') "
                                    "FROM decisions LIMIT 1")[0][0]
        for prefix in ("disclo", "groom", "kin", "mash", subject[:4].lower()):
            want = {ids[rid] for rid, has in words.items()
                    if any(w.startswith(prefix) for w in has)}
            got = {s.id for s in vault.records.page(RecordQuery(search=prefix + "*"), 0, 1000)}
            assert got == want and want, prefix


def test_bulk_fast_paths_match_the_record_model() -> None:
    """The canonical bytes bulk assembles from a path's cached JSON are byte for byte
    DecisionRecord.canonical_bytes, and its search text what search_index.text_of makes of the
    stored bodies: on a sample of make_vault's records and on records with non-ASCII text."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    sample = [item.record for item in islice(records(2000, 7, now), 2000)]
    welsh = replace(sample[1], fields=MappingProxyType(
        {**sample[1].fields, "reasons": "Gŵyl \u2028 \"quoted\" \\ 😀 naïve"}))
    sample += [welsh, replace(sample[0], finalised=None)]
    bodies = _Bodies()
    for record in sample * 2:  # the second round takes the cached path JSON
        base = replace(record, amendments=())
        assert bodies(base) == base.canonical_bytes()
        text = search_index.text_of(base.canonical_bytes().decode(), [
            json.dumps(a.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            for a in record.amendments])  # the amendment bodies as repository._amend stores
        assert index_text(record) == text
    assert any(r.amendments for r in sample)
    assert bodies._paths and all(path is not None for _, path in bodies._paths.values())


def test_insert_many_sets_the_page_cache_back(tmp_path: Path) -> None:
    items = list(records(30, 5, datetime(2026, 1, 1, tzinfo=UTC)))
    with Vault.create(tmp_path / "v.sharedesk", PASS, kdf=KdfParams(1024, 1, 1)) as vault:
        (before,), = probe.rows(vault, "PRAGMA cache_size")
        assert insert_many(vault, items, batch=7, cache_mib=16) == 30
        assert probe.rows(vault, "PRAGMA cache_size") == [(before,)]
        assert vault.verify() == []
        assert len(probe.rows(vault, "SELECT rid FROM decisions")) == 30


def test_insert_many_indexes_decisions_stored_before_it(tmp_path: Path) -> None:
    """Decisions the search index has not caught up with (as the app leaves them after a save)
    are indexed by the next batch, not skipped by its watermark."""
    first, second = (list(records(12, seed, datetime(2026, 1, 1, tzinfo=UTC)))
                     for seed in (11, 12))
    with Vault.create(tmp_path / "v.sharedesk", PASS, kdf=KdfParams(1024, 1, 1)) as vault:
        insert_many(vault, first)
        with probe.write(vault) as conn:  # as if the app had saved them: not indexed yet
            conn.execute("DELETE FROM decisions_fts")
            conn.execute("UPDATE meta SET value = '0' WHERE key = ?", (search_index.WATERMARK,))
        insert_many(vault, second, batch=5)
        assert probe.rows(vault, "SELECT value FROM meta WHERE key = ?",
                          (search_index.WATERMARK,)) == [("24",)]
        found = {s.id for s in vault.records.page(RecordQuery(search="england*"), 0, 100)}
        assert found | {s.id for s in vault.records.page(RecordQuery(search="scotland*"), 0,
                                                         100)} == \
            {item.record.id for item in first + second}


def test_bulk_canonical_bytes_refuse_what_the_model_refuses() -> None:
    record = next(iter(records(1, 3, datetime(2026, 1, 1, tzinfo=UTC)))).record
    bad = replace(record, fields=MappingProxyType({**record.fields, "reasons": "\ud800"}))
    bodies = _Bodies()
    assert bodies(record) == record.canonical_bytes()
    with pytest.raises(NotCanonicalisable):
        bad.canonical_bytes()
    with pytest.raises(NotCanonicalisable):
        bodies(bad)


def test_make_vault_builds_a_vault_that_verifies(made: Path) -> None:
    path = made
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


def test_make_vault_refuses_a_weak_passphrase_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "weak.sharedesk"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "make_vault.py"), str(path),
                           "--records", "10", "--fast-kdf"],
                          env={"PATH": "/usr/bin:/bin", "SHAREDESK_PASSPHRASE": "x",
                               "SHAREDESK_HOME": str(tmp_path / "home")},
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not path.exists()
