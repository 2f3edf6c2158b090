"""`sharedesk countersign ID --outcome ... --comment ...` (issue 14): real vault, real key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export_cli import _make_vault, _one_line_error, vault_path

from sharedesk.cli import main

__all__ = ["vault_path"]


def test_countersign_cli_signs_once_and_refuses_a_repeat(
        vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [rid] = _make_vault(vault_path, 1)
    assert main(["countersign", rid, "--outcome", "escalated", "--comment",
                 "Refer to the MASH today", "--by", "Ana Lee", "--role", "Named nurse",
                 "--json"]) == 0
    signed = json.loads(capsys.readouterr().out)
    assert signed["outcome"] == "escalated" and signed["by"] == "Ana Lee"
    assert sorted(signed) == ["at", "by", "comment", "outcome", "public_key", "role",
                              "signature"]
    assert main(["device", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["public_key"] == signed["public_key"]
    # the same key and outcome again: one line, exit 2, nothing written
    assert main(["countersign", rid, "--outcome", "escalated", "--comment", "again",
                 "--by", "Ana Lee"]) == 2
    assert "already countersigned 'escalated'" in _one_line_error(capsys)
    assert main(["export", "--format", "json", "--out", str(vault_path.parent / "r.json"),
                 "--ids", rid]) == 0
    [record] = json.loads((vault_path.parent / "r.json").read_text())["records"]
    assert record["countersignatures"] == [signed]


@pytest.mark.parametrize(("args", "message"), [
    (["--outcome", "escalated", "--by", "Ana Lee"], "needs a comment"),
    (["--outcome", "agreed"], "who countersigns"),
    (["--outcome", "maybe", "--by", "Ana Lee"], "invalid choice"),
])
def test_countersign_bad_input_is_one_line(vault_path: Path, capsys: pytest.CaptureFixture[str],
                                           args: list[str], message: str) -> None:
    [rid] = _make_vault(vault_path, 1)
    try:
        status = main(["countersign", rid, *args])
    except SystemExit as exc:  # argparse's own usage errors exit 2 on one line
        status = int(exc.code or 0)
    assert status == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_countersign_unknown_id(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_vault(vault_path, 1)
    assert main(["countersign", "00000000-0000-4000-8000-000000000000", "--outcome", "agreed",
                 "--by", "Ana Lee"]) == 2
    assert "no record" in _one_line_error(capsys)
