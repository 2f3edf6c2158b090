"""The manager's inbox from the intake service (docs/intake.md, section 8).

``GET /bundles?after=CURSOR`` lists the bundles held since the cursor kept in this vault's
secrets (one cursor per intake address); each is fetched (``GET /bundles/{id}``, checked against
the listed size and SHA-256), imported like a file in the folder inbox, and deleted from the
intake (``DELETE ?sha256=``) once imported. A refused bundle stays on the intake (a manager may
trust the laptop and fetch it again with ``from_start``); with ``refused_dir`` its bytes are also
kept there with a ``.reason.txt``. The cursor advances after each page, so an interrupted pull
resumes there (a bundle imported twice is a duplicate, deleted). The intake is reached through
the proxy the ``sync.proxy`` setting names (the organisation profile's ``case_system.proxy``),
or by default the system's (HTTPS_PROXY, NO_PROXY...), as uploads are (core/netpolicy.py).
Thread rules: those of the Vault; runs on the calling thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from pyrage import x25519

from sharedesk.core.errors import SyncError, UsageError
from sharedesk.core.export.trust import TrustCheck
from sharedesk.core.netpolicy import proxy_options
from sharedesk.core.paths import ensure_private_dir
from sharedesk.core.sync.https import check_endpoint
from sharedesk.core.sync.inbox import IMPORTED, REASON_SUFFIX, InboxResult, InboxSummary, import_one
from sharedesk.core.vault import Vault

CURSORS = "inbox.intake_cursors"  # secret: {endpoint: cursor}
MAX_BUNDLE = 4 << 30
PAGE = 100


def _cursors(vault: Vault) -> dict[str, str]:
    raw = vault.secret_get(CURSORS)
    try:
        data = json.loads(raw.decode("utf-8")) if raw else {}
    except ValueError:
        data = {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def cursor(vault: Vault, endpoint: str) -> str:
    return _cursors(vault).get(check_endpoint(endpoint), "")


def _save_cursor(vault: Vault, endpoint: str, value: str) -> None:
    cursors = _cursors(vault)
    cursors[endpoint] = value
    vault.secret_set(CURSORS, json.dumps(cursors, sort_keys=True).encode("utf-8"))


class _Intake:
    def __init__(self, endpoint: str, token: str, ca_bundle: str | None, timeout: float,
                 proxy: str) -> None:
        if not token.strip():
            raise SyncError("no manager token: give --token-file FILE (from `sharedesk-intake "
                            "devices add --role manager`)")
        self.endpoint = check_endpoint(endpoint)
        try:
            trust_env, proxy_url = proxy_options(proxy)
        except UsageError as exc:
            raise UsageError(f"sync.{exc}") from None
        self.proxy = _proxy_in_use(self.endpoint, trust_env, proxy_url)
        verify: Any = ca_bundle or True
        self.client = httpx.Client(base_url=self.endpoint, timeout=timeout, trust_env=trust_env,
                                   proxy=proxy_url, follow_redirects=False, verify=verify,
                                   headers={"Authorization": f"Bearer {token.strip()}"})

    def _call(self, method: str, url: str, **kw: Any) -> httpx.Response:
        try:
            response = self.client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            if self.proxy:
                raise SyncError(f"the intake at {self.endpoint} did not answer through the "
                                f"proxy {self.proxy} ({type(exc).__name__}); check sync.proxy "
                                "or HTTPS_PROXY; nothing more was imported") from None
            raise SyncError(f"the intake at {self.endpoint} did not answer "
                            f"({type(exc).__name__}); nothing more was imported") from None
        if response.status_code in (401, 403):
            raise SyncError(f"the intake refused the manager token ({response.status_code}); "
                            "check --token-file")
        return response

    def page(self, after: str) -> tuple[list[dict[str, Any]], str]:
        response = self._call("GET", "/bundles", params={"after": after, "limit": PAGE})
        if response.status_code != 200:
            raise SyncError(f"listing bundles failed: HTTP {response.status_code}")
        try:
            body = response.json()
            return list(body["bundles"]), str(body["next"])
        except (ValueError, KeyError, TypeError):
            raise SyncError("the intake's list of bundles is malformed") from None

    def fetch(self, item: dict[str, Any]) -> bytes | None:
        """The bundle's bytes; None when it was deleted since it was listed."""
        size = int(item.get("size", -1))
        if not 0 < size <= MAX_BUNDLE:
            raise SyncError(f"bundle {item.get('bundle_id')}: implausible size {size}")
        response = self._call("GET", f"/bundles/{item['bundle_id']}")
        if response.status_code == 404:
            return None
        data = response.content
        if response.status_code != 200 or len(data) != size \
                or hashlib.sha256(data).hexdigest() != item.get("sha256"):
            raise SyncError(f"bundle {item['bundle_id']}: the intake sent other bytes than it "
                            f"listed (HTTP {response.status_code})")
        return data

    def delete(self, bundle_id: str, sha256: str) -> None:
        response = self._call("DELETE", f"/bundles/{bundle_id}", params={"sha256": sha256})
        if response.status_code != 204:
            raise SyncError(f"bundle {bundle_id} was imported but the intake did not delete it "
                            f"(HTTP {response.status_code}); it will be deleted next time")

    def close(self) -> None:
        self.client.close()


def _proxy_in_use(endpoint: str, trust_env: bool, proxy_url: str | None) -> str:
    """The proxy the intake is reached through, without any user name or password (for
    messages); "" when the connection is direct."""
    found = proxy_url or ""
    if not found and trust_env:
        parts = urlsplit(endpoint)
        proxies = urllib.request.getproxies()
        found = proxies.get(parts.scheme, "") or proxies.get("all", "")
        if found and urllib.request.proxy_bypass(parts.hostname or ""):
            found = ""
    if not found:
        return ""
    try:
        where = urlsplit(found if "://" in found else f"http://{found}")
        return f"{where.scheme}://{where.hostname}" + (f":{where.port}" if where.port else "")
    except ValueError:
        return "(set in the environment)"


def _keep_refused(folder: Path, name: str, data: bytes, reason: str) -> None:
    target = ensure_private_dir(folder)
    for path, content in ((target / name, data),
                          (target / (name + REASON_SUFFIX), (reason + "\n").encode())):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)


def pull(vault: Vault, endpoint: str, token: str, identities: Sequence[x25519.Identity],
         trust: TrustCheck, *, ca_bundle: str | None = None, from_start: bool = False,
         refused_dir: str | Path | None = None, timeout: float = 60.0, proxy: str = "",
         progress: Callable[[int, InboxResult], None] | None = None) -> InboxSummary:
    """Import every bundle the intake lists after this vault's cursor (see the docstring).
    ``proxy``: the ``sync.proxy`` setting ("" the system's proxy settings, "none", or a URL);
    UsageError if it is none of those."""
    intake = _Intake(endpoint, token, ca_bundle, timeout, proxy)
    summary = InboxSummary()
    try:
        after = "" if from_start else cursor(vault, intake.endpoint)
        while True:
            items, after_page = intake.page(after)
            for item in items:
                bundle_id, sha = str(item["bundle_id"]), str(item["sha256"])
                data = intake.fetch(item)
                if data is None:
                    continue
                result = import_one(vault, data, f"{bundle_id}.age", identities, trust)
                result.bundle_id = result.bundle_id or bundle_id  # as the intake lists it
                if result.status == IMPORTED or result.reason.startswith(
                        f"bundle {bundle_id} is a duplicate"):
                    intake.delete(bundle_id, sha)
                elif refused_dir is not None:
                    _keep_refused(Path(refused_dir), f"{bundle_id}.age", data, result.reason)
                summary.results.append(result)
                if progress is not None:
                    progress(len(summary.results), result)
            if not items:
                break
            after = after_page
            _save_cursor(vault, intake.endpoint, after)
    finally:
        intake.close()
    return summary
