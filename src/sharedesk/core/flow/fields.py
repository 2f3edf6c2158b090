"""The vocabulary of decision-record fields an outcome can require (DOMAIN.md section 4).

The flow package owns the names so a flow file can be checked without the records package;
the records package owns what the values must look like.
"""

from __future__ import annotations

from types import MappingProxyType

RECORD_FIELDS = MappingProxyType({
    "decision_maker": "Your name",
    "role": "Your role",
    "trigger": "Why this decision arose (request received or proactive)",
    "requested_by": "Who asked, and when",
    "subject": "Who the information is about (initials or case reference only)",
    "subject_dob": "Date of birth",
    "nhs_number": "NHS number",
    "purpose": "Purpose of sharing",
    "reasons": "Reasons for the decision",
    "necessary_proportionate": "Why sharing is necessary and proportionate",
    "alternatives": "Less intrusive ways considered",
    "what_shared": "Facts shared",
    "opinion_shared": "Opinions shared (marked as opinion)",
    "what_withheld": "What was withheld, and why",
    "recipient": "Recipient (organisation, role, name)",
    "shared_when": "When it was shared",
    "method": "How it was shared",
    "security": "Security measures used",
    "lawful_basis": "Lawful basis (UK GDPR Article 6)",
    "special_category_condition": "Article 9 / DPA 2018 Schedule 1 condition",
    "legal_gateway": "Legal gateway",
    "consent": "Consent",
    "consent_reason": "Why consent was not sought, or what was said",
    "informed": "Was the person told about the sharing?",
    "informed_reason": "Why the person was not told",
    "views": "Views of the child and family",
    "urgency": "Emergency sharing (recorded afterwards)",
    "identities_to_protect": "Identities to protect",
    "review_date": "Review date",
})
