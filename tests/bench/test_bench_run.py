"""bench/run.py aggregation, exercised with tiny benchmark modules in a temp dir (the harness, not
a result: the numbers below are fixed inputs, and the assertions are about what the harness does
with them)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OK = '''
from bench.common import Result
def run(quick):
    n = 2 if quick else 3
    return [Result(f"ok case quick={quick}", 0.002, 0.0015, 2.0),
            Result("memory", 80 * 2**20, 60 * 2**20, 1.5, unit="B")][:n]
'''
OVER = '''
from bench.common import Result
def run(quick):
    return [Result("over case", 0.5, 0.1, 2.0)]
'''
RAISES = 'def run(quick):\n    raise RuntimeError("boom\\nsecond line")\n'
BROKEN = "import no_such_module_for_bench_test\n"
WRONG = "def run(quick):\n    return {'not': 'a list'}\n"


def bench_dir(tmp_path: Path, **modules: str) -> Path:
    d = tmp_path / "benches"
    d.mkdir()
    for name, text in modules.items():
        (d / f"bench_{name}.py").write_text(text)
    (d / "helper.py").write_text("raise SystemExit('not a bench module: must not be imported')\n")
    return d


def run_harness(directory: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--dir", str(directory),
         "--json", str(tmp_path / "out" / "latest.json"), *extra],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)


def test_failures_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    d = bench_dir(tmp_path, a_broken=BROKEN, b_ok=OK, c_raises=RAISES, d_over=OVER, e_wrong=WRONG)
    result = run_harness(d, tmp_path, "--quick", "--chart", str(tmp_path / "out" / "chart.png"))
    assert result.returncode == 2, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bench_a_broken") and "error: ModuleNotFoundError" in lines[0]
    assert lines[1].startswith("ok case quick=True") and lines[1].endswith(" ok")
    assert "ratio=  1.33" in lines[1]
    assert lines[2].startswith("memory") and "80.0MiB" in lines[2]
    assert lines[3].startswith("bench_c_raises") and lines[3].endswith(
        "error: RuntimeError: boom second line")
    assert lines[4].startswith("over case") and lines[4].endswith("over target")
    assert "ratio=  5.00" in lines[4]
    assert lines[5].startswith("bench_e_wrong") and "expected a list of Result" in lines[5]
    assert lines[6].startswith("3 results, 1 over target, 3 errors")

    data = json.loads((tmp_path / "out" / "latest.json").read_text())
    assert data["quick"] is True
    assert [r["name"] for r in data["results"]] == ["ok case quick=True", "memory", "over case"]
    assert [r["ok"] for r in data["results"]] == [True, True, False]
    assert abs(data["results"][2]["ratio"] - 5.0) < 1e-9
    assert {e["module"] for e in data["errors"]} == {"bench_a_broken", "bench_c_raises",
                                                    "bench_e_wrong"}
    assert data["machine"]["python"] == ".".join(map(str, sys.version_info[:3]))
    assert set(data["module_seconds"]) == {f"bench_{n}" for n in
                                           ("a_broken", "b_ok", "c_raises", "d_over", "e_wrong")}

    png = (tmp_path / "out" / "chart.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1100 and height > 3 * 34


def test_all_within_target_exits_zero_and_full_mode_is_passed_through(tmp_path: Path) -> None:
    d = bench_dir(tmp_path, ok=OK)
    result = run_harness(d, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok case quick=False" in result.stdout
    assert "2 results, 0 over target, 0 errors" in result.stdout


def test_over_target_alone_exits_one(tmp_path: Path) -> None:
    result = run_harness(bench_dir(tmp_path, over=OVER, ok=OK), tmp_path, "--quick")
    assert result.returncode == 1


def test_only_filters_modules_and_no_match_is_an_error(tmp_path: Path) -> None:
    d = bench_dir(tmp_path, ok=OK, over=OVER)
    result = run_harness(d, tmp_path, "--only", "ok")
    assert result.returncode == 0 and "over case" not in result.stdout
    missing = run_harness(d, tmp_path, "--only", "nothing-matches")
    assert missing.returncode == 2 and "no bench_*.py modules found" in missing.stderr


HANGS = "import threading\ndef run(quick):\n    threading.Event().wait()\n"
CRASHES = "import os\ndef run(quick):\n    os._exit(3)\n"
LEAKS = "import bench.common as c\ndef run(quick):\n    c.LEAKED = True\n    return []\n"
SEES = '''
import bench.common as c
def run(quick):
    return [c.Result(f"leak seen={hasattr(c, 'LEAKED')}", 1.0, 1.0, 1.0)]
'''


def test_hangs_and_crashes_are_errors_and_modules_are_isolated(tmp_path: Path) -> None:
    d = bench_dir(tmp_path, a_hangs=HANGS, b_crashes=CRASHES, c_leaks=LEAKS, d_sees=SEES)
    result = run_harness(d, tmp_path, "--quick", "--timeout", "5")
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bench_a_hangs") and lines[0].endswith("error: timed out after 5s")
    assert lines[1].startswith("bench_b_crashes") and "exited with status 3" in lines[1]
    assert lines[2].startswith("leak seen=False")  # each module ran in a fresh interpreter
