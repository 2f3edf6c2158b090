"""One overall deadline for a blocking HTTP exchange, not just a timeout per read.

httpx's timeouts bound each read and write, so a server that sends one byte every half second
keeps a request alive for ever. ``Deadline`` learns the connection's socket through httpcore's
``trace`` request extension and keeps a duplicate of it; when the time is up it shuts the
socket down from a timer thread, so whatever read or write is blocked on it (the TLS handshake
included: the duplicate outlives the wrap) returns at once, httpx raises, and the caller sees
``expired``. The duplicate is this object's own descriptor, so a descriptor number reused
after httpx closed the connection is never touched. Use one per request, as a context manager,
on the thread making it.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._expired = False
        self._started = time.monotonic()
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None  # our duplicate of the connection's socket
        self._done = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: keep a duplicate of a new connection's socket."""
        if name != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self._done:
                return
            self._close_duplicate()
            try:
                self._socket = sock.dup()
            except OSError:
                return
            if self._expired:
                _shut(self._socket)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self._expired = True
            if self._socket is not None:
                _shut(self._socket)

    def _close_duplicate(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    @property
    def expired(self) -> bool:
        """True once the time is up, whether or not the timer thread has run yet: a timeout of
        httpx's own that ends at the same moment (the TLS handshake's is one whole-handshake
        timeout, as long as the deadline) is the deadline too."""
        return self._expired or time.monotonic() - self._started >= self.seconds

    def __enter__(self) -> Deadline:
        self._started = time.monotonic()
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            self._close_duplicate()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # the connection is already gone
