"""`sharedesk flows questionnaire FLOW`: the FHIR Questionnaire a case system loads for a flow."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import CLI

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "core" / "export"))
from fhir_check import r4_errors  # noqa: E402


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True,
                          text=True, cwd=REPO, check=False, timeout=60)


@pytest.mark.parametrize("flow", ["england-2018", "england-2024", "scotland"])
def test_every_shipped_flow_publishes_a_valid_questionnaire(flow: str) -> None:
    result = run("flows", "questionnaire", flow)
    assert result.returncode == 0, result.stderr
    resource = json.loads(result.stdout)
    assert resource["url"] == f"https://sharedesk.example/fhir/Questionnaire/{flow}"
    assert r4_errors({"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}]}) == []


def test_out_writes_the_file_and_names_the_canonical(tmp_path: Path) -> None:
    out = tmp_path / "q.json"
    result = run("flows", "questionnaire", "england-2018", "--out", str(out))
    assert result.returncode == 0, result.stderr
    resource = json.loads(out.read_text(encoding="utf-8"))
    assert f"{resource['url']}|{resource['version']}" in result.stdout


def test_unknown_flow_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("flows", "questionnaire", "nope", "--out", str(tmp_path / "q.json"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and not (tmp_path / "q.json").exists()
