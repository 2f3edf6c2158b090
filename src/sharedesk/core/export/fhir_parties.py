"""The people and organisations of a record as FHIR R4 resources, all inside the bundle.

- ``Patient``: the subject, named exactly as given (initials or a case reference) as an
  ``anonymous`` HumanName, never split; the NHS number as an identifier
  (https://fhir.nhs.uk/Id/nhs-number) when one is recorded and its check digit is right; the
  date of birth when recorded. One per record, even when no subject was recorded, so Consent
  and QuestionnaireResponse always have a patient.
- ``Practitioner`` per person named (decision maker, amendment authors, countersigners), by
  name; ids derive from the record and the name, so the same name is one resource.
- ``PractitionerRole`` for the decision maker in their role.
- ``Organization`` for the recipient (the organisation, role and name as recorded).
"""

from __future__ import annotations

from typing import Any

from sharedesk.core.export.fhir_codes import finish
from sharedesk.core.records import nhs_number
from sharedesk.core.records.model import DecisionRecord

NOT_RECORDED = "not recorded"


def _rid(record: DecisionRecord, kind: str) -> str:
    from sharedesk.core.export.fhir import rid

    return rid(record.id, kind)


def reference(resource_id: str, display: str = "") -> dict[str, str]:
    out = {"reference": f"urn:uuid:{resource_id}"}
    if display:
        out["display"] = display
    return out


def patient_ref(record: DecisionRecord) -> dict[str, str]:
    return reference(_rid(record, "patient"), record.effective_fields().get("subject", ""))


def practitioner_ref(record: DecisionRecord, name: str) -> dict[str, str]:
    """A reference to the Practitioner called ``name`` (``people`` lists every one created)."""
    return reference(_rid(record, f"practitioner/{name or NOT_RECORDED}"), name or NOT_RECORDED)


def role_ref(record: DecisionRecord) -> dict[str, str]:
    return reference(_rid(record, "practitioner-role"))


def recipient_ref(record: DecisionRecord) -> dict[str, str] | None:
    recipient = record.effective_fields().get("recipient", "")
    return reference(_rid(record, "recipient"), recipient) if recipient else None


def patient(record: DecisionRecord) -> dict[str, Any]:
    fields = record.effective_fields()
    subject, number, born = (fields.get(k, "") for k in ("subject", "nhs_number", "subject_dob"))
    resource: dict[str, Any] = {"resourceType": "Patient", "id": _rid(record, "patient")}
    if number and nhs_number.is_valid(number):
        resource["identifier"] = [{"system": nhs_number.SYSTEM,
                                   "value": nhs_number.normalise(number)}]
    if subject:
        resource["name"] = [{"use": "anonymous", "text": subject}]
    if born and len(born) == 10:
        resource["birthDate"] = born
    return finish(resource, "Subject of an information-sharing decision",
                  [("As given", subject or NOT_RECORDED), ("NHS number", number),
                   ("Date of birth", born)])


def people(record: DecisionRecord) -> list[str]:
    """Every person named as deciding, amending or countersigning, each once, in order."""
    names = [record.fields.get("decision_maker", "") or NOT_RECORDED,
             *(a.author for a in record.amendments),
             *(cs.by for cs in getattr(record, "countersignatures", ()))]
    return list(dict.fromkeys(name or NOT_RECORDED for name in names))


def practitioner(record: DecisionRecord, name: str) -> dict[str, Any]:
    resource = {"resourceType": "Practitioner", "id": practitioner_ref(record, name)["reference"][9:],
                "name": [{"text": name}]}
    return finish(resource, f"Practitioner: {name}")


def practitioner_role(record: DecisionRecord) -> dict[str, Any]:
    fields = record.fields
    resource: dict[str, Any] = {
        "resourceType": "PractitionerRole", "id": _rid(record, "practitioner-role"),
        "practitioner": practitioner_ref(record, fields.get("decision_maker", ""))}
    if fields.get("role"):
        resource["code"] = [{"text": fields["role"]}]
    return finish(resource, "Decision maker",
                  [("Name", fields.get("decision_maker", "") or NOT_RECORDED),
                   ("Role", fields.get("role", ""))])


def organization(record: DecisionRecord) -> dict[str, Any] | None:
    ref = recipient_ref(record)
    if ref is None:
        return None
    resource = {"resourceType": "Organization", "id": ref["reference"][9:], "active": True,
                "name": ref["display"]}
    return finish(resource, "Recipient of the information", [("As recorded", ref["display"])])


def party_resources(record: DecisionRecord) -> list[dict[str, Any]]:
    """Patient, a Practitioner per person, the decision maker's role, and the recipient."""
    out = [patient(record), *(practitioner(record, name) for name in people(record)),
           practitioner_role(record)]
    recipient = organization(record)
    return [*out, recipient] if recipient is not None else out
