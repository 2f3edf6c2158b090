"""Request checks that need no database: ids, content type, size, bearer tokens, rate limits.

A failed check raises ``Refusal``; the app turns it into a JSON error answer, counts it under
its reason and logs the reason (never the token or the body).
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping

from starlette.requests import Request

BUNDLE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
CONTENT_TYPE = "application/octet-stream"
_MAX_TOKEN = 512


class Refusal(Exception):
    """An answer other than success: HTTP status, a short reason code, and a one-line message."""

    def __init__(self, status: int, reason: str, message: str,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message
        self.headers = dict(headers or {})


def bundle_id(request: Request) -> str:
    value = str(request.path_params.get("bundle_id", ""))
    if not BUNDLE_ID.match(value):
        raise Refusal(400, "bad_id", "the bundle id must be a lower-case UUID")
    return value


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > _MAX_TOKEN:
        raise Refusal(401, "no_token", "a bearer token is required",
                      {"WWW-Authenticate": 'Bearer realm="sharedesk-intake"'})
    return token


def check_upload_headers(request: Request, limit: int) -> None:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != CONTENT_TYPE:
        raise Refusal(400, "content_type", f"the body must be sent as {CONTENT_TYPE}")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise Refusal(400, "bad_length", "the Content-Length header is malformed")
        if int(declared) > limit:
            raise Refusal(413, "too_large", f"the bundle is larger than this intake accepts "
                          f"({limit} bytes)")


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, refusing (413) as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, "too_large", f"the bundle is larger than this intake accepts "
                          f"({limit} bytes)")
        chunks.append(chunk)
    if size == 0:
        raise Refusal(400, "empty", "the body is empty")
    return b"".join(chunks)


class RateLimiter:
    """A token bucket per key (device id): ``burst`` at once, then ``per_minute``.

    Per process: behind N instances a device may reach N times the rate. Not thread-safe; used
    from the event loop only.
    """

    def __init__(self, per_minute: float, burst: int) -> None:
        self._rate = max(per_minute, 0.001) / 60.0
        self._burst = float(max(burst, 1))
        self._buckets: dict[int, tuple[float, float]] = {}

    def wait(self, key: int) -> float:
        """0 if a request may go now (and take a token), else the seconds until it may."""
        now = time.monotonic()
        tokens, then = self._buckets.get(key, (self._burst, now))
        tokens = min(self._burst, tokens + (now - then) * self._rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / self._rate
