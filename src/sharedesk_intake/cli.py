"""The ``sharedesk-intake`` command: init, keys, devices, serve, bundles, purge.

``--database`` defaults to ``$SHAREDESK_INTAKE_DATABASE`` and ``--key-file`` to
``$SHAREDESK_INTAKE_KEY_FILE``; keep database passwords in ``PGPASSFILE`` (or the environment),
not on the command line, where other local users can read them. Errors print one line and exit
non-zero; nothing is half-done.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TypeVar

import psycopg

from sharedesk_intake import __version__, crypto, devices, schema, store
from sharedesk_intake.config import MIB, Config
from sharedesk_intake.errors import IntakeError, UsageError

T = TypeVar("T")


def _db(args: argparse.Namespace) -> str:
    url: str | None = args.database or os.environ.get("SHAREDESK_INTAKE_DATABASE")
    if not url:
        raise UsageError("no database: give --database URL or set SHAREDESK_INTAKE_DATABASE")
    return url


def _key_path(args: argparse.Namespace) -> Path:
    path: str | None = args.key_file or os.environ.get("SHAREDESK_INTAKE_KEY_FILE")
    if not path:
        raise UsageError("no receipt key file: give --key-file PATH or set "
                         "SHAREDESK_INTAKE_KEY_FILE")
    return Path(path)


def _with_db(url: str, work: Callable[[psycopg.AsyncConnection], Awaitable[T]]) -> T:
    async def run() -> T:
        try:
            conn = await psycopg.AsyncConnection.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or ["unknown error"])[0]
            raise IntakeError(f"cannot connect to the database: {first}") from None
        async with conn:
            try:
                return await work(conn)
            except psycopg.Error as exc:
                raise IntakeError(f"database error ({type(exc).__name__}); nothing was "
                                  "changed") from None
    return asyncio.run(run())


def _print(data: object, as_json: bool, text: str) -> None:
    print(json.dumps(data) if as_json else text)


def cmd_init(args: argparse.Namespace) -> None:
    key_path = _key_path(args)
    key, created = crypto.ensure_receipt_key(key_path)
    before, after = _with_db(_db(args), schema.migrate)
    print(json.dumps({"schema_version": after, "upgraded_from": before,
                      "key_file": str(key_path), "key_created": created,
                      "receipt_public_key": crypto.public_text(key)}))


def cmd_keys_show(args: argparse.Namespace) -> None:
    public = crypto.public_text(crypto.load_receipt_key(_key_path(args)))
    _print({"receipt_public_key": public}, args.json, public)


def cmd_devices_add(args: argparse.Namespace) -> None:
    role = devices.Role(args.role)
    token, info = _with_db(_db(args), lambda c: devices.add(c, args.name, role, args.device_key))
    _print({"token": token, **info.as_json()}, args.json,
           f"token (shown once; give it to {info.name}): {token}")


def cmd_devices_list(args: argparse.Namespace) -> None:
    rows = _with_db(_db(args), devices.list_all)
    text = "\n".join(f"{d.id}\t{d.role}\t{d.name}\t{d.fingerprint or '-'}\t"
                     f"{'revoked ' + d.revoked_at if d.revoked_at else 'active'}" for d in rows)
    _print([d.as_json() for d in rows], args.json, text or "no devices")


def cmd_devices_revoke(args: argparse.Namespace) -> None:
    info = _with_db(_db(args), lambda c: devices.revoke(c, args.device))
    _print(info.as_json(), args.json, f"revoked {info.role} {info.name} (id {info.id})")


def cmd_bundles_list(args: argparse.Namespace) -> None:
    rows = _with_db(_db(args), store.list_all)
    text = "\n".join(f"{r.bundle_id}\t{r.size}\t{r.stored_at}\t{r.device_fingerprint}" for r in rows)
    _print([r.as_json() for r in rows], args.json, text or "no bundles held")


def cmd_bundles_fetch(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if out.exists() or out.is_symlink():
        raise UsageError(f"{out} exists; refusing to overwrite it")
    found = _with_db(_db(args), lambda c: store.fetch_bundle(c, args.bundle_id, "cli"))
    if found is None:
        raise UsageError(f"no bundle {args.bundle_id} is held")
    tmp = out.with_name(out.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(found[1])
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, out)  # never replaces a file created meanwhile
    except OSError as exc:
        raise IntakeError(f"cannot write {out}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    print(json.dumps({"bundle_id": args.bundle_id, "sha256": found[0], "out": str(out)}))


def cmd_purge(args: argparse.Namespace) -> None:
    count = _with_db(_db(args), lambda c: store.purge(c, args.retention_days, "cli"))
    print(json.dumps({"purged": count, "retention_days": args.retention_days}))


def cmd_serve(args: argparse.Namespace) -> None:
    from sharedesk_intake.server import serve
    config = Config(database=_db(args), key_file=_key_path(args),
                    max_bundle_bytes=int(args.max_bundle_mb * MIB),
                    retention_days=args.retention_days, rate_per_minute=args.rate_per_minute,
                    rate_burst=args.rate_burst, pool_max=args.pool_size,
                    pool_timeout=args.db_timeout, purge_interval=args.purge_interval)
    serve(config, args.host, args.port, ssl_certfile=args.ssl_certfile,
          ssl_keyfile=args.ssl_keyfile)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sharedesk-intake", description="Receive sharedesk bundles.")
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="command", required=True)

    def cmd(parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
            func: Callable[[argparse.Namespace], None], *, db: bool = True, key: bool = False,
            as_json: bool = False) -> argparse.ArgumentParser:
        q = parent.add_parser(name)
        q.set_defaults(func=func)
        if db:
            q.add_argument("--database", help="PostgreSQL URL ($SHAREDESK_INTAKE_DATABASE)")
        if key:
            q.add_argument("--key-file", help="receipt key ($SHAREDESK_INTAKE_KEY_FILE)")
        if as_json:
            q.add_argument("--json", action="store_true")
        return q

    cmd(sub, "init", cmd_init, key=True)
    keys = sub.add_parser("keys").add_subparsers(dest="keys_command", required=True)
    cmd(keys, "show", cmd_keys_show, db=False, key=True, as_json=True)
    devs = sub.add_parser("devices").add_subparsers(dest="devices_command", required=True)
    add = cmd(devs, "add", cmd_devices_add, as_json=True)
    add.add_argument("--name", required=True)
    add.add_argument("--device-key", help="base64 Ed25519 key from `sharedesk device show --json`")
    add.add_argument("--role", choices=[r.value for r in devices.Role], default="device")
    cmd(devs, "list", cmd_devices_list, as_json=True)
    cmd(devs, "revoke", cmd_devices_revoke, as_json=True).add_argument("device", help="id or name")
    bundles = sub.add_parser("bundles").add_subparsers(dest="bundles_command", required=True)
    cmd(bundles, "list", cmd_bundles_list, as_json=True)
    fetch = cmd(bundles, "fetch", cmd_bundles_fetch)
    fetch.add_argument("bundle_id")
    fetch.add_argument("--out", required=True)
    cmd(sub, "purge", cmd_purge).add_argument("--retention-days", type=int, required=True)
    serve = cmd(sub, "serve", cmd_serve, key=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--max-bundle-mb", type=float, default=64.0)
    serve.add_argument("--retention-days", type=int, default=30)
    serve.add_argument("--rate-per-minute", type=float, default=120.0)
    serve.add_argument("--rate-burst", type=int, default=60)
    serve.add_argument("--pool-size", type=int, default=10)
    serve.add_argument("--db-timeout", type=float, default=5.0,
                       help="seconds to wait for a database connection before answering 503")
    serve.add_argument("--purge-interval", type=float, default=3600.0,
                       help="seconds between retention runs; 0 = never (use `purge` from cron)")
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        args.func(args)
    except IntakeError as exc:
        print(f"sharedesk-intake: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
