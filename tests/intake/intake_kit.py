"""Helpers for the intake tests and bench: a PostgreSQL cluster, laptops, real intake processes."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SRC = Path(__file__).resolve().parents[2] / "src"
_PORT = 5432  # only names the socket file: the cluster listens on no TCP port


class PgCluster:
    """A throwaway cluster from initdb, on a Unix socket in its own directory."""

    def __init__(self, bin_dir: Path, root: Path, run_as: list[str]) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.sock = root / "sock"
        self.log = root / "postgres.log"
        self.run_as = run_as

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.run_as, *args], capture_output=True, text=True,
                                check=False, timeout=120)
        if result.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip()}\n{tail}")

    def initdb(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U",
                  "intake", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")

    def start(self) -> None:
        if not self.sock.exists():
            self.sock.mkdir()
            if self.run_as:
                os.chown(self.sock, *_ids(self.run_as[2]))
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.sock}' "
                   f"-c port={_PORT} -c max_connections=200 -c shared_buffers=64MB")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-w", "-t", "60", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-w", "-m", mode, "stop")

    def url(self, dbname: str) -> str:
        return f"postgresql://intake@/{dbname}?host={self.sock}&port={_PORT}"

    def create_database(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]  # test-made name
        return self.url(name)


def _ids(user: str) -> tuple[int, int]:
    import pwd
    entry = pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid


def run_cli(*args: str, expect: int = 0, in_process: bool = True) -> dict[str, object]:
    """Run ``sharedesk-intake`` (in this process, or in a subprocess); its JSON answer, or
    ``{"stderr": ...}`` when a failure is expected."""
    if in_process:
        from sharedesk_intake.cli import main
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
        stdout, stderr = out.getvalue(), err.getvalue()
    else:
        result = subprocess.run([sys.executable, "-m", "sharedesk_intake", *args],
                                capture_output=True, text=True, check=False, timeout=60,
                                env=_env())
        code, stdout, stderr = result.returncode, result.stdout, result.stderr
    assert code == expect, (code, stdout, stderr)
    if expect != 0:
        return {"stderr": stderr}
    parsed = json.loads(stdout)
    return parsed if isinstance(parsed, dict) else {"list": parsed}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@dataclass
class Laptop:
    name: str
    key: Ed25519PrivateKey
    token: str = ""
    public_b64: str = field(default="")

    @classmethod
    def new(cls, name: str) -> Laptop:
        key = Ed25519PrivateKey.generate()
        raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
        return cls(name, key, "", base64.b64encode(raw).decode())

    def headers(self, bundle_id: str, body: bytes, *, signer: Ed25519PrivateKey | None = None,
                ) -> dict[str, str]:
        sha = hashlib.sha256(body).hexdigest()
        message = f"sharedesk-upload-v1\n{bundle_id}\n{sha}".encode()
        signature = base64.b64encode((signer or self.key).sign(message)).decode()
        return {"Authorization": f"Bearer {self.token}",
                "Content-Type": "application/octet-stream",
                "Sharedesk-Device-Signature": signature}

    def put(self, client: httpx.Client, base: str, bundle_id: str, body: bytes) -> httpx.Response:
        return client.put(f"{base}/bundles/{bundle_id}", content=body,
                          headers=self.headers(bundle_id, body))


def verify_receipt(public_b64: str, receipt: dict[str, object]) -> None:
    """Raise unless the receipt is v1 and signed by the key (cryptography, as a laptop would)."""
    message = (f"sharedesk-receipt-v1\n{receipt['bundle_id']}\n{receipt['sha256']}\n"
               f"{receipt['stored_at']}").encode()
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))
    key.verify(base64.b64decode(str(receipt["signature"])), message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class IntakeServer:
    """``sharedesk-intake serve`` in a real subprocess on 127.0.0.1."""

    def __init__(self, url: str, key_file: Path, log: Path, *extra: str, scheme: str = "http",
                 verify: ssl.SSLContext | bool = True) -> None:
        self.port = free_port()
        self.base = f"{scheme}://127.0.0.1:{self.port}"
        self._verify = verify
        self.log = log
        self._handle = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sharedesk_intake", "serve", "--database", url, "--key-file",
             str(key_file), "--host", "127.0.0.1", "--port", str(self.port), *extra],
            stdout=self._handle, stderr=subprocess.STDOUT, env=_env())
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"intake exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2,
                             verify=self._verify).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("intake did not become ready")

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._handle.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._handle.close()
