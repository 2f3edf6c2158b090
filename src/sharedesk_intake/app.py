"""The ASGI app: the upload contract of docs/sync-endpoint.md plus the manager's pull.

Routes: ``PUT /bundles/{id}`` (device token), ``GET /bundles?after=CURSOR``, ``GET /bundles/{id}``
and ``DELETE /bundles/{id}?sha256=HEX`` (manager token), ``/healthz``, ``/metrics``.
A receipt is built before the insert (it is stored with the row) but sent only after the commit
returned; any database failure answers 503 with Retry-After and no receipt. Stateless apart from
the per-process rate limiter: run as many instances on one database as you like.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sharedesk_intake import crypto, guards, store
from sharedesk_intake.config import Config
from sharedesk_intake.devices import Principal, Role, authenticate
from sharedesk_intake.guards import Refusal
from sharedesk_intake.observe import Metrics, log

Handler = Callable[[Request], Awaitable[Response]]
_STATUS = {store.Stored.CREATED: 201, store.Stored.SAME: 200}


async def _configure(conn: AsyncConnection) -> None:
    # A receipt promises durability: never run with asynchronous commit, whatever the server says.
    cur = await conn.execute("SHOW synchronous_commit")
    row = await cur.fetchone()
    if row and row[0] in ("off", "local"):
        await conn.execute("SET synchronous_commit = on")


def make_pool(config: Config) -> AsyncConnectionPool:
    return AsyncConnectionPool(
        config.database, min_size=config.pool_min, max_size=config.pool_max, open=False,
        timeout=config.pool_timeout, kwargs={"autocommit": True, "connect_timeout": 5},
        configure=_configure, check=AsyncConnectionPool.check_connection,
        reconnect_timeout=30.0, name="intake")


class Intake:
    def __init__(self, config: Config, key: Ed25519PrivateKey) -> None:
        self.config = config
        self.key = key
        self.pool = make_pool(config)
        self.metrics = Metrics()
        self.limiter = guards.RateLimiter(config.rate_per_minute, config.rate_burst)

    # --- plumbing -------------------------------------------------------------------------
    def _observed(self, route: str, handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            started = time.perf_counter()
            fields: dict[str, object] = {}
            request.state.log = fields
            try:
                response = await handler(request)
            except ClientDisconnect:
                # The laptop went away mid-body: nothing was stored; it will retry.
                self.metrics.refusals.labels("client_disconnect").inc()
                fields["reason"] = "client_disconnect"
                response = JSONResponse({"error": "the upload was cut off"}, 400)
            except Refusal as refusal:
                self.metrics.refusals.labels(refusal.reason).inc()
                fields["reason"] = refusal.reason
                response = JSONResponse({"error": refusal.message}, refusal.status,
                                        headers=refusal.headers)
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                self.metrics.refusals.labels("database").inc()
                fields.update(reason="database", error=type(exc).__name__)
                response = JSONResponse({"error": "the database is unavailable; try again later"},
                                        503, headers={"Retry-After": str(self.config.retry_after)})
            except psycopg.Error as exc:
                fields.update(reason="database_error", error=type(exc).__name__)
                response = JSONResponse({"error": "internal error"}, 500)
            elapsed = time.perf_counter() - started
            self.metrics.requests.labels(request.method, route, str(response.status_code)).inc()
            self.metrics.latency.labels(route).observe(elapsed)
            level = logging.WARNING if response.status_code >= 500 else logging.INFO
            log("request", level, method=request.method, route=route,
                status=response.status_code, ms=round(elapsed * 1000, 1), **fields)
            return response
        return run

    async def _principal(self, request: Request, role: Role) -> Principal:
        token = guards.bearer(request)
        async with self.pool.connection() as conn:
            principal = await authenticate(conn, token)
        if principal is None:
            raise Refusal(401, "unknown_token", "the token is not known to this intake",
                          {"WWW-Authenticate": 'Bearer realm="sharedesk-intake"'})
        request.state.log.update(device=principal.name, device_id=principal.id)
        if principal.revoked:
            raise Refusal(403, "revoked", "this token has been revoked")
        if principal.role is not role:
            raise Refusal(403, "role", f"this endpoint needs a {role.value} token")
        return principal

    # --- device: upload -------------------------------------------------------------------
    async def put_bundle(self, request: Request) -> Response:
        bundle_id = guards.bundle_id(request)
        request.state.log["bundle_id"] = bundle_id
        guards.check_upload_headers(request, self.config.max_bundle_bytes)
        device = await self._principal(request, Role.DEVICE)
        wait = self.limiter.wait(device.id)
        if wait > 0:
            raise Refusal(429, "rate_limited", "too many uploads from this device; slow down",
                          {"Retry-After": str(max(1, round(wait)))})
        body = await guards.read_body(request, self.config.max_bundle_bytes)
        request.state.log["size"] = len(body)
        sha256 = hashlib.sha256(body).hexdigest()
        assert device.public_key is not None and device.fingerprint is not None
        if not crypto.verify_upload(device.public_key, bundle_id, sha256,
                                    request.headers.get("sharedesk-device-signature")):
            raise Refusal(403, "signature", "the upload is not signed by this device's key "
                          "(Sharedesk-Device-Signature)")
        receipt = crypto.sign_receipt(self.key, bundle_id, sha256, store.now_stamp())
        async with self.pool.connection() as conn:
            outcome, held = await store.store_bundle(
                conn, device_id=device.id, device_name=device.name,
                fingerprint=device.fingerprint, receipt=receipt, body=body)
        request.state.log["outcome"] = outcome.value
        if outcome is store.Stored.CONFLICT or held is None:
            self.metrics.conflicts.inc()
            raise Refusal(409, "conflict", "this intake already holds different bytes under "
                          "this bundle id; it keeps what it has")
        if outcome is store.Stored.CREATED:
            self.metrics.stored.inc()
            self.metrics.stored_bytes.inc(len(body))
        else:
            self.metrics.duplicates.inc()
        return JSONResponse(held.as_json(), _STATUS[outcome])

    # --- manager: pull --------------------------------------------------------------------
    async def list_bundles(self, request: Request) -> Response:
        after = store.parse_cursor(request.query_params.get("after"))
        if after is None:
            raise Refusal(400, "bad_cursor", "the cursor (after=) is malformed")
        limit_text = request.query_params.get("limit", str(self.config.list_limit))
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= self.config.list_limit:
            raise Refusal(400, "bad_limit", f"limit must be 1-{self.config.list_limit}")
        await self._principal(request, Role.MANAGER)
        async with self.pool.connection() as conn:
            rows, cursor = await store.list_bundles(conn, after, int(limit_text))
        request.state.log["count"] = len(rows)
        return JSONResponse({"bundles": [r.as_json() for r in rows], "next": cursor})

    async def get_bundle(self, request: Request) -> Response:
        bundle_id = guards.bundle_id(request)
        request.state.log["bundle_id"] = bundle_id
        manager = await self._principal(request, Role.MANAGER)
        async with self.pool.connection() as conn:
            found = await store.fetch_bundle(conn, bundle_id, manager.name)
        if found is None:
            raise Refusal(404, "not_found", "no bundle with this id is held")
        self.metrics.fetched.inc()
        return Response(found[1], 200, media_type=guards.CONTENT_TYPE,
                        headers={"Sharedesk-Sha256": found[0]})

    async def delete_bundle(self, request: Request) -> Response:
        bundle_id = guards.bundle_id(request)
        request.state.log["bundle_id"] = bundle_id
        sha256 = request.query_params.get("sha256", "")
        if not guards.SHA256.match(sha256):
            raise Refusal(400, "bad_sha256", "DELETE needs ?sha256= (hex) of the bundle imported")
        manager = await self._principal(request, Role.MANAGER)
        async with self.pool.connection() as conn:
            result = await store.delete_bundle(conn, bundle_id, sha256, manager.name)
        if result is store.Deleted.NOT_FOUND:
            raise Refusal(404, "not_found", "no bundle with this id is held")
        if result is store.Deleted.SHA_MISMATCH:
            raise Refusal(409, "sha_mismatch", "the bundle held has another SHA-256")
        if result is store.Deleted.NOT_FETCHED:
            raise Refusal(409, "not_fetched", "a bundle is deleted only after a manager fetched it")
        self.metrics.deleted.labels("imported").inc()
        return Response(status_code=204)

    # --- operations -----------------------------------------------------------------------
    async def healthz(self, request: Request) -> Response:
        async with self.pool.connection() as conn:
            await conn.execute("SELECT 1")
        return JSONResponse({"status": "ok"})

    async def metrics_page(self, request: Request) -> Response:
        return Response(generate_latest(self.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    async def bad_path(self, request: Request) -> Response:
        raise Refusal(400, "bad_path", "malformed bundle path")

    async def _purge_loop(self) -> None:
        while self.config.purge_interval > 0:
            try:
                async with self.pool.connection() as conn:
                    count = await store.purge(conn, self.config.retention_days)
                if count:
                    self.metrics.deleted.labels("retention").inc(count)
                log("retention.purged", count=count, retention_days=self.config.retention_days)
            except psycopg.Error as exc:
                log("retention.failed", logging.WARNING, error=type(exc).__name__)
            await asyncio.sleep(self.config.purge_interval)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await self.pool.open(wait=False)
        purger = asyncio.create_task(self._purge_loop())
        try:
            yield
        finally:
            purger.cancel()
            await self.pool.close(timeout=1.0)  # workers still backing off after an outage

    def app(self) -> Starlette:
        o = self._observed
        routes = [
            Route("/bundles/{bundle_id}", o("bundle", self.put_bundle), methods=["PUT"]),
            Route("/bundles/{bundle_id}", o("bundle", self.get_bundle), methods=["GET"]),
            Route("/bundles/{bundle_id}", o("bundle", self.delete_bundle), methods=["DELETE"]),
            Route("/bundles", o("bundles", self.list_bundles), methods=["GET"]),
            Route("/bundles/{rest:path}", o("bad_path", self.bad_path),
                  methods=["GET", "PUT", "DELETE"]),
            Route("/healthz", o("healthz", self.healthz), methods=["GET"]),
            Route("/metrics", self.metrics_page, methods=["GET"]),
        ]
        return Starlette(routes=routes, lifespan=self.lifespan)
