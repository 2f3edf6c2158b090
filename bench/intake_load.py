#!/usr/bin/env python3
"""Load test of sharedesk-intake: N simulated laptops each upload M sealed-size bundles.

    .venv/bin/python bench/intake_load.py [--laptops 50] [--bundles 20] [--size-kib 64]
                                          [--instances 1] [--database URL]

Without --database it starts a throwaway PostgreSQL cluster (initdb, Unix socket only, as in
tests/intake). Each laptop is an enrolled device with its own key and token; it sends its
bundles one after another (a bounded loop), as `sharedesk sync` does, all laptops at once, to
real `sharedesk-intake serve` processes on 127.0.0.1. Prints throughput and latency percentiles,
checks every receipt's signature and that the database holds each bundle exactly once.
Baselines from the same run: one laptop alone (p99 under load / its p50 says what the load
costs), and the intake's store path driven directly with the same pool size (HTTP throughput /
that says how much of the database's ceiling the HTTP layer reaches; client, server and
PostgreSQL share this machine's cores).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "intake")]

import httpx  # noqa: E402
import psycopg  # noqa: E402
from intake_kit import IntakeServer, Laptop, PgCluster, run_cli, verify_receipt  # noqa: E402

from sharedesk_intake import devices  # noqa: E402


def _cluster(root: Path) -> PgCluster:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        sys.exit("no PostgreSQL server binaries under /usr/lib/postgresql; give --database URL")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root.parent.chmod(0o755)  # the key file inside stays 0600
    root.mkdir()
    if run_as:
        shutil.chown(root, user="postgres")
    root.chmod(0o755)
    cluster = PgCluster(found[-1].parent, root, run_as)
    cluster.initdb()
    cluster.start()
    return cluster


async def _enrol(url: str, count: int) -> list[Laptop]:
    laptops = [Laptop.new(f"load-{uuid.uuid4().hex[:8]}") for _ in range(count)]
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        for laptop in laptops:
            laptop.token, _ = await devices.add(conn, laptop.name, devices.Role.DEVICE,
                                                laptop.public_b64)
    return laptops


async def _laptop(base: str, laptop: Laptop, bundles: int, size: int,
                  latencies: list[float], receipts: list[dict[str, str]]) -> None:
    # Each laptop has a client (and a connection) of its own, as real laptops do; one shared
    # client for fifty concurrent uploads measures httpx's pool, not the intake.
    async with httpx.AsyncClient(timeout=60) as client:
        for _ in range(bundles):
            bundle_id, body = str(uuid.uuid4()), os.urandom(size)
            started = time.perf_counter()
            answer = await client.put(f"{base}/bundles/{bundle_id}", content=body,
                                      headers=laptop.headers(bundle_id, body))
            latencies.append(time.perf_counter() - started)
            if answer.status_code != 201:
                raise SystemExit(f"unexpected answer {answer.status_code}: {answer.text[:200]}")
            receipts.append(answer.json())


async def _run(bases: list[str], laptops: list[Laptop], bundles: int,
               size: int) -> tuple[float, list[float], list[dict[str, str]]]:
    latencies: list[float] = []
    receipts: list[dict[str, str]] = []
    started = time.perf_counter()
    await asyncio.gather(*(_laptop(bases[i % len(bases)], lt, bundles, size, latencies, receipts)
                           for i, lt in enumerate(laptops)))
    return time.perf_counter() - started, latencies, receipts


async def _database_only(url: str, key_file: Path, total: int, size: int, connections: int) -> float:
    """Bundles/s through the intake's own store path alone (no HTTP), same pool size: the
    ceiling the database sets on this machine right now."""
    from sharedesk_intake import crypto, store
    from sharedesk_intake.app import make_pool
    from sharedesk_intake.config import Config

    key = crypto.load_receipt_key(key_file)
    [device] = await _enrol(url, 1)
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute("SELECT id, fingerprint FROM intake_devices WHERE name = %s",
                                 (device.name,))
        device_id, fingerprint = await cur.fetchone()  # type: ignore[misc]
    pool = make_pool(Config(database=url, key_file=key_file, pool_min=connections,
                            pool_max=connections))
    await pool.open(wait=True)

    async def worker(count: int) -> None:
        for _ in range(count):
            body = os.urandom(size)
            receipt = crypto.sign_receipt(key, str(uuid.uuid4()),
                                          hashlib.sha256(body).hexdigest(), store.now_stamp())
            async with pool.connection() as conn:
                await store.store_bundle(conn, device_id=device_id, device_name=device.name,
                                         fingerprint=fingerprint, receipt=receipt, body=body)
    started = time.perf_counter()
    await asyncio.gather(*(worker(total // connections) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    await pool.close()
    return (total // connections) * connections / elapsed


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--bundles", type=int, default=20)
    parser.add_argument("--size-kib", type=int, default=64)
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--pool-size", type=int, default=10)
    parser.add_argument("--database")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sharedesk-intake-load-"))
    cluster = None if args.database else _cluster(work / "pg")
    servers: list[IntakeServer] = []
    try:
        url = args.database or cluster.create_database("load")  # type: ignore[union-attr]
        key = work / "receipt-key.pem"
        run_cli("init", "--database", url, "--key-file", str(key))
        public = run_cli("keys", "show", "--key-file", str(key), "--json")["receipt_public_key"]
        servers = [IntakeServer(url, key, work / f"intake-{i}.log", "--rate-burst", "1000",
                                "--pool-size", str(args.pool_size), "--purge-interval", "0")
                   for i in range(args.instances)]
        bases = [s.base for s in servers]
        size = args.size_kib * 1024
        [alone] = asyncio.run(_enrol(url, 1))
        _, base_lat, _ = asyncio.run(_run(bases, [alone], args.bundles, size))
        laptops = asyncio.run(_enrol(url, args.laptops))
        wall, lat, receipts = asyncio.run(_run(bases, laptops, args.bundles, size))
        for receipt in receipts:
            verify_receipt(str(public), receipt)
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*), count(DISTINCT bundle_id) FROM intake_bundles "
                               "WHERE bundle_id = ANY(%s)", ([r["bundle_id"] for r in receipts],)
                               ).fetchone()
        total = args.laptops * args.bundles
        assert row == (total, total), row
        baseline = statistics.median(base_lat)
        ceiling = asyncio.run(_database_only(url, key, total, size, args.pool_size))
        print(f"intake load: {args.laptops} laptops x {args.bundles} bundles of "
              f"{args.size_kib} KiB, {args.instances} instance(s), {os.cpu_count()} cores shared "
              f"by client, server and PostgreSQL (load average {os.getloadavg()[0]:.1f})")
        print(f"  stored {total} bundles in {wall:.2f}s: {total / wall:.0f} bundles/s, "
              f"{total * size / wall / 2**20:.1f} MiB/s; receipts verified: {len(receipts)}; "
              f"rows: {row[0]} (exactly once)")
        print(f"  latency ms: p50 {_pct(lat, 50) * 1000:.1f}  p95 {_pct(lat, 95) * 1000:.1f}  "
              f"p99 {_pct(lat, 99) * 1000:.1f}  max {max(lat) * 1000:.1f}")
        print(f"  baseline (one laptop alone) p50 {baseline * 1000:.1f} ms; "
              f"p99 under load / baseline = {_pct(lat, 99) / baseline:.1f}")
        print(f"  database alone (the store path, no HTTP, {args.pool_size} connections): "
              f"{ceiling:.0f} bundles/s; HTTP throughput / that = {total / wall / ceiling:.2f}")
    finally:
        for server in servers:
            server.stop()
        if cluster is not None:
            cluster.stop("immediate")
        if not os.environ.get("INTAKE_LOAD_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"  kept {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
