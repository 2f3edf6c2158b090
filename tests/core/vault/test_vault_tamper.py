"""Tampering with the key in hand (edit, delete, reorder) and damage without it (byte flips)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from vault_testkit import PASS, make_record

from sharedesk.core.errors import VaultCorrupt
from sharedesk.core.vault import Vault
from sharedesk.core.vault.db import Connection, connect
from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase


def _filled(vault: Vault) -> list[str]:
    ids = [vault.records.finalise(make_record()).id for _ in range(4)]
    vault.records.amend(ids[0], "Sam Okafor", "Corrected the recipient",
                        {"recipient": "Police public protection unit"})
    vault.close()
    return ids


def _with_key(path: Path, change: Callable[[Connection], None]) -> None:
    conn = connect(path, unwrap_passphrase(read_keyfile(path), PASS))
    try:
        change(conn)
    finally:
        conn.close()


def _swap(conn: Connection) -> None:
    a = conn.execute("SELECT at, kind, record_id, detail, prev_hash, hash FROM audit "
                     "WHERE seq = 3").fetchone()
    b = conn.execute("SELECT at, kind, record_id, detail, prev_hash, hash FROM audit "
                     "WHERE seq = 4").fetchone()
    sql = ("UPDATE audit SET at = ?, kind = ?, record_id = ?, detail = ?, prev_hash = ?, "
           "hash = ? WHERE seq = ?")
    conn.execute(sql, (*b, 3))
    conn.execute(sql, (*a, 4))


TAMPERS: dict[str, Callable[[Connection], None]] = {
    "edit an event": lambda c: c.execute("UPDATE audit SET kind = 'exported' WHERE seq = 3"),
    "delete an event": lambda c: c.execute("DELETE FROM audit WHERE seq = 3"),
    "reorder events": _swap,
    "delete the newest events": lambda c: c.execute(
        "DELETE FROM audit WHERE seq >= (SELECT max(seq) - 1 FROM audit)"),
    "edit a record": lambda c: c.execute(
        "UPDATE decisions SET body = replace(body, 'Risk', 'No risk') WHERE rid = 2"),
    "delete a record": lambda c: c.execute("DELETE FROM decisions WHERE rid = 3"),
    "delete an amendment": lambda c: c.execute("DELETE FROM amendments"),
    "edit an amendment": lambda c: c.execute(
        "UPDATE amendments SET body = replace(body, 'Police', 'Housing')"),
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_tampering_with_the_key_is_detected_by_verify(vault: Vault, vault_path: Path,
                                                      name: str) -> None:
    _filled(vault)
    with Vault.open(vault_path, PASS) as clean:
        assert clean.verify() == []
    _with_key(vault_path, TAMPERS[name])
    with Vault.open(vault_path, PASS) as tampered:
        problems = tampered.verify()
    assert problems, name


def test_audit_events_by_record_tell_its_history(vault: Vault) -> None:
    record = vault.records.finalise(make_record())
    vault.records.amend(record.id, "Sam Okafor", "Added review date", {"review_date": "2027-01-31"})
    vault.audit("exported", record.id, {"format": "pdf"})
    kinds = [e.kind for e in vault.audit_events(record.id)]
    assert kinds == ["finalised", "amended", "exported"]
    assert vault.audit_events(record.id)[-1].detail == {"format": "pdf"}


@pytest.mark.parametrize("where", ["first page", "middle", "last page"])
def test_a_flipped_byte_is_detected(vault: Vault, vault_path: Path, where: str) -> None:
    _filled(vault)
    data = bytearray(vault_path.read_bytes())
    offset = {"first page": 100, "middle": len(data) // 2, "last page": len(data) - 200}[where]
    data[offset] ^= 0x01
    vault_path.write_bytes(bytes(data))
    try:
        with Vault.open(vault_path, PASS) as damaged:
            problems = damaged.verify()
    except VaultCorrupt as exc:
        assert "damaged" in str(exc)
    else:
        assert problems and any("cipher" in p or "damaged" in p for p in problems), problems


def test_verify_checks_with_a_larger_page_cache_and_sets_it_back(vault: Vault,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    # Issue 13: the record checks look ids up at random; verify widens SQLite's page cache for
    # them and leaves the connection's own setting as it was, whatever the check finds.
    from sharedesk.core.vault import integrity, probe

    vault.records.finalise(make_record())
    with vault._h.lock:
        vault._h.conn.execute("PRAGMA cache_size = -1234")  # the connection's own setting
    before = -1234
    seen: list[int] = []
    real = integrity._check

    def watching(conn: Connection, progress: Callable[[str], None]) -> list[str]:
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return real(conn, progress)

    monkeypatch.setattr(integrity, "_check", watching)
    assert vault.verify() == []
    # A small vault checks with SQLite's default-sized cache; a large one with more (a 32nd
    # of the file, within bounds).
    assert seen == [before]  # a small vault: the connection's cache as it was
    monkeypatch.setattr(integrity, "_file_bytes", lambda conn: 529 * 2**20)
    assert vault.verify() == []
    assert seen[1:] == [-529 * 32]
    assert integrity.check_cache_kib(12 * 2**20) == 2_000  # 2,000 records
    assert integrity.check_cache_kib(529 * 2**20) == 529 * 32  # 100,000 records: 16.5 MiB
    assert integrity.check_cache_kib(5 * 2**30) == 64 * 1024  # 1,000,000 records: the cap
    assert probe.rows(vault, "PRAGMA cache_size") == [(before,)]

    def failing(conn: Connection, progress: Callable[[str], None]) -> list[str]:
        raise integrity.DatabaseError("file is not a database")

    monkeypatch.setattr(integrity, "_check", failing)
    assert vault.verify() == ["the vault file is damaged: file is not a database"]
    assert probe.rows(vault, "PRAGMA cache_size") == [(before,)]
