"""A real full disk under the bundle table: 503 with Retry-After, never a receipt, nothing
half-stored, every acknowledged bundle intact, and the same upload stored once space is back.

The bundle table (and its TOAST table, which holds the bodies) is moved to a tablespace on a
1 MiB tmpfs, so PostgreSQL's own "No space left on device" (SQLSTATE 53100) is what the intake
meets. Needs root to mount the tmpfs.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest
from conftest import enrol_many, rows
from intake_kit import IntakeServer, PgCluster, run_cli


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_full_disk_answers_503_and_stores_nothing_half(postgres: PgCluster, tmp_path: Path) -> None:
    mnt = Path(tempfile.mkdtemp(prefix="sharedesk-full-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mnt)],
                   check=True)
    suffix = uuid.uuid4().hex[:8]
    name, space = f"full_{suffix}", f"small_{suffix}"
    server: IntakeServer | None = None
    try:
        if postgres.run_as:
            subprocess.run(["chown", postgres.run_as[2], str(mnt)], check=True)
        url = postgres.create_database(name)
        key = tmp_path / "receipt-key.pem"
        run_cli("init", "--database", url, "--key-file", str(key))
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE TABLESPACE {space} LOCATION '{mnt}'")  # type: ignore[arg-type]
            conn.execute(f"ALTER TABLE intake_bundles SET TABLESPACE {space}")  # type: ignore[arg-type]
        server = IntakeServer(url, key, tmp_path / "intake.log")
        [laptop] = enrol_many(url, 1, "full-disk")
        acked: dict[str, str] = {}
        with httpx.Client(timeout=30) as client:
            for _ in range(30):
                bundle_id, body = str(uuid.uuid4()), os.urandom(96 * 1024)
                answer = laptop.put(client, server.base, bundle_id, body)
                if answer.status_code != 201:
                    break
                acked[bundle_id] = hashlib.sha256(body).hexdigest()
            assert answer.status_code == 503, answer.text
            assert set(answer.json()) == {"error"} and int(answer.headers["Retry-After"]) >= 1
            assert acked, "the disk was full before the first bundle"
            assert rows(url, "SELECT count(*) FROM intake_bundles WHERE bundle_id = %s",
                        bundle_id) == [(0,)]
            assert rows(url, "SELECT count(*) FROM intake_audit WHERE bundle_id = %s",
                        bundle_id) == [(0,)]
            held = dict(rows(url, "SELECT bundle_id, encode(sha256(body), 'hex') "
                             "FROM intake_bundles"))
            assert held == acked
            subprocess.run(["mount", "-o", "remount,size=16m", str(mnt)], check=True)
            again = laptop.put(client, server.base, bundle_id, body)
            assert again.status_code == 201
    finally:
        if server is not None:
            server.stop()
        with psycopg.connect(postgres.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')  # type: ignore[arg-type]
            conn.execute(f"DROP TABLESPACE IF EXISTS {space}")  # type: ignore[arg-type]
        subprocess.run(["umount", str(mnt)], check=False)
        mnt.rmdir()
