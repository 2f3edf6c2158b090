"""Where sharedesk's FHIR output gets its codes, identifiers, profiles and narrative.

Published systems are used wherever one says what we mean (FHIR consent scope, LOINC, HL7 v3
codes, the NHS number system, UK Core profiles). sharedesk's own code systems, under
``https://sharedesk.example/fhir/CodeSystem/``, exist only where nothing published fits: the
outcome of a decision, UK GDPR Article 6 lawful bases, the consent decision and each flow's
answers (docs/fhir.md lists them). ``sharedesk.example`` is a placeholder domain an
organisation may replace; the codes do not change with it. Pure data and pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

BASE = "https://sharedesk.example/fhir"
CODE_SYSTEM = f"{BASE}/CodeSystem"
OUTCOME_SYSTEM = f"{CODE_SYSTEM}/decision-outcome"
LAWFUL_BASIS_SYSTEM = f"{CODE_SYSTEM}/uk-gdpr-article-6-basis"
CONSENT_DECISION_SYSTEM = f"{CODE_SYSTEM}/consent-decision"
DOCUMENT_TYPE_SYSTEM = f"{CODE_SYSTEM}/document-type"
COUNTERSIGN_SYSTEM = f"{CODE_SYSTEM}/countersign-outcome"
# Extension on a countersignature's Provenance: the signing key (base64 of the raw Ed25519 key).
PUBLIC_KEY_EXTENSION = f"{BASE}/StructureDefinition/countersign-public-key"
RECORD_ID_SYSTEM = f"{BASE}/Id/decision-record"
SHA256_ID_SYSTEM = f"{BASE}/Id/sha256"

CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
PROVENANCE_AGENT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"

UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"
# Resource types with a UK Core profile that our resources conform to (Bundle and Provenance
# carry none: UK Core's Provenance profile is not used by the case systems we target).
UK_CORE_PROFILED = frozenset({"Patient", "Consent", "QuestionnaireResponse", "Questionnaire",
                              "DocumentReference", "Practitioner", "PractitionerRole",
                              "Organization"})


def questionnaire_url(flow_id: str) -> str:
    """The canonical URL of a flow's Questionnaire; with ``|version`` it names one version."""
    return f"{BASE}/Questionnaire/{flow_id}"


def questionnaire_canonical(flow_id: str, version: str) -> str:
    return f"{questionnaire_url(flow_id)}|{version}"


def answer_system(flow_id: str, node_id: str) -> str:
    """The code system of one question's answers (a flow's answer values are its own words)."""
    return f"{CODE_SYSTEM}/flow/{flow_id}/{node_id}"


def coding(system: str, code: str, display: str = "") -> dict[str, str]:
    out = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def profile_meta(kind: str) -> dict[str, Any]:
    """``{"meta": {"profile": [...]}}`` for a resource type with a UK Core profile, else ``{}``."""
    return {"meta": {"profile": [f"{UK_CORE}{kind}"]}} if kind in UK_CORE_PROFILED else {}


def narrative(title: str, rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A generated narrative: the title, then one line per (label, value) with a value.

    Escaped as XHTML; FHIR allows no attributes or elements beyond simple formatting here."""
    lines = "".join(f"<li><b>{escape(label)}</b>: {escape(value)}</li>"
                    for label, value in rows if value)
    body = f"<ul>{lines}</ul>" if lines else ""
    return {"status": "generated",
            "div": f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{escape(title)}</p>{body}</div>'}


def finish(resource: dict[str, Any], title: str, rows: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:
    """``resource`` with its UK Core profile (``meta``) and narrative (``text``) after its id."""
    head: dict[str, Any] = {k: resource[k] for k in ("resourceType", "id") if k in resource}
    rest = {k: v for k, v in resource.items() if k not in head}
    return {**head, **profile_meta(str(head.get("resourceType", ""))),
            "text": narrative(title, rows), **rest}
