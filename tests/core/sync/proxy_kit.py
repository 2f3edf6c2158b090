"""A real forwarding HTTP proxy on 127.0.0.1 that records what it is asked to carry.

Plain http: the client sends an absolute URI (``PUT http://127.0.0.1:PORT/bundles/ID``) and the
proxy forwards it. https: the client asks ``CONNECT host:port`` and the proxy relays bytes both
ways. ``routes`` maps a ``host:port`` the client names (``case.invalid:443``, a name nothing
resolves) to a port on 127.0.0.1, so only the proxy knows where the case system is; any other
target than 127.0.0.1 is refused with 502, so the tests never reach another address.
"""

from __future__ import annotations

import http.client
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te",
               "trailer", "transfer-encoding", "upgrade"}


class ForwardProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.requests: list[str] = []      # request lines: "CONNECT host:port", "PUT http://..."
        self.tunnelled = bytearray()       # every byte the client sent through a CONNECT tunnel
        self.routes: dict[str, int] = {}   # "host:port" -> port on 127.0.0.1
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> ForwardProxy:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def target(self, host: str, port: int) -> int | None:
        """The 127.0.0.1 port for ``host:port``, or None when it is anywhere else."""
        routed = self.routes.get(f"{host}:{port}")
        if routed is not None:
            return routed
        return port if host == "127.0.0.1" else None


def dead_proxy_url() -> str:
    """A proxy URL on 127.0.0.1 where nothing listens (a port just freed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: ForwardProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _refuse(self) -> None:
        self.send_response(502)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = True

    def do_CONNECT(self) -> None:
        with self.server.lock:
            self.server.requests.append(f"CONNECT {self.path}")
        host, _, port = self.path.rpartition(":")
        upstream_port = self.server.target(host, int(port or 443))
        if upstream_port is None:
            return self._refuse()
        upstream = socket.create_connection(("127.0.0.1", upstream_port), timeout=10)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        self._relay(self.connection, upstream)
        self.close_connection = True

    def _relay(self, client: socket.socket, upstream: socket.socket) -> None:
        with upstream:
            pair = {client: upstream, upstream: client}
            while True:
                ready, _, _ = select.select(list(pair), [], [], 10)
                if not ready:
                    return
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        with self.server.lock:
                            self.server.tunnelled += data
                    pair[sock].sendall(data)

    def _forward(self) -> None:
        with self.server.lock:
            self.server.requests.append(f"{self.command} {self.path}")
        parts = urlsplit(self.path)
        upstream_port = self.server.target(parts.hostname or "", parts.port or 80)
        if parts.scheme != "http" or upstream_port is None:
            return self._refuse()
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        conn = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=10)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(self.command, path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
        finally:
            conn.close()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_PUT = do_GET = do_POST = do_DELETE = _forward
