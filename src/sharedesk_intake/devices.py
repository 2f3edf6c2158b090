"""Who may talk to the intake: enrolled laptops (role ``device``) and managers (role ``manager``).

A laptop is enrolled with its device key (``sharedesk device show --json``) and gets a token;
its uploads must be signed by that key. A manager token may list, fetch and delete bundles but
never upload. Only the SHA-256 of a token is stored. Revoking keeps the row (the audit trail and
stored bundles refer to it) and refuses the token from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from psycopg import AsyncConnection, errors

from sharedesk_intake import crypto
from sharedesk_intake.errors import UsageError
from sharedesk_intake.store import audit


class Role(StrEnum):
    DEVICE = "device"
    MANAGER = "manager"


@dataclass(frozen=True)
class Principal:
    """The holder of a token, as the app sees it."""

    id: int
    name: str
    role: Role
    public_key: bytes | None
    fingerprint: str | None
    revoked: bool


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    name: str
    role: str
    fingerprint: str | None
    created_at: str
    revoked_at: str | None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role,
                "fingerprint": self.fingerprint, "created_at": self.created_at,
                "revoked_at": self.revoked_at}


async def authenticate(conn: AsyncConnection, token: str) -> Principal | None:
    cur = await conn.execute("SELECT id, name, role, public_key, fingerprint, revoked_at IS NOT NULL "
                             "FROM intake_devices WHERE token_hash = %s", (crypto.token_hash(token),))
    row = await cur.fetchone()
    if row is None:
        return None
    key = bytes(row[3]) if row[3] is not None else None
    return Principal(int(row[0]), row[1], Role(row[2]), key, row[4], bool(row[5]))


async def add(conn: AsyncConnection, name: str, role: Role,
              device_key: str | None) -> tuple[str, DeviceInfo]:
    """Enrol a device (its base64 public key required) or a manager; returns (token, info)."""
    name = name.strip()
    if not name or len(name) > 200 or not name.isprintable():
        raise UsageError("the name must be 1-200 printable characters")
    raw: bytes | None = None
    if role is Role.DEVICE:
        if not device_key:
            raise UsageError("a device needs its key: --device-key BASE64 "
                             "(from `sharedesk device show --json` on the laptop)")
        raw = crypto.parse_device_key(device_key)
    elif device_key:
        raise UsageError("a manager token takes no device key")
    fingerprint = crypto.fingerprint(raw) if raw is not None else None
    token = crypto.new_token()
    try:
        async with conn.transaction():
            cur = await conn.execute(
                "INSERT INTO intake_devices (name, role, public_key, fingerprint, token_hash) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id, created_at",
                (name, role.value, raw, fingerprint, crypto.token_hash(token)))
            row = await cur.fetchone()
            assert row is not None
            await audit(conn, "enrolled", "admin", None, device=name, role=role.value,
                        fingerprint=fingerprint)
    except errors.UniqueViolation:
        raise UsageError(f"an unrevoked device or manager is already called {name!r}") from None
    return token, DeviceInfo(int(row[0]), name, role.value, fingerprint, _stamp(row[1]), None)


async def list_all(conn: AsyncConnection) -> list[DeviceInfo]:
    cur = await conn.execute("SELECT id, name, role, fingerprint, created_at, revoked_at "
                             "FROM intake_devices ORDER BY id")
    return [DeviceInfo(int(r[0]), r[1], r[2], r[3], _stamp(r[4]),
                       _stamp(r[5]) if r[5] is not None else None) for r in await cur.fetchall()]


async def revoke(conn: AsyncConnection, which: str) -> DeviceInfo:
    """Revoke by id or by name (an unrevoked one); UsageError if there is no such device."""
    async with conn.transaction():
        if which.isdigit():
            cur = await conn.execute("UPDATE intake_devices SET revoked_at = coalesce(revoked_at, "
                                     "now()) WHERE id = %s RETURNING id, name, role, fingerprint, "
                                     "created_at, revoked_at", (int(which),))
        else:
            cur = await conn.execute("UPDATE intake_devices SET revoked_at = now() WHERE name = %s "
                                     "AND revoked_at IS NULL RETURNING id, name, role, "
                                     "fingerprint, created_at, revoked_at", (which,))
        row = await cur.fetchone()
        if row is None:
            raise UsageError(f"no unrevoked device or manager {which!r}: see `devices list`")
        await audit(conn, "revoked", "admin", None, device=row[1], role=row[2])
    return DeviceInfo(int(row[0]), row[1], row[2], row[3], _stamp(row[4]), _stamp(row[5]))


def _stamp(value: object) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)
