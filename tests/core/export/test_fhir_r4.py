"""The FHIR export checked by an independent R4 validator (the official R4 JSON schema) and the
invariants a case system needs (fhir_check)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from export_samples import REFUSE_ANSWERS
from fhir_check import VALID_NHS, answered, bundle, check_invariants, items_by_link, of_type, r4_errors

from sharedesk.core.export.fhir import PdfAttachment
from sharedesk.core.export.fhir_questionnaire import questionnaire
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord


@pytest.mark.parametrize("consent_value", ["given", "refused", "withdrawn", "not_sought", ""])
def test_bundle_passes_the_r4_schema_and_the_invariants(
        consent_value: str, make_record: Callable[..., DecisionRecord],
        flows: dict[str, Flow]) -> None:
    records = [make_record(consent=consent_value, amend=True, nhs_number=VALID_NHS,
                           shared_when="2026-11-20T10:15", subject_dob="2019-05-04"),
               make_record(REFUSE_ANSWERS, final=False, subject="", recipient="")]
    pdfs = {records[0].id: PdfAttachment.of(b"%PDF-1.7 x", f"pdf/{records[0].id}.pdf")}
    data = bundle(records, flows, pdfs)
    check_invariants(data)
    assert len(of_type(data, "Questionnaire")) == 1, "one Questionnaire per flow version"
    assert len(of_type(data, "Patient")) == 2


def test_the_checks_catch_what_they_are_for(make_record: Callable[..., DecisionRecord],
                                            flows: dict[str, Flow]) -> None:
    data = bundle([make_record()], flows)
    [consent] = of_type(data, "Consent")
    consent["patient"] = {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}
    with pytest.raises(AssertionError, match="not in the bundle"):
        check_invariants(data)
    [qr] = of_type(data, "QuestionnaireResponse")
    qr["status"] = "finished"
    assert r4_errors(data)


def test_patient_carries_the_subject_as_given_and_a_checked_nhs_number(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    good = make_record(nhs_number=VALID_NHS, subject_dob="2019-05-04")
    bad = make_record(nhs_number="9434765918")
    data = bundle([good, bad], flows)
    first, second = of_type(data, "Patient")
    assert first["identifier"] == [{"system": "https://fhir.nhs.uk/Id/nhs-number",
                                    "value": "9434765919"}]
    assert first["name"] == [{"use": "anonymous", "text": "Child AB (case ref 12-345)"}]
    assert first["birthDate"] == "2019-05-04"
    assert "identifier" not in second, "a number failing its check digit is not an identifier"
    [consent, _] = of_type(data, "Consent")
    assert consent["patient"]["reference"] == f"urn:uuid:{first['id']}"


def test_answers_are_typed_and_coded(make_record: Callable[..., DecisionRecord],
                                     flows: dict[str, Flow]) -> None:
    data = bundle([make_record(shared_when="2026-07-01T09:30")], flows)
    [qr] = of_type(data, "QuestionnaireResponse")
    record = {link.split("/")[-1]: answer for link, answer in answered(qr["item"])
              if link.startswith("record/")}
    assert record["record.review_date"] == {"valueDate": "2027-01-31"}
    assert record["record.informed"] == {"valueBoolean": False}
    assert record["record.shared_when"] == {"valueDateTime": "2026-07-01T09:30:00+01:00"}
    assert record["record.lawful_basis"]["valueCoding"]["code"] == "public_task"
    assert record["record.consent"]["valueCoding"]["display"] == "Not sought"
    assert qr["questionnaire"] == "https://sharedesk.example/fhir/Questionnaire/england-2018|" + \
        flows["england-2018"].version
    systems = {c["system"] for r in data["entry"] for c in _codings(r["resource"])}
    assert not any(s.startswith("urn:sharedesk") for s in systems)
    assert "http://terminology.hl7.org/CodeSystem/consentscope" in systems


def _codings(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "system" in node and "code" in node:
            yield node
        for value in node.values():
            yield from _codings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _codings(value)


def test_questionnaire_mirrors_the_flow_questions_and_choices(flows: dict[str, Flow]) -> None:
    flow = flows["england-2018"]
    resource = questionnaire(flow)
    assert r4_errors({"resourceType": "Bundle", "type": "collection",
                      "entry": [{"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}]}) == []
    form = items_by_link(resource["item"])
    questions = [n for n in flow.nodes.values() if n.kind == "question"]
    assert questions
    for node in questions:
        item = form[f"path/step/{node.id}"]
        assert item["type"] == "choice" and item["text"] == (node.text or node.title)
        assert [(o["valueCoding"]["code"], o["valueCoding"]["display"]) for o in item["answerOption"]] \
            == [(c.value, c.label) for c in node.choices]
    assert resource["url"] == "https://sharedesk.example/fhir/Questionnaire/england-2018"
    assert resource["version"] == flow.version


def test_pdf_is_a_document_reference_with_type_and_subject(
        make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    record = make_record()
    data = bundle([record], flows, {record.id: PdfAttachment.of(b"%PDF", "pdf/x.pdf")})
    [doc] = of_type(data, "DocumentReference")
    [patient] = of_type(data, "Patient")
    assert doc["subject"]["reference"] == f"urn:uuid:{patient['id']}"
    assert doc["type"]["coding"][0]["code"] == "information-sharing-decision"
    provenance = of_type(data, "Provenance")
    practitioners = {f"urn:uuid:{p['id']}": p for p in of_type(data, "Practitioner")}
    assert practitioners[provenance[0]["agent"][0]["who"]["reference"]]["name"] == [{"text": "Siân Llŷr"}]


def test_a_countersigned_record_passes_too(make_record: Callable[..., DecisionRecord],
                                          flows: dict[str, Flow]) -> None:
    import base64
    from dataclasses import replace

    from sharedesk.core.records.model import Countersignature

    signed = Countersignature(
        by="Manager M", role="Named nurse", outcome="agreed_with_comments", comment="Agreed.",
        at="2026-11-22T10:00:00Z", public_key=base64.b64encode(bytes(32)).decode(),
        signature=base64.b64encode(bytes(64)).decode())
    data = bundle([replace(make_record(amend=True), countersignatures=(signed,))], flows)
    check_invariants(data)
    [provenance] = [p for p in of_type(data, "Provenance") if "signature" in p]
    practitioners = {f"urn:uuid:{p['id']}": p for p in of_type(data, "Practitioner")}
    assert practitioners[provenance["signature"][0]["who"]["reference"]]["name"] == [{"text": "Manager M"}]
    assert not [c for c in _codings(data) if c["system"].startswith("urn:sharedesk")]
