"""The vault: one SQLCipher database per user, unlocked by a passphrase or a recovery identity.

Thread rules: a Vault may be opened in a worker thread and then used from any thread. It has
two connections (vault/db.py): writes take the writer's lock and are serialised; reads (lists,
searches, counts, a record, outbox and overview figures, audit events) take the read-only
connection's lock instead, so a worker's long read never makes a write on the GUI thread wait,
and a write never makes a read wait (WAL: a read sees the last commit). Unlocking runs Argon2id
(about 0.1-0.5 s): keep it off the GUI thread. ``close`` locks the vault (both connections, from
any thread; a read in progress ends with VaultLocked); later calls raise VaultLocked.

A wrong passphrase never opens the database: the key slot's AEAD tag fails first, so every vault
file stays byte-identical (only the content-free ``.attempts`` counter changes).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from sharedesk.core.errors import NotAVault, SharedeskError, WrongPassphrase
from sharedesk.core.log import event
from sharedesk.core.records.model import Countersignature
from sharedesk.core.records.service import RecordsService
from sharedesk.core.records.status import AuditKind
from sharedesk.core.vault import attempts, integrity, leftovers, purge, search_index
from sharedesk.core.vault import audit as chain
from sharedesk.core.vault import overview as team
from sharedesk.core.vault.countersignatures import CountersignedStore
from sharedesk.core.vault.create import create_files
from sharedesk.core.vault.db import Handle, connect, connect_reader, read, transaction
from sharedesk.core.vault.import_log import ImportLog
from sharedesk.core.vault.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    check_passphrase,
    commit_keyfile,
    key_path,
    passphrase_slot,
    read_keyfile,
    recovery_slot,
    stage_keyfile,
    unwrap_passphrase,
    unwrap_recovery,
    write_keyfile,
)
from sharedesk.core.vault.migrations import migrate
from sharedesk.core.vault.outbox_store import VaultOutboxStore
from sharedesk.core.vault.purge import PurgeItem
from sharedesk.core.vault.purge_run import BATCH as purge_batch
from sharedesk.core.vault.purge_run import purge_run, rewrite_pending, rewrite_search_index
from sharedesk.core.vault.walguard import admit_wal


def vault_files(path: str | Path) -> list[Path]:
    """Every file that belongs to the vault at ``path`` (database, key file, WAL, SHM)."""
    p = Path(path)
    return [p, key_path(p), Path(f"{p}-wal"), Path(f"{p}-shm")]


class Vault:
    """An unlocked vault. Create with ``create``, ``open`` or ``open_with_identity``.

    ``notices`` holds one-line messages about what unlocking did that the user should know
    (a write-ahead log set aside and where it was kept); the CLI prints them, the GUI shows them.
    """

    notices: tuple[str, ...] = ()

    def __init__(self, path: Path, handle: Handle, keyfile: KeyFile, key: bytes,
                 kdf: KdfParams) -> None:
        self.path = path
        self._h = handle
        self._keyfile = keyfile
        self._key = bytearray(key)
        self._kdf = kdf
        self._store = CountersignedStore(handle)
        self.records = RecordsService(self._store)
        self.outbox_store = VaultOutboxStore(handle)  # used through sync.outbox.Outbox
        self.import_log = ImportLog(handle)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, passphrase: str, *, recovery_recipient: str | None = None,
               kdf: KdfParams | None = None) -> Vault:
        """Create a new vault at ``path`` (VaultExists if there is one; see ``create_files``)."""
        path = Path(path)
        keyfile, key, params = create_files(path, passphrase, recovery_recipient, kdf)
        event("vault.created")
        return cls._unlock(path, keyfile, key, params, AuditKind.UNLOCKED)

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        """Unlock with the passphrase. WrongPassphrase leaves every vault file unchanged."""
        path = cls._existing(path)
        keyfile = read_keyfile(path)
        try:
            key = unwrap_passphrase(keyfile, passphrase)
        except WrongPassphrase:
            count = attempts.record_failure(path)
            event("vault.unlock_failed", count=count)
            raise
        slot = keyfile.slot("passphrase") or {}
        return cls._unlock(path, keyfile, key, KdfParams.from_dict(slot["kdf"]),
                           AuditKind.UNLOCKED)

    @classmethod
    def open_with_identity(cls, path: str | Path, identity_text: str) -> Vault:
        """Unlock with the organisation recovery identity (then set a new passphrase)."""
        path = cls._existing(path)
        keyfile = read_keyfile(path)
        try:
            key = unwrap_recovery(keyfile, identity_text)
        except WrongPassphrase:
            attempts.record_failure(path)
            raise
        slot = keyfile.slot("passphrase")
        params = KdfParams.from_dict(slot["kdf"]) if slot else DEFAULT_KDF
        return cls._unlock(path, keyfile, key, params, AuditKind.RECOVERY_USED)

    @staticmethod
    def exists(path: str | Path) -> bool:
        """True when ``path`` holds a vault database (the first-run screen asks this)."""
        return Path(path).is_file()

    @staticmethod
    def _existing(path: str | Path) -> Path:
        p = Path(path)
        if not p.is_file():
            raise NotAVault(f"no vault at {p}; create one with `sharedesk vault init`")
        return p

    @classmethod
    def _unlock(cls, path: Path, keyfile: KeyFile, key: bytes, kdf: KdfParams,
                kind: str) -> Vault:
        # Judge a leftover WAL with connections that cannot write before the writable one
        # (which would checkpoint a foreign or stale WAL into the vault on close).
        notices = admit_wal(path, key, keyfile.vault_id)
        conn = connect(path, key, keyfile.vault_id)
        handle = Handle(path, conn)
        try:
            migrate(conn, path)
            failures, last = attempts.pending(path)
            with transaction(conn, path, "record the unlock") as c:
                if failures:
                    chain.append(c, AuditKind.FAILED_UNLOCK, None, {"count": failures, "last": last})
                chain.append(c, kind)
                search_index.catch_up(c)  # decisions saved just before a crash or kill
        except BaseException:
            handle.close()
            raise
        attempts.clear(path)
        leftovers.sweep(path.parent, leftovers.vault_temps(path))  # of operations killed earlier
        event("vault.unlocked", kind=kind)
        vault = cls(path, handle, keyfile, key, kdf)
        vault.notices = tuple(notices)
        try:  # the read-only connections, keyed from the vault's key buffer (wiped on close)
            handle.attach_readers(lambda: connect_reader(path, bytes(vault._key), keyfile.vault_id))
        except BaseException:
            vault.close()
            raise
        return vault

    # -- keys ----------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the database key under a new passphrase (fresh salt; data not rewritten)."""
        check_passphrase(new_passphrase)
        params = KdfParams(max(self._kdf.memory_kib, DEFAULT_KDF.memory_kib),
                           max(self._kdf.time_cost, DEFAULT_KDF.time_cost),
                           max(self._kdf.parallelism, DEFAULT_KDF.parallelism))
        with self._h.lock:
            slot = passphrase_slot(self._keyfile.vault_id, self._raw_key(), new_passphrase, params)
            self._replace_keyfile(self._keyfile.with_slot(slot), AuditKind.PASSPHRASE_CHANGED,
                                  {"kdf_memory_kib": params.memory_kib})
            self._kdf = params

    def set_recovery_recipient(self, recipient: str | None) -> None:
        """Add, replace or (with None) remove the organisation recovery slot."""
        with self._h.lock:
            keyfile = (self._keyfile.with_slot(recovery_slot(self._keyfile.vault_id,
                                                             self._raw_key(), recipient))
                       if recipient else self._keyfile.without("recovery"))
            self._replace_keyfile(keyfile, AuditKind.RECOVERY_CHANGED,
                                  {"recovery": bool(recipient)})

    def add_recovery(self, recipient: str) -> bool:
        """Give this vault the organisation recovery slot for ``recipient`` (age1...).

        Returns False, writing nothing, when the vault already has a slot for that recipient;
        a slot for another recipient is replaced. UsageError for a recipient that is not an
        age X25519 public key. The key file is replaced safely and the change audited
        (``recovery_changed``), as for a passphrase change.
        """
        if self.recovery_recipient == recipient.strip():
            return False
        self.set_recovery_recipient(recipient.strip())
        return True

    def _replace_keyfile(self, keyfile: KeyFile, kind: str, detail: chain.Detail) -> None:
        # The new key file is staged (written and fsynced under a temporary name) and renamed
        # into place; only then is the change audited, so the trail never records a key change
        # that did not happen. If the event cannot be committed (disk full) the old key file is
        # put back and the error raised. A kill between the rename and the commit leaves the
        # new key file without its event: the trail may miss a change, never invent one.
        staged = stage_keyfile(self.path, keyfile)
        commit_keyfile(staged, self.path)
        try:
            with transaction(self._h.conn, self.path, "change the vault keys") as c:
                chain.append(c, kind, None, detail)
        except BaseException:
            with contextlib.suppress(SharedeskError):
                write_keyfile(self.path, self._keyfile)
            raise
        self._keyfile = keyfile

    @property
    def recovery_recipient(self) -> str | None:
        return self._keyfile.recovery_recipient

    @property
    def kdf(self) -> KdfParams:
        return self._kdf

    def _raw_key(self) -> bytes:
        if not self._h.is_open:
            self._h.conn  # noqa: B018 - raises VaultLocked
        return bytes(self._key)

    # -- audit, secrets, checks ----------------------------------------------------------------
    def audit(self, kind: str, record_id: str | None = None,
              detail: chain.Detail | None = None) -> None:
        """Append an event (ids, counts, hashes only; never record content) to the chain."""
        with self._h.lock, transaction(self._h.conn, self.path, "write the audit trail") as c:
            chain.append(c, kind, record_id, detail)

    def audit_events(self, record_id: str | None = None) -> list[chain.AuditEvent]:
        with self._h.reading() as conn:
            return chain.events(conn, record_id)

    def secret_get(self, name: str) -> bytes | None:
        with self._h.reading() as conn:
            rows = read(conn, self.path, "SELECT value FROM secrets WHERE name = ?", (name,))
        return bytes(rows[0][0]) if rows else None

    def secret_set(self, name: str, value: bytes | None) -> None:
        """Store (or with None, delete) a secret such as the device key or sync token."""
        with self._h.lock, transaction(self._h.conn, self.path, "save the secret") as c:
            if value is None:
                c.execute("DELETE FROM secrets WHERE name = ?", (name,))
            else:
                c.execute("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT(name) "
                          "DO UPDATE SET value = excluded.value", (name, bytes(value)))

    def set_export_status(self, record_id: str, status: str, audit_kind: str | None = None,
                          detail: Mapping[str, Any] | None = None) -> None:
        """Record an export/upload state change, audited in the same transaction."""
        self._store.set_export_status(record_id, status, audit_kind, detail)

    def add_countersignatures(self, record_id: str, items: Sequence[Countersignature], *,
                              imported: bool = False) -> int:
        """Store countersignatures beside a final record, audited (vault/countersignatures.py)."""
        return self._store.add_countersignatures(record_id, items, imported=imported)

    def overview(self, today: date) -> team.Overview:
        """The manager's team overview (vault/overview.py)."""
        return team.overview(self._h, today)

    def figure_rows(self, figure: team.Figure, today: date,
                    limit: int = 1000) -> list[team.FigureRow]:
        """The records behind one overview figure, newest first."""
        return team.figure_rows(self._h, figure, today, limit)

    def purge(self, items: Sequence[PurgeItem]) -> list[str]:
        """Replace acknowledged records' content with stubs, audited (vault/purge.py). The
        caller decides what is due; returns the ids purged (purged ones are skipped). The one
        purge path: a retention run (``purge_run``) with its default batches."""
        return self.purge_run(items)

    def purge_run(self, items: Sequence[PurgeItem], *, batch: int = purge_batch,
                  rewrite_index: bool = True) -> list[str]:
        """A retention run: ``items`` purged ``batch`` to a transaction, the lock free between
        them, then (with ``rewrite_index``) the search index rewritten once without their words
        (vault/purge_run.py); else that rewrite stays pending. Returns the ids purged."""
        return purge_run(self._h, items, batch=batch, rewrite_index=rewrite_index)

    def rewrite_search_index(self) -> int:
        """Finish a pending search-index rewrite after a purge (a run stopped before it, or one
        that deferred it), in short steps; returns the steps taken (0: nothing pending)."""
        return rewrite_search_index(self._h)

    def search_rewrite_pending(self) -> bool:
        """True when purged records' words may still be in the search index's segments."""
        return rewrite_pending(self._h)

    def purged_stub(self, record_id: str) -> dict[str, Any] | None:
        """A purged record's stub (ids, dates, outcome, bundle, receipt hash), else None."""
        with self._h.reading() as conn:
            return purge.purged_stub(conn, record_id)

    def verify(self) -> list[str]:
        """Cipher pages, structure, schema, audit chain and record hashes: problems found."""
        with self._h.lock:
            return integrity.check(self._h.conn)

    def backup(self, dest: str | Path) -> Path:
        """Write a verified encrypted copy (database + key file) to ``dest``; returns its path."""
        with self._h.lock:
            out = integrity.backup(self._h.conn, self.path, Path(dest), self._raw_key(),
                                   self._keyfile)
            self.audit(AuditKind.BACKED_UP)
        return out

    # -- closing -------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._h.is_open

    def close(self) -> None:
        """Lock the vault: close both connections (a read in progress on another thread ends
        with VaultLocked; the writer closes last, checkpointing the WAL) and overwrite the key
        buffer (best effort: Python may hold other copies until they are collected)."""
        with self._h.lock:
            if self._h.is_open:
                # Leave the file fully indexed; a failure here (disk full) only defers it.
                with contextlib.suppress(SharedeskError):
                    search_index.bring_up_to_date(self._h.conn, self.path)
            self._h.close()
            for i in range(len(self._key)):
                self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
