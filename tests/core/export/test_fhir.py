"""FHIR output validated with the official R4 JSON schema (fhir_check), and checked for what it must say."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from export_samples import REFUSE_ANSWERS
from fhir_check import r4_errors

from sharedesk.core.errors import ExportCancelled
from sharedesk.core.export.common import Monitor
from sharedesk.core.export.fhir import PdfAttachment, export_fhir, iter_bundle, rid
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord


def _bundle(records: list[DecisionRecord], flows: dict[str, Flow],
            pdfs: dict[str, PdfAttachment] | None = None) -> dict:
    raw = b"".join(iter_bundle(records, flows, pdfs or {}, Monitor()))
    data = json.loads(raw)
    assert r4_errors(data) == []
    return data


def _by_type(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def test_bundle_is_valid_r4_and_carries_path_consent_provenance_and_pdf(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    record = make_record(amend=True, consent="refused")
    pdf = PdfAttachment.of(b"%PDF-1.4 fake", f"pdf/{record.id}.pdf")
    data = _bundle([record], flows, {record.id: pdf})
    assert data["type"] == "collection"
    [qr] = _by_type(data, "QuestionnaireResponse")
    assert qr["identifier"]["value"] == record.id
    assert qr["status"] == "amended"
    path = [step["item"] for step in qr["item"][0]["item"]]
    assert path[0][0]["text"] == "Is there a clear and legitimate purpose for sharing the information?"
    assert path[0][0]["answer"][0]["valueCoding"]["code"] == "not_sure"
    assert path[2][0]["answer"][0]["valueCoding"]["display"] == "Yes"
    advice = [sub for step in path for group in step[1:] for sub in group["item"]]
    assert {"valueString": "Named nurse"} in [a["answer"][0] for a in advice]
    outcome = next(i for i in qr["item"] if i["linkId"] == "outcome")
    assert outcome["answer"][0]["valueCoding"]["code"] == "share"
    fields = {i["linkId"]: i["answer"][0].get("valueString")
              for i in next(i for i in qr["item"] if i["linkId"] == "record")["item"]}
    assert fields["record.recipient"] == "Children's social care, MASH"
    [consent] = _by_type(data, "Consent")
    assert consent["status"] == "rejected" and consent["provision"]["type"] == "deny"
    assert consent["policyRule"]["coding"][0]["code"] == "public_task"
    provenance = _by_type(data, "Provenance")
    assert [p["activity"]["coding"][0]["code"] for p in provenance] == ["CREATE", "UPDATE"]
    assert provenance[0]["agent"][0]["who"]["display"] == "Siân Llŷr"
    assert consent["patient"]["reference"] in {e["fullUrl"] for e in data["entry"]}
    assert provenance[0]["recorded"] == record.finalised
    assert provenance[1]["reason"][0]["text"] == "Corrected the recipient team"
    [doc] = _by_type(data, "DocumentReference")
    attachment = doc["content"][0]["attachment"]
    assert attachment["url"] == f"pdf/{record.id}.pdf"
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(b"%PDF-1.4 fake").digest()).decode()
    assert doc["identifier"][0]["value"] == hashlib.sha256(b"%PDF-1.4 fake").hexdigest()
    urls = {e["fullUrl"] for e in data["entry"]}
    for resource in (consent, *provenance, doc):
        links = [*resource.get("target", []), *resource.get("context", {}).get("related", []),
                 resource.get("sourceReference", {})]
        for target in links:
            if target:
                assert target["reference"] in urls, "references resolve inside the bundle"


def test_ids_are_stable_and_drafts_are_in_progress(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    draft = make_record(REFUSE_ANSWERS, final=False, consent="not_sought")
    first, second = _bundle([draft], flows), _bundle([draft], flows)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]
    [qr] = _by_type(first, "QuestionnaireResponse")
    assert qr["id"] == rid(draft.id, "qr") and qr["status"] == "in-progress"
    assert not _by_type(first, "DocumentReference")


def test_export_file_embeds_each_pdf(tmp_path: Path, make_record: Callable[..., DecisionRecord],
                                     flows: dict[str, Flow]) -> None:
    records = [make_record(), make_record(REFUSE_ANSWERS)]
    out = tmp_path / "fhir.json"
    result = export_fhir(records, flows, out)
    data = json.loads(out.read_bytes())
    assert r4_errors(data) == []
    docs = _by_type(data, "DocumentReference")
    assert result.count == 2 and len(docs) == 2
    pdf = base64.b64decode(docs[0]["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF")
    assert docs[0]["identifier"][0]["value"] == hashlib.sha256(pdf).hexdigest()


def test_fhir_export_cancel_keeps_nothing(tmp_path: Path, make_record: Callable[..., DecisionRecord],
                                          flows: dict[str, Flow]) -> None:
    out = tmp_path / "fhir.json"
    with pytest.raises(ExportCancelled):
        export_fhir([make_record()], flows, out, cancel=lambda: True)
    assert not out.exists()


# The JSON schema checks structure and types but not required value sets; check those here.
STATUS_CODES = {
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    "Consent": {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
    "Questionnaire": {"draft", "active", "retired", "unknown"},
}


@pytest.mark.parametrize("consent_value", ["given", "refused", "withdrawn", "not_sought", ""])
def test_status_codes_come_from_the_r4_value_sets(
        consent_value: str, make_record: Callable[..., DecisionRecord],
        flows: dict[str, Flow]) -> None:
    record = make_record(consent=consent_value, amend=True)
    data = _bundle([record], flows, {record.id: PdfAttachment.of(b"x", "pdf/x.pdf")})
    for entry in data["entry"]:
        resource = entry["resource"]
        allowed = STATUS_CODES.get(resource["resourceType"])
        if allowed is not None:
            assert resource["status"] in allowed
        if resource["resourceType"] == "Consent" and "type" in resource.get("provision", {}):
            assert resource["provision"]["type"] in {"permit", "deny"}


def test_resource_ids_are_uuid5_of_record_and_kind() -> None:
    import uuid

    from sharedesk.core.export.fhir import NS

    for record_id, kind in [("00000000-0000-4000-8000-000000000001", "qr"), ("x", "amendment/a1")]:
        assert rid(record_id, kind) == str(uuid.uuid5(NS, f"{record_id}/{kind}"))
