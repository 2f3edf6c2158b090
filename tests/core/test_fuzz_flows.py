"""Fuzz: mutated flow YAML files given to `sharedesk flows check`.

Every mutant is either a valid flow or one ``file:line: problem`` line per fault; the file
itself and the data directory are never changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_kit import FUZZ, digest, mutate_text, run_cli, write_mutant
from hypothesis import given
from hypothesis import strategies as st

from sharedesk.core import paths

# Read once: the same text for every case, so hypothesis can replay and shrink a failure.
SHIPPED = {p.name: p.read_text(encoding="utf-8") for p in sorted(paths.flows_dir().glob("*.yaml"))}


@FUZZ
@given(data=st.data())
def test_mutated_flow_files(tmp_path: Path, sharedesk_home: Path,
                            capsys: pytest.CaptureFixture[str], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(SHIPPED)))
    mutant = tmp_path / name
    write_mutant(mutant, mutate_text(SHIPPED[name], data.draw))
    before = digest(tmp_path)
    status, out, _ = run_cli(["flows", "check", str(mutant)], capsys)
    assert status in (0, 1)
    if status:
        # Each problem is one line naming the file; the last line counts the invalid files.
        assert all(line.startswith(str(mutant)) for line in out.splitlines()[:-1]), out
        assert out.splitlines()[-1] == "1 of 1 flow file(s) invalid"
    assert digest(tmp_path) == before
