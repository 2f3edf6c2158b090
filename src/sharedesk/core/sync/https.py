"""HTTPS transport: ``PUT {endpoint}/bundles/{bundle_id}`` with a bearer token (docs/sync-endpoint.md).

Success is 200/201 with a JSON receipt naming this bundle and the SHA-256 of the bytes sent,
signed by a pinned receipt key when one is pinned (core/sync/receipt.py); nothing else counts as
delivered, and a receipt over 64 KiB is refused. Each upload is signed with the device key
(``Sharedesk-Device-Signature``). One overall deadline bounds each bundle's attempt.
408, 429, 5xx, timeouts and dropped connections are retried (the same bytes, so a server that
stored them before the connection dropped answers 200 again); 409 means the server holds
different bytes for the id and is never overwritten; any other answer stops and flags the
bundle with a message saying what to do.
Plain http is refused except to this computer. Redirects are not followed (they would carry the
bundle, or drop the token, somewhere unplanned). Uploads go through the proxy the ``sync.proxy``
setting names, or by default the system's (HTTPS_PROXY, NO_PROXY...; core/netpolicy.py); https
through a proxy is a CONNECT tunnel, so the proxy sees the host name but not the bundle or token.
Blocking: run off the GUI thread.
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx

from sharedesk.core.errors import UsageError
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.log import event
from sharedesk.core.netpolicy import is_loopback, proxy_options
from sharedesk.core.sync.deadline import Deadline
from sharedesk.core.sync.receipt import (
    MAX_RECEIPT_BYTES,
    SIGNATURE_HEADER,
    judge,
    upload_signature,
)
from sharedesk.core.sync.transport import AttemptKind, Outcome

DEFAULT_DEADLINE = 300.0  # seconds for one bundle, all told


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
                 timeout: float = 60.0, deadline: float = DEFAULT_DEADLINE,
                 receipt_keys: Sequence[str] = (), device: DeviceKey | None = None,
                 proxy: str = "") -> None:
        """``timeout`` bounds each network read or write; ``deadline`` the whole attempt for one
        bundle (connect, upload and receipt), so a server trickling bytes cannot stall a sync.
        ``receipt_keys``: the pinned receipt keys (base64); with any, only a receipt signed by
        one of them acknowledges. ``device`` signs each upload (Sharedesk-Device-Signature).
        ``proxy``: the ``sync.proxy`` setting ("" the system's proxy settings, "none", or a URL);
        UsageError if it is not one of those."""
        if not token:
            raise UsageError("no upload token: set SHAREDESK_SYNC_TOKEN or run `sharedesk sync "
                             "--token-file FILE` once (it is kept in the vault)")
        self.endpoint = check_endpoint(endpoint)
        self._token = token
        self.deadline = deadline
        self.receipt_keys = tuple(receipt_keys)
        self._device = device
        try:
            trust_env, proxy_url = proxy_options(proxy)
        except UsageError as exc:
            raise UsageError(f"sync.{exc}") from None
        verify: ssl.SSLContext | bool = True
        if ca_bundle:
            try:
                verify = ssl.create_default_context(cafile=str(ca_bundle))
            except (OSError, ssl.SSLError):
                raise UsageError(f"cannot use the CA bundle {ca_bundle}: not a readable "
                                 "PEM file") from None
        # No kept-alive connections: each attempt opens its own, so the deadline can cut it.
        self._client = httpx.Client(verify=verify, timeout=min(timeout, deadline),
                                    follow_redirects=False, trust_env=trust_env,
                                    proxy=proxy_url,
                                    limits=httpx.Limits(max_keepalive_connections=0))

    def close(self) -> None:
        self._client.close()

    def deliver(self, bundle_id: str, data: bytes, sha256: str) -> Outcome:
        url = f"{self.endpoint}/bundles/{quote(bundle_id, safe='')}"
        # identity: the receipt is read raw and capped, so no compressed answer can inflate it
        headers = {"Authorization": f"Bearer {self._token}",
                   "Content-Type": "application/octet-stream", "Accept-Encoding": "identity"}
        if self._device is not None:
            headers[SIGNATURE_HEADER] = upload_signature(self._device, bundle_id, sha256)
        cutoff = Deadline(self.deadline)
        try:
            with cutoff:
                request = self._client.build_request("PUT", url, content=data, headers=headers,
                                                     extensions={"trace": cutoff.trace})
                response = self._client.send(request, stream=True)
                try:
                    body = _read_capped(response, cutoff)
                finally:
                    response.close()
        except httpx.TimeoutException:
            if cutoff.expired:
                return _too_slow(self.deadline)
            return Outcome(AttemptKind.RETRY, "the case system did not answer in time; will try again")
        except httpx.ProxyError as exc:
            return Outcome(AttemptKind.RETRY, f"the proxy refused or failed the connection to the case "
                           f"system ({_first_line(exc)}); check sync.proxy or HTTPS_PROXY, "
                           "will try again")
        except httpx.ConnectError as exc:
            if cutoff.expired:
                return _too_slow(self.deadline)
            if _is_tls_failure(exc):
                return Outcome(AttemptKind.FAILED, "could not make a secure (TLS) connection to the case "
                               "system: its certificate is not trusted or TLS failed; check the "
                               "endpoint and the organisation CA bundle (sync.ca_bundle)")
            return Outcome(AttemptKind.RETRY, "could not connect to the case system; will try again")
        except (httpx.TransportError, httpx.StreamError):
            if cutoff.expired:
                return _too_slow(self.deadline)
            return Outcome(AttemptKind.RETRY, "the connection to the case system dropped; will try again")
        event("sync.https.answer", bundle_id=bundle_id, http_status=response.status_code)
        if body is None and response.status_code in (200, 201):
            return Outcome(AttemptKind.RETRY, "the case system's receipt is larger than 64 KiB and was "
                           "refused; nothing was marked sent, will try again",
                           http_status=response.status_code)
        return _judge(response, body or b"", bundle_id, sha256, self.receipt_keys)

    def check_receipt(self, bundle_id: str, sha256: str) -> Outcome | None:
        return None  # the HTTPS answer is the receipt


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


def _too_slow(seconds: float) -> Outcome:
    return Outcome(AttemptKind.RETRY, f"the case system took longer than {seconds:g} s for one bundle "
                   "(the overall deadline); nothing was marked sent, will try again")


def _read_capped(response: httpx.Response, cutoff: Deadline) -> bytes | None:
    """The answer's body, or None if it is larger than a receipt may be (64 KiB)."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_RECEIPT_BYTES:
        return None
    body = bytearray()
    for chunk in response.iter_raw():
        body += chunk
        if len(body) > MAX_RECEIPT_BYTES:
            return None
        if cutoff.expired:
            raise httpx.ReadError("the overall deadline passed")
    return bytes(body)


def _is_tls_failure(exc: Exception) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _judge(response: httpx.Response, body: bytes, bundle_id: str, sha256: str,
           keys: Sequence[str]) -> Outcome:
    status = response.status_code
    if status in (200, 201):
        return judge(body, bundle_id, sha256, keys, where="the case system's receipt",
                     http_status=status)
    if status in (408, 429) or 500 <= status <= 599:
        return Outcome(AttemptKind.RETRY, f"the case system is busy or failing (HTTP {status}); "
                       "will try again", http_status=status, retry_after=_retry_after(response))
    if status == 409:
        return Outcome(AttemptKind.CONFLICT, "the case system already holds a different bundle with this "
                       "id (HTTP 409); it was not overwritten: ask the case-system administrators",
                       http_status=status)
    if status in (401, 403):
        return Outcome(AttemptKind.FAILED, f"the case system refused the upload token (HTTP {status}); set "
                       "a new one with SHAREDESK_SYNC_TOKEN or `sharedesk sync --token-file "
                       "FILE`", http_status=status)
    return Outcome(AttemptKind.FAILED, f"the case system rejected the bundle (HTTP {status}); check the "
                   "endpoint setting or ask the case-system administrators", http_status=status)


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "0")))
    except ValueError:
        return 0.0
