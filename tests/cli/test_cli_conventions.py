"""Command-line conventions for scripts: `-` for stdin/stdout, --json, exit statuses in --help
and the admin guide, --quiet, shell completion, `gui` without a display. Real processes."""

from __future__ import annotations

import importlib
import io
import json
import os
import pkgutil
import pty
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pyrage
import pytest
from clirun import CLI
from decision_kit import share_decision, share_record
from pyrage import x25519

import sharedesk
from sharedesk.cli.exits import EXIT_STATUSES
from sharedesk.core.errors import SharedeskError
from sharedesk.core.vault import KdfParams, Vault

REPO = Path(__file__).resolve().parents[2]
PASS = "cli conventions passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
REASONS = "Bruising seen at nursery"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=stdin,
                          capture_output=True, cwd=cwd or REPO, env=env, check=False,
                          timeout=120)


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    text = result.stderr.decode()
    assert len(text.strip().splitlines()) == 1 and "Traceback" not in text, text
    return text


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    path = sharedesk_home / "vault.sharedesk"
    with Vault.create(path, PASS, kdf=FAST) as v:
        for _ in range(2):
            v.records.finalise(share_record(reasons=REASONS))
    return path


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty working directory: a file named - would show up here."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def _ids(path: Path) -> list[str]:
    with Vault.open(path, PASS) as v:
        return [s.id for s in v.records.page(limit=100)]


def _exported_events(path: Path) -> int:
    with Vault.open(path, PASS) as v:
        return sum(e.kind == "exported" for rid in [s.id for s in v.records.page(limit=100)]
                   for e in v.audit_events(rid))


# -- exit statuses -------------------------------------------------------------------------

def _error_classes() -> set[type[SharedeskError]]:
    for module in pkgutil.walk_packages(sharedesk.__path__, "sharedesk."):
        if ".gui" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: set[type[SharedeskError]] = set()
    todo: list[type[SharedeskError]] = [SharedeskError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def test_every_error_exit_status_is_in_help_and_the_admin_guide() -> None:
    codes = {code for code, _ in EXIT_STATUSES}
    classes = _error_classes()
    assert len(classes) > 20
    assert {c.__name__: c.exit_code for c in classes if c.exit_code not in codes} == {}
    shown = run("--help")
    assert shown.returncode == 0
    help_text = " ".join(shown.stdout.decode().split())
    for code, text in EXIT_STATUSES:
        assert f" {code} {text}" in help_text
    guide = (REPO / "docs" / "admin-guide.md").read_text(encoding="utf-8")
    table = guide[guide.index("### Exit status"):]
    assert {int(c) for c in re.findall(r"^\| (\d+) \|", table, re.M)} == codes


# -- `-` for stdin and stdout --------------------------------------------------------------

def test_decide_and_walk_read_answers_from_stdin(vault: Path, work: Path) -> None:
    data = json.dumps(share_decision(reasons=REASONS)).encode()
    walked = run("flows", "walk", "england-2018", "--answers", "-", "--json", stdin=data,
                 cwd=work)
    assert walked.returncode == 0, walked.stderr
    assert json.loads(walked.stdout)["outcome"]
    decided = run("decide", "--answers", "-", "--vault", str(vault), stdin=data, cwd=work)
    assert decided.returncode == 0, decided.stderr
    assert decided.stdout.decode().strip() in _ids(vault)
    assert os.listdir(work) == []


def test_bad_answers_on_stdin_is_one_line_and_changes_nothing(vault: Path, work: Path) -> None:
    before = _ids(vault)
    result = run("decide", "--answers", "-", "--vault", str(vault), stdin=b'{"answers": [',
                 cwd=work)
    assert result.returncode == 2
    assert "<stdin>" in one_line_error(result)
    assert _ids(vault) == before


@pytest.mark.parametrize("fmt", ["json", "csv", "fhir", "html", "pdf", "bundle"])
def test_export_to_stdout_writes_the_bytes_and_no_file(vault: Path, work: Path,
                                                        fmt: str) -> None:
    org = x25519.Identity.generate()
    extra = ["--recipient", str(org.to_public())] if fmt == "bundle" else []
    result = run("export", "--format", fmt, "--out", "-", "--vault", str(vault), *extra,
                 cwd=work)
    assert result.returncode == 0, result.stderr
    assert os.listdir(work) == [], "nothing written, least of all a file named -"
    ids = _ids(vault)
    data = result.stdout
    if fmt == "json":
        assert sorted(r["id"] for r in json.loads(data)["records"]) == sorted(ids)
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbfid,") and data.count(b"\r\n") == 3
    elif fmt == "fhir":
        assert json.loads(data)["resourceType"] == "Bundle"
    elif fmt == "html":
        assert all(rid.encode() in data for rid in ids)
    elif fmt == "pdf":
        import pypdf

        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert all(rid in text for rid in ids)
    else:
        with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(data, [org]))) as z:
            assert sorted(json.loads(line)["id"] for line in
                          z.read("records.jsonl").splitlines()) == sorted(ids)
    stderr = result.stderr.decode()
    assert f"exported 2 record(s) as {fmt} to standard output" in stderr
    assert _exported_events(vault) == 2, "audited as any export"


def test_a_reader_that_stops_early_still_leaves_the_export_audited(vault: Path,
                                                                     work: Path) -> None:
    # FHIR embeds each record's PDF: far more than a pipe holds, so the writer meets the
    # closed pipe part way through
    proc = subprocess.Popen([*CLI, "export", "--format",
                             "fhir", "--out", "-", "--vault", str(vault)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=work)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, stderr
    assert head.startswith(b"{") and b"Traceback" not in stderr
    assert _exported_events(vault) == 2, "what left the vault is audited"
    assert os.listdir(work) == []


def test_export_to_stdout_refuses_json_and_a_terminal(vault: Path, work: Path) -> None:
    both = run("export", "--format", "json", "--out", "-", "--json", "--vault", str(vault),
               cwd=work)
    assert both.returncode == 2 and "--json" in one_line_error(both)
    leader, follower = pty.openpty()
    try:
        tty = subprocess.run([*CLI, "export", "--format", "pdf",
                              "--out", "-", "--vault", str(vault)], stdout=follower,
                             stderr=subprocess.PIPE, cwd=work, check=False, timeout=120)
    finally:
        os.close(follower)
        os.close(leader)
    assert tty.returncode == 2 and b"terminal" in tty.stderr
    assert _exported_events(vault) == 0 and os.listdir(work) == []


# -- --json ------------------------------------------------------------------------------

def test_verify_and_export_report_json(vault: Path, tmp_path: Path) -> None:
    verified = run("vault", "verify", "--json", "--vault", str(vault))
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout) == {"vault": str(vault), "ok": True, "problems": []}
    out = tmp_path / "records.csv"
    exported = run("export", "--format", "csv", "--out", str(out), "--json", "--vault",
                   str(vault))
    assert exported.returncode == 0, exported.stderr
    report = json.loads(exported.stdout)
    import hashlib

    assert report["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert report["count"] == 2 and report["path"] == str(out) and report["format"] == "csv"


def test_sync_reports_json(vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(REPO / "tests" / "core" / "sync"))
    from sync_kit import TOKEN, CaseServer

    server = CaseServer().start()
    try:
        org = x25519.Identity.generate()
        env = {**os.environ, "SHAREDESK_SYNC_TOKEN": TOKEN}
        result = run("sync", "--json", "--endpoint", server.url, "--recipient",
                     str(org.to_public()), "--vault", str(vault), env=env)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [a["outcome"] for a in report["attempts"]] == ["acknowledged"]
    assert sorted(report["bundled"][0]["record_ids"]) == sorted(_ids(vault))
    assert report["queue"]["acknowledged"] == 2 and report["receipt_key_pinned"] is False


# -- --quiet -------------------------------------------------------------------------------

def test_quiet_silences_confirmations_not_errors(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.json"
    loud = run("export", "--format", "json", "--out", str(out), "--vault", str(vault))
    assert b"exported 2 record(s)" in loud.stdout
    quiet = run("export", "--format", "json", "--out", str(out), "--vault", str(vault),
                "--quiet")
    assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""
    streamed = run("--quiet", "export", "--format", "json", "--out", "-", "--vault", str(vault))
    assert streamed.returncode == 0 and streamed.stderr == b""
    assert json.loads(streamed.stdout)["records"]
    failed = run("--quiet", "export", "--format", "json", "--out", str(out), "--since",
                 "yesterday", "--vault", str(vault))
    assert failed.returncode == 2 and "--since" in one_line_error(failed)


# -- completion ------------------------------------------------------------------------------

def _commands() -> tuple[list[str], dict[str, list[str]]]:
    from sharedesk.cli import build_parser
    from sharedesk.cli.completion import walk

    paths = [path for path, _ in walk(build_parser()) if path]
    top = [p for p in paths if " " not in p]
    nested = {t: [p.split(" ", 1)[1] for p in paths if p.startswith(t + " ")] for t in top}
    return top, nested


def _bash(script: str) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env,
                          cwd=REPO, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_bash_completion_knows_every_command() -> None:
    top, nested = _commands()
    assert {"export", "vault", "completion", "import"} <= set(top)
    script = run("completion", "bash").stdout.decode()
    for path in top + [f"{t} {n}" for t, ns in nested.items() for n in ns]:
        assert re.search(rf"^    '?{re.escape(path)}'?\) echo", script, re.M), path
    assert _bash("source <(sharedesk completion bash); complete -p sharedesk").strip() == \
        "complete -o default -F _sharedesk sharedesk"
    probe = ("source <(sharedesk completion bash)\n"
             "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _sharedesk; "
             "echo \"${COMPREPLY[*]}\"; }\n"
             "t sharedesk ''; t sharedesk vault ''; t sharedesk export --format ''; "
             "t sharedesk --quiet export --o; t sharedesk completion ''\n")
    first, vault_line, formats, out, shells = _bash(probe).splitlines()
    assert set(top) <= set(first.split())
    assert set(nested["vault"]) <= set(vault_line.split())
    assert {"pdf", "json", "csv", "fhir", "bundle"} <= set(formats.split())
    assert out == "--out" and shells == "--help bash zsh"


def test_zsh_completion_loads_the_same_script() -> None:
    script = run("completion", "zsh").stdout.decode()
    assert "bashcompinit" in script and "complete -o default -F _sharedesk sharedesk" in script
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed here; the script is bash's behind bashcompinit")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    # bashcompinit calls the function under sh emulation (0-based arrays), as the probe does
    probe = ('source <(sharedesk completion zsh); echo "${_comps[sharedesk]}"; '
             't() { emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=("$@"); '
             'COMP_CWORD=$(( $# - 1 )); _sharedesk; echo "${COMPREPLY[*]}"; }; '
             't sharedesk vault ""; t sharedesk export --format ""')
    done = subprocess.run(["zsh", "-fc", probe], capture_output=True, text=True, env=env,
                          check=False, timeout=120)
    registered, vault_line, formats = done.stdout.splitlines()
    assert registered == "_bash_complete -o default -F _sharedesk", done.stderr
    assert {"init", "verify", "backup", "recover"} <= set(vault_line.split())
    assert {"pdf", "json", "csv", "fhir", "bundle"} <= set(formats.split())


# -- gui without a display -------------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
@pytest.mark.parametrize("args", [("gui",), ()])
def test_gui_without_a_display_says_so_in_one_line(args: tuple[str, ...]) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(*args, env=env)
    assert result.returncode == 1
    assert "no display" in one_line_error(result)
