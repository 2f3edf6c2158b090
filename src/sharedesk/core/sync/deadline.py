"""One overall deadline for a blocking HTTP exchange, not just a timeout per read.

httpx's timeouts bound each read and write, so a server that sends one byte every half second
keeps a request alive for ever. ``Deadline`` learns the connection's socket through httpcore's
``trace`` request extension and, when the time is up, shuts the socket down from a timer
thread: whatever read or write is blocked on it returns at once and httpx raises, and the
caller sees ``expired``. Use one per request, as a context manager, on the thread making it.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Any


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._done = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: note the socket of a new (or newly TLS-wrapped) connection."""
        if name not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._socket = sock
                if self.expired:
                    _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            if self._socket is not None:
                _shut(self._socket)

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            self._socket = None


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed, or detached by the TLS wrap (the wrapped socket is noted next)
