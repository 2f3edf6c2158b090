"""Shared pieces for benchmarks: every benchmark reports a ratio against a baseline measured in
the same run, never an absolute time compared with a constant.

A benchmark module ``bench/bench_<area>.py`` exposes ``run(quick: bool) -> list[Result]``.
``bench/run.py`` imports every such module, prints one line per result and writes JSON.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    name: str
    measured: float      # seconds (or bytes, see unit) for the thing under test
    baseline: float      # the same unit, for the baseline measured in this run
    target: float        # the highest acceptable ratio measured/baseline
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")

    @property
    def ok(self) -> bool:
        return self.ratio <= self.target

    def line(self) -> str:
        verdict = "ok" if self.ok else "over target"
        return (f"{self.name:<44} measured={_fmt(self.measured, self.unit):>10} "
                f"baseline={_fmt(self.baseline, self.unit):>10} ratio={self.ratio:6.2f} "
                f"target<={self.target:<5g} {verdict}")

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio, "ok": self.ok}


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.2f}ms"
    if unit == "B":
        return f"{value / 2**20:.1f}MiB"
    return f"{value:g}{unit}"


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` calls (median resists one noisy neighbour on 2 cores)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
