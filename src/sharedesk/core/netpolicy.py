"""Network policy shared by the profile checker and the HTTPS transport.

Plain http:// is allowed only to this computer; everything else must be https://. One definition
of "this computer" keeps the profile check and the transport from disagreeing.
"""

from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """True for localhost names and any loopback address (127.0.0.0/8, ::1)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
