"""Guarantees across instances and crashes: two real intake processes on one database racing on
one bundle id, a kill -9 in the middle of uploads, and a database outage."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from conftest import Intake, enrol_many, rows
from intake_kit import IntakeServer, Laptop, PgCluster, verify_receipt


def _race(servers: list[IntakeServer], laptop: Laptop, bundle_id: str,
          bodies: list[bytes]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(servers))

    def send(i: int) -> httpx.Response:
        with httpx.Client(timeout=30) as client:
            request = client.build_request("PUT", f"{servers[i].base}/bundles/{bundle_id}",
                                           content=bodies[i],
                                           headers=laptop.headers(bundle_id, bodies[i]))
            barrier.wait()
            return client.send(request)

    with ThreadPoolExecutor(len(servers)) as pool:
        return list(pool.map(send, range(len(servers))))


def test_two_instances_racing_on_one_bundle_id(intake_db: Intake, tmp_path: Path) -> None:
    servers = [IntakeServer(intake_db.url, intake_db.key_file, tmp_path / f"{n}.log")
               for n in ("a", "b")]
    try:
        [laptop] = enrol_many(intake_db.url, 1, "racer")
        for _ in range(6):
            bundle_id, body = str(uuid.uuid4()), os.urandom(64 * 1024)
            answers = _race(servers, laptop, bundle_id, [body, body])
            assert sorted(a.status_code for a in answers) == [200, 201]
            assert answers[0].json() == answers[1].json()
            verify_receipt(intake_db.receipt_public_key, answers[0].json())
            assert rows(intake_db.url, "SELECT count(*) FROM intake_bundles WHERE bundle_id = %s",
                        bundle_id) == [(1,)]
        for _ in range(3):
            bundle_id = str(uuid.uuid4())
            bodies = [os.urandom(16 * 1024), os.urandom(16 * 1024)]
            answers = _race(servers, laptop, bundle_id, bodies)
            assert sorted(a.status_code for a in answers) == [201, 409]
            winner = next(a for a in answers if a.status_code == 201).json()
            assert rows(intake_db.url, "SELECT sha256 FROM intake_bundles WHERE bundle_id = %s",
                        bundle_id) == [(winner["sha256"],)]
    finally:
        for server in servers:
            server.stop()


def test_kill9_during_uploads_loses_nothing_acknowledged(intake_db: Intake, tmp_path: Path) -> None:
    server = IntakeServer(intake_db.url, intake_db.key_file, tmp_path / "first.log")
    laptops = enrol_many(intake_db.url, 3, "crash")
    work = {lt.name: [(str(uuid.uuid4()), os.urandom(32 * 1024)) for _ in range(30)]
            for lt in laptops}
    acked: dict[str, dict[str, str]] = {}
    failed = 0
    lock = threading.Lock()

    def upload(laptop: Laptop) -> None:
        nonlocal failed
        with httpx.Client(timeout=10) as client:
            for bundle_id, body in work[laptop.name]:
                try:
                    answer = laptop.put(client, server.base, bundle_id, body)
                except httpx.HTTPError:
                    with lock:
                        failed += 1
                    continue
                if answer.status_code in (200, 201):
                    with lock:
                        acked[bundle_id] = answer.json()

    threads = [threading.Thread(target=upload, args=(lt,)) for lt in laptops]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while len(acked) < 15 and time.monotonic() < deadline:
        time.sleep(0.005)
    server.kill()  # SIGKILL, uploads in flight
    for thread in threads:
        thread.join()
    assert len(acked) >= 15 and failed >= 1

    held = {r[0]: r[1:] for r in rows(
        intake_db.url, "SELECT bundle_id, sha256, stored_at, signature, body FROM intake_bundles "
        "WHERE device_fingerprint IS NOT NULL")}
    bodies = {bid: body for items in work.values() for bid, body in items}
    for bundle_id, receipt in acked.items():
        sha, stored_at, signature, body = held[bundle_id]
        assert (sha, stored_at, signature) == (receipt["sha256"], receipt["stored_at"],
                                               receipt["signature"])
        assert hashlib.sha256(bytes(body)).hexdigest() == sha == hashlib.sha256(  # type: ignore[arg-type]
            bodies[bundle_id]).hexdigest()
        verify_receipt(intake_db.receipt_public_key, receipt)

    # Every laptop retries what it holds: acknowledged ones get the same receipt, none conflicts.
    again = IntakeServer(intake_db.url, intake_db.key_file, tmp_path / "second.log")
    try:
        with httpx.Client(timeout=30) as client:
            for laptop in laptops:
                for bundle_id, body in work[laptop.name]:
                    answer = laptop.put(client, again.base, bundle_id, body)
                    assert answer.status_code in (200, 201), answer.text
                    if bundle_id in acked:
                        assert (answer.status_code, answer.json()) == (200, acked[bundle_id])
    finally:
        again.stop()
    ids = list(bodies)
    assert rows(intake_db.url, "SELECT count(*) FROM intake_bundles WHERE bundle_id = ANY(%s)",
                ids) == [(len(ids),)]


def test_database_outage_answers_503_and_never_a_receipt(
        postgres: PgCluster, intake_db: Intake, shared_server: IntakeServer) -> None:
    server = shared_server
    [laptop] = enrol_many(intake_db.url, 1, "outage")
    with httpx.Client(timeout=30) as client:
        assert laptop.put(client, server.base, str(uuid.uuid4()), b"warm").status_code == 201
        bundle_id, body = str(uuid.uuid4()), b"during the outage"
        postgres.stop()
        try:
            answer = laptop.put(client, server.base, bundle_id, body)
            health = client.get(f"{server.base}/healthz")
        finally:
            postgres.start()
        assert answer.status_code == 503
        assert int(answer.headers["Retry-After"]) >= 1
        assert set(answer.json()) == {"error"}
        assert health.status_code == 503
        deadline = time.monotonic() + 30
        while client.get(f"{server.base}/healthz").status_code != 200:
            assert time.monotonic() < deadline, "the intake did not reconnect"
            time.sleep(0.1)
        after = laptop.put(client, server.base, bundle_id, body)
        assert after.status_code == 201  # nothing was half-stored during the outage
