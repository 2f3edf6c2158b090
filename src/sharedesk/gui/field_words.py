"""The decision record's field names and choice labels, in the interface language.

Core defines them once (``RECORD_FIELDS``, ``CHOICES``) and cannot import Qt, so lupdate never
sees them there: ``CATALOGUE`` lists them for lupdate under one context, "RecordFields", and
tests/gui/test_translations.py fails when core gains a field or a choice missing from it. Every
screen that shows a field name or a choice label asks here, so each is translated once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.records.validation import display_value

CONTEXT = "RecordFields"


def text(english: str) -> str:
    """A field name or choice label (as core spells it in English) in the interface language."""
    return QCoreApplication.translate(CONTEXT, english)


def field_label(name: str) -> str:
    """The name of record field ``name`` ("subject" -> "Who the information is about...")."""
    return text(RECORD_FIELDS[name])


def value_label(name: str, value: str) -> str:
    """A stored value as shown: a choice's label translated ("public_task" -> "Public task..."),
    free text unchanged."""
    shown = display_value(name, value)
    return text(shown) if shown != value else value


CATALOGUE = (
    QT_TRANSLATE_NOOP("RecordFields", "Your name"),
    QT_TRANSLATE_NOOP("RecordFields", "Your role"),
    QT_TRANSLATE_NOOP("RecordFields", "Why this decision arose (request received or proactive)"),
    QT_TRANSLATE_NOOP("RecordFields", "Who asked, and when"),
    QT_TRANSLATE_NOOP("RecordFields", "Who the information is about (initials or case reference only)"),
    QT_TRANSLATE_NOOP("RecordFields", "Date of birth"),
    QT_TRANSLATE_NOOP("RecordFields", "NHS number"),
    QT_TRANSLATE_NOOP("RecordFields", "Purpose of sharing"),
    QT_TRANSLATE_NOOP("RecordFields", "Reasons for the decision"),
    QT_TRANSLATE_NOOP("RecordFields", "Why sharing is necessary and proportionate"),
    QT_TRANSLATE_NOOP("RecordFields", "Less intrusive ways considered"),
    QT_TRANSLATE_NOOP("RecordFields", "Facts shared"),
    QT_TRANSLATE_NOOP("RecordFields", "Opinions shared (marked as opinion)"),
    QT_TRANSLATE_NOOP("RecordFields", "What was withheld, and why"),
    QT_TRANSLATE_NOOP("RecordFields", "Recipient (organisation, role, name)"),
    QT_TRANSLATE_NOOP("RecordFields", "When it was shared"),
    QT_TRANSLATE_NOOP("RecordFields", "How it was shared"),
    QT_TRANSLATE_NOOP("RecordFields", "Security measures used"),
    QT_TRANSLATE_NOOP("RecordFields", "Lawful basis (UK GDPR Article 6)"),
    QT_TRANSLATE_NOOP("RecordFields", "Article 9 / DPA 2018 Schedule 1 condition"),
    QT_TRANSLATE_NOOP("RecordFields", "Legal gateway"),
    QT_TRANSLATE_NOOP("RecordFields", "Consent"),
    QT_TRANSLATE_NOOP("RecordFields", "Why consent was not sought, or what was said"),
    QT_TRANSLATE_NOOP("RecordFields", "Was the person told about the sharing?"),
    QT_TRANSLATE_NOOP("RecordFields", "Why the person was not told"),
    QT_TRANSLATE_NOOP("RecordFields", "Views of the child and family"),
    QT_TRANSLATE_NOOP("RecordFields", "Emergency sharing (recorded afterwards)"),
    QT_TRANSLATE_NOOP("RecordFields", "Identities to protect"),
    QT_TRANSLATE_NOOP("RecordFields", "Review date"),
    QT_TRANSLATE_NOOP("RecordFields", "Not sought"),
    QT_TRANSLATE_NOOP("RecordFields", "Sought and given"),
    QT_TRANSLATE_NOOP("RecordFields", "Sought and refused"),
    QT_TRANSLATE_NOOP("RecordFields", "Given, then withdrawn"),
    QT_TRANSLATE_NOOP("RecordFields", "Yes"),
    QT_TRANSLATE_NOOP("RecordFields", "No"),
    QT_TRANSLATE_NOOP("RecordFields", "Public task (Art 6(1)(e))"),
    QT_TRANSLATE_NOOP("RecordFields", "Legal obligation (Art 6(1)(c))"),
    QT_TRANSLATE_NOOP("RecordFields", "Vital interests (Art 6(1)(d))"),
    QT_TRANSLATE_NOOP("RecordFields", "Consent (Art 6(1)(a))"),
    QT_TRANSLATE_NOOP("RecordFields", "Contract (Art 6(1)(b))"),
    QT_TRANSLATE_NOOP("RecordFields", "Legitimate interests (Art 6(1)(f))"),
    QT_TRANSLATE_NOOP("RecordFields", "Recognised legitimate interest (Art 6(1)(ea))"),
)
