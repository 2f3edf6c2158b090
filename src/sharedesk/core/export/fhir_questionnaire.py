"""A flow version as a FHIR R4 Questionnaire, and the typed items of a QuestionnaireResponse.

The Questionnaire's canonical URL is ``https://sharedesk.example/fhir/Questionnaire/<flow id>``
with the flow's version (``...|<version>`` names one version). Its items:

- ``path`` (group) > ``step`` (group, repeats: one per step taken, in order) holding one item
  per flow node, linkId = the node id: a ``choice`` for a question (answerOption = the flow's
  choices, coded in a per-question code system), ``display`` for the other kinds; and
  ``advice`` (group, repeats: adviser, advice, at);
- ``outcome`` (choice: share, share_part, do_not_share);
- ``record`` (group): one item per record field, linkId ``record.<field>``, typed: dates as
  ``date``, when shared as ``dateTime``, "was the person told" as ``boolean``, consent and
  lawful basis as ``choice``, the rest as ``string`` or ``text``.

A response answers with the matching value[x]. A draft's value that does not parse as its
type yet (a half-typed date) is carried as ``valueString`` rather than dropped.
"""

from __future__ import annotations

import re
from typing import Any

from sharedesk.core.export.common import OUTCOME_LABELS
from sharedesk.core.export.fhir_codes import (
    CONSENT_DECISION_SYSTEM,
    LAWFUL_BASIS_SYSTEM,
    OUTCOME_SYSTEM,
    answer_system,
    coding,
    finish,
    questionnaire_url,
)
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow, Node, NodeKind
from sharedesk.core.records import dates
from sharedesk.core.records.validation import CHOICES

FIELD_TYPES = {"subject_dob": "date", "review_date": "date", "shared_when": "dateTime",
               "informed": "boolean", "consent": "choice", "lawful_basis": "choice"}
SHORT_FIELDS = ("decision_maker", "role", "subject", "nhs_number", "recipient", "requested_by")
CHOICE_SYSTEMS = {"consent": CONSENT_DECISION_SYSTEM, "lawful_basis": LAWFUL_BASIS_SYSTEM}
_FHIR_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCAL_ZONE = "Europe/London"  # a time typed without a zone is UK local time


def field_type(name: str) -> str:
    return FIELD_TYPES.get(name, "string" if name in SHORT_FIELDS else "text")


def _node_item(node: Node, flow_id: str) -> dict[str, Any]:
    text = node.text or node.title
    if node.kind is not NodeKind.QUESTION:
        return {"linkId": node.id, "text": text, "type": "display"}
    return {"linkId": node.id, "text": text, "type": "choice", "answerOption": [
        {"valueCoding": coding(answer_system(flow_id, node.id), c.value, c.label)}
        for c in node.choices]}


ADVICE_GROUP = {"linkId": "advice", "text": "Advice sought", "type": "group", "repeats": True,
                "item": [{"linkId": "advice.adviser", "text": "Adviser", "type": "string"},
                         {"linkId": "advice.advice", "text": "Advice given", "type": "text"},
                         {"linkId": "advice.at", "text": "When", "type": "dateTime"}]}


def _field_item(name: str, label: str) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": f"record.{name}", "text": label, "type": field_type(name)}
    if name in CHOICE_SYSTEMS:
        item["answerOption"] = [{"valueCoding": coding(CHOICE_SYSTEMS[name], code, shown)}
                                for code, shown in CHOICES[name]]
    return item


def questionnaire(flow: Flow) -> dict[str, Any]:
    """The Questionnaire for one flow version (its id is stable for that id and version)."""
    from sharedesk.core.export.fhir import rid

    step = {"linkId": "step", "text": "Step", "type": "group", "repeats": True,
            "item": [*(_node_item(n, flow.id) for n in flow.nodes.values()), ADVICE_GROUP]}
    items = [{"linkId": "path", "text": "Path of questions and answers", "type": "group",
              "item": [step]},
             {"linkId": "outcome", "text": "Outcome", "type": "choice", "answerOption": [
                 {"valueCoding": coding(OUTCOME_SYSTEM, code, label)}
                 for code, label in OUTCOME_LABELS.items()]},
             {"linkId": "record", "text": "Record", "type": "group",
              "item": [_field_item(name, label) for name, label in RECORD_FIELDS.items()]}]
    resource = {"resourceType": "Questionnaire", "id": rid(f"flow/{flow.id}", flow.version),
                "url": questionnaire_url(flow.id), "version": flow.version,
                "name": re.sub(r"\W", "", flow.id.title()) or "Flow", "title": flow.title,
                "status": "active" if flow.verified else "draft",
                "subjectType": ["Patient"], "description": flow.description or flow.title,
                "item": items}
    return finish(resource, f"Questionnaire: {flow.title}",
                  [("Flow", f"{flow.id} version {flow.version}"),
                   ("Jurisdiction", flow.jurisdiction), ("Source", flow.source.cite()),
                   ("Questions", str(sum(n.kind is NodeKind.QUESTION for n in flow.nodes.values())))])


def _date_time(value: str) -> str | None:
    """An ISO date-time as FHIR wants it (seconds and a zone), or None when it does not parse."""
    try:
        moment = dates.parse_datetime(value)
    except dates.DateProblem:
        return None
    if moment.tzinfo is None:
        try:
            from zoneinfo import ZoneInfo

            moment = moment.replace(tzinfo=ZoneInfo(_LOCAL_ZONE))
        except (ImportError, KeyError, ValueError):  # no time-zone data on this system
            return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


def typed_answer(name: str, value: str) -> dict[str, Any]:
    """The answer to record field ``name`` as the value[x] its item type asks for."""
    kind = field_type(name)
    if kind == "date" and _FHIR_DATE.match(value):
        return {"valueDate": value}
    if kind == "dateTime" and (moment := _date_time(value)):
        return {"valueDateTime": moment}
    if kind == "boolean" and value in ("yes", "no"):
        return {"valueBoolean": value == "yes"}
    if kind == "choice" and value in dict(CHOICES[name]):
        return {"valueCoding": coding(CHOICE_SYSTEMS[name], value, dict(CHOICES[name])[value])}
    return {"valueString": value}


def advice_items(adviser: str, said: str, at: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = [
        {"linkId": "advice.adviser", "text": "Adviser", "answer": [{"valueString": adviser}]},
        {"linkId": "advice.advice", "text": "Advice given", "answer": [{"valueString": said}]}]
    moment = _date_time(at) if at else None
    if moment:
        items.append({"linkId": "advice.at", "text": "When", "answer": [{"valueDateTime": moment}]})
    return items

