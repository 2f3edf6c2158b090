"""Helpers for the FHIR tests: the official R4 JSON schema and the bundle invariants (not a test module).

The validator is the official FHIR R4 JSON schema (tests/data/fhir, with jsonschema), not the
fhir.resources models; the invariants (every reference resolves in the bundle, Consent has a
patient, answers have the type their Questionnaire item says, every resource has a narrative)
are FHIRPath-style checks written as plain assertions.
"""

from __future__ import annotations

import gzip
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft6Validator

from sharedesk.core.export.common import Monitor
from sharedesk.core.export.fhir import PdfAttachment, iter_bundle
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

SCHEMA = Path(__file__).resolve().parents[2] / "data" / "fhir" / "fhir.schema.json.gz"
ANSWER_TYPES = {"boolean": "valueBoolean", "date": "valueDate", "dateTime": "valueDateTime",
                "string": "valueString", "text": "valueString", "choice": "valueCoding"}
UK_CORE = {"Patient", "Consent", "QuestionnaireResponse", "Questionnaire", "DocumentReference",
           "Practitioner", "PractitionerRole", "Organization"}
VALID_NHS = "943 476 5919"


@cache
def validator() -> Draft6Validator:
    with gzip.open(SCHEMA) as handle:
        return Draft6Validator(json.load(handle))


def r4_errors(data: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in validator().iter_errors(data)]


def bundle(records: list[DecisionRecord], flows: dict[str, Flow],
           pdfs: dict[str, PdfAttachment] | None = None) -> dict[str, Any]:
    data = json.loads(b"".join(iter_bundle(records, flows, pdfs or {}, Monitor())))
    assert r4_errors(data) == []
    return data


def of_type(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("reference"), str):
            yield node["reference"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def items_by_link(items: list[dict[str, Any]], prefix: str = "") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        out[prefix + item["linkId"]] = item
        out.update(items_by_link(item.get("item", []), f"{prefix}{item['linkId']}/"))
    return out


def answered(items: list[dict[str, Any]], prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for item in items:
        for answer in item.get("answer", []):
            yield prefix + item["linkId"], answer
        yield from answered(item.get("item", []), f"{prefix}{item['linkId']}/")


def check_invariants(data: dict[str, Any]) -> None:
    urls = {e["fullUrl"] for e in data["entry"]}
    by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}
    for entry in data["entry"]:
        resource = entry["resource"]
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        for target in references(resource):
            assert target in urls, f"{resource['resourceType']} refers to {target}, not in the bundle"
        div = ET.fromstring(resource["text"]["div"])
        assert resource["text"]["status"] == "generated"
        assert div.tag == "{http://www.w3.org/1999/xhtml}div" and "".join(div.itertext()).strip()
        if resource["resourceType"] in UK_CORE:
            assert resource["meta"]["profile"] == [
                f"https://fhir.hl7.org.uk/StructureDefinition/UKCore-{resource['resourceType']}"]
    questionnaires = {f"{q['url']}|{q['version']}": q for q in of_type(data, "Questionnaire")}
    for consent in of_type(data, "Consent"):
        assert by_url[consent["patient"]["reference"]]["resourceType"] == "Patient"
    for qr in of_type(data, "QuestionnaireResponse"):
        assert by_url[qr["subject"]["reference"]]["resourceType"] == "Patient"
        form = items_by_link(questionnaires[qr["questionnaire"]]["item"])
        for link, answer in answered(qr["item"]):
            item = form[link]
            [key] = answer.keys()
            assert key == ANSWER_TYPES[item["type"]], f"{link}: {key} for a {item['type']} item"
            if item["type"] == "choice":
                options = [o["valueCoding"] for o in item["answerOption"]]
                assert {k: answer[key][k] for k in ("system", "code")} in [
                    {k: o[k] for k in ("system", "code")} for o in options]
