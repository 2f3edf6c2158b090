"""Adding an export format touches only the registry and its writer: a format registered here
(as a plug-in would) is offered by `sharedesk export --format`, written to a file and to
standard output, and audited, with no change to the CLI."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest

from sharedesk.cli import main
from sharedesk.core.export import registry
from sharedesk.core.export.registry import ExportFormat, ExportJob
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_export_cli import PASS, _make_vault


def write_ids(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
              job: ExportJob) -> None:
    sink.write(b"ids\n")
    for record in records:
        sink.write(f"{record.id}\n".encode())


@pytest.fixture
def ids_format() -> Iterator[ExportFormat]:
    fmt = ExportFormat("ids", "Record ids", ".ids.txt", write_ids, help="one record id a line")
    registry.register(fmt)
    yield fmt
    registry.unregister("ids")


@pytest.fixture
def vault_path(monkeypatch: pytest.MonkeyPatch, sharedesk_home: Path) -> Path:
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return sharedesk_home / "vault.sharedesk"


def test_the_help_lists_every_registered_format(
        ids_format: ExportFormat, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "{pdf,json,csv,fhir,html,bundle,ids}" in out
    assert "ids: one record id a line" in out and "html:" in out


def test_a_registered_format_exports_to_a_file_and_stdout_and_is_audited(
        ids_format: ExportFormat, vault_path: Path, tmp_path: Path,
        capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    ids = _make_vault(vault_path, 2)
    out = tmp_path / "export.ids.txt"
    capfdbinary.readouterr()
    assert main(["export", "--format", "ids", "--out", str(out), "--json"]) == 0
    report = json.loads(capfdbinary.readouterr().out)
    body = out.read_bytes()
    assert body.decode().splitlines() == ["ids", *ids]
    assert (report["format"], report["count"]) == ("ids", 2)
    assert report["sha256"] == hashlib.sha256(body).hexdigest() and report["size"] == len(body)

    assert main(["export", "--format", "ids", "--out", "-", "--ids", ids[0]]) == 0
    assert capfdbinary.readouterr().out == f"ids\n{ids[0]}\n".encode()

    with Vault.open(vault_path, PASS) as vault:
        exported = [e for e in vault.audit_events() if e.kind == "exported"]
        trails = {i: [e for e in vault.audit_events(i) if e.kind == "exported"] for i in ids}
    # one event per export, listing its records: two records to the file, one to stdout
    assert [e.detail["records"] for e in exported] == [sorted(ids), ids[:1]]  # in id order
    assert all(e.detail.get("format") == "ids" for e in exported)
    assert [len(trails[i]) for i in ids] == [2, 1]


def test_an_unknown_format_is_a_parser_error(vault_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _make_vault(vault_path, 1)
    with pytest.raises(SystemExit) as done:
        main(["export", "--format", "ids", "--out", "x"])
    assert done.value.code == 2
    assert "invalid choice: 'ids'" in capsys.readouterr().err
