"""`sharedesk inbox --intake` through a real forwarding proxy on 127.0.0.1, as `sync` does
(issue 16): HTTP_PROXY/NO_PROXY from the environment, the sync.proxy setting from the
organisation profile (over the environment), "none", a dead proxy; and --quiet.

A real intake (its own database and process) and real laptops' bundles; before the fix the
intake client ignored every proxy setting (httpx trust_env=False, no proxy) and printed every
line whatever --quiet said."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import Intake
from inbox_kit import PASS, InboxDesk, inbox_desk, pull_on_screen, pull_until
from intake_kit import IntakeServer

from sharedesk.cli import main
from sharedesk.core.settings import Settings
from sharedesk.core.sync.intake_pull import CURSORS
from sharedesk.core.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "sync"))
from proxy_kit import ForwardProxy, dead_proxy_url


@pytest.fixture
def proxy() -> ForwardProxy:
    p = ForwardProxy().start()
    yield p
    p.stop()


@pytest.fixture
def desk(own_intake: tuple[Intake, IntakeServer], tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> InboxDesk:
    """Three laptops' bundles on the intake (the third laptop untrusted), a manager vault."""
    return inbox_desk(own_intake, tmp_path, monkeypatch, "proxy inbox")


def _pull_all(args: list[str], capsys: pytest.CaptureFixture[str], want: int) -> list[dict]:
    """Pull (--json) until ``want`` bundles were processed."""
    return pull_until([*args, "--json"], capsys, want)


def _records(vault: object) -> int:
    with Vault.open(vault, PASS) as v:  # type: ignore[arg-type]
        return v.records.count()


def test_http_proxy_from_the_environment_carries_the_pull_and_no_proxy_goes_direct(
        desk: InboxDesk, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    server, ids = desk.server, desk.ids
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    capsys.readouterr()
    results = _pull_all(desk.args, capsys, 3)
    assert sorted((r["bundle_id"], r["status"]) for r in results) == sorted(
        zip(ids, ["imported", "imported", "refused"], strict=True))
    assert _records(desk.vault) == 4
    methods = {line.split()[0] for line in proxy.requests}
    assert {"GET", "DELETE"} <= methods, proxy.requests
    assert all(line.split()[1].startswith(f"{server.base}/bundles") for line in proxy.requests)
    assert f"DELETE {server.base}/bundles/{ids[0]}" in " ".join(proxy.requests)

    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    asked = len(proxy.requests)
    assert main([*desk.args, "--from-start", "--json"]) == 1  # the untrusted one again
    assert len(proxy.requests) == asked, "NO_PROXY: straight to the intake"


def test_the_profile_proxy_is_used_whatever_the_environment_says(
        desk: InboxDesk, proxy: ForwardProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sharedesk.core.profile import import_profile

    monkeypatch.setenv("HTTP_PROXY", dead_proxy_url())  # would fail if it were used
    profile = tmp_path / "profile.toml"
    profile.write_text('schema = 1\n[organisation]\nname = "Northshire"\njurisdiction = '
                       '"England"\ndefault_flow = "england-2018"\n[case_system]\nendpoint = '
                       f'"https://cases.example.org"\nproxy = "{proxy.url}"\n', encoding="utf-8")
    import_profile(profile, Settings())
    assert Settings().get("sync.proxy") == proxy.url
    capsys.readouterr()
    results = _pull_all(desk.args, capsys, 3)
    assert [r["status"] for r in results].count("imported") == 2
    assert proxy.requests and all(r.split()[1].startswith(desk.server.base)
                                  for r in proxy.requests)


def test_proxy_none_goes_direct_and_a_dead_proxy_is_one_line(
        desk: InboxDesk, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    dead = dead_proxy_url()
    monkeypatch.setenv("HTTP_PROXY", dead.replace("http://", "http://someone:s3cret@"))
    capsys.readouterr()
    assert main(desk.args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: ") and "\n" not in err
    assert f"through the proxy {dead} " in err and "s3cret" not in err and "someone" not in err
    with Vault.open(desk.vault, PASS) as v:
        assert v.records.count() == 0 and not v.secret_get(CURSORS), "nothing changed"

    settings = Settings()
    settings.set("sync.proxy", "none")
    settings.save()
    results = _pull_all(desk.args, capsys, 3)
    assert [r["status"] for r in results].count("imported") == 2

    settings.set("sync.proxy", "socks5://127.0.0.1:1080")
    settings.save()
    assert main(desk.args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: sync.proxy ") and "\n" not in err


def test_quiet_prints_only_what_was_refused(desk: InboxDesk, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    deadline = time.monotonic() + 30
    while _records(desk.vault) < 4 and time.monotonic() < deadline:
        status = main([*desk.args, "--quiet"])
    captured = capsys.readouterr()
    assert status == 1 and _records(desk.vault) == 4
    assert captured.out == "", "nothing on stdout with --quiet"
    warnings = captured.err.strip().splitlines()
    assert warnings and all(w.startswith("sharedesk: warning: ") and ": refused: " in w
                            for w in warnings)
    assert desk.ids[2] in captured.err


def test_the_inbox_screen_pulls_through_the_profile_proxy(
        desk: InboxDesk, proxy: ForwardProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtbot: Any) -> None:
    from sharedesk.core.sync.devices import trusted_keys
    from sharedesk.gui.screens.inbox import InboxScreen
    from sharedesk.gui.tasks import TaskRunner

    monkeypatch.setenv("HTTP_PROXY", dead_proxy_url())  # would fail if it were used
    settings = Settings()
    settings.set("sync.proxy", proxy.url)
    settings.save()
    args = desk.args
    with Vault.open(desk.vault, PASS) as vault:
        runner = TaskRunner()
        screen = InboxScreen(runner, vault, lambda: trusted_keys(vault))
        qtbot.addWidget(screen)
        screen.intake_edit.setText(desk.server.base)
        screen.token_edit.setText(args[args.index("--token-file") + 1])
        screen.identity_edit.setText(args[args.index("--identity") + 1])
        seen = pull_on_screen(qtbot, screen, 3)
        runner.wait()
        assert sorted(seen.values()) == ["imported", "imported", "refused"]
        assert vault.records.count() == 4
    assert proxy.requests and all(r.split()[1].startswith(desk.server.base)
                                  for r in proxy.requests)
