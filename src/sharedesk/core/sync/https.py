"""HTTPS transport: ``PUT {endpoint}/bundles/{bundle_id}`` with a bearer token (docs/sync-endpoint.md).

Success is 200/201 with a JSON receipt ``{"bundle_id", "sha256"}`` naming this bundle and the
SHA-256 of the bytes sent; nothing else counts as delivered. 408, 429, 5xx, timeouts and dropped
connections are retried (the same bytes, so a server that stored them before the connection
dropped answers 200 again); 409 means the server holds different bytes for the id and is never
overwritten; any other answer stops and flags the bundle with a message saying what to do.
Plain http is refused except to this computer. Redirects are not followed (they would carry the
bundle, or drop the token, somewhere unplanned). Blocking: run off the GUI thread.
"""

from __future__ import annotations

import json
import ssl
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx

from sharedesk.core.errors import UsageError
from sharedesk.core.log import event
from sharedesk.core.netpolicy import is_loopback
from sharedesk.core.sync.transport import ACKNOWLEDGED, CONFLICT, FAILED, RETRY, Outcome


def check_endpoint(endpoint: str) -> str:
    """The endpoint without a trailing slash; UsageError unless https (or http to loopback)."""
    try:
        parts = urlsplit(endpoint.strip())
        host = parts.hostname or ""
    except ValueError:
        raise UsageError(f"{endpoint!r} is not a URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise UsageError(f"the sync endpoint {endpoint!r} must be an https:// URL")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UsageError("the sync endpoint must not hold a user name, password, query or "
                         "fragment (the token is kept in the vault)")
    if parts.scheme == "http" and not is_loopback(host):
        raise UsageError(f"the sync endpoint uses http:// to {host}; only https:// is allowed "
                         "except to this computer (127.0.0.1, localhost)")
    return endpoint.strip().rstrip("/")


class HttpsTransport:
    name = "https"

    def __init__(self, endpoint: str, token: str, *, ca_bundle: str | Path | None = None,
                 timeout: float = 60.0) -> None:
        if not token:
            raise UsageError("no upload token: run `sharedesk sync --token TOKEN` once "
                             "(it is kept in the vault)")
        self.endpoint = check_endpoint(endpoint)
        self._token = token
        verify: ssl.SSLContext | bool = True
        if ca_bundle:
            try:
                verify = ssl.create_default_context(cafile=str(ca_bundle))
            except (OSError, ssl.SSLError):
                raise UsageError(f"cannot use the CA bundle {ca_bundle}: not a readable "
                                 "PEM file") from None
        self._client = httpx.Client(verify=verify, timeout=timeout, follow_redirects=False,
                                    trust_env=False)

    def close(self) -> None:
        self._client.close()

    def deliver(self, bundle_id: str, data: bytes, sha256: str) -> Outcome:
        url = f"{self.endpoint}/bundles/{quote(bundle_id, safe='')}"
        headers = {"Authorization": f"Bearer {self._token}",
                   "Content-Type": "application/octet-stream"}
        try:
            response = self._client.put(url, content=data, headers=headers)
        except httpx.TimeoutException:
            return Outcome(RETRY, "the case system did not answer in time; will try again")
        except httpx.ConnectError as exc:
            if _is_tls_failure(exc):
                return Outcome(FAILED, "could not make a secure (TLS) connection to the case "
                               "system: its certificate is not trusted or TLS failed; check the "
                               "endpoint and the organisation CA bundle (sync.ca_bundle)")
            return Outcome(RETRY, "could not connect to the case system; will try again")
        except httpx.TransportError:
            return Outcome(RETRY, "the connection to the case system dropped; will try again")
        event("sync.https.answer", bundle_id=bundle_id, http_status=response.status_code)
        return _judge(response, bundle_id, sha256)

    def check_receipt(self, bundle_id: str, sha256: str) -> Outcome | None:
        return None  # the HTTPS answer is the receipt


def _is_tls_failure(exc: Exception) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _judge(response: httpx.Response, bundle_id: str, sha256: str) -> Outcome:
    status = response.status_code
    if status in (200, 201):
        return _receipt(response, bundle_id, sha256)
    if status in (408, 429) or 500 <= status <= 599:
        return Outcome(RETRY, f"the case system is busy or failing (HTTP {status}); "
                       "will try again", http_status=status, retry_after=_retry_after(response))
    if status == 409:
        return Outcome(CONFLICT, "the case system already holds a different bundle with this "
                       "id (HTTP 409); it was not overwritten: ask the case-system administrators",
                       http_status=status)
    if status in (401, 403):
        return Outcome(FAILED, f"the case system refused the upload token (HTTP {status}); set "
                       "a new one with `sharedesk sync --token TOKEN`", http_status=status)
    return Outcome(FAILED, f"the case system rejected the bundle (HTTP {status}); check the "
                   "endpoint setting or ask the case-system administrators", http_status=status)


def _receipt(response: httpx.Response, bundle_id: str, sha256: str) -> Outcome:
    try:
        receipt = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        receipt = None
    if not isinstance(receipt, dict) or not isinstance(receipt.get("sha256"), str) \
            or not isinstance(receipt.get("bundle_id"), str):
        return Outcome(RETRY, "the case system's receipt was malformed; nothing was marked "
                       "sent, will try again", http_status=response.status_code)
    if receipt["bundle_id"] != bundle_id or receipt["sha256"].lower() != sha256:
        return Outcome(FAILED, "the case system's receipt does not match the bundle sent "
                       "(different id or SHA-256); nothing was marked sent: ask the "
                       "case-system administrators", http_status=response.status_code)
    return Outcome(ACKNOWLEDGED, "acknowledged by the case system", receipt_sha256=sha256,
                   http_status=response.status_code)


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "0")))
    except ValueError:
        return 0.0
