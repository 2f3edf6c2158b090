"""The key file beside a vault: key slots that wrap the random database key.

The database is keyed with a random 256-bit key used as a raw SQLCipher key. That key is never
written in the clear; the key file (``<vault>.keys``, JSON, written atomically) holds slots that
wrap it:

- ``passphrase``: Argon2id(passphrase, salt, params) -> 256-bit KEK -> AES-256-GCM over the key.
  The parameters are stored with the slot so they can be raised later; the slot's metadata is the
  AEAD's associated data, so editing salt or parameters makes the slot fail, never weaken.
- ``recovery`` (optional): the key age-encrypted (X25519, pyrage) to the organisation's
  recovery recipient, so a forgotten passphrase does not destroy work.

See docs/vault-format.md. Pure functions, no shared state: safe from any thread.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sharedesk.core import plaindata
from sharedesk.core.errors import NotAVault, UsageError, VaultError, VaultWriteError, WrongPassphrase
from sharedesk.core.fsutil import fsync_dir, write_atomic
from sharedesk.core.passphrase import require_strong

FORMAT = "sharedesk-vault-keys"
VERSION = 1
KEY_BYTES = 32
MAX_KEYFILE_BYTES = 64 * 1024  # a real one is under 2 KiB
# Highest Argon2 memory a key file may ask for: 16x the default. A damaged or hostile key file
# must not make unlocking allocate more than a laptop has (it used to allow 4 GiB).
MAX_MEMORY_KIB = 2**20
MAX_FIELD = 8 * 1024  # longest base64 or recipient text in a slot
_VAULT_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default meets the issue: 64 MiB, 3 passes."""

    memory_kib: int = 65536
    time_cost: int = 3
    parallelism: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "time_cost": self.time_cost,
                "parallelism": self.parallelism}

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        if not isinstance(data, Mapping) or data.get("name") != "argon2id":
            raise NotAVault("the vault key file names an unknown key derivation")
        values = [data.get(name) for name in ("memory_kib", "time_cost", "parallelism")]
        ints = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if len(ints) != len(values):
            raise NotAVault("the vault key file's key derivation parameters are damaged")
        params = cls(*ints)
        if not (8 <= params.memory_kib <= MAX_MEMORY_KIB and 1 <= params.time_cost <= 100
                and 1 <= params.parallelism <= 16):
            raise NotAVault("the vault key file holds out-of-range key derivation parameters")
        return params


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(vault_id: str, slot: Mapping[str, Any]) -> bytes:
    meta = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
    return json.dumps({"vault_id": vault_id, "slot": meta}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # NFC: the same passphrase typed through different input methods gives the same bytes.
    text = unicodedata.normalize("NFC", passphrase)
    try:
        return hash_secret_raw(text.encode("utf-8", "surrogatepass"), salt,
                               time_cost=params.time_cost, memory_cost=params.memory_kib,
                               parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID)
    except (HashingError, MemoryError):
        # e.g. not enough memory for the key file's parameters (checked against MAX_MEMORY_KIB)
        raise VaultError("the passphrase could not be checked: this computer could not run the "
                         f"key derivation ({params.memory_kib // 1024} MiB); nothing was "
                         "changed") from None


def check_passphrase(passphrase: str) -> None:
    """Reject a passphrase too weak to protect records about children (WeakPassphrase, a
    UsageError): the one policy in core/passphrase.py, shared with the GUI."""
    require_strong(passphrase)


def passphrase_slot(vault_id: str, key: bytes, passphrase: str, params: KdfParams) -> dict[str, Any]:
    slot: dict[str, Any] = {"kind": "passphrase", "kdf": {**params.to_dict(),
                                                          "salt": _b64(secrets.token_bytes(16))},
                            "aead": "aes-256-gcm"}
    kek = derive_kek(passphrase, _unb64(slot["kdf"]["salt"]), params)
    nonce = secrets.token_bytes(12)
    slot["nonce"] = _b64(nonce)
    slot["wrapped"] = _b64(AESGCM(kek).encrypt(nonce, key, _aad(vault_id, slot)))
    return slot


def recovery_slot(vault_id: str, key: bytes, recipient: str) -> dict[str, Any]:
    from pyrage import encrypt, x25519

    try:
        parsed = x25519.Recipient.from_str(recipient.strip())
    except Exception:  # pyrage raises its own RecipientError types
        raise UsageError("the recovery recipient is not an age X25519 public key (age1...)") from None
    return {"kind": "recovery", "recipient": recipient.strip(),
            "age": _b64(encrypt(key, [parsed]))}


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[Mapping[str, Any], ...]

    def slot(self, kind: str) -> Mapping[str, Any] | None:
        return next((s for s in self.slots if s.get("kind") == kind), None)

    @property
    def recovery_recipient(self) -> str | None:
        slot = self.slot("recovery")
        return str(slot["recipient"]) if slot else None

    def with_slot(self, slot: Mapping[str, Any]) -> KeyFile:
        others = tuple(s for s in self.slots if s.get("kind") != slot.get("kind"))
        return KeyFile(self.vault_id, (*others, slot))

    def without(self, kind: str) -> KeyFile:
        return KeyFile(self.vault_id, tuple(s for s in self.slots if s.get("kind") != kind))

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                "slots": [dict(s) for s in self.slots]}
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def key_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def read_keyfile(vault_path: Path) -> KeyFile:
    """The key file beside ``vault_path``; NotAVault (one line) for anything unfit in it.

    Every field a later step reads is checked here for type and size, so a damaged or hostile
    key file fails at once with a plain message, never as a traceback deep in unwrapping.
    """
    path = key_path(vault_path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        raise NotAVault(f"{vault_path}: its key file {path.name} is missing") from None
    except OSError as exc:
        raise NotAVault(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_KEYFILE_BYTES:
        raise NotAVault(f"{path} is not a sharedesk vault key file (too large)")
    try:
        data = plaindata.parse_json(raw, str(path), NotAVault)
    except NotAVault:
        raise NotAVault(f"{path} is not a sharedesk vault key file") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAVault(f"{path} is not a sharedesk vault key file")
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise NotAVault(f"{path} was written by another sharedesk version (key file "
                        f"{str(data.get('version'))[:20]})")
    vault_id, slots = data.get("vault_id"), data.get("slots")
    if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
        raise NotAVault(f"{path}: damaged key file (its vault id)")
    if not isinstance(slots, list) or not all(_slot_ok(s) for s in slots):
        raise NotAVault(f"{path}: damaged key file (its key slots)")
    return KeyFile(vault_id, tuple(slots))


def _slot_ok(slot: object) -> bool:
    """A slot's fields have the types and sizes unwrapping expects (values checked later)."""
    if not isinstance(slot, dict) or not isinstance(slot.get("kind"), str):
        return False
    texts: tuple[str, ...] = ()
    if slot["kind"] == "passphrase":
        kdf = slot.get("kdf")
        if not isinstance(kdf, dict) or not isinstance(kdf.get("salt"), str):
            return False
        texts = ("nonce", "wrapped")
    elif slot["kind"] == "recovery":
        texts = ("recipient", "age")
    return all(isinstance(slot.get(name), str) and 0 < len(slot[name]) <= MAX_FIELD
               for name in texts)


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically (a crash leaves the old or the new file, never half)."""
    write_atomic(key_path(vault_path), keyfile.to_bytes())


def stage_keyfile(vault_path: Path, keyfile: KeyFile) -> Path:
    """Write the new key file beside the vault under a temporary name (0600, fsynced).

    ``commit_keyfile`` renames it into place. Splitting the two lets the caller commit the
    matching audit event in between, so a failure at any step leaves both old or both new.
    """
    target = key_path(vault_path)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp already creates the file 0600 (owner only) on POSIX; no os.fchmod, which
        # reaches Windows only in Python 3.13 (the approach of core/fsutil.py).
        with os.fdopen(fd, "wb") as handle:
            handle.write(keyfile.to_bytes())
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(name).unlink(missing_ok=True)
        raise VaultWriteError(f"could not write {target}: {exc.strerror or exc}") from None
    return Path(name)


def commit_keyfile(staged: Path, vault_path: Path) -> None:
    try:
        os.replace(staged, key_path(vault_path))
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise VaultWriteError(f"could not replace the key file: {exc.strerror or exc}") from None
    fsync_dir(vault_path.parent)


def unwrap_passphrase(keyfile: KeyFile, passphrase: str) -> bytes:
    """The database key, or WrongPassphrase. Runs Argon2id (slow by design)."""
    slot = keyfile.slot("passphrase")
    if slot is None:
        raise NotAVault("the vault key file has no passphrase slot")
    try:
        params = KdfParams.from_dict(slot["kdf"])
        salt, nonce, wrapped = (_unb64(slot["kdf"]["salt"]), _unb64(slot["nonce"]),
                                _unb64(slot["wrapped"]))
    except (KeyError, ValueError, TypeError):
        raise NotAVault("the vault key file's passphrase slot is damaged") from None
    # Argon2 refuses a salt under 8 bytes and AES-GCM a nonce outside 8-128 bytes, each with
    # its own exception type: check the sizes this format writes instead.
    if not (8 <= len(salt) <= 64 and len(nonce) == 12 and len(wrapped) == KEY_BYTES + 16):
        raise NotAVault("the vault key file's passphrase slot is damaged")
    kek = derive_kek(passphrase, salt, params)
    try:
        key = AESGCM(kek).decrypt(nonce, wrapped, _aad(keyfile.vault_id, slot))
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase: the vault was not changed") from None
    if len(key) != KEY_BYTES:
        raise NotAVault("the vault key file's passphrase slot is damaged")
    return key


def unwrap_recovery(keyfile: KeyFile, identity_text: str) -> bytes:
    """The database key from the organisation recovery identity (an AGE-SECRET-KEY- line)."""
    from pyrage import decrypt, x25519

    slot = keyfile.slot("recovery")
    if slot is None:
        raise NotAVault("this vault has no recovery key slot")
    lines = [ln.strip() for ln in identity_text.splitlines() if ln.strip().startswith("AGE-SECRET-KEY-")]
    if len(lines) != 1:
        raise UsageError("the identity file must hold one AGE-SECRET-KEY- line")
    try:
        identity = x25519.Identity.from_str(lines[0])
    except Exception:
        raise UsageError("the identity file does not hold a valid age X25519 identity") from None
    try:
        key = decrypt(_unb64(slot["age"]), [identity])
    except (KeyError, ValueError):
        raise NotAVault("the vault key file's recovery slot is damaged") from None
    except Exception:  # pyrage.DecryptError: no matching recipient
        raise WrongPassphrase("that recovery key does not open this vault") from None
    if len(key) != KEY_BYTES:
        raise NotAVault("the vault key file's recovery slot is damaged")
    return bytes(key)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)
