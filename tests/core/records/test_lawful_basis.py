"""The recognised legitimate interest basis (UK GDPR Art 6(1)(ea), added by the Data (Use and
Access) Act 2025, in force 5 February 2026) is a lawful basis a record can hold: it validates,
finalises in a real vault, and goes out unchanged in the JSON (schema-valid), CSV and FHIR
exports; the published schema lists exactly the codes the record form offers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
from fhir.resources.R4B.bundle import Bundle

from sharedesk.core.export.common import Monitor
from sharedesk.core.export.csv_export import COLUMNS, iter_csv
from sharedesk.core.export.fhir import iter_bundle
from sharedesk.core.export.json_export import export_json, load_json_export
from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.records.validation import (
    CHOICES,
    blocking,
    display_value,
    validate_fields,
    validate_record,
)
from sharedesk.core.vault import Vault

RLI = "recognised_legitimate_interest"
SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "schema" / "record.schema.json"


def _schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_recognised_legitimate_interest_is_a_choice_with_its_article() -> None:
    assert display_value("lawful_basis", RLI) == "Recognised legitimate interest (Art 6(1)(ea))"


def test_it_validates_with_a_public_task_warning_only(
        make: Callable[..., DecisionRecord]) -> None:
    record = make(lawful_basis=RLI)
    problems = validate_record(record, load_flow_by_id("england-2018"))
    assert blocking(problems) == []
    assert [(p.field, p.severity) for p in problems] == [("lawful_basis", "warning")]
    assert "public bodies cannot rely on it" in problems[0].message
    assert validate_fields({**record.fields, "lawful_basis": "recognised"}, (), "share")[0].blocking


def test_it_finalises_in_a_real_vault(vault: Vault, make: Callable[..., DecisionRecord]) -> None:
    final = vault.records.finalise(make(lawful_basis=RLI))
    assert vault.records.get(final.id).fields["lawful_basis"] == RLI


def test_schema_enum_is_exactly_the_form_choices() -> None:
    enum = _schema()["$defs"]["fields"]["properties"]["lawful_basis"]["enum"]
    assert enum == ["", *(code for code, _ in CHOICES["lawful_basis"])]


def test_json_export_is_schema_valid_and_round_trips(
        tmp_path: Path, make: Callable[..., DecisionRecord], vault: Vault) -> None:
    record = vault.records.finalise(make(lawful_basis=RLI))
    out = tmp_path / "records.json"
    export_json([record], out, generated="2026-11-30T12:00:00Z")
    doc = json.loads(out.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(_schema())
    validator.validate(doc)
    assert doc["records"][0]["fields"]["lawful_basis"] == RLI
    assert load_json_export(out.read_bytes()) == [record]
    doc["records"][0]["fields"]["lawful_basis"] = "recognised legitimate interest"
    assert not validator.is_valid(doc)


def test_csv_and_fhir_exports_carry_the_code(
        make: Callable[..., DecisionRecord], vault: Vault) -> None:
    record = vault.records.finalise(make(lawful_basis=RLI))
    flows = {record.flow_id: load_flow_by_id(record.flow_id)}
    text = b"".join(iter_csv([record], flows, Monitor())).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text)))
    assert row[header.index("lawful_basis")] == RLI and header == list(COLUMNS)
    bundle = json.loads(b"".join(iter_bundle([record], flows, {}, Monitor())))
    Bundle.model_validate(bundle)
    consents = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Consent"]
    assert [c["policyRule"]["coding"][0]["code"] for c in consents] == [RLI]
