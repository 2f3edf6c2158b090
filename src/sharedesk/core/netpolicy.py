"""Network policy shared by the profile checker and the HTTPS transport.

Plain http:// is allowed only to this computer; everything else must be https://. One definition
of "this computer" keeps the profile check and the transport from disagreeing; likewise one
definition of the proxy setting (``check_proxy``) for the profile, the settings and the transport.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from sharedesk.core.errors import UsageError

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """True for localhost names and any loopback address (127.0.0.0/8, ::1)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The sync.proxy setting (and the profile's case_system.proxy): "" follows the system proxy
# settings (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY; on Windows and macOS also the
# system's own proxy configuration, through urllib.request.getproxies), "none" connects directly
# whatever the environment says, anything else names the one proxy every upload goes through.
PROXY_SYSTEM = ""
PROXY_NONE = "none"
PROXY_SCHEMES = ("http", "https")


def check_proxy(value: str) -> str:
    """``value`` as kept: "" (system settings), "none", or ``http[s]://host[:port]``.

    UsageError with a one-line reason otherwise. A user name or password is refused: the
    profile goes to every laptop, so proxy credentials belong in that laptop's environment.
    """
    text = value.strip()
    if text.lower() in ("", "system"):
        return PROXY_SYSTEM
    if text.lower() in (PROXY_NONE, "direct"):
        return PROXY_NONE
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        raise UsageError(f"proxy {text!r} is not a URL") from None
    if parts.scheme.lower() not in PROXY_SCHEMES or not host:
        raise UsageError(f"proxy {text!r} must be http://host:port (or https://), \"none\" "
                         "or empty for the system proxy settings")
    if parts.username or parts.password:
        raise UsageError("proxy must not hold a user name or password (set HTTPS_PROXY "
                         "in that computer's environment instead)")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise UsageError(f"proxy {text!r} must be only a scheme, host and port")
    return f"{parts.scheme.lower()}://{parts.netloc}"


def proxy_options(proxy: str) -> tuple[bool, str | None]:
    """(trust_env, proxy URL) for an httpx client from a ``sync.proxy`` value (see check_proxy).

    With the system settings httpx reads the proxy variables itself (trust_env); "none" turns
    the environment off; a named proxy is used for every request (httpx then ignores the proxy
    variables, NO_PROXY included).
    """
    kept = check_proxy(proxy)
    if kept == PROXY_NONE:
        return False, None
    return True, kept or None
