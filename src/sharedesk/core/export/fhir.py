"""FHIR R4 representation of decision records: one Bundle (type "collection").

Per flow version used: its Questionnaire (fhir_questionnaire). Per record: a
QuestionnaireResponse to it (fhir_response: the path, the outcome and every field, typed), a
Consent (status, lawful basis as its policy rule, the recipient as information recipient), the
Patient, Practitioners, the decision maker's PractitionerRole and the recipient Organization
(fhir_parties), a Provenance for who decided and when (plus one per amendment and
countersignature) and, when a PDF goes with it, a DocumentReference to the PDF with its size,
SHA-1 (FHIR's Attachment.hash) and SHA-256 (as an identifier). Every reference resolves inside
the bundle (urn:uuid fullUrls). Resource ids are derived from the record id, so exporting a
record twice gives the same ids and a receiver can de-duplicate. Built as plain dicts (fast, no
validation at run time); the tests validate the output with the official R4 JSON schema.
docs/fhir.md maps every record field to its element.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sharedesk.core.export.common import (
    CancelCheck,
    ExportResult,
    FlowIndex,
    Monitor,
    Progress,
    count_of,
    flow_for,
    result_for,
)
from sharedesk.core.export.fhir_codes import (
    CONFIDENTIALITY,
    CONSENT_SCOPE,
    COUNTERSIGN_SYSTEM,
    DATA_OPERATION,
    DOCUMENT_TYPE_SYSTEM,
    LAWFUL_BASIS_SYSTEM,
    LOINC,
    PARTICIPATION_TYPE,
    PROVENANCE_AGENT_TYPE,
    PUBLIC_KEY_EXTENSION,
    SHA256_ID_SYSTEM,
    coding,
    finish,
    questionnaire_canonical,
)
from sharedesk.core.export.fhir_parties import (
    party_resources,
    patient_ref,
    practitioner_ref,
    recipient_ref,
    role_ref,
)
from sharedesk.core.export.fhir_questionnaire import questionnaire
from sharedesk.core.export.fhir_response import questionnaire_response
from sharedesk.core.flow.model import Flow
from sharedesk.core.fsutil import atomic_writer
from sharedesk.core.records.model import DecisionRecord, utc_now
from sharedesk.core.records.validation import display_value

if TYPE_CHECKING:
    from sharedesk.core.export.registry import ExportJob

NS = uuid.UUID("8a4f3a52-6a57-4d1b-9a3e-5f0c1d2b7e61")  # sharedesk's uuid5 namespace
SYS = "urn:sharedesk"
CONSENT_STATUS = {"given": ("active", "permit"), "refused": ("rejected", "deny"),
                  "withdrawn": ("inactive", "deny"), "not_sought": ("inactive", None)}


@dataclass(frozen=True)
class PdfAttachment:
    """The PDF of a record: where it is (a path inside a bundle) or its bytes, and its hashes."""

    url: str
    size: int
    sha256: str
    sha1_b64: str
    data: bytes | None = None

    @classmethod
    def of(cls, data: bytes, url: str, embed: bool = False) -> PdfAttachment:
        sha1 = base64.b64encode(hashlib.sha1(data, usedforsecurity=False).digest()).decode()
        return cls(url, len(data), hashlib.sha256(data).hexdigest(), sha1, data if embed else None)


@functools.lru_cache(maxsize=4096)  # each id is used several times within one record's resources
def rid(record_id: str, kind: str) -> str:
    """uuid5(NS, "<record id>/<kind>"), computed without building UUID objects (hot path)."""
    raw = bytearray(hashlib.sha1(NS.bytes + f"{record_id}/{kind}".encode(),
                                 usedforsecurity=False).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ref(record_id: str, kind: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{rid(record_id, kind)}"}


def consent(record: DecisionRecord) -> dict[str, Any]:
    fields = record.effective_fields()
    value = fields.get("consent", "")
    status, provision = CONSENT_STATUS.get(value, ("proposed", None))
    basis = fields.get("lawful_basis", "")
    resource: dict[str, Any] = {
        "resourceType": "Consent", "id": rid(record.id, "consent"), "status": status,
        "scope": {"coding": [coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")]},
        "category": [{"coding": [coding(LOINC, "59284-0", "Patient Consent")]}],
        "patient": patient_ref(record), "dateTime": record.finalised or record.created,
        "performer": [role_ref(record)],
        "policyRule": {"coding": [coding(LAWFUL_BASIS_SYSTEM, basis, display_value(
            "lawful_basis", basis))], "text": display_value("lawful_basis", basis)}
        if basis else {"text": "not recorded"},
        "sourceReference": ref(record.id, "qr")}
    recipient = recipient_ref(record)
    if provision or recipient:
        resource["provision"] = {**({"type": provision} if provision else {}), **({"actor": [{
            "role": {"coding": [coding(PARTICIPATION_TYPE, "IRCP", "information recipient")]},
            "reference": recipient}]} if recipient else {})}
    return finish(resource, "Consent for sharing", [
        ("Consent", display_value("consent", value) or "not recorded"),
        ("Why not sought, or what was said", fields.get("consent_reason", "")),
        ("Lawful basis", display_value("lawful_basis", basis)),
        ("Subject", fields.get("subject", "")), ("Recipient", fields.get("recipient", ""))])


def _provenance(record: DecisionRecord, kind: str, at: str, who: str, role: str,
                activity: str, reason: str) -> dict[str, Any]:
    """The one Provenance builder: ``who`` (a name) becomes a reference to the bundle's
    Practitioner of that name (fhir_parties.people must list it); callers adjust the rest."""
    agent: dict[str, Any] = {"type": {"coding": [coding(PROVENANCE_AGENT_TYPE, "author")]},
                             "who": practitioner_ref(record, who)}
    if role:
        agent["role"] = [{"text": role}]
    targets = [ref(record.id, "qr"), ref(record.id, "consent")]
    out: dict[str, Any] = {
        "resourceType": "Provenance", "id": rid(record.id, kind), "target": targets,
        "occurredDateTime": at, "recorded": at, "agent": [agent],
        "policy": [questionnaire_canonical(record.flow_id, record.flow_version)],
        "activity": {"coding": [coding(DATA_OPERATION, activity)]}}
    if reason:
        out["reason"] = [{"text": reason}]
    return finish(out, f"{activity.capitalize()} by {who or 'not recorded'} at {at}",
                  [("Role", role), ("Reason", reason)])


def provenances(record: DecisionRecord) -> list[dict[str, Any]]:
    fields = record.fields
    decided = _provenance(record, "provenance", record.finalised or record.created,
                          fields.get("decision_maker", ""), fields.get("role", ""), "CREATE", "")
    amended = [_provenance(record, f"amendment/{a.id}", a.at, a.author, "", "UPDATE", a.reason)
               for a in record.amendments]
    return [decided, *amended, *(countersignature(record, i)
                                 for i in range(len(record.countersignatures)))]


def countersignature(record: DecisionRecord, index: int) -> dict[str, Any]:
    """A Provenance for countersignature ``index``: the verifier role, the outcome as the
    activity's text, the comment as the reason, and ``signature.data`` = the very base64 of
    the record's ``countersignatures[index].signature`` (docs/bundle-format.md)."""
    cs = record.countersignatures[index]
    out = _provenance(record, f"countersignature/{index}/{cs.public_key}", cs.at, cs.by,
                      cs.role, "UPDATE", cs.comment)
    out["agent"][0]["type"] = {"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
        "code": "verifier"}]}
    out["activity"] = {"coding": [coding(COUNTERSIGN_SYSTEM, cs.outcome)],
                       "text": f"countersigned: {cs.outcome}"}
    out["signature"] = [{
        "type": [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.5",
                  "display": "Verification Signature"}],
        "when": cs.at, "who": practitioner_ref(record, cs.by),
        "sigFormat": "application/octet-stream",
        "targetFormat": "text/plain", "data": cs.signature}]
    out["extension"] = [{"url": PUBLIC_KEY_EXTENSION, "valueString": cs.public_key}]
    return out


def document_reference(record: DecisionRecord, pdf: PdfAttachment) -> dict[str, Any]:
    attachment: dict[str, Any] = {"contentType": "application/pdf", "size": pdf.size,
                                  "hash": pdf.sha1_b64, "title": f"Decision record {record.id}"}
    if pdf.data is not None:
        attachment["data"] = base64.b64encode(pdf.data).decode("ascii")
    else:
        attachment["url"] = pdf.url
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference", "id": rid(record.id, "pdf"), "status": "current",
        "docStatus": "final" if record.is_final else "preliminary",
        "identifier": [{"system": SHA256_ID_SYSTEM, "value": pdf.sha256}],
        "type": {"coding": [coding(DOCUMENT_TYPE_SYSTEM, "information-sharing-decision",
                                   "Information-sharing decision record")],
                 "text": "Information-sharing decision record"},
        "subject": patient_ref(record), "date": record.finalised or record.created,
        "author": [role_ref(record)],
        "securityLabel": [{"coding": [coding(CONFIDENTIALITY, "R", "restricted")],
                           "text": "OFFICIAL-SENSITIVE"}],
        "content": [{"attachment": attachment}],
        "context": {"related": [ref(record.id, "qr")]}}
    return finish(resource, f"PDF of decision record {record.id}",
                  [("Size", f"{pdf.size} bytes"), ("SHA-256", pdf.sha256)])


def record_resources(record: DecisionRecord, flow: Flow | None,
                     pdf: PdfAttachment | None = None) -> list[dict[str, Any]]:
    """The record's resources: its QuestionnaireResponse, Consent, the people and organisation
    it names, its Provenances and its PDF; every reference among them resolves in the bundle
    (the Questionnaire comes once per flow version, from iter_bundle)."""
    resources = [questionnaire_response(record, flow), consent(record), *party_resources(record),
                 *provenances(record)]
    if pdf is not None:
        resources.append(document_reference(record, pdf))
    return resources


def iter_bundle(records: Iterable[DecisionRecord], flows: FlowIndex,
                pdfs: Mapping[str, PdfAttachment], monitor: Monitor,
                generated: str | None = None) -> Iterator[bytes]:
    """The Bundle as UTF-8 JSON chunks, one record's resources at a time (memory stays flat)."""
    head = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
            "timestamp": generated or utc_now()}
    yield json.dumps(head)[:-1].encode() + b', "entry": ['
    first = True
    published: set[tuple[str, str]] = set()
    for record in records:
        flow = flow_for(record, flows)
        ahead = [questionnaire(flow)] if flow and (flow.id, flow.version) not in published else []
        published.update((f.id, f.version) for f in [flow] if f is not None)
        for resource in [*ahead, *record_resources(record, flow, pdfs.get(record.id))]:
            entry = {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
            yield (b"\n" if first else b",\n") + json.dumps(entry, ensure_ascii=False).encode()
            first = False
        monitor.step()
    yield b"\n]}\n"


def export_fhir(records: Iterable[DecisionRecord], flows: Mapping[str, Flow], out: str | Path, *,
                with_pdfs: bool = True, progress: Progress | None = None,
                cancel: CancelCheck | None = None) -> ExportResult:
    """Write a FHIR Bundle to ``out`` atomically; each record's PDF is embedded when ``with_pdfs``.

    Runs on the calling thread; on cancel or failure ``out`` is left as it was.
    """
    from sharedesk.core.export.pdf import pdf_bytes

    monitor = Monitor(progress, cancel, total=count_of(records))
    path = Path(out)

    def pdf_for(recs: Iterable[DecisionRecord]) -> Iterator[DecisionRecord]:
        for record in recs:
            if with_pdfs:
                pdfs[record.id] = PdfAttachment.of(pdf_bytes(record, flows), "", embed=True)
            yield record
            pdfs.pop(record.id, None)  # one PDF in memory at a time

    pdfs: dict[str, PdfAttachment] = {}
    with atomic_writer(path) as handle:
        for chunk in iter_bundle(pdf_for(records), flows, pdfs, monitor):
            handle.write(chunk)
    return result_for(path, monitor.done)


def write_fhir(records: Sequence[DecisionRecord], flows: Mapping[str, Flow], sink: BinaryIO,
               job: ExportJob) -> None:
    """The registry's FHIR writer (core/export/registry.py): the Bundle to ``sink``, each
    record's PDF embedded when ``job.include_pdfs`` (one PDF in memory at a time)."""
    from sharedesk.core.export.pdf import pdf_bytes

    pdfs: dict[str, PdfAttachment] = {}

    def with_pdfs() -> Iterator[DecisionRecord]:
        for record in records:
            if job.include_pdfs:
                pdfs[record.id] = PdfAttachment.of(pdf_bytes(record, flows), "", embed=True)
            yield record
            pdfs.pop(record.id, None)

    monitor = Monitor(job.progress, job.cancel, total=count_of(records))
    for chunk in iter_bundle(with_pdfs(), flows, pdfs, monitor, job.generated):
        sink.write(chunk)
