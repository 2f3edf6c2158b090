"""Growth with the vault: each operation of issue 13 timed on a small and a large synthetic
vault (bench/make_vault.py), run interleaved, and reported as time(large) / time(small).

An operation that should not grow with the vault (what the GUI asks for: Home's outbox count,
the outcome filter, a list page deep in the list, a prefix search, the first page and its
count, purging 1,000 records) has target 1.5; linear work (verify, exporting every record, the
search index rewrite a purge leaves) has 1.2 x the size ratio (60 for 2,000 -> 100,000).
Also: the bundle of every record of the large vault against the same records written as JSON
and age-encrypted directly (target 2x), and, with BENCH_SCALE_MEMORY=1, each operation's peak
RSS at the large size in a fresh interpreter against a 300 MB budget.

Sizes: --quick 200 and 2,000 records (built here, a few seconds); otherwise 2,000 and
BENCH_SCALE_RECORDS (default 100,000). Vaults named v<N>.sharedesk in BENCH_VAULT_DIR (made by
make_vault.py with SHAREDESK_PASSPHRASE) are used for the large size instead of building it;
purging changes it (a quarter of the small size in acknowledged records per run). The small
vault is always built in the run.

    .venv/bin/python bench/bench_scale.py VAULT... [--skip=OPERATION...]  # the issue's table
    .venv/bin/python bench/bench_scale.py --rss OPERATION VAULT N        # one peak RSS
    .venv/bin/python bench/bench_scale.py --vs-json VAULT N [ROUNDS]     # bundle vs JSON+age
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for entry in (str(ROOT / "src"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from bench.common import Result  # noqa: E402
from sharedesk.core.records.query import RecordQuery  # noqa: E402
from sharedesk.core.vault import Vault, probe  # noqa: E402

PASS = os.environ.get("SHAREDESK_PASSPHRASE") or "benchmark passphrase for scale runs"
MEMORY_BUDGET = 300 * 2**20
PAGE = 100  # the records screen's page


def _home_outbox(vault: Vault, n: int) -> object:
    from sharedesk.core.sync import outbox

    box = outbox.Outbox(vault)
    if hasattr(box, "waiting_count"):
        return box.waiting_count()
    counts = box.status().counts
    return sum(counts.get(s, 0) for s in (outbox.PENDING, outbox.EXPORTED, outbox.FAILED))


def _first_page(vault: Vault, query: RecordQuery) -> object:
    """What the records table does for a new query: the first page, then its total."""
    first = vault.records.page(query, 0, PAGE)
    if len(first) == PAGE and query.fts_match() is None:
        counter = getattr(vault.records, "count_upto", None)
        return counter(query, 1000) if counter else vault.records.count(query)
    return first


def _deep_page(vault: Vault, n: int) -> object:
    """A page half-way down the list, as the table reaches it by scrolling (load-more)."""
    after = getattr(vault.records, "page_after", None)
    if after is None:
        return vault.records.page(RecordQuery(), (n - PAGE) // 2, PAGE)
    page = after(RecordQuery(), _cursor_at(vault, (n - PAGE) // 2), PAGE)
    if len(page) != PAGE:
        raise RuntimeError("the deep page came back short")
    return page


_CURSORS: dict[tuple[str, int], Any] = {}


def _cursor_at(vault: Vault, depth: int) -> Any:
    # Where the list stands after scrolling ``depth`` rows: the last row the table holds.
    key = (str(vault.path), depth)
    if key not in _CURSORS:
        rows = probe.rows(vault,
                          f"SELECT id FROM decisions ORDER BY rid DESC LIMIT 1 OFFSET {depth}")
        _CURSORS[key] = rows[0][0]
    return _CURSORS[key]


def _export_bundle(vault: Vault, n: int, out: Path) -> object:
    from pyrage import x25519

    from sharedesk.core.flow import list_flows
    from sharedesk.core.sync.batch import export_records, select_records

    recipient = str(x25519.Identity.generate().to_public())
    if not _FLOWS:
        _FLOWS.update({f.id: f for f in list_flows()})
    records = select_records(vault)
    # The bundle: records JSON lines, manifest, signature, encryption (no PDFs, no
    # FHIR, as bench_export's "bundle N records"); selected, written and audited as the
    # Export dialog does.
    return export_records(vault, _FLOWS, records, "bundle", out, recipients=[recipient],
                          include_pdfs=False, include_fhir=False)


_FLOWS: dict[str, Any] = {}


def _json_and_age(vault: Vault, n: int, out: Path) -> object:
    """Baseline: the same records' dicts as one JSON text, age-encrypted directly."""
    import pyrage
    from pyrage import x25519

    from sharedesk.core.records.model import DecisionRecord

    rows = probe.rows(vault, "SELECT body FROM decisions WHERE status = 'final' ORDER BY rid")
    data = json.dumps([DecisionRecord.from_dict(json.loads(r[0])).to_dict()
                       for r in rows]).encode()
    out.write_bytes(pyrage.encrypt(data, [x25519.Identity.generate().to_public()]))
    return None


def _due(vault: Vault, count: int) -> list[Any]:
    """The ``count`` oldest acknowledged records, as purge items (chosen before the clock
    starts: this query is the benchmark's, not the retention run's)."""
    from sharedesk.core.vault.purge import PurgeItem

    rows = probe.rows(vault, "SELECT id FROM decisions WHERE status = 'final' AND "
                      "export_status = 'acknowledged' ORDER BY rid LIMIT ?", (count,))
    return [PurgeItem(r[0], "bench-bundle", None, "2020-01-01T00:00:00Z") for r in rows]


def _purge(vault: Vault, count: int, items: list[Any] | None = None) -> object:
    """Purge ``count`` acknowledged records (or ``items``), as a retention run does; with
    today's code the search index rewrite that follows is timed on its own (``_rewrite``)."""
    items = _due(vault, count) if items is None else items
    if hasattr(vault, "rewrite_search_index"):
        return vault.purge_run(items, rewrite_index=False)
    if hasattr(vault, "purge_run"):
        return vault.purge_run(items)  # the retention run's batches and merge steps
    try:  # the code between issue 13 and Vault.purge_run took the vault
        from sharedesk.core.vault.purge_run import purge_run
    except ImportError:  # before issue 13: what retention did, one index rewrite per batch
        return [vault.purge(items[i:i + 500]) for i in range(0, len(items), 500)]
    return purge_run(vault, items, batch=500)  # type: ignore[arg-type]


def _rewrite(vault: Vault, n: int) -> object:
    """The search index rewrite a purge leaves pending (linear in the index)."""
    return vault.rewrite_search_index() if hasattr(vault, "rewrite_search_index") else 0


FLAT = 1.5
OPERATIONS: dict[str, Callable[[Vault, int], object]] = {
    "Home outbox count": _home_outbox,
    "outcome filter (first page + count)":
        lambda v, n: _first_page(v, RecordQuery(outcome="share_part")),
    "list page at depth n/2": _deep_page,
    "prefix search page (bruis*)":
        lambda v, n: v.records.page(RecordQuery(search="bruis*"), 0, PAGE),
    "first page + count": lambda v, n: _first_page(v, RecordQuery()),
}
LINEAR: dict[str, Callable[[Vault, int], object]] = {
    "verify": lambda v, n: v.verify(),
}


def build(path: Path, n: int) -> None:
    from bench.make_vault import main as make

    code = make([str(path), "--records", str(n), "--fast-kdf"]) if not path.exists() else 0
    if code:
        raise RuntimeError(f"make_vault failed for {n} records")


def vault_for(n: int, tmp: Path) -> Path:
    base = os.environ.get("BENCH_VAULT_DIR")
    if base and (Path(base) / f"v{_label(n)}.sharedesk").exists():
        return Path(base) / f"v{_label(n)}.sharedesk"
    path = tmp / f"v{n}.sharedesk"
    os.environ["SHAREDESK_PASSPHRASE"] = PASS
    build(path, n)
    return path


def _label(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(small: Callable[[], object], large: Callable[[], object],
                rounds: int) -> tuple[float, float]:
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        pair = [(small, a), (large, b)]
        for fn, out in pair if i % 2 == 0 else reversed(pair):
            out.append(_timed(fn))
    return statistics.median(a), statistics.median(b)


def run(quick: bool) -> list[Result]:
    n_small, n_large = (200, 2_000) if quick else (
        2_000, int(os.environ.get("BENCH_SCALE_RECORDS", "100000")))
    linear_target = round(1.2 * n_large / n_small, 1)
    tmp = Path(tempfile.mkdtemp(prefix="sharedesk-scale-"))
    try:
        small_path = tmp / "small.sharedesk"  # built afresh: purging changes a vault
        os.environ["SHAREDESK_PASSPHRASE"] = PASS
        build(small_path, n_small)
        large_path = vault_for(n_large, tmp)
        results: list[Result] = []
        with Vault.open(small_path, PASS) as small, Vault.open(large_path, PASS) as large:
            for name, op in OPERATIONS.items():
                op(small, n_small), op(large, n_large)  # warm: statements, pages
                s, big = interleaved(lambda op=op: op(small, n_small),
                                     lambda op=op: op(large, n_large), 5 if quick else 9)
                results.append(Result(f"scale: {name} {_label(n_large)}/{_label(n_small)}",
                                      big, s, FLAT, note=f"{n_large} vs {n_small} records"))
            for name, op in LINEAR.items():
                s, big = interleaved(lambda op=op: op(small, n_small),
                                     lambda op=op: op(large, n_large), 1 if not quick else 3)
                results.append(Result(f"scale: {name} {_label(n_large)}/{_label(n_small)}",
                                      big, s, linear_target, note="linear work"))
            count = max(10, min(1000, n_small // 4))
            due_small, due_large = _due(small, count), _due(large, count)
            s, big = interleaved(lambda: _purge(small, count, due_small),
                                 lambda: _purge(large, count, due_large), 1)
            results.append(Result(f"scale: purge {count} {_label(n_large)}/{_label(n_small)}",
                                  big, s, FLAT, note="acknowledged records, as a retention run"))
            s, big = interleaved(lambda: _rewrite(small, n_small),
                                 lambda: _rewrite(large, n_large), 1)
            results.append(Result(f"scale: search index rewrite after the purge "
                                  f"{_label(n_large)}/{_label(n_small)}", big, s, linear_target,
                                  note="linear in the index; short steps, resumable"))
            s, big = interleaved(lambda: _export_bundle(small, n_small, tmp / "s.age"),
                                 lambda: _export_bundle(large, n_large, tmp / "l.age"), 1)
            results.append(Result(f"scale: export bundle {_label(n_large)}/{_label(n_small)}",
                                  big, s, linear_target, note="every final record"))
            # Its own interleaved pair: a baseline run alone afterwards met other load.
            bundle, direct = interleaved(
                lambda: _export_bundle(large, n_large, tmp / "l.age"),
                lambda: _json_and_age(large, n_large, tmp / "d.age"), 3 if quick else 1)
            results.append(Result(f"scale: export bundle vs JSON+age ({_label(n_large)})",
                                  bundle, direct, 2.0,
                                  note="same records, JSON encrypted directly, interleaved"))
        if os.environ.get("BENCH_SCALE_MEMORY"):
            results += memory(large_path, n_large)
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def memory(path: Path, n: int) -> list[Result]:
    """Peak RSS of each operation in a fresh interpreter against the 300 MB budget."""
    out = []
    for name in [*OPERATIONS, *LINEAR, "export bundle", "purge 1000"]:
        proc = subprocess.run([sys.executable, __file__, "--rss", name, str(path), str(n)],
                              capture_output=True, text=True, check=False,
                              env={**os.environ, "SHAREDESK_PASSPHRASE": PASS})
        if proc.returncode:
            raise RuntimeError(f"memory of {name}: {proc.stderr.strip().splitlines()[-1:]}")
        out.append(Result(f"scale: peak RSS, {name} ({_label(n)})", float(proc.stdout.split()[-1]),
                          MEMORY_BUDGET, 1.0, unit="B"))
    return out


def _rss(name: str, path: Path, n: int) -> None:
    with Vault.open(path, PASS) as vault, tempfile.TemporaryDirectory() as tmp:
        if name == "export bundle":
            _export_bundle(vault, n, Path(tmp) / "b.age")
        elif name == "purge 1000":  # and the index rewrite after it
            _purge(vault, 1000)
            _rewrite(vault, n)
        else:
            {**OPERATIONS, **LINEAR}[name](vault, n)
    # VmHWM: this process's own peak (ru_maxrss carries the parent's peak across exec).
    status = Path("/proc/self/status").read_text()
    peak = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")),
                None)
    print(int(peak) * 1024 if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


def versus_json(path: Path, n: int, rounds: int = 3) -> Result:
    """The bundle of every record of ``path`` against the same records as one JSON text,
    age-encrypted directly, interleaved ``rounds`` times (medians)."""
    with Vault.open(path, PASS) as vault, tempfile.TemporaryDirectory() as tmp:
        bundle, direct = interleaved(lambda: _export_bundle(vault, n, Path(tmp) / "b.age"),
                                     lambda: _json_and_age(vault, n, Path(tmp) / "d.age"),
                                     rounds)
    return Result(f"scale: export bundle vs JSON+age ({_label(n)})", bundle, direct, 2.0,
                  note=f"same records, JSON encrypted directly; median of {rounds}, interleaved")


def table(paths: list[Path], skip: tuple[str, ...] = ()) -> None:
    """One line per operation with its time at each vault (median of 3; verify, export once)."""
    vaults = [Vault.open(p, PASS) for p in paths]
    sizes = [int(probe.rows(v, "SELECT count(*) FROM decisions")[0][0]) for v in vaults]
    print("operation".ljust(40) + "".join(f"{n:>12,}" for n in sizes))
    ops: dict[str, Callable[[Vault, int], object] | None] = {
        **OPERATIONS, **LINEAR,
        "export bundle": lambda v, n: _export_bundle(v, n, Path(tempfile.mkdtemp()) / "b.age"),
        "purge 1000": None, "index rewrite after it": _rewrite}
    for name, op in ops.items():
        if name in skip:
            continue
        once = name in LINEAR or name in ("export bundle", "purge 1000", "index rewrite after it")
        cells = []
        for v, n in zip(vaults, sizes, strict=True):
            if op is None:  # purge 1000: the records chosen before the clock starts
                due = _due(v, 1000)
                cells.append(_timed(lambda v=v, due=due: _purge(v, 1000, due)))
                continue
            if not once:
                op(v, n)
            cells.append(statistics.median(_timed(lambda op=op, v=v, n=n: op(v, n))
                                           for _ in range(1 if once else 3)))
        print(name.ljust(40) + "".join(f"{c * 1000:>10.1f}ms" for c in cells), flush=True)
    for v in vaults:
        v.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rss"]:
        _rss(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1:2] == ["--vs-json"]:
        found = versus_json(Path(sys.argv[2]), int(sys.argv[3]),
                            int(sys.argv[4]) if len(sys.argv) > 4 else 3)
        print(found.line(), found.note)
    elif sys.argv[1:] and sys.argv[1] != "--quick":
        skipped = tuple(a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--skip="))
        table([Path(p) for p in sys.argv[1:] if not p.startswith("--")], skipped)
    else:
        for result in run("--quick" in sys.argv):
            print(result.line(), result.note)
