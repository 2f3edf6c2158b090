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
