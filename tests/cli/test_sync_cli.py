"""`sharedesk sync` and `sharedesk outbox` under the signed-receipt rules, against a real server
on 127.0.0.1: the token never on the command line, receipt keys pinned in the vault, and the
outbox saying why a bundle waits and that nothing is purged without a pinned key."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.sync.credentials import token, vault_receipt_keys
from sharedesk.core.vault import KdfParams, Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from sync_kit import TOKEN, CaseServer, finalise_records, public_b64

PASS = "cli sync passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
NO_KEY = "records are never purged automatically until a receipt key is pinned"


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    monkeypatch.delenv("SHAREDESK_SYNC_TOKEN", raising=False)
    path = sharedesk_home / "vault.sharedesk"
    with Vault.create(path, PASS, kdf=FAST) as vault:
        finalise_records(vault, 2)
    return path


@pytest.fixture
def server() -> Iterator[CaseServer]:
    s = CaseServer().start()
    yield s
    s.stop()


def _args(server: CaseServer, *more: str) -> list[str]:
    return ["sync", "--endpoint", server.url, "--recipient",
            str(x25519.Identity.generate().to_public()), *more]


@pytest.mark.parametrize("option", ["--token", "--tok"])
def test_a_token_on_the_command_line_is_a_parser_error(
        option: str, vault_path: Path, server: CaseServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(_args(server, option, TOKEN))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert TOKEN not in err.replace(f"{option} {TOKEN}", "")
    assert server.requests == []
    with Vault.open(vault_path, PASS) as vault:
        assert token(vault) == "", "nothing was stored"


def test_the_token_from_the_environment_is_kept_in_the_vault(
        vault_path: Path, server: CaseServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHAREDESK_SYNC_TOKEN", TOKEN)
    server.script = ["500"]
    assert main(_args(server)) == 0
    monkeypatch.delenv("SHAREDESK_SYNC_TOKEN")
    assert main(_args(server)) == 0
    out = capsys.readouterr().out
    assert "acknowledged 2" in out and NO_KEY in out
    with Vault.open(vault_path, PASS) as vault:
        assert token(vault) == TOKEN


def test_the_token_from_a_file(vault_path: Path, server: CaseServer, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    assert main(_args(server, "--token-file", str(empty))) == 2
    assert "the first line must hold the upload token" in capsys.readouterr().err
    assert server.requests == []
    secret = tmp_path / "token"
    secret.write_text(f"{TOKEN}\n")
    assert main(_args(server, "--token-file", str(secret))) == 0
    assert "acknowledged 2" in capsys.readouterr().out


def test_no_token_and_no_terminal_is_a_one_line_error(vault_path: Path,
                                                      server: CaseServer) -> None:
    result = subprocess.run([sys.executable, "-m", "sharedesk.cli", *_args(server)],
                            capture_output=True, text=True, timeout=120, check=False,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "no upload token" in line and "SHAREDESK_SYNC_TOKEN" in line
    assert server.requests == []


def test_pinned_receipt_key_refuses_a_proxy_receipt_and_outbox_says_why(
        vault_path: Path, server: CaseServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHAREDESK_SYNC_TOKEN", TOKEN)
    assert main(_args(server, "--receipt-key", "bm90IGEga2V5")) == 2
    assert "is not a base64 Ed25519 public key" in capsys.readouterr().err
    assert server.requests == []
    server.script = ["proxy"]
    assert main(_args(server, "--receipt-key", server.receipt_public)) == 0
    out = capsys.readouterr().out
    assert "receipt not signed by the case system's key" in out and "acknowledged 0" in out
    assert NO_KEY not in out
    assert main(["outbox"]) == 0
    listing = capsys.readouterr().out
    assert "receipt not signed by the case system's key" in listing and NO_KEY not in listing
    assert main(["outbox", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["counts"]["acknowledged"] == 0
    assert status["receipt_keys"] == [server.receipt_public]
    assert main(_args(server)) == 0  # the key stays pinned in the vault
    assert "acknowledged 2" in capsys.readouterr().out
    with Vault.open(vault_path, PASS) as vault:
        assert vault_receipt_keys(vault) == (server.receipt_public,)


def test_profile_receipt_keys_are_checked(tmp_path: Path) -> None:
    from sharedesk.core.errors import ProfileError
    from sharedesk.core.profile import parse_profile

    base = ('schema = 1\n[organisation]\nname = "X"\njurisdiction = "Wales"\n'
            'default_flow = "england-2018"\n[case_system]\n')
    good = public_b64(Ed25519PrivateKey.generate())
    profile = parse_profile(base + f'receipt_keys = ["{good}", "{good}"]\n')
    assert profile.receipt_keys == (good,)
    with pytest.raises(ProfileError, match=r"<profile>:7: case_system.receipt key"):
        parse_profile(base + 'receipt_keys = ["AAAA"]\n')
    with pytest.raises(ProfileError, match="must be a list"):
        parse_profile(base + f'receipt_keys = "{good}"\n')


def test_the_token_is_asked_for_at_a_terminal_and_kept(vault_path: Path,
                                                       server: CaseServer) -> None:
    import fcntl
    import os
    import pty
    import termios
    import time

    master, slave = pty.openpty()

    def own_terminal() -> None:  # the pty becomes the child's controlling terminal (/dev/tty)
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen([sys.executable, "-m", "sharedesk.cli", *_args(server)],
                             stdin=slave, stdout=slave, stderr=slave,
                             preexec_fn=own_terminal, env=dict(os.environ))
    os.close(slave)
    seen = b""
    try:
        deadline = time.monotonic() + 60
        while b"Upload token" not in seen and time.monotonic() < deadline:
            seen += os.read(master, 1024)
        assert b"Upload token" in seen
        os.write(master, f"{TOKEN}\n".encode())
        while True:
            try:
                chunk = os.read(master, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        assert child.wait(timeout=60) == 0, seen.decode(errors="replace")
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
    assert TOKEN.encode() not in seen, "the token is not echoed"
    assert b"acknowledged 2" in seen
    with Vault.open(vault_path, PASS) as vault:
        assert token(vault) == TOKEN


def test_a_refused_sync_pins_no_key_and_keeps_no_token(
        vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "token"
    secret.write_text(f"{TOKEN}\n")
    key = public_b64(Ed25519PrivateKey.generate())
    # Nowhere to sync to (no endpoint, no folder): a one-line error and no secret stored.
    assert main(["sync", "--token-file", str(secret), "--receipt-key", key]) == 2
    assert "nowhere to sync to" in capsys.readouterr().err
    with Vault.open(vault_path, PASS) as vault:
        assert token(vault) == "" and vault_receipt_keys(vault) == ()
