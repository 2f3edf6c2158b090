"""Organisation keys: the age X25519 identity (bundles, recovery) and the Ed25519 profile-signing key.

Private keys are created once, on an administrator's offline machine, written 0600 and never
overwritten. Profile signatures cover a canonical form of the profile's *content* (its parsed
TOML, as sorted compact JSON, without the ``[signature]`` table), so comments and layout can be
edited without re-signing but any change to a value breaks the signature.

All functions are pure or touch only the paths they are given; safe to call from any thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sharedesk.core import canonical as jcs
from sharedesk.core import paths
from sharedesk.core.errors import ProfileError
from sharedesk.core.fsutil import fsync_dir, write_atomic

SIGNATURE_TABLE = "signature"
ALGORITHM = "ed25519"
# Domain separation: a signature over a profile can never be replayed as a signature over
# anything else the same key might one day sign.
_CONTEXT = b"sharedesk-profile-v1\n"

AGE_IDENTITY_FILE = "org-age-identity.txt"
AGE_RECIPIENT_FILE = "org-age-recipient.txt"
SIGNING_KEY_FILE = "profile-signing-key.pem"
SIGNING_PUB_FILE = "profile-signing-key.pub.pem"
PINNED_KEY_FILE = SIGNING_PUB_FILE  # the organisation key this user trusts, in the data dir


@dataclass(frozen=True)
class OrgKeys:
    """What ``generate_org_keys`` wrote: file paths plus the public halves as text."""

    age_identity: Path
    age_recipient_file: Path
    signing_key: Path
    signing_public_key_file: Path
    age_recipient: str
    signing_public_key: str  # base64 of the raw 32-byte Ed25519 public key

    @property
    def private_files(self) -> tuple[Path, Path]:
        return (self.age_identity, self.signing_key)


def generate_org_keys(out_dir: Path) -> OrgKeys:
    """Create an organisation age identity and an Ed25519 signing key pair in ``out_dir``.

    Refuses (ProfileError) if any of the four files exists; on any failure removes what it wrote,
    so the directory is left as it was found.
    """
    names = (AGE_IDENTITY_FILE, AGE_RECIPIENT_FILE, SIGNING_KEY_FILE, SIGNING_PUB_FILE)
    targets = [out_dir / n for n in names]
    existing = [str(p) for p in targets if p.exists() or p.is_symlink()]
    if existing:
        raise ProfileError(f"refusing to overwrite existing key file {existing[0]}")
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    signing = Ed25519PrivateKey.generate()
    public_b64 = public_key_text(signing.public_key())
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    identity_text = (f"# sharedesk organisation age identity, created: {created}\n"
                     f"# public key: {recipient}\n"
                     "# KEEP OFFLINE. Anyone holding this file can read every bundle sent to the\n"
                     "# organisation and recover any laptop vault enrolled with the recovery key.\n"
                     f"{identity}\n")
    contents: tuple[tuple[bytes, int], ...] = (
        (identity_text.encode("ascii"), 0o600),
        (f"{recipient}\n".encode("ascii"), 0o644),
        (signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption()), 0o600),
        (public_pem(signing.public_key()), 0o644),
    )
    written: list[Path] = []
    try:
        out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # new dirs: owner only
        for path, (data, mode) in zip(targets, contents, strict=True):
            write_new_file(path, data, mode)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return OrgKeys(targets[0], targets[1], targets[2], targets[3], recipient, public_b64)


def write_new_file(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to a file that must not exist yet: temp (0600) -> fsync -> link -> fsync dir.

    ``os.link`` fails if ``path`` exists, so a key is never overwritten even in a race, and a
    reader never sees a half-written key. Where links are unsupported the name is claimed with
    ``O_EXCL`` instead (a reader may then briefly see an empty file, never a partial key).
    """
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ProfileError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        if hasattr(os, "fchmod"):  # POSIX (Windows gains it only in Python 3.13; ACLs apply there)
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT/exFAT USB sticks, some network shares): claim the name
            # exclusively, then move the finished file over our own empty claim.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode))
            try:
                os.replace(tmp_name, path)
            except OSError:
                path.unlink(missing_ok=True)  # our own empty claim
                raise
        fsync_dir(path.parent)
    except FileExistsError:
        raise ProfileError(f"refusing to overwrite existing file {path}") from None
    except OSError as exc:
        raise ProfileError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(public_b64: str) -> str:
    """The one fingerprint of every Ed25519 key sharedesk shows (device, profile-signing and
    receipt keys): ``SHA256:`` and the unpadded base64 of the SHA-256 of the 32 raw public-key
    bytes, as OpenSSH prints (docs/bundle-format.md). All 256 bits, so no key can be made to
    share another's fingerprint. ``public_b64`` must be base64 of a key."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    """Read an unencrypted PKCS#8 PEM Ed25519 private key (as written by ``generate_org_keys``)."""
    data = _read_small(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise ProfileError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ProfileError(f"{path}: not an Ed25519 private key")
    return key


def load_public_key(spec: str) -> Ed25519PublicKey:
    """A signing public key from a PEM file path, or given inline as base64 of the 32 raw bytes."""
    path = Path(spec)
    if path.is_file():
        try:
            key = serialization.load_pem_public_key(_read_small(path))
        except (ValueError, TypeError):
            raise ProfileError(f"{spec}: not a PEM public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise ProfileError(f"{spec}: not an Ed25519 public key")
        return key
    try:
        return public_key_from_text(spec)
    except ProfileError:
        raise ProfileError(f"{spec}: no such key file, and not a base64 Ed25519 public key") from None


def public_key_from_text(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise ProfileError("not a base64 Ed25519 public key") from None


def canonical_content(data: Mapping[str, Any], version: int = jcs.VERSION) -> bytes:
    """The bytes a profile signature covers: everything but the signature table, as RFC 8785
    canonical JSON (version 2; version 1 is what sharedesk signed before, the same bytes for
    every valid profile). ProfileError for content JSON cannot hold."""
    content = {k: v for k, v in data.items() if k != SIGNATURE_TABLE}
    try:
        return _CONTEXT + jcs.canonical(content, version)
    except jcs.NotCanonicalisable as exc:
        raise ProfileError(f"the profile {exc}") from None


def signature_table(data: Mapping[str, Any], key: Ed25519PrivateKey) -> str:
    """TOML text of a ``[signature]`` table signing ``data``'s content with ``key``."""
    value = base64.b64encode(key.sign(canonical_content(data))).decode("ascii")
    return (f"[{SIGNATURE_TABLE}]\n"
            "# Ed25519 over the profile's content (not its comments). Re-sign after any change:\n"
            "#   sharedesk profile sign FILE --key profile-signing-key.pem\n"
            f'algorithm = "{ALGORITHM}"\n'
            f'public_key = "{public_key_text(key.public_key())}"\n'
            f'value = "{value}"\n')


def _verify_either(public: Ed25519PublicKey, signature: bytes, data: Mapping[str, Any]) -> None:
    """InvalidSignature unless the signature covers the content in canonical form version 2 or,
    signed by an older sharedesk, version 1 (the forms differ only for content no valid profile
    holds, e.g. fractional numbers)."""
    try:
        public.verify(signature, canonical_content(data))
    except (InvalidSignature, ProfileError):
        public.verify(signature, canonical_content(data, version=1))


def verify_signature(data: Mapping[str, Any], table: Mapping[str, Any]) -> str:
    """Check a parsed ``[signature]`` table against the content; return the signer's public key.

    Raises ProfileError (without file position; the caller adds it) when the table is malformed
    or the signature does not match the content.
    """
    unknown = sorted(set(table) - {"algorithm", "public_key", "value"})
    if unknown:
        raise ProfileError(f"unknown key signature.{unknown[0]}")
    if table.get("algorithm") != ALGORITHM:
        raise ProfileError(f'signature.algorithm must be "{ALGORITHM}"')
    public_b64, value = table.get("public_key"), table.get("value")
    if not isinstance(public_b64, str) or not isinstance(value, str):
        raise ProfileError("signature.public_key and signature.value must be base64 text")
    public = public_key_from_text(public_b64)
    try:
        signature = base64.b64decode(value, validate=True)
        _verify_either(public, signature, data)
    except (binascii.Error, InvalidSignature):
        raise ProfileError("signature does not match the content: the profile was changed "
                           "after it was signed, or the signature is damaged") from None
    return public_key_text(public)


def _read_small(path: Path, limit: int = 64 * 1024) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ProfileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ProfileError(f"{path}: too large to be a key file")
    return data


def pinned_signing_key() -> Ed25519PublicKey | None:
    """The organisation signing key this user's sharedesk trusts, if one was pinned."""
    path = paths.home_dir() / PINNED_KEY_FILE
    return load_public_key(str(path)) if path.is_file() else None


def pin_signing_key(key: Ed25519PublicKey) -> bool:
    """Trust ``key`` for profiles from now on (public key, kept in the data directory).

    Returns True if newly pinned. A different key already pinned is never replaced silently:
    ProfileError names the file an administrator must remove to change organisation key.
    """
    current = pinned_signing_key()
    if current is not None:
        same_key_or_fail(current, key)
        return False
    write_atomic(paths.home_dir() / PINNED_KEY_FILE, public_pem(key), mode=0o644)
    return True


def same_key_or_fail(pinned: Ed25519PublicKey, offered: Ed25519PublicKey) -> None:
    have, want = public_key_text(pinned), public_key_text(offered)
    if have != want:
        raise ProfileError(f"a different organisation signing key is already trusted "
                           f"({fingerprint(have)}, not {fingerprint(want)}); to "
                           f"change it, remove {paths.home_dir() / PINNED_KEY_FILE} first")
