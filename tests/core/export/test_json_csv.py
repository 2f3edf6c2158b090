"""JSON exports validate against the published schema and round-trip; CSV is safe in spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from export_samples import REFUSE_ANSWERS

from sharedesk.core.errors import ExportCancelled, ExportError
from sharedesk.core.export.csv_export import COLUMNS, export_csv
from sharedesk.core.export.json_export import export_json, load_json_export, record_to_json
from sharedesk.core.flow import Flow
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.records.model import DecisionRecord

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "schema" / "record.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_lists_exactly_the_record_fields() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert list(schema["$defs"]["fields"]["properties"]) == list(RECORD_FIELDS)


def test_json_export_validates_and_round_trips(
        tmp_path: Path, make_record: Callable[..., DecisionRecord],
        validator: jsonschema.Draft202012Validator) -> None:
    records = [make_record(amend=True), make_record(REFUSE_ANSWERS, final=False)]
    out = tmp_path / "records.json"
    result = export_json(records, out, generated="2026-11-22T08:00:00Z")
    doc = json.loads(out.read_text(encoding="utf-8"))
    validator.validate(doc)
    assert result.count == 2 and doc["generated"] == "2026-11-22T08:00:00Z"
    assert doc["records"][0]["effective_fields"]["recipient"] == "Children's social care, MASH"
    assert doc["records"][0]["fields"]["recipient"] == "Children's social care, duty team"
    assert load_json_export(out.read_bytes()) == records


def test_schema_rejects_what_a_receiver_must_not_accept(
        make_record: Callable[..., DecisionRecord],
        validator: jsonschema.Draft202012Validator) -> None:
    good = record_to_json(make_record())
    validator.validate(good)
    for mutate in (lambda d: d["fields"].update(favourite_colour="red"),
                   lambda d: d.update(outcome="maybe"),
                   lambda d: d.update(finalised=None),
                   lambda d: d.update(created="yesterday"),
                   lambda d: d.pop("path")):
        bad = json.loads(json.dumps(good))
        mutate(bad)
        assert not validator.is_valid(bad)


def test_tampered_json_record_is_refused(make_record: Callable[..., DecisionRecord]) -> None:
    doc = record_to_json(make_record())
    doc["fields"]["reasons"] = "changed afterwards"
    with pytest.raises(ExportError, match="does not match its sha256"):
        load_json_export(json.dumps(doc).encode())
    with pytest.raises(ExportError, match="not a sharedesk JSON export"):
        load_json_export(b"\xff\xfe")


def test_json_export_cancel_keeps_previous_file(
        tmp_path: Path, make_record: Callable[..., DecisionRecord]) -> None:
    out = tmp_path / "r.json"
    out.write_text("old")
    with pytest.raises(ExportCancelled):
        export_json([make_record(), make_record()], out, cancel=lambda: True)
    assert out.read_text() == "old"


def test_csv_has_every_field_and_neutralises_formulas(
        tmp_path: Path, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    records = [make_record(amend=True), make_record(REFUSE_ANSWERS, final=False,
                                                   purpose="+44 7700 900123")]
    out = tmp_path / "records.csv"
    export_csv(records, flows, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["id"] for r in rows] == [r.id for r in records]
    assert rows[0]["recipient"] == "Children's social care, MASH"  # effective value
    assert rows[0]["reasons"].startswith("Dad said <b>")
    assert rows[0]["what_shared"] == "Attendance at clinic\nmissed 3 appointments"
    assert rows[0]["path"].startswith("purpose=not_sure > advice > purpose=yes > identifiable=yes")
    assert rows[0]["sha256"] == records[0].sha256()
    assert "Corrected the recipient team" in rows[0]["amendments"]
    assert rows[1]["purpose"] == "'+44 7700 900123"
    assert rows[1]["outcome"] == "do_not_share" and rows[1]["status"] == "draft"
