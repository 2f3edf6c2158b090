"""The manager's pull: list by cursor, fetch, delete after import (audited), retention; the CLI."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from conftest import Intake, enrol, enrol_many, rows
from intake_kit import IntakeServer, Laptop, PgCluster, run_cli

from sharedesk.core.export import signing


@pytest.fixture(scope="module")
def server(shared_server: IntakeServer) -> IntakeServer:
    return shared_server


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def laptop(intake_db: Intake) -> Laptop:
    return enrol_many(intake_db.url, 1, "manager-test-laptop")[0]


@pytest.fixture(scope="module")
def manager(intake_db: Intake) -> Laptop:
    return enrol(intake_db.url, "inbox", role="manager")


def auth(who: Laptop) -> dict[str, str]:
    return {"Authorization": f"Bearer {who.token}"}


def pull_all(client: httpx.Client, base: str, manager: Laptop, after: str = "",
             limit: int = 500) -> tuple[list[str], str]:
    ids: list[str] = []
    while True:
        page = client.get(f"{base}/bundles", params={"after": after, "limit": limit},
                          headers=auth(manager))
        assert page.status_code == 200, page.text
        found = page.json()
        ids += [b["bundle_id"] for b in found["bundles"]]
        if not found["bundles"]:
            return ids, found["next"]
        after = found["next"]


def pull_until(client: httpx.Client, base: str, manager: Laptop, after: str, want: list[str],
               limit: int = 500) -> tuple[list[str], str]:
    """The wanted ids in the order listed, pulling from ``after`` until all are listed: a row
    is held back while any older transaction on the server runs (an auto-analyze, say)."""
    seen: list[str] = []
    deadline = time.monotonic() + 20
    while True:
        ids, after = pull_all(client, base, manager, after=after, limit=limit)
        seen += ids
        if set(want) <= set(seen):
            return [i for i in seen if i in want], after
        assert time.monotonic() < deadline, "the bundles were never listed"
        time.sleep(0.05)


def upload(client: httpx.Client, server: IntakeServer, laptop: Laptop,
           body: bytes) -> tuple[str, dict[str, str]]:
    bundle_id = str(uuid.uuid4())
    answer = laptop.put(client, server.base, bundle_id, body)
    assert answer.status_code == 201
    return bundle_id, answer.json()


def test_pull_fetch_delete_after_import(server: IntakeServer, client: httpx.Client,
                                        laptop: Laptop, manager: Laptop, intake_db: Intake) -> None:
    _, start = pull_all(client, server.base, manager)
    sent = [upload(client, server, laptop, f"bundle {i}".encode()) for i in range(3)]
    ids, cursor = pull_until(client, server.base, manager, start, [s[0] for s in sent],
                             limit=2)  # pages of 2
    assert ids == [s[0] for s in sent]
    listed = client.get(f"{server.base}/bundles", headers=auth(manager)).json()["bundles"]
    entry = next(b for b in listed if b["bundle_id"] == sent[0][0])
    assert entry == {"bundle_id": sent[0][0], "sha256": sent[0][1]["sha256"], "size": 8,
                     "device_fingerprint": entry["device_fingerprint"],
                     "stored_at": sent[0][1]["stored_at"]}
    assert client.get(f"{server.base}/bundles", headers=auth(laptop)).status_code == 403

    bundle_id, receipt = sent[0]
    not_yet = client.delete(f"{server.base}/bundles/{bundle_id}",
                            params={"sha256": receipt["sha256"]}, headers=auth(manager))
    assert not_yet.status_code == 409  # never fetched, so never imported
    got = client.get(f"{server.base}/bundles/{bundle_id}", headers=auth(manager))
    assert got.content == b"bundle 0"
    assert got.headers["Sharedesk-Sha256"] == hashlib.sha256(b"bundle 0").hexdigest()
    wrong = client.delete(f"{server.base}/bundles/{bundle_id}", params={"sha256": "0" * 64},
                          headers=auth(manager))
    assert wrong.status_code == 409
    by_device = client.delete(f"{server.base}/bundles/{bundle_id}",
                              params={"sha256": receipt["sha256"]}, headers=auth(laptop))
    assert by_device.status_code == 403
    done = client.delete(f"{server.base}/bundles/{bundle_id}", params={"sha256": receipt["sha256"]},
                         headers=auth(manager))
    assert done.status_code == 204
    again = client.delete(f"{server.base}/bundles/{bundle_id}",
                          params={"sha256": receipt["sha256"]}, headers=auth(manager))
    assert again.status_code == 204  # a manager's retry after a lost answer
    assert client.get(f"{server.base}/bundles/{bundle_id}", headers=auth(manager)).status_code == 404
    assert bundle_id not in pull_all(client, server.base, manager)[0]
    assert not set(pull_all(client, server.base, manager, after=cursor)[0]) & {s[0] for s in sent}

    # A late retry of the deleted bundle still gets its receipt; other bytes still conflict.
    retry = laptop.put(client, server.base, bundle_id, b"bundle 0")
    assert (retry.status_code, retry.json()) == (200, receipt)
    assert laptop.put(client, server.base, bundle_id, b"other").status_code == 409
    actions = [r[0] for r in rows(intake_db.url, "SELECT action FROM intake_audit "
                                  "WHERE bundle_id = %s ORDER BY id", bundle_id)]
    assert actions == ["stored", "fetched", "deleted"]


def test_cursor_waits_for_a_transaction_still_committing(
        server: IntakeServer, client: httpx.Client, laptop: Laptop, manager: Laptop,
        intake_db: Intake) -> None:
    _, cursor = pull_all(client, server.base, manager)
    [(device_id,)] = rows(intake_db.url, "SELECT id FROM intake_devices WHERE name = %s",
                          laptop.name)
    slow_id = str(uuid.uuid4())
    # Another instance that has inserted but not yet committed (begun first, so older).
    with psycopg.connect(intake_db.url) as slow:
        slow.execute("INSERT INTO intake_bundles (bundle_id, sha256, size, body, device_id, "
                     "device_fingerprint, stored_at, signature) VALUES (%s, %s, 1, 'x', %s, "
                     "'f', 's', 'sig')", (slow_id, "a" * 64, device_id))
        fast_id, _ = upload(client, server, laptop, b"committed first")
        seen, _ = pull_all(client, server.base, manager, after=cursor)
        assert fast_id not in seen  # listed now, its cursor would skip the earlier one for good
        slow.commit()
    seen, _ = pull_until(client, server.base, manager, cursor, [slow_id, fast_id])
    assert seen == [slow_id, fast_id]


def test_bad_cursor_and_limit(server: IntakeServer, client: httpx.Client, manager: Laptop) -> None:
    for params in ({"after": "x"}, {"after": "1"}, {"limit": "0"}, {"limit": "100000"}):
        answer = client.get(f"{server.base}/bundles", params=params, headers=auth(manager))
        assert answer.status_code == 400, params
    assert client.get(f"{server.base}/bundles").status_code == 401


def test_retention_drops_bodies_fetched_long_enough_ago(
        server: IntakeServer, client: httpx.Client, laptop: Laptop, manager: Laptop,
        intake_db: Intake) -> None:
    fetched, _ = upload(client, server, laptop, b"fetched")
    kept, _ = upload(client, server, laptop, b"never fetched")
    assert client.get(f"{server.base}/bundles/{fetched}", headers=auth(manager)).status_code == 200
    assert run_cli("purge", "--database", intake_db.url, "--retention-days", "1")["purged"] == 0
    assert run_cli("purge", "--database", intake_db.url, "--retention-days", "0")["purged"] >= 1
    state = dict(rows(intake_db.url, "SELECT bundle_id, deleted_reason FROM intake_bundles "
                      "WHERE bundle_id IN (%s, %s)", fetched, kept))
    assert state == {fetched: "retention", kept: None}
    assert rows(intake_db.url, "SELECT count(*) FROM intake_audit WHERE action = 'purged' "
                "AND bundle_id = %s", fetched) == [(1,)]


def test_cli_init_keys_list_fetch(server: IntakeServer, client: httpx.Client, laptop: Laptop,
                                  intake_db: Intake, tmp_path: Path) -> None:
    again = run_cli("init", "--database", intake_db.url, "--key-file", str(intake_db.key_file))
    assert again["key_created"] is False and again["upgraded_from"] == again["schema_version"]
    assert again["receipt_public_key"] == intake_db.receipt_public_key
    bundle_id, receipt = upload(client, server, laptop, b"for the cli")
    listed = run_cli("bundles", "list", "--database", intake_db.url, "--json")["list"]
    assert isinstance(listed, list)
    entry = next(b for b in listed if b["bundle_id"] == bundle_id)
    assert entry["sha256"] == receipt["sha256"] and entry["size"] == 11
    out = tmp_path / "b.age"
    run_cli("bundles", "fetch", bundle_id, "--database", intake_db.url, "--out", str(out))
    assert out.read_bytes() == b"for the cli"
    refused = run_cli("bundles", "fetch", bundle_id, "--database", intake_db.url, "--out",
                      str(out), expect=2)
    assert "exists" in str(refused["stderr"]) and "Traceback" not in str(refused["stderr"])
    devices = run_cli("devices", "list", "--database", intake_db.url, "--json")["list"]
    assert isinstance(devices, list) and "token" not in str(devices)
    # The fingerprint an administrator compares with `sharedesk device show` on the laptop.
    assert entry["device_fingerprint"] == signing.fingerprint(laptop.public_b64)
    assert {"name": laptop.name, "fingerprint": signing.fingerprint(laptop.public_b64)}.items() \
        <= next(d for d in devices if d["name"] == laptop.name).items()


@pytest.mark.parametrize(("args", "code", "words"), [
    (["devices", "add", "--name", "x", "--device-key", "bm90IGEga2V5"], 2, "32-byte Ed25519"),
    (["devices", "add", "--name", "x"], 2, "needs its key"),
    (["devices", "revoke", "no-such-device"], 2, "no unrevoked"),
])
def test_cli_bad_input_one_line(args: list[str], code: int, words: str,
                                intake_db: Intake) -> None:
    before = rows(intake_db.url, "SELECT count(*) FROM intake_devices")
    stderr = str(run_cli(*args, "--database", intake_db.url, expect=code)["stderr"])
    assert words in stderr and len(stderr.strip().splitlines()) == 1
    assert rows(intake_db.url, "SELECT count(*) FROM intake_devices") == before


def test_cli_unreachable_database(tmp_path: Path) -> None:
    url = f"postgresql://nobody@/x?host={tmp_path}&port=1"
    stderr = str(run_cli("init", "--database", url, "--key-file", str(tmp_path / "k.pem"),
                         expect=1, in_process=False)["stderr"])  # a real process: no traceback
    assert "cannot connect to the database" in stderr and len(stderr.strip().splitlines()) == 1


def test_serve_refuses_a_database_without_the_schema(postgres: PgCluster, tmp_path: Path,
                                                     intake_db: Intake) -> None:
    url = postgres.create_database(f"empty_{uuid.uuid4().hex[:8]}")
    stderr = str(run_cli("serve", "--database", url, "--key-file", str(intake_db.key_file),
                         "--port", "1", expect=1, in_process=False)["stderr"])
    assert "run `sharedesk-intake init` first" in stderr and "Traceback" not in stderr
    missing = str(run_cli("serve", "--database", url, "--key-file", str(tmp_path / "none.pem"),
                          expect=1)["stderr"])
    assert "cannot read the receipt key file" in missing
