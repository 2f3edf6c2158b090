"""`sharedesk org keygen` and `sharedesk profile init|check|show|sign`, in-process and as a process."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from clirun import CLI

from sharedesk.cli import main
from sharedesk.cli.profile import strip_signature

SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([*CLI, *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    out = tmp_path / "keys"
    assert main(["org", "keygen", "--out", str(out)]) == 0
    return out


@pytest.fixture
def profile(tmp_path: Path, keys: Path) -> Path:
    path = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(path), "--name", "Northshire \"GP\" Federation"]) == 0
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    text = path.read_text().replace("recipients = []", f'recipients = ["{recipient}"]')
    path.write_text(text)
    return path


def test_keygen_as_a_process_warns_and_writes_0600(tmp_path: Path) -> None:
    out = tmp_path / "keys"
    result = run("org", "keygen", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "WARNING" in result.stderr and "offline" in result.stderr
    assert "age1" in result.stdout
    for name in ("org-age-identity.txt", "profile-signing-key.pem"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run("org", "keygen", "--out", str(out))
    assert again.returncode != 0
    assert again.stderr.startswith("sharedesk: error: refusing to overwrite")
    assert len(again.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_init_check_sign_show_round_trip(profile: Path, keys: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["profile", "check", str(profile)]) == 0
    out = capsys.readouterr().out
    assert 'ok, Northshire "GP" Federation (England), not signed' in out
    assert "note: no keys.recovery" in out

    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    assert stat.S_IMODE(profile.stat().st_mode) == 0o644
    pub = str(keys / "profile-signing-key.pub.pem")
    capsys.readouterr()
    assert main(["profile", "check", str(profile), "--signing-key", pub]) == 0
    assert "(the trusted organisation key)" in capsys.readouterr().out

    # Signing again (after an edit) replaces the old signature rather than adding a second one.
    profile.write_text(profile.read_text().replace("idle_lock_minutes = 5", "idle_lock_minutes = 15"))
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    assert profile.read_text().count("[signature]") == 1
    capsys.readouterr()
    assert main(["profile", "show", str(profile), "--json", "--signing-key", pub]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["idle_lock_minutes"] == 15 and shown["trusted"] is True
    assert shown["name"] == 'Northshire "GP" Federation'
    assert shown["recipients"] == [(keys / "org-age-recipient.txt").read_text().strip()]
    assert main(["profile", "show", str(profile)]) == 0
    table = capsys.readouterr().out
    assert any(line.split() == ["Idle", "lock", "(minutes)", "15"] for line in table.splitlines())
    assert "Caldicott Guardian" in table


def test_tampered_profile_fails_check_as_a_process(profile: Path, keys: Path) -> None:
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    profile.write_text(profile.read_text().replace("retention_days = 30", "retention_days = 3650"))
    result = run("profile", "check", str(profile), "--signing-key",
                 str(keys / "profile-signing-key.pub.pem"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"sharedesk: error: {profile}:")
    assert "changed after it was signed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_check_with_another_organisations_key_fails(profile: Path, keys: Path,
                                                    tmp_path: Path) -> None:
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    other = tmp_path / "other"
    assert main(["org", "keygen", "--out", str(other)]) == 0
    assert main(["profile", "check", str(profile), "--signing-key",
                 str(other / "profile-signing-key.pub.pem")]) == 2


@pytest.mark.parametrize(("edit", "fragment"), [
    (lambda t: t.replace('default_flow = "england-2018"', 'default_flow = "nope"'),
     "not a shipped flow"),
    (lambda t: t.replace('recovery = ""', 'recovery = "age1bad"'), "not an age X25519"),
    (lambda t: t.replace('endpoint = ""', 'endpoint = "http://cases.example.org"'),
     "only https:// is allowed"),
    (lambda t: t.replace("[policy]", "[policy"), "not valid TOML"),
])
def test_bad_profiles_fail_with_one_line(profile: Path, edit: object, fragment: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    profile.write_text(edit(profile.read_text()))  # type: ignore[operator]
    capsys.readouterr()
    assert main(["profile", "check", str(profile)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"sharedesk: error: {profile}:") and fragment in err
    assert err.count("\n") == 1


def test_sign_refuses_an_invalid_profile_and_leaves_it_untouched(
        profile: Path, keys: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile.write_text(profile.read_text().replace("idle_lock_minutes = 5", "idle_lock_minutes = 0"))
    before = profile.read_bytes()
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 2
    assert "idle_lock_minutes must be between" in capsys.readouterr().err
    assert profile.read_bytes() == before


def test_sign_with_a_bad_key_leaves_the_profile_untouched(
        profile: Path, keys: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = profile.read_bytes()
    # The age identity is not an Ed25519 PEM key.
    assert main(["profile", "sign", str(profile), "--key", str(keys / "org-age-identity.txt")]) == 2
    assert "not an unencrypted PEM private key" in capsys.readouterr().err
    assert main(["profile", "sign", str(profile), "--key", str(keys / "absent.pem")]) == 2
    assert profile.read_bytes() == before
    assert sorted(p.name for p in profile.parent.iterdir() if p.name.startswith(".")) == []


def test_init_refuses_to_overwrite_and_rejects_bad_values(tmp_path: Path, profile: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = profile.read_bytes()
    assert main(["profile", "init", "--out", str(profile)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert profile.read_bytes() == before
    target = tmp_path / "new.toml"
    assert main(["profile", "init", "--out", str(target), "--flow", "narnia"]) == 2
    assert "not a shipped flow" in capsys.readouterr().err
    assert main(["profile", "init", "--out", str(target), "--name", "bad\x07name"]) == 2
    assert not target.exists()


def test_missing_files_are_one_line_errors(tmp_path: Path) -> None:
    for args in (("profile", "check", str(tmp_path / "nope.toml")),
                 ("profile", "show", str(tmp_path / "nope.toml")),
                 ("profile", "sign", str(tmp_path / "nope.toml"), "--key", str(tmp_path / "k"))):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("sharedesk: error: cannot read")
        assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_strip_signature_keeps_tables_after_it() -> None:
    text = 'schema = 1\n[signature]\nvalue = "x"\n\n[policy]\nretention_days = 1\n'
    assert strip_signature(text) == 'schema = 1\n[policy]\nretention_days = 1\n'


def test_apply_imports_for_this_user(profile: Path, keys: Path, sharedesk_home: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    pub = str(keys / "profile-signing-key.pub.pem")
    result = run("profile", "apply", str(profile), "--signing-key", pub)
    assert result.returncode == 0, result.stderr
    assert "the trusted organisation key" in result.stdout
    settings = json.loads((sharedesk_home / "settings.json").read_text())
    assert settings["profile.path"] == str((sharedesk_home / "organisation-profile.toml").resolve())
    assert (sharedesk_home / "profile-signing-key.pub.pem").read_bytes() == Path(pub).read_bytes()
    # Tampering with the original afterwards: a re-apply is refused, settings unchanged.
    before = (sharedesk_home / "settings.json").read_bytes()
    profile.write_text(profile.read_text().replace("retention_days = 30", "retention_days = 0"))
    assert main(["profile", "apply", str(profile)]) == 2
    assert "changed after it was signed" in capsys.readouterr().err
    assert (sharedesk_home / "settings.json").read_bytes() == before


def test_administrator_story_end_to_end(tmp_path: Path, sharedesk_home: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # docs/admin-guide.md, sections 2-6, with the real vault and bundle code: the organisation
    # keys from `org keygen` enrol recovery, receive bundles and reset a forgotten passphrase.
    from sharedesk.cli import COMMANDS

    assert {"vault", "decide", "export", "bundle"} <= set(COMMANDS)
    keys = tmp_path / "keys"
    assert main(["org", "keygen", "--out", str(keys)]) == 0
    recipient = (keys / "org-age-recipient.txt").read_text().strip()
    profile = tmp_path / "org.toml"
    assert main(["profile", "init", "--out", str(profile), "--name", "Northshire"]) == 0
    profile.write_text(profile.read_text()
                       .replace("recipients = []", f'recipients = ["{recipient}"]')
                       .replace('recovery = ""', f'recovery = "{recipient}"'))
    assert main(["profile", "sign", str(profile), "--key", str(keys / "profile-signing-key.pem")]) == 0
    assert main(["profile", "apply", str(profile), "--signing-key",
                 str(keys / "profile-signing-key.pub.pem")]) == 0

    monkeypatch.setenv("SHAREDESK_PASSPHRASE", "first long passphrase")
    assert main(["vault", "init", "--recovery-recipient", str(keys / "org-age-recipient.txt")]) == 0
    answers = tmp_path / "decision.json"
    answers.write_text(json.dumps({"flow": "england-2018", "answers": {"purpose": "no"}, "record": {
        "decision_maker": "A Practitioner", "role": "Health visitor", "purpose": "Test",
        "reasons": "No clear purpose for sharing"}}))
    capsys.readouterr()
    assert main(["decide", "--answers", str(answers)]) == 0
    record_id = capsys.readouterr().out.strip().splitlines()[-1]

    # Exported without --recipient: encrypted to the profile's recipients.
    bundle = tmp_path / "bundle.age"
    assert main(["export", "--format", "bundle", "--out", str(bundle)]) == 0
    opened = tmp_path / "opened"
    assert main(["bundle", "open", str(bundle), "--identity", str(keys / "org-age-identity.txt"),
                 "--out", str(opened)]) == 0
    assert any(record_id in p.read_text(errors="replace") for p in opened.rglob("*.json*"))

    # Forgotten passphrase: reset with the organisation identity, then the new one opens it.
    new_pass = tmp_path / "new-pass"
    new_pass.write_text("second long passphrase\n")
    assert main(["vault", "recover", "--identity", str(keys / "org-age-identity.txt"),
                 "--new-passphrase-file", str(new_pass)]) == 0
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", "second long passphrase")
    capsys.readouterr()
    assert main(["records"]) == 0
    assert record_id in capsys.readouterr().out
