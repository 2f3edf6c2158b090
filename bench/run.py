#!/usr/bin/env python3
"""Run every benchmark module (bench/bench_*.py) and report each ratio against its target.

    .venv/bin/python bench/run.py --quick [--chart docs/benchmarks.png] [--only vault]

Each module exposes ``run(quick: bool) -> list[Result]`` (bench/common.py) and runs in its own
interpreter. A module that fails to import, raises, crashes or exceeds --timeout is reported as
``<module> ... error: <one line>`` and the run goes on.
Prints one line per result, writes bench/results/latest.json (machine, date, results) and, with
--chart, a PNG bar chart of each ratio against its target.

Exit status: 0 when every result is within its target, 1 when any is over target, 2 when any
module failed to import or run (or none was found).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for entry in (str(ROOT / "src"), str(ROOT)):  # `bench.common` and `sharedesk` from a checkout
    if entry not in sys.path:
        sys.path.insert(0, entry)

from bench.common import Result  # noqa: E402

QUICK_BUDGET_S = 60.0


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (module, one-line error)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def over(self) -> list[Result]:
        return [r for r in self.results if not r.ok]

    @property
    def status(self) -> int:
        if self.errors or not (self.results or self.errors):
            return 2
        return 1 if self.over else 0


def discover(directory: Path, only: Sequence[str] = ()) -> list[Path]:
    files = sorted(directory.glob("bench_*.py"))
    if only:
        files = [f for f in files if any(word in f.stem for word in only)]
    return files


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or "(no message)"
    return f"{type(exc).__name__}: {text}"[:300]


def _load(path: Path) -> ModuleType:
    # Modules in bench/ import as `bench.<name>` so they can use relative siblings; modules
    # elsewhere (tests) load from their file under a private name.
    if path.parent == BENCH_DIR:
        return importlib.import_module(f"bench.{path.stem}")
    spec = importlib.util.spec_from_file_location(f"_bench_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(results: object) -> list[Result]:
    if not isinstance(results, list):
        raise TypeError(f"run() returned {type(results).__name__}, expected a list of Result")
    for item in results:
        if not all(hasattr(item, a) for a in ("name", "measured", "baseline", "target", "line",
                                                "to_dict")):
            raise TypeError(f"run() returned a {type(item).__name__}, expected Result")
    return results


def run_modules(files: Sequence[Path], quick: bool, timeout: float,
                out: Any = sys.stdout) -> Report:
    """Run each module in its own interpreter: a crash, a hang or leftover state (Qt, caches,
    peak memory) in one benchmark cannot spoil the next."""
    report = Report()
    for path in files:
        name = path.stem
        start = time.perf_counter()
        try:
            results = _run_worker(path, quick, timeout)
        except BenchError as exc:
            report.errors.append((name, str(exc)))
            print(f"{name:<44} error: {exc}", file=out, flush=True)
            continue
        finally:
            report.seconds[name] = time.perf_counter() - start
        for result in results:
            report.results.append(result)
            print(result.line(), file=out, flush=True)
    return report


class BenchError(Exception):
    """A benchmark module failed; the message is one line."""


def _run_worker(path: Path, quick: bool, timeout: float) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(path),
               "--worker-out", str(result_file)] + (["--quick"] if quick else [])
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise BenchError(f"timed out after {timeout:g}s") from None
        if os.environ.get("BENCH_TRACEBACK") and proc.stderr:
            print(proc.stderr, file=sys.stderr, end="")
        try:
            data = json.loads(result_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise BenchError(f"worker exited with status {proc.returncode}: {last}"[:300]) \
                from None
    if "error" in data:
        raise BenchError(data["error"])
    fields = ("name", "measured", "baseline", "target", "unit", "note")
    return [Result(**{k: r[k] for k in fields if k in r}) for r in data["results"]]


def worker(path: Path, out_file: Path, quick: bool) -> int:
    """In the child: import and run one module, write its results (or one-line error) as JSON."""
    try:
        results = _check(_load(path).run(quick))
        data: dict[str, Any] = {"results": [r.to_dict() for r in results]}
    except Exception as exc:  # a benchmark's failure is reported, never raised
        if os.environ.get("BENCH_TRACEBACK"):
            traceback.print_exc()
        data = {"error": one_line(exc)}
    out_file.write_text(json.dumps(data), encoding="utf-8")
    return 0


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"system": f"{platform.system()} {platform.release()}", "cpu": cpu,
            "cpus": os.cpu_count(), "python": platform.python_version()}


def to_json(report: Report, quick: bool, total: float) -> dict[str, Any]:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick, "seconds": round(total, 3), "machine": machine(),
        "results": [r.to_dict() for r in report.results],
        "errors": [{"module": m, "error": e} for m, e in report.errors],
        "module_seconds": {k: round(v, 3) for k, v in report.seconds.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="reduced sizes; under a minute")
    parser.add_argument("--only", action="append", default=[], metavar="WORD",
                        help="run only modules whose name contains WORD (repeatable)")
    parser.add_argument("--json", type=Path, default=BENCH_DIR / "results" / "latest.json",
                        metavar="PATH", help="where to write results (default %(default)s)")
    parser.add_argument("--chart", type=Path, metavar="PATH", help="also draw a PNG chart")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="per module (default 120 with --quick, 1800 without)")
    parser.add_argument("--records", type=int, metavar="N",
                        help="bench_scale: the large vault's size (default 100,000; 2,000 "
                             "with --quick)")
    parser.add_argument("--vault-dir", type=Path, metavar="DIR",
                        help="bench_scale: use v2k.sharedesk, v100k.sharedesk, v1M.sharedesk... "
                             "from DIR (made by bench/make_vault.py) instead of building them")
    parser.add_argument("--memory", action="store_true",
                        help="bench_scale: also each operation's peak RSS at the large size")
    parser.add_argument("--dir", type=Path, default=BENCH_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.worker_out, args.quick)

    for value, name in ((args.records, "BENCH_SCALE_RECORDS"),
                        (args.vault_dir, "BENCH_VAULT_DIR"),
                        (1 if args.memory else None, "BENCH_SCALE_MEMORY")):
        if value is not None:  # read by bench_scale in its worker (the environment is inherited)
            os.environ[name] = str(value)
    files = discover(args.dir, args.only)
    if not files:
        print(f"no bench_*.py modules found in {args.dir}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    timeout = args.timeout or (120.0 if args.quick else 1800.0)
    report = run_modules(files, args.quick, timeout)
    total = time.perf_counter() - start

    data = to_json(report, args.quick, total)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.json.with_name(args.json.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.json)
    if args.chart:
        from bench.chart import draw_chart

        draw_chart(report.results, args.chart, title=_title(data))
    print(f"{len(report.results)} results, {len(report.over)} over target, "
          f"{len(report.errors)} errors, {total:.1f}s; wrote {args.json}"
          + (f" and {args.chart}" if args.chart else ""))
    if args.quick and total > QUICK_BUDGET_S:
        print(f"warning: --quick took {total:.0f}s, over its {QUICK_BUDGET_S:.0f}s budget; "
              f"slowest: {max(report.seconds, key=report.seconds.__getitem__)}", file=sys.stderr)
    return report.status


def _title(data: dict[str, Any]) -> str:
    m = data["machine"]
    mode = "quick" if data["quick"] else "full"
    return f"sharedesk benchmarks ({mode}), {data['date'][:10]}, {m['cpu']} x{m['cpus']}, " \
           f"Python {m['python']}"


if __name__ == "__main__":
    sys.exit(main())
