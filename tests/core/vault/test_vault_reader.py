"""Reads on the vault's second, read-only connection (vault/db.py): a worker's long read never
makes a write wait, a write never makes a read wait, and locking the vault in the middle of a
read ends that read with VaultLocked or its result. Real threads on a real vault file; every
hand-over is an Event (the read is held open inside SQLite by a progress handler), never a sleep.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from vault_testkit import make_record

from sharedesk.core.errors import VaultLocked
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault

WAIT = 20.0  # generous: only reached when something is blocked


def _connections(vault: Vault) -> list[Any]:
    """Every SQLite connection the vault holds (one before the reader existed)."""
    h = vault._h
    return [h._conn, *(h.readers() if hasattr(h, "readers") else ())]


def _hold_reads_of(vault: Vault, thread_id: list[int],
                   until: Callable[[], bool]) -> threading.Event:
    """Hold the first SQL statement run by thread ``thread_id[0]`` inside SQLite (a progress
    handler on every connection) until ``until()`` returns; the returned event is set once the
    statement is held."""
    held = threading.Event()

    def handler() -> int:
        if thread_id and threading.get_ident() == thread_id[0] and not held.is_set():
            held.set()
            until()
        return 0

    for conn in _connections(vault):
        conn.set_progress_handler(handler, 50)
    return held


def _run(target: Callable[[], object], out: dict[str, Any], ident: list[int] | None = None
         ) -> threading.Thread:
    def body() -> None:
        if ident is not None:
            ident.append(threading.get_ident())
        try:
            out["result"] = target()
        except BaseException as exc:  # handed to the test thread
            out["error"] = exc

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread


def test_a_write_ends_while_a_long_read_is_still_open(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record(f"note {i} about a quokka")).id for i in range(40)]
    vault.records.index_pending()
    write_done = threading.Event()
    seen: dict[str, bool] = {}
    reader_id: list[int] = []

    def until() -> bool:
        seen["write_done_while_read_open"] = write_done.wait(WAIT)
        return True

    held = _hold_reads_of(vault, reader_id, until)
    read_out: dict[str, Any] = {}
    reading = _run(lambda: vault.records.page(RecordQuery(search="quokka"), 0, 100), read_out,
                   reader_id)
    assert held.wait(WAIT), "the read never started"
    # The read is open (inside SQLite, holding its cursor). A GUI-thread write: amend, finalise.
    write_out: dict[str, Any] = {}

    def write() -> str:
        vault.records.amend(ids[0], "Sam Okafor", "recipient corrected",
                            {"recipient": "Duty social worker (north)"})
        new = vault.records.finalise(make_record("one more quokka")).id
        write_done.set()
        return new

    writing = _run(write, write_out)
    writing.join(WAIT * 3)
    reading.join(WAIT * 3)
    assert not writing.is_alive() and not reading.is_alive()
    assert "error" not in write_out and "error" not in read_out, (write_out, read_out)
    assert seen["write_done_while_read_open"] is True  # one connection: the write waited
    # The read saw the vault as it was when it began (WAL snapshot): not the record saved since.
    listed = [s.id for s in read_out["result"]]
    assert listed == list(reversed(ids))
    for conn in _connections(vault):
        conn.set_progress_handler(None, 0)
    assert vault.records.page(RecordQuery(search="quokka"), 0, 1)[0].id == write_out["result"]
    assert vault.records.get(ids[0]).effective_fields()["recipient"] == \
        "Duty social worker (north)"


def test_screen_reads_do_not_wait_for_a_write_in_progress(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record(f"note {i} wombat")).id for i in range(5)]
    vault.records.save_draft(None, {"flow": "england-2018", "moves": []})
    vault.records.index_pending()
    out: dict[str, Any] = {}

    def screen_reads() -> tuple[Any, ...]:
        return (vault.records.page(RecordQuery(), 0, 50),
                vault.records.count_upto(RecordQuery(search="wombat"), 1000),
                vault.records.get(ids[2]), vault.records.drafts(),
                Outbox(vault).status(), Outbox(vault).waiting_count(),
                vault.overview(date.today()), vault.audit_events(ids[2]))

    with vault._h.lock:  # a long write holds the writer's lock
        reading = _run(screen_reads, out)
        reading.join(WAIT)
        finished = not reading.is_alive()
    reading.join(WAIT)
    assert finished, "a read waited for the writer's lock"
    assert "error" not in out, out
    page, count, record, drafts, status, waiting, overview, events = out["result"]
    assert [s.id for s in page] == list(reversed(ids)) and count == 5
    assert record.id == ids[2] and len(drafts) == 1
    assert status.counts["pending"] == 5 and waiting == 5 and overview.total == 5
    assert [e.kind for e in events][:1] == ["finalised"]


def test_locking_in_the_middle_of_a_read_ends_it_cleanly(vault: Vault) -> None:
    for i in range(40):
        vault.records.finalise(make_record(f"note {i} about a numbat"))
    vault.records.index_pending()
    lock_asked = threading.Event()
    reader_id: list[int] = []

    def until() -> bool:  # hold the read until the vault is locking
        lock_asked.wait(WAIT)
        return True

    held = _hold_reads_of(vault, reader_id, until)
    read_out: dict[str, Any] = {}
    reading = _run(lambda: vault.records.page(RecordQuery(search="numbat"), 0, 100), read_out,
                   reader_id)
    assert held.wait(WAIT)
    close_out: dict[str, Any] = {}
    lock_asked.set()
    closing = _run(vault.close, close_out)  # the lock, from another thread than the read's
    closing.join(WAIT * 3)
    reading.join(WAIT * 3)
    assert not closing.is_alive() and not reading.is_alive()  # no hang
    assert "error" not in close_out, close_out
    if "error" in read_out:
        assert isinstance(read_out["error"], VaultLocked), read_out
    else:
        assert len(read_out["result"]) == 40
    assert not vault.is_open and vault._h.readers() == []
    assert bytes(vault._key) == bytes(len(vault._key))
    for call in (lambda: vault.records.page(RecordQuery(), 0, 5), lambda: vault.records.drafts(),
                 lambda: Outbox(vault).status(), lambda: vault.audit_events(),
                 lambda: vault.records.finalise(make_record())):
        out: dict[str, Any] = {}
        _run(call, out).join(WAIT)
        assert isinstance(out.get("error"), VaultLocked), out


def test_the_reader_cannot_write(vault: Vault) -> None:
    reader, = vault._h.readers()
    with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        reader.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert reader.execute("PRAGMA query_only").fetchone()[0] == 1


def test_outbox_status_counts_read_no_record_rows(vault: Vault) -> None:
    ids = [vault.records.finalise(make_record()).id for _ in range(4)]
    vault.set_export_status(ids[0], "acknowledged")
    statements: list[str] = []
    for conn in _connections(vault):
        conn.set_trace_callback(statements.append)
    try:
        counts, purged = vault.outbox_store.status_counts()
    finally:
        for conn in _connections(vault):
            conn.set_trace_callback(None)
    assert counts == {"pending": 3, "acknowledged": 1} and purged == 0
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    with vault._h.lock:
        plans = [" ".join(str(r[3]) for r in vault._h.conn.execute(f"EXPLAIN QUERY PLAN {s}"))
                 for s in selects]
    for plan in plans:  # the decisions table only through a covering index (no body read)
        assert "SCAN decisions" not in plan or "COVERING INDEX" in plan, plan


def test_a_read_inside_a_write_sees_it_other_threads_see_the_last_commit(vault: Vault) -> None:
    from sharedesk.core.vault.db import transaction

    out: dict[str, Any] = {}
    with vault._h.lock, transaction(vault._h.conn, vault.path, "test") as c:
        c.execute("INSERT INTO drafts (id, updated, state) VALUES ('d1', '2026-11-30', "
                  "'{\"flow\": \"england-2018\", \"moves\": []}')")
        inside = [d.id for d in vault.records.drafts()]  # this thread holds the writer lock
        elsewhere = _run(vault.records.drafts, out)
        elsewhere.join(WAIT)
        assert not elsewhere.is_alive()
    assert inside == ["d1"]
    assert out["result"] == []  # not committed yet: a reader sees the last commit
    assert [d.id for d in vault.records.drafts()] == ["d1"]


def test_busy_readers_do_not_starve_a_caller_and_lock_ends_them_all(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from sharedesk.core.vault import db

    monkeypatch.setattr(db, "READERS", 2)  # fewer connections than reading threads
    ids = [vault.records.finalise(make_record(f"note {i} koala")).id for i in range(10)]
    ended: dict[int, str] = {}
    written = threading.Event()

    def reader(k: int) -> None:  # a worker reading in a loop, as fast as it can
        try:
            while True:
                vault.records.page(RecordQuery(search="koala"), 0, 50)
                vault.records.get(ids[k])
                Outbox(vault).status()
        except VaultLocked:
            ended[k] = "locked"
        except BaseException as exc:  # handed to the test thread
            ended[k] = repr(exc)

    def writer() -> None:  # each amendment reads the record first (a reader is needed)
        for i in range(10):
            vault.records.amend(ids[i], "Sam Okafor", "recipient corrected", {"recipient": f"r{i}"})
        written.set()

    threads = [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(5)]
    for thread in threads:
        thread.start()
    out: dict[str, Any] = {}
    _run(writer, out)
    finished = written.wait(WAIT * 3)
    vault.close()
    for thread in threads:
        thread.join(WAIT)
    assert finished and "error" not in out, out  # the readers' turn-taking let it through
    assert not any(t.is_alive() for t in threads)
    assert ended == dict.fromkeys(range(5), "locked")
