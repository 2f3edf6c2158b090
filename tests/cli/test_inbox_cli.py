"""`sharedesk inbox --folder`: a manager imports a folder of practitioners' bundles (issue 14).

Five real laptops' bundles plus bad ones: a tampered file, one from a laptop nobody trusted,
one addressed to another organisation, and a duplicate. Each refused file is moved to
refused/ with a one-line reason, nothing is imported from it, and the inbox goes on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from manager_kit import FAST, PASS, copy_to, readdress, tamper, team
from pyrage import x25519

from sharedesk.cli import main
from sharedesk.core.vault import Vault


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, x25519.Identity]:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    org = x25519.Identity.generate()
    key = tmp_path / "org.key"
    key.write_text(f"# organisation key\n{org}\n")
    manager = tmp_path / "manager.sharedesk"
    Vault.create(manager, PASS, kdf=FAST).close()
    return manager, key, org


def _count(vault: Path) -> int:
    with Vault.open(vault, PASS) as v:
        return v.records.count()


def test_inbox_folder_imports_good_refuses_bad_and_moves_every_file(
        tmp_path: Path, desk: tuple[Path, Path, x25519.Identity],
        capsys: pytest.CaptureFixture[str]) -> None:
    manager, key, org = desk
    people = team(tmp_path / "laptops", org)
    for p in people[:4]:  # the fifth laptop is unknown to this manager
        assert main(["devices", "trust", p.public_key, "--name", p.name,
                     "--vault", str(manager)]) == 0
    inbox = tmp_path / "inbox"
    for p in people:
        copy_to(p.bundle, inbox)
    tamper(inbox / people[2].bundle.name)
    copy_to(people[0].bundle, inbox, "99-copy-of-sam.age")           # a duplicate
    copy_to(readdress(tmp_path / "other", x25519.Identity.generate()), inbox, "50-other-org.age")
    capsys.readouterr()
    status = main(["inbox", "--folder", str(inbox), "--identity", str(key),
                   "--vault", str(manager)])
    out = capsys.readouterr().out
    assert status == 1, out  # some refused; the good ones imported all the same
    lines = out.strip().splitlines()
    assert len(lines) == 8 and lines[-1] == (
        "7 bundles: 3 imported (6 records added, 0 amended), 4 refused")
    assert _count(manager) == 6
    imported = sorted(p.name for p in (inbox / "imported").iterdir())
    assert imported == [people[0].bundle.name, people[1].bundle.name, people[3].bundle.name]
    refused = inbox / "refused"
    reasons = {p.name.removesuffix(".reason.txt"): p.read_text()
               for p in refused.glob("*.reason.txt")}
    assert set(reasons) == {people[2].bundle.name, people[4].bundle.name,
                            "99-copy-of-sam.age", "50-other-org.age"}
    assert all(r.endswith("\n") and r.count("\n") == 1 for r in reasons.values())
    assert people[4].fingerprint in reasons[people[4].bundle.name]  # the unknown laptop
    assert "not a trusted device" in reasons[people[4].bundle.name]
    assert "duplicate" in reasons["99-copy-of-sam.age"]
    assert "identity" in reasons["50-other-org.age"] or "addressed" in reasons["50-other-org.age"]
    assert all((refused / name).is_file() for name in reasons)
    assert not [p for p in inbox.iterdir() if p.is_file()]  # every file was processed
    for line in lines[:-1]:
        assert ": imported bundle " in line or ": refused: " in line

    # The manager trusts the unknown laptop and puts its bundle back: it imports.
    assert main(["devices", "trust", people[4].public_key, "--name", people[4].name,
                 "--vault", str(manager)]) == 0
    (refused / people[4].bundle.name).rename(inbox / people[4].bundle.name)
    capsys.readouterr()
    assert main(["inbox", "--folder", str(inbox), "--identity", str(key), "--json",
                 "--vault", str(manager)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"bundles": 1, "imported": 1, "refused": 0,
                                 "records_added": 2, "records_amended": 0}
    [row] = report["results"]
    assert row["signer_fingerprint"] == people[4].fingerprint and row["added"] == 2
    assert _count(manager) == 8


def test_inbox_bad_input_is_one_line(tmp_path: Path, desk: tuple[Path, Path, x25519.Identity],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    manager, key, _ = desk
    assert main(["inbox", "--folder", str(tmp_path / "missing"), "--identity", str(key),
                 "--vault", str(manager)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sharedesk: error: ") and "\n" not in err and "not a folder" in err
    assert main(["inbox", "--intake", "http://127.0.0.1:9", "--identity", str(key),
                 "--vault", str(manager)]) == 2
    assert "--token-file" in capsys.readouterr().err


def test_inbox_folder_quiet_names_only_the_refused_on_stderr(
        tmp_path: Path, desk: tuple[Path, Path, x25519.Identity],
        capsys: pytest.CaptureFixture[str]) -> None:
    manager, key, org = desk
    people = team(tmp_path / "laptops", org, count=2)
    assert main(["devices", "trust", people[0].public_key, "--name", people[0].name,
                 "--vault", str(manager)]) == 0  # the second laptop is not trusted
    inbox = tmp_path / "inbox"
    for p in people:
        copy_to(p.bundle, inbox)
    capsys.readouterr()
    assert main(["inbox", "--folder", str(inbox), "--identity", str(key), "--quiet",
                 "--vault", str(manager)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [warning] = captured.err.strip().splitlines()
    assert warning.startswith(f"sharedesk: warning: {people[1].bundle.name}: refused: ")
    assert _count(manager) == 2

    (inbox / "refused" / people[1].bundle.name).rename(inbox / people[1].bundle.name)
    assert main(["devices", "trust", people[1].public_key, "--name", people[1].name,
                 "--vault", str(manager)]) == 0
    capsys.readouterr()
    assert main(["inbox", "--folder", str(inbox), "--identity", str(key), "-q",
                 "--vault", str(manager)]) == 0
    assert capsys.readouterr() == ("", "")
    assert _count(manager) == 4
