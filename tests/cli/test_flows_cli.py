"""`sharedesk flows ...` run as a real process: output, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from clirun import CLI

from sharedesk.cli import main

REPO = Path(__file__).resolve().parents[2]
FLOWS = REPO / "resources" / "flows"
SCENARIOS = REPO / "tests" / "flows" / "scenarios"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True,
                          text=True, cwd=cwd, check=False, timeout=60)


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def answers_file(tmp_path: Path, answers: dict[str, object], flow: str | None = "england-2018") -> Path:
    path = tmp_path / "answers.json"
    data: dict[str, object] = {"answers": answers}
    if flow is not None:
        data["flow"] = flow
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_list() -> None:
    result = run("flows", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["england-2018", "england-2024", "scotland"]
    assert "2018.2" in lines[0] and "England" in lines[0] and "superseded" in lines[0]
    assert "based on the 2024 advice" in lines[1] and "[32 unverified]" in lines[1]
    listed = json.loads(run("flows", "list", "--json").stdout)
    assert {f["id"]: f["jurisdiction"] for f in listed}["scotland"] == "Scotland"


def test_check_shipped_flows_pass() -> None:
    files = sorted(str(p.relative_to(REPO)) for p in FLOWS.glob("*.yaml"))
    result = run("flows", "check", *files)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count(": ok, ") == len(files) == 3


def test_check_bad_files_exit_non_zero_with_file_line_node(tmp_path: Path) -> None:
    broken = (FLOWS / "england-2018.yaml").read_text(encoding="utf-8")
    broken = broken.replace("target: confidential}", "target: nowhere}")
    bad = tmp_path / "bad.yaml"
    bad.write_text(broken, encoding="utf-8")
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if "- id: identifiable" in text)
    malformed = tmp_path / "malformed.yaml"
    malformed.write_text("id: x\nnodes: [\n", encoding="utf-8")
    result = run("flows", "check", str(FLOWS / "scotland.yaml"), str(bad), str(malformed),
                 str(tmp_path / "missing.yaml"))
    no_traceback(result)
    assert result.returncode == 1
    out = result.stdout
    assert ": ok, scotland" in out
    assert f"{bad}:{line}: identifiable: target 'nowhere' does not exist" in out
    assert f"{malformed}:3: malformed YAML" in out
    assert f"{tmp_path / 'missing.yaml'}: cannot read flow file" in out
    assert "3 of 4 flow file(s) invalid" in out


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_show(fmt: str) -> None:
    result = run("flows", "show", "england-2018", "--format", fmt)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    if fmt == "mermaid":
        assert out.startswith("flowchart TD")
        assert 'purpose -- "Not sure" --> advice' in out
        assert 'advice -. "return" .-> purpose' in out
    else:
        assert out.startswith('digraph "england-2018" {') and out.rstrip().endswith("}")
        assert '"consent" -> "lawful_basis" [label="No"];' in out
        assert '"advice" -> "purpose" [style=dashed, label="return"];' in out


def test_walk_text_and_json(tmp_path: Path) -> None:
    path = answers_file(tmp_path, {"purpose": ["not_sure", "yes"], "identifiable": "yes",
                                   "confidential": "no"})
    result = run("flows", "walk", "england-2018", "--answers", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("outcome: share\n")
    assert "  purpose -> not_sure" in result.stdout and "  confidential -> no" in result.stdout
    assert "record must include: reasons" in result.stdout
    result = run("flows", "walk", "england-2018", "--answers", str(path), "--json")
    data = json.loads(result.stdout)
    assert data["outcome"] == "share" and data["end"] == "share"
    assert [s["node"] for s in data["path"]] == ["purpose", "advice", "purpose", "identifiable",
                                                 "confidential", "share"]
    assert data["path"][0] == {"node": "purpose", "answer": "not_sure"}
    assert data["unused"] == [] and "reasons" in data["requires"]


def test_walk_missing_answer_names_the_node(tmp_path: Path) -> None:
    path = answers_file(tmp_path, {"purpose": "yes", "identifiable": "yes"})
    result = run("flows", "walk", "england-2018", "--answers", str(path))
    no_traceback(result)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.strip() == (f"sharedesk: error: {path}: missing answer for question "
                                     "'confidential'")


def test_walk_reports_unused_answers(tmp_path: Path) -> None:
    path = answers_file(tmp_path, {"purpose": "no", "consent": "yes", "colour": "blue"})
    result = run("flows", "walk", "england-2018", "--answers", str(path), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["unused"] == ["colour", "consent"]
    assert "answer for 'consent' was not used (not on the path)" in result.stderr
    assert "answer for 'colour' was not used (no such question in england-2018)" in result.stderr


@pytest.mark.parametrize(("args", "content", "expected"), [
    (["nope"], {"answers": {}}, "unknown flow 'nope' (known flows: england-2018, england-2024, scotland)"),
    (["england-2018"], {"flow": "england-2018", "answers": {"purpose": "maybe"}},
     "purpose: answer 'maybe' is not offered (yes, no, not_sure)"),
    (["england-2018"], {"flow": "scotland", "answers": {}}, "is for flow 'scotland', not 'england-2018'"),
    (["england-2018"], "{not json", "answers.json:1: not valid JSON"),
    (["england-2018"], {"answers": ["purpose"]}, 'expected an object with "answers"'),
    (["england-2018"], {"answers": {"purpose": 3}}, "answer for 'purpose' must be a text"),
])
def test_walk_bad_input(tmp_path: Path, args: list[str], content: object, expected: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    result = run("flows", "walk", *args, "--answers", str(path))
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.startswith("sharedesk: error: ") and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_walk_unreadable_answers_file(tmp_path: Path) -> None:
    result = run("flows", "walk", "england-2018", "--answers", str(tmp_path / "none.json"))
    no_traceback(result)
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_show_unknown_flow_and_bad_format() -> None:
    result = run("flows", "show", "atlantis")
    no_traceback(result)
    assert result.returncode == 2 and "unknown flow 'atlantis'" in result.stderr
    result = run("flows", "show", "scotland", "--format", "png")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_every_scenario_walks_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # In-process (same code path as the console script) so the whole table stays fast.
    count = 0
    for table in sorted(SCENARIOS.glob("*.yaml")):
        data = yaml.safe_load(table.read_text(encoding="utf-8"))
        for row in data["scenarios"]:
            path = answers_file(tmp_path, row["answers"], data["flow"])
            assert main(["flows", "walk", data["flow"], "--answers", str(path), "--json"]) == 0
            out = json.loads(capsys.readouterr().out)
            assert out["outcome"] == row["outcome"], row["name"]
            assert [s["node"] for s in out["path"]] == row["path"], row["name"]
            count += 1
    assert count >= 30
