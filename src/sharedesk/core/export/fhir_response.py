"""A decision record as a FHIR R4 QuestionnaireResponse to its flow's Questionnaire.

Items follow fhir_questionnaire: ``path`` > one ``step`` per step taken (the node's item,
answered with a Coding for a question, and its advice), ``outcome`` (Coding) and ``record``
(one item per recorded field, typed). The subject is a reference to the bundle's Patient, the
author to the decision maker's PractitionerRole.
"""

from __future__ import annotations

from typing import Any

from sharedesk.core.export.common import PathLine, describe_path, outcome_label
from sharedesk.core.export.fhir_codes import (
    OUTCOME_SYSTEM,
    RECORD_ID_SYSTEM,
    answer_system,
    coding,
    finish,
    questionnaire_canonical,
)
from sharedesk.core.export.fhir_parties import patient_ref, role_ref
from sharedesk.core.export.fhir_questionnaire import advice_items, typed_answer
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord


def _step(line: PathLine, flow_id: str) -> dict[str, Any]:
    node: dict[str, Any] = {"linkId": line.node_id, "text": line.question}
    if line.answer_value:
        node["answer"] = [{"valueCoding": coding(answer_system(flow_id, line.node_id),
                                                 line.answer_value,
                                                 line.answer or line.answer_value)}]
    advice = [{"linkId": "advice", "text": "Advice sought", "item": advice_items(*a)}
              for a in line.advice]
    return {"linkId": "step", "text": "Step", "item": [node, *advice]}


def status_of(record: DecisionRecord) -> str:
    return "in-progress" if not record.is_final else "amended" if record.amendments else "completed"


def questionnaire_response(record: DecisionRecord, flow: Flow | None) -> dict[str, Any]:
    from sharedesk.core.export.fhir import rid

    lines = describe_path(record, flow)
    effective = record.effective_fields()
    items: list[dict[str, Any]] = []
    if lines:
        items.append({"linkId": "path", "text": "Path of questions and answers",
                      "item": [_step(line, record.flow_id) for line in lines]})
    if record.outcome:
        items.append({"linkId": "outcome", "text": "Outcome", "answer": [{"valueCoding": coding(
            OUTCOME_SYSTEM, record.outcome, outcome_label(record.outcome))}]})
    fields = [{"linkId": f"record.{name}", "text": label,
               "answer": [typed_answer(name, effective[name])]}
              for name, label in RECORD_FIELDS.items() if effective.get(name)]
    if fields:
        items.append({"linkId": "record", "text": "Record", "item": fields})
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse", "id": rid(record.id, "qr"),
        "identifier": {"system": RECORD_ID_SYSTEM, "value": record.id},
        "questionnaire": questionnaire_canonical(record.flow_id, record.flow_version),
        "status": status_of(record), "subject": patient_ref(record),
        "authored": record.finalised or record.created, "author": role_ref(record),
        "item": items}
    return finish(resource, "Information-sharing decision",
                  [("Record", record.id), ("Flow", f"{record.flow_id} {record.flow_version}"),
                   ("Status", status_of(record)), ("Outcome", outcome_label(record.outcome)),
                   ("Subject", effective.get("subject", "")),
                   ("Decided by", record.fields.get("decision_maker", "")),
                   *((f"Step {n}", f"{line.question}: {line.answer}" if line.answer
                      else line.question) for n, line in enumerate(lines, start=1))])
