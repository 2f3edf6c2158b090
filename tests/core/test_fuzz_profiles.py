"""Fuzz: mutated organisation profiles (TOML, signed and unsigned) given to
`sharedesk profile check|show|apply`.

A failure is one line and leaves the data directory byte-identical; a mutant that is still a
valid profile may be applied (then the settings change, as they should).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from fuzz_kit import FUZZ, digest, mutate_text, run_cli, write_mutant
from hypothesis import given
from hypothesis import strategies as st

from sharedesk.cli import main


def _bases() -> dict[str, str]:
    """An unsigned profile with every section filled in, and the same profile signed."""
    work = Path(tempfile.mkdtemp(prefix="sharedesk-fuzz-profile-"))
    try:
        assert main(["org", "keygen", "--out", str(work / "keys")]) == 0
        recipient = (work / "keys" / "org-age-recipient.txt").read_text().strip()
        path = work / "org.toml"
        assert main(["profile", "init", "--out", str(path), "--name", "Fuzz Partnership"]) == 0
        text = path.read_text(encoding="utf-8")
        text = text.replace("recipients = []", f'recipients = ["{recipient}"]')
        text = text.replace('recovery = ""', f'recovery = "{recipient}"', 1)
        text = text.replace('endpoint = ""', 'endpoint = "https://127.0.0.1:8443/bundles"', 1)
        text = text.replace('phone = ""', 'phone = "01234 567890"', 1)
        path.write_text(text, encoding="utf-8")
        unsigned = text
        assert main(["profile", "sign", str(path), "--key",
                     str(work / "keys" / "profile-signing-key.pem")]) == 0
        return {"unsigned": unsigned, "signed": path.read_text(encoding="utf-8")}
    finally:
        shutil.rmtree(work, ignore_errors=True)


BASES = _bases()


@FUZZ
@given(data=st.data())
def test_mutated_profiles(tmp_path: Path, sharedesk_home: Path,
                          capsys: pytest.CaptureFixture[str], data: st.DataObject) -> None:
    for child in sharedesk_home.iterdir():  # each case starts from an empty data directory
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    base = BASES[data.draw(st.sampled_from(sorted(BASES)))]
    given_dir = tmp_path / "given"  # apart from the data directory (tmp_path / "home")
    given_dir.mkdir(exist_ok=True)
    profile = given_dir / "org.toml"
    write_mutant(profile, mutate_text(base, data.draw))
    before_home, before_file = digest(sharedesk_home), digest(given_dir)
    command = data.draw(st.sampled_from([["check"], ["show", "--json"], ["apply"]]))
    status, _, _ = run_cli(["profile", *command, str(profile)], capsys)
    assert status in (0, 2), status
    assert digest(given_dir) == before_file
    if status or command[0] != "apply":
        assert digest(sharedesk_home) == before_home
