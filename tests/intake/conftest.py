"""A throwaway PostgreSQL cluster for the intake tests, and helpers to run real intake processes.

The cluster is made by ``initdb`` in a temp dir and listens only on a Unix socket in that dir.
Postgres refuses to run as root, so as root it runs as the ``postgres`` (or ``nobody``) user.
Tests are skipped, with the reason, only when no PostgreSQL server binaries are installed
(``.ci/run`` installs Debian's ``postgresql``).
"""

from __future__ import annotations

import asyncio
import glob
import os
import pwd
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from intake_kit import IntakeServer, Laptop, PgCluster, run_cli


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    pytest.skip("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgCluster]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl): install Debian's "
                    "'postgresql' package (.ci/run does)")
    prefix = _run_as()
    root = Path(tempfile.mkdtemp(prefix="sharedesk-pg-"))
    os.chmod(root, 0o755)
    if prefix:
        shutil.chown(root, user=prefix[2])
    cluster = PgCluster(bin_dir, root, prefix)
    cluster.initdb()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop(mode="immediate")  # a throwaway cluster: no shutdown checkpoint
        shutil.rmtree(root, ignore_errors=True)


@dataclass(frozen=True)
class Intake:
    """A migrated database with a receipt key, ready to serve."""

    url: str
    key_file: Path
    receipt_public_key: str


@pytest.fixture(scope="session")
def intake_db(postgres: PgCluster, tmp_path_factory: pytest.TempPathFactory) -> Intake:
    url = postgres.create_database(f"intake_{uuid.uuid4().hex[:12]}")
    key_file = tmp_path_factory.mktemp("intake") / "receipt-key.pem"
    run_cli("init", "--database", url, "--key-file", str(key_file))
    public = run_cli("keys", "show", "--key-file", str(key_file), "--json")["receipt_public_key"]
    assert isinstance(public, str)
    return Intake(url, key_file, public)


@pytest.fixture(scope="session")
def shared_server(intake_db: Intake, tmp_path_factory: pytest.TempPathFactory,
                  ) -> Iterator[IntakeServer]:
    """One intake instance with the default settings, shared by the tests that need no others
    (a short --db-timeout so the outage test's 503 comes quickly)."""
    server = IntakeServer(intake_db.url, intake_db.key_file,
                          tmp_path_factory.mktemp("shared") / "intake.log", "--db-timeout", "1")
    yield server
    server.stop()


@pytest.fixture
def own_intake(postgres: PgCluster, tmp_path: Path) -> Iterator[tuple[Intake, IntakeServer]]:
    """An intake with its own database and process, for a test that needs it empty (the
    shared one holds other tests' bundles)."""
    url = postgres.create_database(f"inbox_{uuid.uuid4().hex[:12]}")
    key_file = tmp_path / "receipt-key.pem"
    run_cli("init", "--database", url, "--key-file", str(key_file))
    server = IntakeServer(url, key_file, tmp_path / "intake.log")
    yield Intake(url, key_file, ""), server
    server.stop()


def enrol(url: str, name: str, role: str = "device") -> Laptop:
    """Enrol a new laptop (a fresh Ed25519 device key) or a manager; returns its credentials."""
    laptop = Laptop.new(name)
    args = ["devices", "add", "--database", url, "--name", name, "--json", "--role", role]
    if role == "device":
        args += ["--device-key", laptop.public_b64]
    laptop.token = str(run_cli(*args)["token"])
    return laptop


def enrol_many(url: str, count: int, prefix: str) -> list[Laptop]:
    """Enrol many laptops in-process (the CLI path is covered elsewhere; this is only set-up)."""
    from sharedesk_intake import devices

    laptops = [Laptop.new(f"{prefix}-{i}") for i in range(count)]

    async def run() -> None:
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            for laptop in laptops:
                token, _ = await devices.add(conn, laptop.name, devices.Role.DEVICE,
                                             laptop.public_b64)
                laptop.token = token
    asyncio.run(run())
    return laptops


def rows(url: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return list(conn.execute(sql, params).fetchall())  # type: ignore[arg-type]

