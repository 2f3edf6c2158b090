"""Inputs that used to end in a traceback, run through the real command in a subprocess.

Each case hands the real `sharedesk` a real damaged file and asserts one line on stderr, a
non-zero status and (for the vault) every file byte-identical afterwards.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
from clirun import CLI
from decision_kit import share_decision

from sharedesk.core.vault import KdfParams, Vault, probe

PASS = "cli errors passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SHARE = share_decision()


def run(home: Path, *args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHAREDESK_HOME": str(home), "SHAREDESK_PASSPHRASE": PASS}
    return subprocess.run([*CLI, *args], stdout=stdout,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                          env=env, timeout=120, check=False)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("sharedesk: error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())
            if p.is_file() and not p.name.endswith(".attempts")}


@pytest.fixture
def vault(sharedesk_home: Path) -> Path:
    path = sharedesk_home / "vault.sharedesk"
    Vault.create(path, PASS, kdf=FAST).close()
    return path


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- decision files ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,message", [
    # A lone surrogate is valid JSON but no UTF-8 can hold it: it failed when the record was hashed.
    (json.dumps({**SHARE, "record": {**SHARE["record"], "reasons": "Risk \ud800 of harm"}}),
     "not valid Unicode"),
    ('{"answers": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested more than"),
    ('{"flow": "england-2018", "answers": {"purpose": "yes"}, "record": '
     + '{"a": ' * 40 + '"x"' + "}" * 41, "nested more than"),
])
def test_decision_file_faults_are_one_line_and_change_nothing(
        vault: Path, tmp_path: Path, text: str, message: str) -> None:
    before = snapshot(vault.parent)
    result = run(vault.parent, "decide", "--answers", _write(tmp_path, "a.json", text))
    assert result.returncode == 2
    assert message in one_line_error(result)
    assert snapshot(vault.parent) == before


# -- flows and profiles --------------------------------------------------------------------------
def test_deep_and_surrogate_flow_yaml_is_reported_per_file(tmp_path: Path, repo_root: Path) -> None:
    shipped = (repo_root / "resources/flows/england-2018.yaml").read_text(encoding="utf-8")
    surrogate = shipped.replace("\ntitle: ", '\ntitle: "\\ud800" # ', 1)
    deep = _write(tmp_path, "deep.yaml", "id: x\nnodes: " + "[" * 20_000 + "]" * 20_000 + "\n")
    sur = _write(tmp_path, "sur.yaml", surrogate)
    result = run(tmp_path, "flows", "check", deep, sur)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{deep}: malformed YAML: nested more than 32 levels deep" in result.stdout
    assert f"{sur}: malformed YAML: holds text that is not valid Unicode" in result.stdout


def test_deep_toml_profile_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "deep.toml", "x = " + "[" * 20_000 + "]" * 20_000 + "\n")
    result = run(tmp_path, "profile", "check", path)
    assert result.returncode == 2
    assert "nested more than 32 levels deep" in one_line_error(result)


# -- key files -----------------------------------------------------------------------------------
def _edit_keys(data: dict[str, Any], how: str) -> str:
    passphrase = next(s for s in data["slots"] if s["kind"] == "passphrase")
    if how == "vault_id_int":
        data["vault_id"] = 7
    elif how == "slot_not_object":
        data["slots"] = [1, "two"]
    elif how == "kdf_list":
        passphrase["kdf"] = [1, 2]
    elif how == "memory_infinite":
        return json.dumps(data).replace('"memory_kib": 1024', '"memory_kib": 1e999')
    elif how == "memory_text":
        passphrase["kdf"]["memory_kib"] = "lots"
    elif how == "salt_empty":
        passphrase["kdf"]["salt"] = ""
    elif how == "salt_short":
        passphrase["kdf"]["salt"] = "AAAA"
    elif how == "nonce_short":
        passphrase["nonce"] = "AAAA"
    elif how == "wrapped_number":
        passphrase["wrapped"] = 12
    elif how == "version_list":
        data["version"] = [1]
    elif how == "surrogate":
        passphrase["aead"] = "\ud800"
    elif how == "deep":
        return json.dumps(data)[:-1] + ', "x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    return json.dumps(data)


@pytest.mark.parametrize("how", ["vault_id_int", "slot_not_object", "kdf_list", "memory_infinite",
                                 "memory_text", "salt_empty", "salt_short", "nonce_short",
                                 "wrapped_number", "version_list", "surrogate", "deep"])
def test_odd_key_files_are_one_line_and_change_nothing(vault: Path, how: str) -> None:
    keys = vault.with_name(vault.name + ".keys")
    keys.write_text(_edit_keys(json.loads(keys.read_text()), how), encoding="utf-8")
    before = snapshot(vault.parent)
    result = run(vault.parent, "records")
    assert result.returncode != 0
    assert "key file" in one_line_error(result)
    assert snapshot(vault.parent) == before


# -- the audit chain -----------------------------------------------------------------------------
def _decide(vault: Path, tmp_path: Path) -> str:
    result = run(vault.parent, "decide", "--answers", _write(tmp_path, "a.json", json.dumps(SHARE)))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("detail", ["[1, 2]", '"text"', "{not json", "7"])
def test_audit_detail_that_is_not_an_object_is_a_verify_problem(
        vault: Path, tmp_path: Path, detail: str) -> None:
    _decide(vault, tmp_path)
    with Vault.open(vault, PASS) as v, probe.write(v, "tamper") as c:
        c.execute("UPDATE audit SET detail = ? WHERE kind = 'finalised'", (detail,))
    result = run(vault.parent, "vault", "verify")
    assert result.returncode == 4 and "Traceback" not in result.stderr, result.stderr
    assert "is not a JSON object" in result.stdout
    assert run(vault.parent, "records").returncode == 0


@pytest.mark.parametrize("head", ["garbage", "12:", ":" + "0" * 64, "1:" + "z" * 64])
def test_garbage_audit_head_is_one_line_damaged(vault: Path, head: str) -> None:
    with Vault.open(vault, PASS) as v, probe.write(v, "tamper") as c:
        c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (head,))
    before = snapshot(vault.parent)
    for command in (["records"], ["vault", "verify"]):
        result = run(vault.parent, *command)
        assert result.returncode == 4
        assert "audit chain head is unreadable" in one_line_error(result)
    assert snapshot(vault.parent) == before


# -- output to a full disk -----------------------------------------------------------------------
def test_decide_to_a_full_disk_keeps_the_record_and_exits_5(vault: Path, tmp_path: Path) -> None:
    answers = _write(tmp_path, "a.json", json.dumps(SHARE))
    with open("/dev/full", "w") as full:
        result = run(vault.parent, "decide", "--answers", answers, "--json", stdout=full)
    assert result.returncode == 5
    assert "could not write the output (No space left on device)" in one_line_error(result)
    listed = run(vault.parent, "records", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


def test_small_output_to_a_full_disk_is_not_a_flush_at_exit_traceback(vault: Path) -> None:
    # A few bytes sit in Python's buffer until exit, where the failed flush used to print
    # "Exception ignored ... OSError" and exit 120.
    with open("/dev/full", "w") as full:
        for args in (["records"], ["flows", "list"], ["--help"]):
            result = run(vault.parent, *args, stdout=full)
            assert result.returncode == 5, args
            one_line_error(result)


def test_a_reader_that_goes_away_is_not_an_error(vault: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SHAREDESK_HOME": str(vault.parent), "SHAREDESK_PASSPHRASE": PASS}
    script = f"{shlex.join(CLI)} flows show england-2018 | head -c 1 >/dev/null"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", script], env=env, text=True,
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0 and result.stderr == ""


# -- small side files ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["[" * 50_000 + "]" * 50_000, '{"failures": 1e999}'])
def test_an_unreadable_attempts_counter_is_ignored(vault: Path, text: str) -> None:
    vault.with_name(vault.name + ".attempts").write_text(text)
    result = run(vault.parent, "records")
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_a_deeply_nested_settings_file_means_defaults(vault: Path, tmp_path: Path) -> None:
    (vault.parent / "settings.json").write_text('{"a": ' + "[" * 50_000 + "]" * 50_000 + "}")
    result = run(vault.parent, "profile", "init", "--out", str(tmp_path / "p.toml"))
    assert result.returncode == 0, result.stderr
    result = run(vault.parent, "profile", "apply", str(tmp_path / "p.toml"))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize("source,message", [("/dev/zero", "too large for a decision file"),
                                            ("/tmp", "Is a directory")])
def test_a_decision_file_that_is_endless_or_a_directory(vault: Path, source: str,
                                                        message: str) -> None:
    before = snapshot(vault.parent)
    result = run(vault.parent, "decide", "--answers", source)
    assert result.returncode == 2
    assert message in one_line_error(result)
    assert snapshot(vault.parent) == before


def test_an_endless_flow_file_is_one_problem_line(tmp_path: Path) -> None:
    result = run(tmp_path, "flows", "check", "/dev/zero")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[0] == "/dev/zero: too large for a flow file (over 2097152 bytes)"


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path: Path, repo_root: Path) -> None:
    # Under a UTF-8 locale stdout is strict: the name's lone surrogate used to be a traceback.
    name = os.fsencode(str(tmp_path)) + b"/bad\xff.yaml"
    with open(name, "wb") as handle:
        handle.write((repo_root / "resources/flows/england-2018.yaml").read_bytes())
    env = {**os.environ, "SHAREDESK_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8:strict"}
    result = subprocess.run([*CLI, "flows", "check", name],
                            capture_output=True, env=env, timeout=120, check=False)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    assert b"bad\\udcff.yaml: ok, england-2018" in result.stdout
